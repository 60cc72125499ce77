/* hp-month.h: calendar months as small integers
 *
 * A month is year * 12 + (month - 1): consecutive months are consecutive
 * integers, so periods are plain integer ranges.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef gint32 HpMonth;

#define HP_MONTH_NONE     G_MININT32
#define HP_MONTH_MIN_YEAR 1900
#define HP_MONTH_MAX_YEAR 9999

HpMonth   hp_month_new        (int          year,
                               int          month);
int       hp_month_get_year   (HpMonth      month);
int       hp_month_get_month  (HpMonth      month); /* 1 to 12 */
gboolean  hp_month_is_valid   (HpMonth      month);
gboolean  hp_month_parse      (const char  *text,
                               HpMonth     *out_month,
                               GError     **error);
char     *hp_month_to_string  (HpMonth      month); /* "2027-03" */
char     *hp_month_format     (HpMonth      month); /* "Mar 2027", in the user's language */
char     *hp_month_format_short (HpMonth    month); /* "Mar" */
HpMonth   hp_month_current    (void);

G_END_DECLS
