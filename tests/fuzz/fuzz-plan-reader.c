/* fuzz-plan-reader.c: libFuzzer target for hp_plan_read
 *
 * Any bytes must give a plan or one HP_ERROR, never a crash, a leak or
 * undefined behaviour.  A plan that was accepted must also survive what
 * the application does next with it: costing, writing it out, exporting
 * it as CSV, and reading back what was written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "hp-error.h"
#include "hp-plan-file.h"
#include "hp-scenario.h"
#include "hp-summary.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpPlan) again = NULL;
  g_autoptr(HpSummary) summary = NULL;
  g_autoptr(GDateTime) stamp = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;
  g_autofree char *csv = NULL;
  gsize json_length = 0;
  gsize json_again_length = 0;
  gsize csv_length = 0;

  plan = hp_plan_read ((const char *) data, size, "fuzz.json", &notice, &error);
  if (plan == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == HP_ERROR);
      g_assert_nonnull (strstr (error->message, "fuzz.json"));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_null (notice);
      return 0;
    }
  g_assert_no_error (error);

  summary = hp_summary_compute (plan, NULL);
  g_assert_false (summary->overflow);

  /* What the application writes, it must read back, unchanged. */
  stamp = g_date_time_new_utc (2026, 11, 29, 19, 30, 0);
  json = hp_plan_to_json (plan, NULL, stamp, &json_length);
  g_assert_nonnull (json);
  again = hp_plan_read (json, json_length, "written.json", NULL, &error);
  if (again == NULL)
    g_error ("an accepted plan was written as a file it cannot read: %s\n%s", error->message, json);
  json_again = hp_plan_to_json (again, NULL, stamp, &json_again_length);
  g_assert_cmpmem (json, json_length, json_again, json_again_length);
  g_assert_cmpuint (hp_plan_get_n_scenarios (again), ==, hp_plan_get_n_scenarios (plan));

  csv = hp_plan_to_csv (plan, NULL, &csv_length);
  g_assert_nonnull (csv);

  return 0;
}
