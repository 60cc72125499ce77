/* test-ui-scenarios.c: the header's scenario switcher, New Scenario,
 * Rename and Delete with their undo, and edits inside a scenario
 *
 * Every wait is for an event with a deadline only against a hang.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "hp-diff-chart.h"
#include "hp-money.h"
#include "hp-plan-file.h"
#include "hp-plan-view.h"
#include "hp-summary.h"
#include "hp-scenario.h"
#include "hp-ui-test-util.h"
#include "hp-window.h"

static HpApplication *app;

typedef struct
{
  HpWindow   *window;
  HpDocument *document;
  HpPlan     *plan;
} Fixture;

static HpPlan *
make_plan (void)
{
  HpPlan *plan = hp_plan_new ();

  hp_plan_edit (plan, "title", "Payments", "currency", "USD",
                "start", (int) hp_month_new (2027, 1), "months", 12u,
                "has-budget", TRUE, "budget", (gint64) 100000000, NULL);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(HpPosition) p = hp_position_new ();
      g_autofree char *title = g_strdup_printf ("Engineer %u", i + 1);

      hp_position_set_title (p, title);
      hp_position_set_level (p, HP_LEVEL_SENIOR);
      hp_position_set_count (p, 1);
      hp_position_set_start (p, hp_month_new (2027, 1 + (int) i));
      hp_position_set_annual_salary (p, 12000000);
      hp_plan_append_position (plan, p);
    }
  hp_plan_clear_history (plan);
  return plan;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ();

  f->window = hp_window_new (app);
  f->document = hp_window_get_document (f->window);
  hp_document_set_plan (f->document, plan, NULL);
  f->plan = hp_document_get_plan (f->document);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (hp_test_wait_until (hp_test_is_mapped, f->window, 5000));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "plan");
  g_assert_cmpstr (hp_test_window_page (GTK_WIDGET (f->window)), ==, "plan");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* nothing is saved: let the draft go without asking */
  hp_document_discard_draft (f->document);
  gtk_window_destroy (GTK_WINDOW (f->window));
}

static GtkDropDown *
switcher (Fixture *f)
{
  GtkWidget *found = hp_test_find_widget (gtk_window_get_titlebar (GTK_WINDOW (f->window)), GTK_TYPE_DROP_DOWN);

  g_assert_nonnull (found);
  return GTK_DROP_DOWN (found);
}

static const char *
switcher_row (Fixture *f,
              guint    index)
{
  GListModel *model = gtk_drop_down_get_model (switcher (f));

  if (index >= g_list_model_get_n_items (model))
    return NULL;
  return gtk_string_list_get_string (GTK_STRING_LIST (model), index);
}

static HpPlan *
shown_plan (Fixture *f)
{
  HpPlanView *view = HP_PLAN_VIEW (hp_test_find_widget (GTK_WIDGET (f->window), HP_TYPE_PLAN_VIEW));

  return hp_plan_view_get_plan (view);
}

static GtkWidget *
find_name_dialog (Fixture *f)
{
  return (GtkWidget *) hp_test_find_message_dialog (GTK_WINDOW (f->window));
}

static gboolean
dialog_shown (gpointer data)
{
  return find_name_dialog (data) != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return find_name_dialog (data) == NULL;
}

/* Activates @action, types @name into the dialog it opens and presses
 * Enter (the entry activates the default response). */
static void
answer_name (Fixture    *f,
             const char *action,
             const char *name)
{
  GtkWidget *dialog;
  GtkWidget *entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
  g_assert_true (hp_test_wait_until (dialog_shown, f, 5000));
  dialog = find_name_dialog (f);
  entry = hp_test_find_widget (dialog, GTK_TYPE_ENTRY);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_widget_get_name (entry), ==, "scenario-name");
  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  g_signal_emit_by_name (entry, "activate");  /* Enter */
  g_assert_true (hp_test_wait_until (dialog_gone, f, 5000));
}

typedef struct
{
  Fixture    *f;
  const char *text;
} Shown;

static gboolean
label_shown (gpointer data)
{
  Shown *shown = data;

  return hp_test_find_shown_label (GTK_WIDGET (shown->f->window), shown->text) != NULL;
}

static gboolean
label_gone (gpointer data)
{
  return !label_shown (data);
}

/* Waits (for the summary's idle update) until a label shows @text. */
static gboolean
wait_for_label (Fixture    *f,
                const char *text)
{
  Shown shown = { f, text };

  return hp_test_wait_until (label_shown, &shown, 5000);
}

static void
undo (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
}

static void
redo (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
}

/* Make a scenario, change it, undo the change and then the scenario's
 * creation, redo it; the switcher and the plan page follow. */
static void
test_new_scenario (Fixture       *f,
                   gconstpointer  data)
{
  HpScenario *lean;
  HpPlan *lean_plan;

  g_assert_cmpstr (switcher_row (f, 0), ==, "Baseline");
  g_assert_null (switcher_row (f, 1));
  g_assert_true (shown_plan (f) == f->plan);
  g_assert_false (hp_document_get_dirty (f->document));

  answer_name (f, "win.new-scenario", "  Lean ");
  g_assert_cmpuint (hp_plan_get_n_scenarios (f->plan), ==, 1);
  lean = hp_plan_find_scenario (f->plan, "lean");
  g_assert_nonnull (lean);
  g_assert_cmpstr (hp_scenario_get_name (lean), ==, "Lean");
  lean_plan = hp_scenario_get_plan (lean);
  g_assert_cmpstr (switcher_row (f, 1), ==, "Lean");
  g_assert_cmpuint (gtk_drop_down_get_selected (switcher (f)), ==, 1);
  g_assert_true (shown_plan (f) == lean_plan);
  g_assert_cmpuint (hp_plan_get_n_positions (lean_plan), ==, 3);
  g_assert_true (hp_document_get_dirty (f->document));

  /* An edit in the scenario: the baseline keeps its own */
  hp_plan_edit_position (lean_plan, hp_plan_get_position (lean_plan, 0), "count", 5u, NULL);
  g_assert_cmpuint (hp_position_get_count (hp_plan_get_position (f->plan, 0)), ==, 1);
  undo (f);
  g_assert_cmpuint (hp_position_get_count (hp_plan_get_position (lean_plan, 0)), ==, 1);
  redo (f);
  g_assert_cmpuint (hp_position_get_count (hp_plan_get_position (lean_plan, 0)), ==, 5);

  /* The summary: the scenario's figures, each with its difference from
   * the baseline, as the two plans' own summaries have it */
  {
    g_autoptr(HpSummary) base = hp_summary_compute (f->plan, NULL);
    g_autoptr(HpSummary) scen = hp_summary_compute (lean_plan, NULL);
    g_autofree char *total = hp_money_format (scen->total_cost, "USD", HP_MONEY_FORMAT_DEFAULT);
    g_autofree char *delta = hp_money_format (scen->total_cost - base->total_cost, "USD", HP_MONEY_FORMAT_DEFAULT);
    g_autofree char *rate = hp_money_format (scen->run_rate - base->run_rate, "USD", HP_MONEY_FORMAT_DEFAULT);
    g_autofree char *total_text = g_strdup_printf ("+%s vs. baseline", delta);
    g_autofree char *rate_text = g_strdup_printf ("+%s vs. baseline", rate);

    g_assert_cmpint (scen->total_cost - base->total_cost, >, 0);
    g_assert_true (wait_for_label (f, "+4 people vs. baseline"));
    g_assert_nonnull (hp_test_find_shown_label (GTK_WIDGET (f->window), total));
    g_assert_true (wait_for_label (f, total_text));
    g_assert_true (wait_for_label (f, rate_text));
  }

  /* Undo: the edit, then the creation; the baseline is shown again */
  undo (f);
  g_assert_cmpuint (hp_position_get_count (hp_plan_get_position (lean_plan, 0)), ==, 1);
  undo (f);
  g_assert_cmpuint (hp_plan_get_n_scenarios (f->plan), ==, 0);
  g_assert_null (switcher_row (f, 1));
  g_assert_cmpuint (gtk_drop_down_get_selected (switcher (f)), ==, 0);
  g_assert_true (shown_plan (f) == f->plan);
  {
    Shown shown = { f, "+4 people vs. baseline" };
    g_assert_true (hp_test_wait_until (label_gone, &shown, 5000));  /* the baseline has no differences */
  }

  redo (f);
  g_assert_cmpstr (switcher_row (f, 1), ==, "Lean");
  g_assert_true (hp_plan_find_scenario (f->plan, "lean") == lean);
}

/* The switcher shows what is chosen; Rename and Delete act on the scenario
 * shown, each undoable. */
static void
test_switch_rename_delete (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(HpScenario) fast = hp_scenario_new_copy ("accelerated", "Accelerated", f->plan);
  HpScenario *copy;

  hp_plan_add_scenario (f->plan, 0, fast, NULL);
  g_assert_cmpstr (switcher_row (f, 1), ==, "Accelerated");
  g_assert_true (shown_plan (f) == f->plan);

  gtk_drop_down_set_selected (switcher (f), 1);
  g_assert_true (shown_plan (f) == hp_scenario_get_plan (fast));

  /* New Scenario copies the one shown */
  hp_plan_edit_position (hp_scenario_get_plan (fast), hp_plan_get_position (hp_scenario_get_plan (fast), 2),
                         "count", 4u, NULL);
  answer_name (f, "win.new-scenario", "Accelerated more");
  copy = hp_plan_find_scenario (f->plan, "accelerated-more");
  g_assert_nonnull (copy);
  g_assert_cmpuint (hp_position_get_count (hp_plan_get_position (hp_scenario_get_plan (copy), 2)), ==, 4);
  g_assert_cmpstr (switcher_row (f, 2), ==, "Accelerated more");
  g_assert_true (shown_plan (f) == hp_scenario_get_plan (copy));

  /* Rename */
  gtk_drop_down_set_selected (switcher (f), 1);
  answer_name (f, "win.rename-scenario", "Fast");
  g_assert_cmpstr (hp_scenario_get_name (fast), ==, "Fast");
  g_assert_cmpstr (switcher_row (f, 1), ==, "Fast");
  undo (f);
  g_assert_cmpstr (switcher_row (f, 1), ==, "Accelerated");
  redo (f);
  g_assert_cmpstr (switcher_row (f, 1), ==, "Fast");

  /* Delete: the baseline is shown; undo puts it back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-scenario", NULL));
  g_assert_cmpuint (hp_plan_get_n_scenarios (f->plan), ==, 1);
  g_assert_cmpstr (switcher_row (f, 1), ==, "Accelerated more");
  g_assert_true (shown_plan (f) == f->plan);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-scenario", NULL);
  g_assert_cmpuint (hp_plan_get_n_scenarios (f->plan), ==, 1);  /* nothing to delete on the baseline */
  undo (f);
  g_assert_cmpuint (hp_plan_get_n_scenarios (f->plan), ==, 2);
  g_assert_cmpstr (switcher_row (f, 1), ==, "Fast");
  g_assert_cmpstr (switcher_row (f, 2), ==, "Accelerated more");
}

/* Fit to Budget: a new scenario within the budget, undoable; an
 * impossible budget says why and makes nothing. */
static void
test_fit_budget (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(HpSummary) before = hp_summary_compute (f->plan, NULL);
  HpScenario *fitted;
  GtkWidget *dialog;

  /* a budget below what the plan costs */
  hp_plan_edit (f->plan, "budget", before->total_cost - 1500000, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.fit-budget", NULL));
  g_assert_cmpuint (hp_plan_get_n_scenarios (f->plan), ==, 1);
  fitted = g_list_model_get_item (hp_plan_get_scenarios (f->plan), 0);
  g_object_unref (fitted);  /* the plan keeps it */
  g_assert_cmpstr (hp_scenario_get_name (fitted), ==, "Fit to Budget");
  g_assert_true (shown_plan (f) == hp_scenario_get_plan (fitted));
  g_assert_cmpstr (switcher_row (f, 1), ==, "Fit to Budget");
  {
    g_autoptr(HpSummary) after = hp_summary_compute (hp_scenario_get_plan (fitted), NULL);
    g_assert_cmpint (after->total_cost, <=, before->total_cost - 1500000);
  }
  g_assert_cmpstr (hp_scenario_get_notes (fitted), !=, "");

  undo (f);
  g_assert_cmpuint (hp_plan_get_n_scenarios (f->plan), ==, 0);
  g_assert_true (shown_plan (f) == f->plan);

  /* impossible (a filled position is never moved): a dialog with the
   * reason, no scenario */
  hp_plan_edit_position (f->plan, hp_plan_get_position (f->plan, 0), "status", (int) HP_POSITION_STATUS_FILLED, NULL);
  hp_plan_edit (f->plan, "budget", (gint64) 1, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.fit-budget", NULL));
  g_assert_true (hp_test_wait_until (dialog_shown, f, 5000));
  dialog = find_name_dialog (f);
  {
    GtkMessageType type;
    g_autofree char *secondary = NULL;

    g_object_get (dialog, "message-type", &type, "secondary-text", &secondary, NULL);
    g_assert_cmpint (type, ==, GTK_MESSAGE_ERROR);
    g_assert_nonnull (secondary);
    g_assert_cmpstr (secondary, !=, "");  /* the core's reason */
    g_assert_null (hp_test_find_widget (dialog, GTK_TYPE_ENTRY));
  }
  g_assert_cmpuint (hp_plan_get_n_scenarios (f->plan), ==, 0);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  g_assert_true (hp_test_wait_until (dialog_gone, f, 5000));
}

static GtkWidget *
find_comparison (Fixture *f)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);
      GtkWidget *child = gtk_window_get_child (w);

      if (gtk_window_get_transient_for (w) == GTK_WINDOW (f->window) && child != NULL &&
          g_type_is_a (G_OBJECT_TYPE (child), g_type_from_name ("HpPlanDiffView")) &&
          gtk_widget_get_mapped (GTK_WIDGET (w)))
        return GTK_WIDGET (w);
    }
  return NULL;
}

static gboolean
comparison_shown (gpointer data)
{
  return find_comparison (data) != NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} InWindow;

static gboolean
shown_in (gpointer data)
{
  InWindow *in = data;

  return hp_test_find_shown_label (in->root, in->text) != NULL;
}

static gboolean
label_containing (GtkWidget  *root,
                  const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_is_drawable (root) &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (label_containing (child, text))
      return TRUE;
  return FALSE;
}

/* Compare with Baseline: a window of its own, made when first asked for,
 * with the headline changes and each changed position, old → new. */
static void
test_compare_baseline (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(HpScenario) lean = hp_scenario_new_copy ("lean", "Lean", f->plan);
  HpPlan *lean_plan = hp_scenario_get_plan (lean);
  g_autoptr(HpSummary) base = hp_summary_compute (f->plan, NULL);
  g_autoptr(HpSummary) scen = NULL;
  g_autofree char *delta = NULL;
  GtkWidget *window;

  hp_plan_add_scenario (f->plan, 0, lean, NULL);
  /* on the baseline there is nothing to compare */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.compare-baseline", NULL);
  g_assert_null (find_comparison (f));

  gtk_drop_down_set_selected (switcher (f), 1);
  hp_plan_edit_position (lean_plan, hp_plan_get_position (lean_plan, 1), "start", (int) hp_month_new (2027, 5), NULL);
  scen = hp_summary_compute (lean_plan, NULL);
  delta = hp_money_format (scen->total_cost - base->total_cost, "USD", HP_MONEY_FORMAT_DEFAULT);
  g_assert_cmpint (scen->total_cost, <, base->total_cost);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.compare-baseline", NULL));
  g_assert_true (hp_test_wait_until (comparison_shown, f, 5000));
  window = find_comparison (f);
  {
    InWindow title = { window, "Baseline → Lean" };
    InWindow change = { window, delta };

    g_assert_true (hp_test_wait_until (shown_in, &title, 5000));
    g_assert_true (hp_test_wait_until (shown_in, &change, 5000));
    g_assert_true (label_containing (window, "Engineer 2\n    start: 2027-02 → 2027-05\n    period cost: "));
    g_assert_false (label_containing (window, "Engineer 1\n"));
  }
  gtk_window_close (GTK_WINDOW (window));
}

static gboolean
pdftotext_installed (void)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");

  return tool != NULL;
}

/* The text of a PDF, by poppler's pdftotext. */
static char *
pdf_text (const char *pdf)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { tool, "-layout", pdf, "-", NULL };
  char *out = NULL;
  int status = 0;

  g_assert_nonnull (tool);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static char *
dialog_text (GtkWidget  *dialog,
             const char *property)
{
  char *text = NULL;

  g_object_get (dialog, property, &text, NULL);
  return text;
}

/* Compare with File…, the read error or refusal (a message naming the
 * file and what is wrong) leaving the plan and the comparison shown as
 * they were. */
static void
expect_refused (Fixture    *f,
                GFile      *file,
                const char *what)
{
  GtkWidget *dialog;
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;
  g_autofree char *name = g_file_get_basename (file);

  hp_window_compare_with_file (f->window, file);
  g_assert_true (hp_test_wait_until (dialog_shown, f, 5000));
  dialog = find_name_dialog (f);
  title = dialog_text (dialog, "text");
  details = dialog_text (dialog, "secondary-text");
  g_assert_nonnull (strstr (title, name));
  g_assert_nonnull (strstr (details, name));
  g_assert_nonnull (strstr (details, what));
  g_assert_nonnull (strstr (details, "The plan you have open is unchanged."));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (hp_test_wait_until (dialog_gone, f, 5000));
  g_assert_true (hp_document_get_plan (f->document) == f->plan);
}

static void
test_compare_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hp-compare-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "plan-v1.json", NULL);
  g_autofree char *eur_path = g_build_filename (dir, "plan-eur.json", NULL);
  g_autofree char *broken_path = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) eur_file = g_file_new_for_path (eur_path);
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken_path);
  /* copies keep the positions' ids: that is how they are matched */
  g_autoptr(HpScenario) old_copy = hp_scenario_new_copy ("old", "Old", f->plan);
  g_autoptr(HpScenario) eur_copy = hp_scenario_new_copy ("eur", "EUR", f->plan);
  HpPlan *old = hp_scenario_get_plan (old_copy);
  HpPlan *eur = hp_scenario_get_plan (eur_copy);
  g_autoptr(HpSummary) old_summary = NULL;
  g_autoptr(HpSummary) now = hp_summary_compute (f->plan, NULL);
  g_autoptr(HpPosition) intern = hp_position_new ();
  g_autofree char *total_delta = NULL;
  g_autofree char *old_total = NULL;
  GtkWidget *window;

  g_assert_no_error (error);
  /* the version finance saw: a higher salary and one more position */
  hp_plan_edit_position (old, hp_plan_get_position (old, 2), "annual-salary", (gint64) 15000000, NULL);
  hp_position_set_title (intern, "Intern");
  hp_position_set_start (intern, hp_month_new (2027, 1));
  hp_position_set_annual_salary (intern, 3000000);
  hp_plan_append_position (old, intern);
  g_assert_true (hp_plan_write_file (old, NULL, path, &error));
  g_assert_no_error (error);
  old_summary = hp_summary_compute (old, NULL);
  total_delta = hp_money_format_delta (now->total_cost - old_summary->total_cost, "USD");
  old_total = hp_money_format (old_summary->total_cost, "USD", HP_MONEY_FORMAT_DEFAULT);
  g_assert_cmpint (now->total_cost, <, old_summary->total_cost);

  hp_window_compare_with_file (f->window, file);
  g_assert_true (hp_test_wait_until (comparison_shown, f, 5000));
  window = find_comparison (f);
  {
    InWindow title = { window, "plan-v1.json → Baseline" };
    InWindow change = { window, total_delta };
    InWindow from = { window, old_total };

    g_assert_true (hp_test_wait_until (shown_in, &title, 5000));
    g_assert_true (hp_test_wait_until (shown_in, &change, 5000));
    g_assert_true (shown_in (&from));
    g_assert_true (label_containing (window, "Removed: Intern"));
    g_assert_false (label_containing (window, "Engineer 1\n"));
  }
  {
    /* the chart: both plans' months, named, its deltas the change in cost */
    HpDiffChart *chart = HP_DIFF_CHART (hp_test_find_widget (window, HP_TYPE_DIFF_CHART));
    const HpChartModel *model = hp_diff_chart_get_model (chart);

    g_assert_nonnull (model);
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));
    g_assert_cmpuint (model->n_months, ==, 12);
    g_assert_cmpint (model->total_delta, ==, now->total_cost - old_summary->total_cost);
    g_assert_cmpint (model->from_sum, ==, old_summary->total_cost);
    g_assert_cmpstr (hp_chart_model_legend_text (model, 0), ==, "plan-v1.json");
    g_assert_cmpstr (hp_chart_model_legend_text (model, 1), ==, "Baseline");
    {
      /* its accessible description says in words what the bars show */
      g_autofree char *description = hp_chart_model_dup_description (model);
      g_autofree char *change = g_strdup_printf ("Change: %s.", total_delta);
      g_autofree char *wrong = NULL;

      g_assert_nonnull (strstr (description, change));
      g_assert_nonnull (strstr (description, "plan-v1.json: "));
      wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                  description);
      g_assert_null (wrong);
      g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG));
    }
    g_assert_true (label_containing (window, "Engineer 3\n    annual_salary: 150000.00 → 120000.00"));
  }

  /* another currency, then a file that is not a plan: refused in words */
  hp_plan_edit (eur, "currency", "EUR", NULL);
  g_assert_true (hp_plan_write_file (eur, NULL, eur_path, &error));
  g_assert_no_error (error);
  expect_refused (f, eur_file, "different currencies, EUR and USD");
  g_assert_true (g_file_set_contents (broken_path, "{ \"format\": ", -1, &error));
  expect_refused (f, broken_file, "broken.json");
  {
    InWindow title = { window, "plan-v1.json → Baseline" };

    g_assert_true (shown_in (&title));  /* the comparison shown stays */
  }

  /* Print (here its PDF) adds the comparison while its window is shown */
  if (!pdftotext_installed ())
    {
      gtk_window_close (GTK_WINDOW (window));
      g_test_skip ("pdftotext (poppler-utils) is not installed: the printed comparison was not read");
    }
  else
    {
      g_autofree char *pdf = g_build_filename (dir, "printed.pdf", NULL);
      g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
      g_autofree char *text = NULL;

      g_assert_true (hp_window_save_pdf (f->window, pdf_file, &error));
      g_assert_no_error (error);
      text = pdf_text (pdf);
      g_assert_nonnull (strstr (text, "Comparison: plan-v1.json → Baseline"));
      g_assert_nonnull (strstr (strstr (text, "Comparison: plan-v1.json"), total_delta));
      g_assert_nonnull (strstr (text, "Monthly cost of both plans"));
      g_clear_pointer (&text, g_free);

      /* closed (hidden), it is no longer printed */
      gtk_window_close (GTK_WINDOW (window));
      g_assert_false (gtk_widget_get_visible (window));
      g_assert_true (hp_window_save_pdf (f->window, pdf_file, &error));
      g_assert_no_error (error);
      text = pdf_text (pdf);
      g_assert_nonnull (strstr (text, "Payments"));
      g_assert_null (strstr (text, "Comparison:"));
      g_unlink (pdf);
    }

  g_unlink (path);
  g_unlink (eur_path);
  g_unlink (broken_path);
  g_rmdir (dir);
}

/* Print (here its PDF) puts the plan shown on paper: a scenario under the
 * plan's title with its notes and its own figures, then the baseline
 * again, without. */
static void
test_print_shown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(HpScenario) lean = hp_scenario_new_copy ("lean", "Lean", f->plan);
  HpPlan *lean_plan = hp_scenario_get_plan (lean);
  g_autoptr(HpSummary) base = NULL;
  g_autoptr(HpSummary) scen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GFile) pdf_file = NULL;
  g_autofree char *base_total = NULL;
  g_autofree char *scen_total = NULL;
  g_autofree char *text = NULL;
  GtkWidget *window;

  if (!pdftotext_installed ())
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed: the printed plan was not read");
      return;
    }

  dir = g_dir_make_tmp ("hp-print-shown-XXXXXX", &error);
  g_assert_no_error (error);
  pdf = g_build_filename (dir, "printed.pdf", NULL);
  pdf_file = g_file_new_for_path (pdf);

  /* Lean: two of the three engineers start later */
  hp_scenario_set_notes (lean, "Engineers 2 and 3 start in the second quarter.");
  hp_plan_edit_position (lean_plan, hp_plan_get_position (lean_plan, 1), "start", (int) hp_month_new (2027, 5), NULL);
  hp_plan_edit_position (lean_plan, hp_plan_get_position (lean_plan, 2), "start", (int) hp_month_new (2027, 6), NULL);
  hp_plan_add_scenario (f->plan, 0, lean, NULL);
  base = hp_summary_compute (f->plan, NULL);
  scen = hp_summary_compute (lean_plan, NULL);
  base_total = hp_money_format (base->total_cost, "USD", HP_MONEY_FORMAT_DEFAULT);
  scen_total = hp_money_format (scen->total_cost, "USD", HP_MONEY_FORMAT_DEFAULT);
  g_assert_cmpint (scen->total_cost, <, base->total_cost);
  g_assert_null (strstr (base_total, scen_total));
  g_assert_null (strstr (scen_total, base_total));

  gtk_drop_down_set_selected (switcher (f), 1);
  g_assert_true (shown_plan (f) == lean_plan);
  g_assert_true (hp_window_save_pdf (f->window, pdf_file, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Payments"));
  g_assert_nonnull (strstr (text, "Scenario: Lean"));
  g_assert_nonnull (strstr (text, "Scenario notes"));
  g_assert_nonnull (strstr (text, "Engineers 2 and 3 start in the second quarter."));
  g_assert_nonnull (strstr (text, "Payments — Lean"));  /* in the footer */
  g_assert_nonnull (strstr (text, scen_total));
  g_assert_null (strstr (text, base_total));
  g_assert_null (strstr (text, "Comparison:"));
  /* the heading comes first, the notes before the plan's facts */
  g_assert_true (strstr (text, "Scenario: Lean") < strstr (text, "Scenario notes"));
  g_assert_true (strstr (text, "Scenario notes") < strstr (text, scen_total));
  g_clear_pointer (&text, g_free);

  /* with the comparison shown, it follows the scenario's pages */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.compare-baseline", NULL));
  g_assert_true (hp_test_wait_until (comparison_shown, f, 5000));
  window = find_comparison (f);
  g_assert_true (hp_window_save_pdf (f->window, pdf_file, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Scenario: Lean"));
  g_assert_nonnull (strstr (text, "Comparison: Baseline → Lean"));
  g_assert_true (strstr (text, "Scenario: Lean") < strstr (text, "Comparison: Baseline → Lean"));
  /* the baseline's total is printed there only, as the comparison's "from" */
  g_assert_true (strstr (text, base_total) > strstr (text, "Comparison: Baseline → Lean"));
  g_clear_pointer (&text, g_free);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_false (gtk_widget_get_visible (window));

  /* the baseline shown: its figures, and no scenario named */
  gtk_drop_down_set_selected (switcher (f), 0);
  g_assert_true (shown_plan (f) == f->plan);
  g_assert_true (hp_window_save_pdf (f->window, pdf_file, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Payments"));
  g_assert_nonnull (strstr (text, base_total));
  g_assert_null (strstr (text, scen_total));
  g_assert_null (strstr (text, "Scenario:"));
  g_assert_null (strstr (text, "Scenario notes"));
  g_assert_null (strstr (text, "Engineers 2 and 3"));
  g_assert_null (strstr (text, "Lean"));

  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!hp_test_init_ui (&argc, &argv))
    return 77;

  app = hp_test_application_new ();

  g_test_add ("/ui/scenarios/new", Fixture, NULL, fixture_set_up, test_new_scenario, fixture_tear_down);
  g_test_add ("/ui/scenarios/switch-rename-delete", Fixture, NULL, fixture_set_up,
              test_switch_rename_delete, fixture_tear_down);

  g_test_add ("/ui/scenarios/compare-baseline", Fixture, NULL, fixture_set_up, test_compare_baseline, fixture_tear_down);
  g_test_add ("/ui/scenarios/compare-file", Fixture, NULL, fixture_set_up, test_compare_file, fixture_tear_down);
  g_test_add ("/ui/scenarios/fit-budget", Fixture, NULL, fixture_set_up, test_fit_budget, fixture_tear_down);
  g_test_add ("/ui/scenarios/print-shown", Fixture, NULL, fixture_set_up, test_print_shown, fixture_tear_down);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
