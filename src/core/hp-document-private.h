/* hp-document-private.h: what the files of HpDocument share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-document.h"

G_BEGIN_DECLS

enum {
  HP_DOCUMENT_PROP_0,
  HP_DOCUMENT_PROP_PLAN,
  HP_DOCUMENT_PROP_FILE,
  HP_DOCUMENT_PROP_TITLE,
  HP_DOCUMENT_PROP_DIRTY,
  HP_DOCUMENT_PROP_EXTERNALLY_MODIFIED,
  HP_DOCUMENT_PROP_LOADING,
  HP_DOCUMENT_PROP_PROGRESS,
  HP_DOCUMENT_PROP_SAVING,
  HP_DOCUMENT_PROP_EXPORTING,
  HP_DOCUMENT_PROP_DRAFT_ID,
  HP_DOCUMENT_PROP_AUTOSAVE_ERROR,
  HP_DOCUMENT_PROP_AUTOSAVE_DELAY,
  HP_DOCUMENT_PROP_CATALOG,
  HP_DOCUMENT_PROP_DRAFTS_DIR,
  HP_DOCUMENT_N_PROPS
};

extern GParamSpec *hp_document_properties[HP_DOCUMENT_N_PROPS];

struct _HpDocument
{
  GObject        parent_instance;

  HpCatalog     *catalog;
  char          *drafts_dir;

  HpPlan        *plan;
  GPtrArray     *scenario_plans; /* of HpPlan: the scenarios' plans, followed */
  GFile         *file;
  char          *title;
  guint64        generation;     /* edits since the plan was set */
  gboolean       dirty;

  char          *etag;           /* of the file as last read or written */
  GFileMonitor  *monitor;
  gboolean       externally_modified;

  GCancellable  *load_cancellable;
  double         progress;

  gboolean       saving;
  gboolean       exporting;

  char          *draft_id;
  guint          autosave_id;
  int            autosave_delay;
  gboolean       draft_busy;     /* a draft is being written */
  gboolean       draft_again;    /* edited while it was */
  GError        *autosave_error;
};

void      _hp_document_notify         (HpDocument *self,
                                       guint       prop);
void      _hp_document_set_dirty      (HpDocument *self,
                                       gboolean    dirty);
void      _hp_document_set_file       (HpDocument *self,
                                       GFile      *file,
                                       const char *etag);
char     *_hp_document_query_etag     (GFile      *file);

/* hp-document-save.c */
void      _hp_document_schedule_autosave (HpDocument *self);
void      _hp_document_stop_autosave     (HpDocument *self);

G_END_DECLS
