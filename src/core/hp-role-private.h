/* hp-role-private.h: the fields of a role, for the catalog reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-role.h"

G_BEGIN_DECLS

struct _HpRole
{
  GObject   parent_instance;

  char     *id;
  HpLevel   level;
  guint     rank;
  char     *title;
  char     *summary;
  char     *scope;
  char    **responsibilities;
  char    **requirements;
  char    **nice_to_have;
  char    **interview_focus;
  char    **skills;
  guint     experience_min;
  guint     experience_max;
  HpLevel   reports_to;
  gboolean  fixed_term;
  guint     term_months;
  char     *currency;
  gint64    band_min;
  gint64    band_mid;
  gint64    band_max;
  char     *band_basis;
  char     *family_id;
  char     *family_name;
  char     *source;
  char     *origin;
  char     *search_text; /* casefolded, built on demand */
};

HpRole *hp_role_new_empty (void);

G_END_DECLS
