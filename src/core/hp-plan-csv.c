/* hp-plan-csv.c: the CSV export of a plan, a row per position and its
 * monthly costs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-file"

#include "config.h"

#include <string.h>

#include "hp-money.h"
#include "hp-plan-file.h"
#include "hp-plan-file-private.h"
#include "hp-summary-private.h"

static void
csv_text (GString    *out,
          gboolean    first,
          const char *text)
{
  gboolean formula;

  if (!first)
    g_string_append_c (out, ',');
  if (text == NULL || *text == '\0')
    return;

  /* A spreadsheet would run a cell starting like this as a formula. */
  formula = strchr ("=+-@\t\r", text[0]) != NULL;

  if (formula || strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      if (formula)
        g_string_append_c (out, '\'');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
}

/* Numbers we generate: written plainly, a minus sign is not a formula. */
static void
csv_money (GString *out,
           gint64   amount,
           guint    digits)
{
  g_string_append_c (out, ',');
  hp_plan_file_append_money (out, amount, digits);
}

static void
csv_month (GString *out,
           HpMonth  month)
{
  g_string_append_c (out, ',');
  if (month != HP_MONTH_NONE && hp_month_is_valid (month))
    hp_plan_file_append_month (out, month);
}

char *
hp_plan_to_csv (HpPlan    *plan,
                HpCatalog *catalog,
                gsize     *out_length)
{
  return hp_plan_to_csv_full (plan, catalog, HP_CSV_DEFAULT, out_length);
}

char *
hp_plan_to_csv_full (HpPlan     *plan,
                     HpCatalog  *catalog,
                     HpCsvFlags  flags,
                     gsize      *out_length)
{
  static const char * const columns[] = {
    "id", "role", "level", "title", "count", "start", "end", "location", "kind", "status",
    "annual_salary", "one_time_cost", "team", "monthly_cost_per_head",
  };
  g_autoptr(HpSummary) summary = NULL;
  GString *out;
  HpMonth start, end;
  guint months, overhead_bp, digits, n;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), NULL);

  summary = hp_summary_compute (plan, catalog);
  digits = hp_currency_minor_digits (hp_plan_get_currency (plan));
  start = hp_plan_get_start (plan);
  months = hp_plan_get_months (plan);
  end = start + (HpMonth) months - 1;
  overhead_bp = hp_plan_get_overhead_bp (plan);

  /* The header and the level, kind and status keys are those of the JSON
   * file, not translated, so that other programs can read the export. */
  out = g_string_sized_new (4096 + (gsize) hp_plan_get_n_positions (plan) * (200 + 12 * (gsize) months));
  if (flags & HP_CSV_BOM)
    g_string_append (out, HP_CSV_BOM_BYTES);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    csv_text (out, c == 0, columns[c]);
  for (guint m = 0; m < months; m++)
    csv_month (out, start + (HpMonth) m);
  csv_text (out, FALSE, "period_cost");
  g_string_append (out, "\r\n");

  n = hp_plan_get_n_positions (plan);
  for (guint i = 0; i < n; i++)
    {
      HpPosition *position = hp_plan_get_position (plan, i);
      gint64 salary = hp_position_get_annual_salary (position);

      csv_text (out, TRUE, hp_position_get_id (position));
      csv_text (out, FALSE, hp_position_get_role_id (position));
      csv_text (out, FALSE, hp_level_to_key (hp_position_get_level (position)));
      csv_text (out, FALSE, hp_position_get_title (position));
      g_string_append_c (out, ',');
      hp_plan_file_append_uint64 (out, hp_position_get_count (position));
      csv_month (out, hp_position_get_start (position));
      csv_month (out, hp_position_get_end (position));
      csv_text (out, FALSE, hp_position_get_location (position));
      csv_text (out, FALSE, hp_position_kind_to_key (hp_position_get_kind (position)));
      csv_text (out, FALSE, hp_position_status_to_key (hp_position_get_status (position)));
      csv_money (out, salary, digits);
      csv_money (out, hp_position_get_one_time_cost (position), digits);
      csv_text (out, FALSE, hp_position_get_team (position));
      csv_money (out, hp_cost_monthly_per_head (salary, overhead_bp), digits);

      /* When a sum left the range of 64 bits, the costs are left empty
       * rather than written wrong. */
      if (summary->overflow)
        {
          for (guint m = 0; m <= months; m++)
            g_string_append_c (out, ',');
        }
      else
        {
          HpPositionCost cost;

          hp_position_cost_measure (position, start, end, overhead_bp, &cost);
          for (guint m = 0; m < months; m++)
            csv_money (out, hp_position_cost_in_month (&cost, (gint64) start + m), digits);
          csv_money (out, cost.period_cost, digits);
        }
      g_string_append (out, "\r\n");
    }

  csv_text (out, TRUE, "Total");
  for (guint c = 1; c < G_N_ELEMENTS (columns); c++)
    g_string_append_c (out, ',');
  for (guint m = 0; m < months; m++)
    {
      if (summary->overflow)
        g_string_append_c (out, ',');
      else
        csv_money (out, summary->month_cost[m], digits);
    }
  if (summary->overflow)
    g_string_append_c (out, ',');
  else
    csv_money (out, summary->total_cost, digits);
  g_string_append (out, "\r\n");

  if (out_length != NULL)
    *out_length = out->len;

  return g_string_free (out, FALSE);
}
