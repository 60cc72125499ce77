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

/* hp-document-runner.c: what a save, a draft and an export share.  The
 * plan is copied on the main thread in slices of a few milliseconds,
 * started again when it changes meanwhile, then the copy is written in a
 * worker thread; the outer task gets the result. */
typedef enum
{
  HP_DOCUMENT_RUN_NONE            = 0,
  HP_DOCUMENT_RUN_FIRST_SLICE_NOW = 1 << 0, /* the first slice before returning */
  HP_DOCUMENT_RUN_BACKGROUND      = 1 << 1, /* a thread of its own, at a lower priority */
  HP_DOCUMENT_RUN_KEEP_RESULT     = 1 << 2, /* written before a cancel is written */
} HpDocumentRunFlags;

/* In the worker: writes @plan, the whole copy; only @job is touched. */
typedef gboolean (*HpDocumentWriteFunc) (HpPlan        *plan,
                                         HpCatalog     *catalog,
                                         gpointer       job,
                                         GCancellable  *cancellable,
                                         GError       **error);
/* On the main thread once the job is over, before @outer returns: @error
 * is NULL when the copy was written; @generation is the plan's the copy
 * is of. */
typedef void     (*HpDocumentDoneFunc)  (HpDocument    *self,
                                         GTask         *outer,
                                         gpointer       job,
                                         guint64        generation,
                                         const GError  *error);

void      _hp_document_run_on_snapshot (HpDocument          *self,
                                        GTask               *outer,
                                        HpDocumentRunFlags   flags,
                                        HpDocumentWriteFunc  write_func,
                                        HpDocumentDoneFunc   done_func,
                                        gpointer             job,
                                        GDestroyNotify       job_free);

/* hp-document-save.c */
void      _hp_document_schedule_autosave (HpDocument *self);
void      _hp_document_stop_autosave     (HpDocument *self);

G_END_DECLS
