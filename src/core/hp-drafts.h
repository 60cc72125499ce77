/* hp-drafts.h: autosaved drafts of open plans, for restoring after a crash
 *
 * A draft is two files in $XDG_DATA_HOME/hiring-planner/drafts/: ID.json,
 * the plan as a plan file, and ID.draft, a key file saying which file the
 * plan belongs to (if any), its title and when it was last edited.  Both
 * are replaced atomically.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-plan.h"

G_BEGIN_DECLS

typedef struct
{
  char      *id;
  char      *plan_path;   /* the draft's plan file */
  char      *file_uri;    /* the plan's own file, NULL if never saved */
  char      *title;
  GDateTime *edited;
} HpDraft;

char      *hp_drafts_get_dir     (void);
char      *hp_draft_new_id       (void);
gboolean   hp_drafts_save        (const char  *dir,
                                  const char  *id,
                                  HpPlan      *plan,
                                  const char  *file_uri,
                                  GDateTime   *edited,
                                  GError     **error);
gboolean   hp_drafts_remove      (const char  *dir,
                                  const char  *id,
                                  GError     **error);
void       hp_drafts_remove_in_background (const char *dir,
                                           const char *id);
GPtrArray *hp_drafts_list        (const char  *dir); /* of HpDraft*, newest first */
HpPlan    *hp_draft_load         (HpDraft     *draft,
                                  GError     **error);
void       hp_draft_free         (HpDraft     *draft);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpDraft, hp_draft_free)

G_END_DECLS
