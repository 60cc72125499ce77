/* hp-cli-diff.c: hiring-plan diff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hiring-plan"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hp-cli.h"
#include "hp-money.h"
#include "hp-plan-diff.h"

/* How a side is named in the text: "old.json", "plan.json, scenario “lean”". */
static char *
side_name (const HpPlanDiffSide *side)
{
  if (side->scenario != NULL)
    /* TRANSLATORS: a file, then a scenario's id */
    return g_strdup_printf (_("%s, scenario “%s”"), side->file, hp_scenario_get_id (side->scenario));

  return g_strdup (side->file);
}

/* Each position's title by its id: a plan may hold thousands. */
static GHashTable *
index_titles (HpPlan *plan)
{
  GHashTable *titles = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < hp_plan_get_n_positions (plan); i++)
    {
      HpPosition *position = hp_plan_get_position (plan, i);
      const char *title = hp_position_get_title (position);

      g_hash_table_insert (titles, (gpointer) hp_position_get_id (position),
                           (gpointer) (title != NULL && title[0] != '\0' ? title : _("Untitled position")));
    }

  return titles;
}

static void
add_money_row (HpCliTable    *table,
               const char    *label,
               const HpDelta *delta,
               const char    *currency)
{
  g_autofree char *from = hp_money_format (delta->from, currency, HP_MONEY_FORMAT_DEFAULT);
  g_autofree char *to = hp_money_format (delta->to, currency, HP_MONEY_FORMAT_DEFAULT);
  g_autofree char *change = hp_cli_format_money_delta (delta->delta, currency);

  hp_cli_table_add_row (table, label, from, to, change);
}

static void
append_totals (GString              *out,
               const HpPlanDiff     *diff,
               const HpPlanDiffSide *from,
               const HpPlanDiffSide *to)
{
  g_autoptr(HpCliTable) table = hp_cli_table_new ("lrrr");
  g_autofree char *hc_from = hp_number_format_grouped (diff->headcount.from);
  g_autofree char *hc_to = hp_number_format_grouped (diff->headcount.to);
  g_autofree char *hc_change = hp_cli_format_count_delta (diff->headcount.delta);

  hp_cli_table_add_row (table, "", _("From"), _("To"), _("Change"));
  add_money_row (table, _("Total period cost"), &diff->total_cost, diff->currency);
  add_money_row (table, _("Annual run rate"), &diff->run_rate, diff->currency);
  hp_cli_table_add_row (table, _("Headcount"), hc_from, hc_to, hc_change);
  if (hp_plan_get_has_budget (from->plan) && hp_plan_get_has_budget (to->plan))
    add_money_row (table, _("Budget remaining"), &diff->budget_remaining, diff->currency);

  hp_cli_table_append (table, out, "  ");
}

/* "  added    " with the label padded to @width characters. */
static void
append_label (GString    *out,
              const char *label,
              glong       width)
{
  g_string_append_printf (out, "  %s", label);
  for (glong i = g_utf8_strlen (label, -1); i < width + 2; i++)
    g_string_append_c (out, ' ');
}

static void
append_positions (GString              *out,
                  const HpPlanDiff     *diff,
                  const HpPlanDiffSide *from,
                  const HpPlanDiffSide *to)
{
  const char *labels[] = { _("added"), _("removed"), _("changed") };
  glong width = 0;
  g_autofree char *indent = NULL;
  g_autoptr(GHashTable) from_titles = index_titles (from->plan);
  g_autoptr(GHashTable) to_titles = index_titles (to->plan);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    width = MAX (width, g_utf8_strlen (labels[i], -1));
  indent = g_strnfill ((gsize) width + 4, ' ');

  g_string_append_printf (out, "\n%s\n", _("Positions"));
  if (diff->added->len == 0 && diff->removed->len == 0 && diff->changed->len == 0)
    {
      g_string_append_printf (out, "  %s\n", _("No position was added, removed or changed."));
      return;
    }

  for (guint i = 0; i < diff->added->len; i++)
    {
      const char *id = g_ptr_array_index (diff->added, i);

      append_label (out, labels[0], width);
      g_string_append_printf (out, "%s  %s\n", id, (const char *) g_hash_table_lookup (to_titles, id));
    }
  for (guint i = 0; i < diff->removed->len; i++)
    {
      const char *id = g_ptr_array_index (diff->removed, i);

      append_label (out, labels[1], width);
      g_string_append_printf (out, "%s  %s\n", id, (const char *) g_hash_table_lookup (from_titles, id));
    }
  for (guint i = 0; i < diff->changed->len; i++)
    {
      const HpPositionChange *change = g_ptr_array_index (diff->changed, i);
      g_autofree char *cost_from = hp_money_format (change->period_cost.from, diff->currency,
                                                    HP_MONEY_FORMAT_DEFAULT);
      g_autofree char *cost_to = hp_money_format (change->period_cost.to, diff->currency,
                                                  HP_MONEY_FORMAT_DEFAULT);
      g_autofree char *cost_change = hp_cli_format_money_delta (change->period_cost.delta, diff->currency);

      append_label (out, labels[2], width);
      g_string_append_printf (out, "%s  %s\n", change->id, (const char *) g_hash_table_lookup (to_titles, change->id));
      for (guint f = 0; f < change->fields->len; f++)
        {
          const HpFieldChange *field = g_ptr_array_index (change->fields, f);

          g_string_append_printf (out, "%s%s: %s → %s\n", indent, field->name,
                                  field->from != NULL ? field->from : "null",
                                  field->to != NULL ? field->to : "null");
        }
      /* TRANSLATORS: a position's period cost before and after, and the change */
      g_string_append (out, indent);
      g_string_append_printf (out, _("period cost: %s → %s (%s)\n"), cost_from, cost_to, cost_change);
    }
}

static void
append_months (GString          *out,
               const HpPlanDiff *diff)
{
  g_autoptr(HpCliTable) table = hp_cli_table_new ("lrrr");
  guint n_rows = 0;

  hp_cli_table_add_row (table, _("Month"), _("From"), _("To"), _("Change"));
  for (guint i = 0; i < diff->months->len; i++)
    {
      const HpMonthDelta *month = &g_array_index (diff->months, HpMonthDelta, i);
      g_autofree char *name = NULL;

      if (month->cost.delta == 0)
        continue;
      name = hp_month_format (month->month);
      add_money_row (table, name, &month->cost, diff->currency);
      n_rows++;
    }

  if (n_rows == 0)
    return;

  g_string_append_printf (out, "\n%s\n", _("Months that differ"));
  hp_cli_table_append (table, out, "  ");
}

static void
append_levels (GString          *out,
               const HpPlanDiff *diff)
{
  g_autoptr(HpCliTable) table = hp_cli_table_new ("lrrr");
  guint n_rows = 0;

  hp_cli_table_add_row (table, _("Level"), _("From"), _("To"), _("Change"));
  for (guint level = 0; level < HP_N_LEVELS; level++)
    {
      if (diff->level_cost[level].delta == 0)
        continue;
      add_money_row (table, hp_level_display_name ((HpLevel) level), &diff->level_cost[level], diff->currency);
      n_rows++;
    }

  if (n_rows == 0)
    return;

  g_string_append_printf (out, "\n%s\n", _("Levels that differ"));
  hp_cli_table_append (table, out, "  ");
}

static char *
format_text (const HpPlanDiff     *diff,
             const HpPlanDiffSide *from,
             const HpPlanDiffSide *to)
{
  g_autofree char *from_name = side_name (from);
  g_autofree char *to_name = side_name (to);
  GString *out = g_string_new (NULL);

  /* TRANSLATORS: two plans (files or scenarios), then a currency code */
  g_string_append_printf (out, _("From %s to %s, in %s\n\n"), from_name, to_name, diff->currency);
  append_totals (out, diff, from, to);
  append_positions (out, diff, from, to);
  append_months (out, diff);
  append_levels (out, diff);

  if (!hp_plan_diff_changes_cost_or_positions (diff))
    g_string_append_printf (out, "\n%s\n", _("The plans cost the same and have the same positions."));

  return g_string_free (out, FALSE);
}

/* "/dev/null" (git's side of an added or deleted file) is a plan with
 * @other's settings and no positions. */
#define EMPTY_SIDE "/dev/null"

static HpPlan *
empty_like (HpPlan *other)
{
  HpPlan *plan = hp_plan_copy (other);
  g_autoptr(GPtrArray) positions = g_ptr_array_new ();

  for (guint i = 0; i < hp_plan_get_n_positions (plan); i++)
    g_ptr_array_add (positions, hp_plan_get_position (plan, i));
  hp_plan_remove_positions (plan, (HpPosition **) positions->pdata, positions->len);
  hp_plan_clear_history (plan);

  return plan;
}

/* Reads both files, saying what is wrong with each; "/dev/null" for one of
 * them is an empty plan. */
static gboolean
load_pair (char   **files,
           HpPlan **out_old,
           char   **out_old_name,
           HpPlan **out_new,
           char   **out_new_name,
           int     *status)
{
  gboolean old_empty = g_str_equal (files[0], EMPTY_SIDE);
  gboolean new_empty = g_str_equal (files[1], EMPTY_SIDE);

  if (!old_empty)
    *out_old = hp_cli_load_plan (files[0], out_old_name, status);
  if (!new_empty)
    *out_new = hp_cli_load_plan (files[1], out_new_name, status);
  if ((!old_empty && *out_old == NULL) || (!new_empty && *out_new == NULL))
    return FALSE;

  if (old_empty)
    {
      *out_old = empty_like (*out_new);
      *out_old_name = g_strdup (EMPTY_SIDE);
    }
  if (new_empty)
    {
      *out_new = empty_like (*out_old);
      *out_new_name = g_strdup (EMPTY_SIDE);
    }

  return TRUE;
}

int
hp_cli_diff (int    argc,
             char **argv)
{
  gboolean json = FALSE;
  g_autofree char *scenario_id = NULL;
  g_autofree char *old_label = NULL;
  g_autofree char *new_label = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json,
      N_("Print a “hiring-plan-diff” JSON document rather than text"), NULL },
    { "scenario", 's', 0, G_OPTION_ARG_STRING, &scenario_id,
      N_("Compare FILE’s baseline with its scenario ID (then only one FILE is given)"), N_("ID") },
    { "old-label", 0, 0, G_OPTION_ARG_STRING, &old_label,
      N_("Name OLD so in the output rather than by its file name (as git’s diff driver does)"), N_("LABEL") },
    { "new-label", 0, 0, G_OPTION_ARG_STRING, &new_label,
      N_("Name NEW so in the output rather than by its file name"), N_("LABEL") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) old_plan = NULL;
  g_autoptr(HpPlan) new_plan = NULL;
  g_autoptr(HpPlanDiff) diff = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;
  g_autofree char *text = NULL;
  HpPlanDiffSide from = { NULL, NULL, NULL };
  HpPlanDiffSide to = { NULL, NULL, NULL };
  guint n_files;
  int status = HP_CLI_OK;

  context = hp_cli_context_new ("diff", _("OLD NEW | --scenario ID FILE"),
                                _("Shows what changed between two hiring plans: the positions added, removed "
                                  "and changed (matched by id, with each changed field’s old and new value and "
                                  "the change in the position’s period cost), and the change in the total "
                                  "period cost, the annual run rate, the headcount, the budget remaining, every "
                                  "month and every level. With --scenario, compares a file’s baseline with one "
                                  "of its scenarios. The plans must use the same currency. A FILE of “-” is "
                                  "the standard input; an OLD or NEW of “/dev/null” is a plan with the other’s "
                                  "settings and no positions (git’s side of an added or a deleted file)."),
                                _("Exit status: 0 when the plans cost the same and have the same positions, "
                                  "1 when they differ (or a plan is invalid, or the plans are in different "
                                  "currencies), 2 on a usage error (or no such scenario), 3 when a file cannot "
                                  "be read.\n\n"
                                  "Examples:\n"
                                  "  hiring-plan diff payments-v1.json payments.json\n"
                                  "  hiring-plan diff --scenario lean payments.json\n"
                                  "  hiring-plan diff --json old.json new.json | jq -r .totals.total_period_cost.delta"),
                                entries);
  if (!hp_cli_parse (context, "diff", &argc, &argv))
    return HP_CLI_USAGE;

  n_files = files != NULL ? g_strv_length (files) : 0;
  if (scenario_id != NULL && n_files != 1)
    return hp_cli_usage_error ("diff", _("With --scenario, give one plan file"));
  if (scenario_id == NULL && n_files != 2)
    return hp_cli_usage_error ("diff", _("Give two plan files, OLD and NEW, or --scenario ID and one file"));
  if (n_files == 2 && g_str_equal (files[0], "-") && g_str_equal (files[1], "-"))
    return hp_cli_usage_error ("diff", _("Only one of the plans can be the standard input"));
  if (n_files == 2 && g_str_equal (files[0], EMPTY_SIDE) && g_str_equal (files[1], EMPTY_SIDE))
    return hp_cli_usage_error ("diff", _("Only one of the plans can be “/dev/null”"));
  if (n_files == 1 && g_str_equal (files[0], EMPTY_SIDE))
    return hp_cli_usage_error ("diff", _("“/dev/null” has no scenarios"));

  /* Say what is wrong with both files, not just the first. */
  if (n_files == 2)
    {
      if (!load_pair (files, &old_plan, &old_name, &new_plan, &new_name, &status))
        return status;
    }
  else
    {
      old_plan = hp_cli_load_plan (files[0], &old_name, &status);
      if (old_plan == NULL)
        return status;
    }
  if (old_label != NULL)
    {
      g_free (old_name);
      old_name = g_strdup (old_label);
    }
  if (new_label != NULL && n_files == 2)
    {
      g_free (new_name);
      new_name = g_strdup (new_label);
    }

  from.file = old_name;
  from.plan = old_plan;
  if (n_files == 2)
    {
      to.file = new_name;
      to.plan = new_plan;
    }
  else
    {
      to.file = old_name;
      to.plan = hp_cli_select_plan (old_plan, old_name, scenario_id, &to.scenario, &status);
      if (to.plan == NULL)
        return status;
    }

  diff = hp_plan_diff_compute (from.plan, to.plan, &error);
  if (diff == NULL)
    {
      g_autofree char *from_name = side_name (&from);
      g_autofree char *to_name = side_name (&to);

      hp_cli_error ("%s, %s: %s", from_name, to_name, error->message);
      return HP_CLI_INVALID;
    }

  if (json)
    text = hp_plan_diff_to_json (diff, &from, &to);
  else
    text = format_text (diff, &from, &to);

  if (!hp_cli_write_output (NULL, text, strlen (text), &error))
    {
      hp_cli_error ("%s", error->message);
      return HP_CLI_IO;
    }

  return hp_plan_diff_changes_cost_or_positions (diff) ? HP_CLI_INVALID : HP_CLI_OK;
}
