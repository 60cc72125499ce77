/* hp-money.h: exact money in integer minor units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The largest amount we accept, in minor units: well inside gint64 so that
 * sums of many amounts times counts cannot overflow unnoticed. */
#define HP_MONEY_MAX ((gint64) 999999999999999) /* 15 digits */

typedef enum
{
  HP_MONEY_FORMAT_DEFAULT     = 0,
  HP_MONEY_FORMAT_DROP_ZERO_MINOR = 1 << 0, /* "$151,000" rather than "$151,000.00" */
} HpMoneyFormatFlags;

gboolean    hp_currency_is_valid_code   (const char *code);
guint       hp_currency_minor_digits    (const char *code);
const char *hp_currency_symbol          (const char *code);

gboolean    hp_money_parse              (const char  *text,
                                         guint        minor_digits,
                                         gint64      *out_amount,
                                         GError     **error);
char       *hp_money_to_string          (gint64       amount,
                                         guint        minor_digits);
char       *hp_money_format             (gint64       amount,
                                         const char  *currency,
                                         HpMoneyFormatFlags flags);
char       *hp_number_format_grouped    (gint64       value);
/* A change, signed: "+$120,400.00", "−$3.00", "$0.00"; "+2", "−2", "0". */
char       *hp_money_format_delta       (gint64       amount,
                                         const char  *currency);
char       *hp_number_format_delta      (gint64       value);
gboolean    hp_percent_parse_bp         (const char  *text,
                                         guint        max_bp,
                                         guint       *out_bp,
                                         GError     **error);
char       *hp_percent_format_bp        (guint        bp); /* 3050 -> "30.5", for files */
char       *hp_percent_format_bp_display (guint       bp); /* "30,5" in German */
gboolean    hp_money_parse_input        (const char  *text,
                                         const char  *currency,
                                         gint64      *out_amount,
                                         GError     **error);

G_END_DECLS
