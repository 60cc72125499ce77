/* hp-role.h: one role profile of a catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hp-level.h"

G_BEGIN_DECLS

#define HP_TYPE_ROLE (hp_role_get_type ())

G_DECLARE_FINAL_TYPE (HpRole, hp_role, HP, ROLE, GObject)

const char         *hp_role_get_id               (HpRole *self);
HpLevel             hp_role_get_level            (HpRole *self);
const char         *hp_role_get_level_name       (HpRole *self);
guint               hp_role_get_rank             (HpRole *self);
const char         *hp_role_get_title            (HpRole *self);
const char         *hp_role_get_summary          (HpRole *self);
const char         *hp_role_get_scope            (HpRole *self);
const char * const *hp_role_get_responsibilities (HpRole *self);
const char * const *hp_role_get_requirements     (HpRole *self);
const char * const *hp_role_get_nice_to_have     (HpRole *self);
const char * const *hp_role_get_interview_focus  (HpRole *self);
const char * const *hp_role_get_skills           (HpRole *self);
guint               hp_role_get_experience_min   (HpRole *self);
guint               hp_role_get_experience_max   (HpRole *self);
HpLevel             hp_role_get_reports_to       (HpRole *self);
gboolean            hp_role_is_fixed_term        (HpRole *self);
guint               hp_role_get_term_months      (HpRole *self);
const char         *hp_role_get_currency         (HpRole *self);
gint64              hp_role_get_band_min         (HpRole *self);
gint64              hp_role_get_band_mid         (HpRole *self);
gint64              hp_role_get_band_max         (HpRole *self);
const char         *hp_role_get_band_basis       (HpRole *self);
const char         *hp_role_get_family_id        (HpRole *self);
const char         *hp_role_get_family_name      (HpRole *self);
const char         *hp_role_get_source           (HpRole *self);
const char         *hp_role_get_origin           (HpRole *self);
char               *hp_role_dup_band_label       (HpRole *self);
char               *hp_role_dup_experience_label (HpRole *self);
char               *hp_role_dup_employment_label (HpRole *self);
gboolean            hp_role_matches              (HpRole     *self,
                                                  const char *casefolded_words);

G_END_DECLS
