/* test-ui-plan.c: a plan built through the window, totals read off the screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-cell-text.h"
#include "hp-month-picker.h"
#include "hp-plan-cell.h"
#include "hp-plan-table.h"
#include "hp-plan-settings.h"
#include "hp-plan-summary.h"
#include "hp-plan-view.h"
#include "hp-position-input.h"
#include "hp-ui-test-util.h"
#include "hp-window.h"

static HpApplication *app;

typedef struct
{
  HpWindow *window;
  HpPlan   *plan;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = hp_window_new (app);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (hp_test_wait_for (hp_test_is_mapped, f->window, 5000));
  f->plan = hp_document_get_plan (hp_window_get_document (f->window));
  hp_test_iterate (50);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  hp_test_iterate (50);
}

/* The settings dialog, filled in as a manager would. */
static void
set_up_period (Fixture    *f,
               const char *budget)
{
  GtkWidget *dialog = hp_plan_settings_new (f->plan);
  GtkWidget *entry;

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (dialog));
  hp_test_iterate (50);

  /* The entries in the order of the form. */
  entry = hp_test_find_widget (dialog, GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Payments FY2027");
  {
    GtkWidget *grid = gtk_widget_get_parent (entry);
    int n = 0;

    for (GtkWidget *child = gtk_widget_get_first_child (grid); child; child = gtk_widget_get_next_sibling (child))
      {
        if (!GTK_IS_ENTRY (child))
          continue;
        switch (n++)
          {
          case 4: gtk_editable_set_text (GTK_EDITABLE (child), "2027-01"); break; /* first month */
          case 5: gtk_editable_set_text (GTK_EDITABLE (child), "30"); break;      /* overhead */
          case 6: gtk_editable_set_text (GTK_EDITABLE (child), "4,700"); break;   /* one-time */
          case 7: gtk_editable_set_text (GTK_EDITABLE (child), budget); break;    /* budget */
          default: break;
          }
      }
  }
  g_assert_true (hp_plan_settings_apply (HP_PLAN_SETTINGS (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));
  hp_test_iterate (50);

  g_assert_cmpstr (hp_plan_get_title (f->plan), ==, "Payments FY2027");
  g_assert_cmpint (hp_plan_get_start (f->plan), ==, hp_month_new (2027, 1));
  g_assert_cmpuint (hp_plan_get_overhead_bp (f->plan), ==, 3000);
  g_assert_cmpint (hp_plan_get_one_time_cost (f->plan), ==, 470000);
}

static void
add (Fixture    *f,
     const char *role,
     guint       count,
     const char *start)
{
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-role-to-plan", "(sus)", role, count, start);
  hp_test_iterate (30);
}

/* The manager's team: an intern, two juniors, a mid-level and a senior. */
static void
build_team (Fixture *f)
{
  add (f, "backend-intern", 1, "2027-03");
  add (f, "backend-junior", 2, "2027-02");
  add (f, "backend-mid", 1, "2027-04");
  add (f, "backend-senior", 1, "2027-01");
  g_assert_cmpuint (hp_plan_get_n_positions (f->plan), ==, 4);
  g_assert_cmpstr (hp_test_window_page (GTK_WIDGET (f->window)), ==, "plan");
}

/*
 * Worked by hand (30 % overhead, 4,700.00 per hire, Jan–Dec 2027):
 *   intern  S 52,000.00  M = 5200000 × 13000 / 120000 = 563333.3 → 5,633.33
 *           Mar–May: 3 × 5,633.33 + 4,700 = 21,599.99
 *   junior  S 91,000.00  M = 985833.3 → 9,858.33; two from Feb, 11 months:
 *           2 × 11 × 9,858.33 + 2 × 4,700 = 226,283.26
 *   mid     S 118,000.00 M = 1278333.3 → 12,783.33; Apr–Dec, 9 months:
 *           9 × 12,783.33 + 4,700 = 119,749.97
 *   senior  S 151,000.00 M = 1635833.3 → 16,358.33; 12 months:
 *           12 × 16,358.33 + 4,700 = 200,999.96
 *   total   568,633.18
 *   run rate (December: 2 juniors, mid, senior):
 *           (2 × 9,858.33 + 12,783.33 + 16,358.33) × 12 = 586,299.84
 */
static void
test_build_plan_and_read_totals (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);

  set_up_period (f, "");
  build_team (f);

  g_assert_nonnull (hp_test_find_shown_label (root, "$568,633.18"));
  g_assert_nonnull (hp_test_find_shown_label (root, "$586,299.84"));
  g_assert_nonnull (hp_test_find_shown_label (root, "5"));            /* headcount */
  g_assert_nonnull (hp_test_find_shown_label (root, "$226,283.26"));  /* the juniors, by level */
  g_assert_nonnull (hp_test_find_shown_label (root, "$21,599.99"));   /* the intern */
  /* Q1: intern Mar (5,633.33 + 4,700) + juniors Feb–Mar (2 × 2 × 9,858.33 + 9,400)
   *     + senior Jan–Mar (3 × 16,358.33 + 4,700) = 10,333.33 + 48,833.32 + 53,774.99 */
  g_assert_nonnull (hp_test_find_shown_label (root, "$112,941.64"));
}

static void
test_budget_live (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);

  set_up_period (f, "500,000");
  build_team (f);

  g_assert_nonnull (hp_test_find_shown_label (root, "Over budget by $68,633.18"));
  g_assert_nonnull (hp_test_find_shown_label (root, "$568,633.18 of $500,000.00 used (114%)"));

  hp_plan_edit (f->plan, "budget", (gint64) 60000000, NULL);
  hp_test_iterate (30);
  g_assert_nonnull (hp_test_find_shown_label (root, "$31,366.82 remaining"));
}

static void
collect_cells (GtkWidget *root,
               GPtrArray *out)
{
  if (HP_IS_PLAN_CELL (root))
    g_ptr_array_add (out, root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    collect_cells (c, out);
}

static HpPlanCell *
find_cell (GtkWidget    *root,
           guint         row,
           HpPlanColumn  column)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect_cells (root, cells);
  for (guint i = 0; i < cells->len; i++)
    {
      HpPlanCell *cell = g_ptr_array_index (cells, i);

      if (hp_plan_cell_get_row (cell) == row && hp_plan_cell_get_column (cell) == column &&
          hp_plan_cell_get_position (cell) != NULL)
        return cell;
    }
  return NULL;
}

static GtkWidget *
cell_editor (HpPlanCell *cell)
{
  return hp_test_find_widget (GTK_WIDGET (cell), GTK_TYPE_ENTRY);
}

/* The cell's text as shown, its editor gone. */
static const char *
cell_text (HpPlanCell *cell)
{
  GtkWidget *text = hp_test_find_widget (GTK_WIDGET (cell), HP_TYPE_CELL_TEXT);

  g_assert_nonnull (text);
  return hp_cell_text_get_text (HP_CELL_TEXT (text));
}

static void
test_edit_in_table_and_undo (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);
  HpPlanCell *cell;
  GtkWidget *entry;
  HpPosition *mid;

  set_up_period (f, "");
  build_team (f);

  /* Cells are text until edited: only the count of the position just
   * added holds an editor. */
  for (guint row = 0; row < 3; row++)
    for (guint column = 0; column < HP_N_PLAN_COLUMNS; column++)
      {
        cell = find_cell (root, row, column);
        g_assert_nonnull (cell);
        g_assert_false (hp_plan_cell_is_editing (cell));
        g_assert_null (cell_editor (cell));
      }
  g_assert_true (hp_plan_cell_is_editing (find_cell (root, 3, HP_PLAN_COLUMN_COUNT)));

  /* Type a third junior into the count cell: the totals follow at once.
   * One more junior: 11 × 9,858.33 + 4,700 = 113,141.63 → 681,774.81 */
  cell = find_cell (root, 1, HP_PLAN_COLUMN_COUNT);
  g_assert_nonnull (cell);
  g_assert_cmpstr (cell_text (cell), ==, "2");
  g_assert_true (hp_plan_cell_begin_edit (cell, "3"));
  entry = cell_editor (cell);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "3");
  hp_test_iterate (50);
  g_assert_cmpuint (hp_position_get_count (hp_plan_get_position (f->plan, 1)), ==, 3);
  g_assert_nonnull (hp_test_wait_for_shown_label (root, "$681,774.81", 5000));
  g_signal_emit_by_name (entry, "activate");
  hp_test_iterate (50);
  g_assert_null (cell_editor (cell));
  g_assert_cmpstr (cell_text (cell), ==, "3");
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, "Change Count");

  /* A month that does not exist is refused, with its reason shown; the
   * editor stays open to be corrected. */
  mid = hp_plan_get_position (f->plan, 2);
  cell = find_cell (root, 2, HP_PLAN_COLUMN_START);
  g_assert_true (hp_plan_cell_begin_edit (cell, NULL));
  entry = cell_editor (cell);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2027-04");
  gtk_editable_set_text (GTK_EDITABLE (entry), "2027-13");
  g_signal_emit_by_name (entry, "activate");
  hp_test_iterate (50);
  g_assert_cmpint (hp_position_get_start (mid), ==, hp_month_new (2027, 4));
  g_assert_nonnull (hp_test_wait_for_shown_label (root,
                    "Start of Mid-Level Back-End Engineer: “2027-13” is not a month: the month must be 01 to 12", 5000));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_nonnull (hp_test_wait_for_shown_label (root, "$681,774.81", 5000));
  /* A valid month typed, then cancelled: nothing changed, no step. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "2027-06");
  hp_test_iterate (30);
  g_assert_cmpint (hp_position_get_start (mid), ==, hp_month_new (2027, 6));
  hp_plan_cell_cancel_edit (cell);
  hp_test_iterate (30);
  g_assert_cmpint (hp_position_get_start (mid), ==, hp_month_new (2027, 4));
  g_assert_cmpstr (cell_text (cell), ==, "2027-04");
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, "Change Count");

  /* An end before the start is refused too. */
  cell = find_cell (root, 2, HP_PLAN_COLUMN_END);
  g_assert_cmpstr (cell_text (cell), ==, "—");
  g_assert_true (hp_plan_cell_begin_edit (cell, NULL));
  entry = cell_editor (cell);
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (entry)), ==, "None");
  gtk_editable_set_text (GTK_EDITABLE (entry), "2027-02");
  g_signal_emit_by_name (entry, "activate");
  hp_test_iterate (30);
  g_assert_cmpint (hp_position_get_end (mid), ==, HP_MONTH_NONE);
  g_assert_nonnull (hp_test_wait_for_shown_label (root,
                    "End of Mid-Level Back-End Engineer: the end is before the start (2027-04)", 5000));
  hp_plan_cell_cancel_edit (cell);

  /* Undo brings the count and the totals back. */
  gtk_widget_activate_action (root, "win.undo", NULL);
  hp_test_iterate (50);
  g_assert_cmpuint (hp_position_get_count (hp_plan_get_position (f->plan, 1)), ==, 2);
  g_assert_nonnull (hp_test_wait_for_shown_label (root, "$568,633.18", 5000));
  gtk_widget_activate_action (root, "win.redo", NULL);
  hp_test_iterate (50);
  g_assert_nonnull (hp_test_wait_for_shown_label (root, "$681,774.81", 5000));
}

static void
test_remove_and_duplicate (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);
  HpPlanView *view = HP_PLAN_VIEW (hp_test_find_widget (root, HP_TYPE_PLAN_VIEW));
  HpPosition *senior;

  set_up_period (f, "");
  build_team (f);
  senior = hp_plan_get_position (f->plan, 3);

  /* Duplicate the senior (selected when it was added): 200,999.96 more. */
  hp_plan_view_select_position (view, hp_position_get_id (senior));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.duplicate", NULL));
  hp_test_iterate (50);
  g_assert_cmpuint (hp_plan_get_n_positions (f->plan), ==, 5);
  g_assert_nonnull (hp_test_find_shown_label (root, "$769,633.14"));

  /* Remove the selected copy: back to the first total. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "plan.remove", NULL));
  hp_test_iterate (50);
  g_assert_cmpuint (hp_plan_get_n_positions (f->plan), ==, 4);
  g_assert_nonnull (hp_test_find_shown_label (root, "$568,633.18"));
  g_assert_cmpstr (hp_plan_get_undo_label (f->plan), ==, "Remove Position");
}

static void
test_empty_state_and_sample (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);

  gtk_widget_activate_action (root, "win.show-page", "s", "plan");
  hp_test_iterate (300);
  g_assert_nonnull (hp_test_find_shown_label (root, "No Positions Yet"));

  gtk_widget_activate_action (root, "win.open-sample", NULL);
  hp_test_iterate (300);
  f->plan = hp_document_get_plan (hp_window_get_document (f->window));
  g_assert_cmpstr (hp_plan_get_title (f->plan), ==, "Payments Platform FY2027");
  g_assert_cmpuint (hp_plan_get_n_positions (f->plan), >, 0);
  g_assert_null (hp_test_find_shown_label (root, "No Positions Yet"));
  g_assert_nonnull (hp_test_find_shown_label (root, "Payments Platform FY2027"));
}

/* The keyboard in an editor of a count cell. */
static gboolean
focus_in_count (gpointer window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *cell = focus != NULL ? gtk_widget_get_ancestor (focus, HP_TYPE_PLAN_CELL) : NULL;

  return cell != NULL && hp_plan_cell_get_column (HP_PLAN_CELL (cell)) == HP_PLAN_COLUMN_COUNT &&
         gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) != NULL;
}

/* A position just added takes the keyboard in its count; undoing it, which
 * removes the row holding the focus, is clean. */
static void
test_added_position_takes_focus (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *focus;

  set_up_period (f, "");
  add (f, "backend-mid", 2, "2027-05");
  g_assert_true (hp_test_wait_for (focus_in_count, f->window, 3000));
  focus = gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_TYPE_ENTRY);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (focus)), ==, "2");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  hp_test_iterate (100);
  g_assert_cmpuint (hp_plan_get_n_positions (f->plan), ==, 0);
  g_assert_false (focus_in_count (f->window));
}

static GtkWidget *
cell_warning (HpPlanCell *cell)
{
  GtkWidget *image = hp_test_find_widget (GTK_WIDGET (cell), GTK_TYPE_IMAGE);

  return image != NULL && gtk_widget_get_visible (image) ? image : NULL;
}

static const HpWarning *
find_warning (Fixture       *f,
              HpPosition    *position,
              HpWarningKind  kind)
{
  HpPlanView *view = HP_PLAN_VIEW (hp_test_find_widget (GTK_WIDGET (f->window), HP_TYPE_PLAN_VIEW));
  const HpSummary *summary = hp_plan_view_get_summary (view);

  for (guint i = 0; i < summary->warnings->len; i++)
    {
      const HpWarning *w = g_ptr_array_index (summary->warnings, i);

      if (w->kind == kind && g_strcmp0 (w->position_id, hp_position_get_id (position)) == 0)
        return w;
    }
  return NULL;
}

/* A position's warning shows as an icon in the cell it is about, its
 * sentence as the tooltip; corrected, the icon goes. */
static void
test_warnings_in_cells (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);
  HpPosition *mid;
  const HpWarning *warning;
  GtkWidget *icon;

  set_up_period (f, "");
  build_team (f);
  hp_plan_table_focus (HP_PLAN_TABLE (hp_test_find_widget (root, HP_TYPE_PLAN_TABLE)));
  hp_test_iterate (30);
  mid = hp_plan_get_position (f->plan, 2);

  for (guint row = 0; row < 4; row++)
    for (guint column = 0; column < HP_N_PLAN_COLUMNS; column++)
      g_assert_null (cell_warning (find_cell (root, row, column)));

  /* A salary far below the band: the salary cell warns. */
  g_assert_true (hp_plan_input_position (f->plan, NULL, mid, HP_FIELD_SALARY, "1000", FALSE, NULL));
  hp_test_iterate (30);
  warning = find_warning (f, mid, HP_WARNING_SALARY_OUTSIDE_BAND);
  g_assert_nonnull (warning);
  icon = cell_warning (find_cell (root, 2, HP_PLAN_COLUMN_SALARY));
  g_assert_nonnull (icon);
  g_assert_true (gtk_widget_get_mapped (icon));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (icon), ==, warning->message);
  g_assert_null (cell_warning (find_cell (root, 2, HP_PLAN_COLUMN_TITLE)));
  g_assert_null (cell_warning (find_cell (root, 1, HP_PLAN_COLUMN_SALARY)));

  /* A start after the plan's period: the start cell warns too. */
  g_assert_true (hp_plan_input_position (f->plan, NULL, mid, HP_FIELD_START, "2028-03", FALSE, NULL));
  hp_test_iterate (30);
  warning = find_warning (f, mid, HP_WARNING_OUTSIDE_PERIOD);
  g_assert_nonnull (warning);
  icon = cell_warning (find_cell (root, 2, HP_PLAN_COLUMN_START));
  g_assert_nonnull (icon);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (icon), ==, warning->message);

  /* Undone, both go. */
  gtk_widget_activate_action (root, "win.undo", NULL);
  gtk_widget_activate_action (root, "win.undo", NULL);
  hp_test_iterate (30);
  g_assert_null (find_warning (f, mid, HP_WARNING_SALARY_OUTSIDE_BAND));
  g_assert_null (cell_warning (find_cell (root, 2, HP_PLAN_COLUMN_SALARY)));
  g_assert_null (cell_warning (find_cell (root, 2, HP_PLAN_COLUMN_START)));
}

static void
collect_buttons (GtkWidget *root,
                 GPtrArray *out)
{
  if (GTK_IS_BUTTON (root))
    g_ptr_array_add (out, root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    collect_buttons (c, out);
}

/* The month picker writes what a manager would type.  It is opened as
 * soon as its window is mapped, before the entry has its size: shown
 * then, GTK 4.8's X11 backend placed it on no monitor (a critical in
 * gdk_monitor_get_geometry). */
static void
test_month_picker (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *picker = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  gtk_window_set_child (GTK_WINDOW (window), entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "2028-11");
  hp_month_entry_add_picker (GTK_ENTRY (entry), FALSE);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (hp_test_wait_until (hp_test_is_mapped, window, 5000));

  g_assert_cmpstr (gtk_entry_get_icon_name (GTK_ENTRY (entry), GTK_ENTRY_ICON_SECONDARY), ==,
                   "x-office-calendar-symbolic");
  for (GtkWidget *c = gtk_widget_get_first_child (entry); c; c = gtk_widget_get_next_sibling (c))
    if (HP_IS_MONTH_PICKER (c))
      picker = c;
  g_assert_nonnull (picker);
  g_signal_emit_by_name (entry, "icon-press", GTK_ENTRY_ICON_SECONDARY);
  g_assert_true (hp_test_wait_until (hp_test_is_mapped, picker, 5000));

  /* It opened on the entry's year; the next year, then March. */
  collect_buttons (picker, buttons);
  g_assert_cmpuint (buttons->len, ==, 14); /* previous, next and twelve months */
  g_signal_emit_by_name (g_ptr_array_index (buttons, 1), "clicked");
  g_signal_emit_by_name (g_ptr_array_index (buttons, 2 + 2), "clicked");
  hp_test_iterate (50);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2029-03");

  gtk_window_destroy (GTK_WINDOW (window));
}

static int
count_rows (GtkWidget *list)
{
  int n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      n++;
  return n;
}

static void
record_id_cb (GtkWidget  *summary,
              const char *id,
              char      **out)
{
  g_free (*out);
  *out = g_strdup (id);
}

/* The summary lists the first twenty warnings and "and N more", which
 * lists twenty more each time it is activated. */
static void
test_more_warnings (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  GtkWidget *summary;
  GtkWidget *list;
  GtkWidget *last;
  guint n;

  for (guint i = 0; i < 45; i++)
    {
      g_autoptr(HpPosition) p = hp_position_new ();
      hp_position_set_title (p, "Engineer");
      hp_position_set_start (p, hp_month_new (2027, 6));
      hp_position_set_end (p, hp_month_new (2027, 2));  /* ends before it starts */
      hp_position_set_annual_salary (p, 10000000);
      hp_plan_append_position (plan, p);
    }
  hp_document_set_plan (hp_window_get_document (f->window), plan, NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "plan");
  hp_test_iterate (30);

  summary = hp_test_find_widget (GTK_WIDGET (f->window), HP_TYPE_PLAN_SUMMARY);
  list = hp_test_find_widget (summary, GTK_TYPE_LIST_BOX);
  n = hp_plan_view_get_summary (HP_PLAN_VIEW (hp_test_find_widget (GTK_WIDGET (f->window), HP_TYPE_PLAN_VIEW)))->warnings->len;
  g_assert_cmpuint (n, >=, 45);
  g_assert_cmpuint (n, <=, 60);
  g_assert_cmpint (count_rows (list), ==, 21);
  last = gtk_widget_get_last_child (list);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (last)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (last), ==, "List more warnings");

  g_signal_emit_by_name (list, "row-activated", last);
  hp_test_iterate (10);
  g_assert_cmpint (count_rows (list), ==, 41);

  g_signal_emit_by_name (list, "row-activated", gtk_widget_get_last_child (list));
  hp_test_iterate (10);
  /* All listed: no "more" row. */
  g_assert_cmpint (count_rows (list), ==, (int) n);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (gtk_widget_get_last_child (list)), ==,
                   "Select this position in the table");

  /* A row shows its whole message, wrapped, and activating it asks for its
   * position. */
  {
    const HpSummary *totals = hp_plan_view_get_summary (HP_PLAN_VIEW (hp_test_find_widget (GTK_WIDGET (f->window), HP_TYPE_PLAN_VIEW)));
    const HpWarning *warning = g_ptr_array_index (totals->warnings, 0);
    GtkWidget *first = gtk_widget_get_first_child (list);
    GtkWidget *label = hp_test_find_widget (first, GTK_TYPE_LABEL);
    g_autofree char *activated = NULL;

    g_assert_nonnull (warning->position_id);
    g_assert_nonnull (label);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, warning->message);
    g_assert_true (gtk_label_get_wrap (GTK_LABEL (label)));
    g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (label)), ==, PANGO_ELLIPSIZE_NONE);
    g_signal_connect (summary, "warning-activated", G_CALLBACK (record_id_cb), &activated);
    g_signal_emit_by_name (list, "row-activated", first);
    g_assert_cmpstr (activated, ==, warning->position_id);
    g_signal_handlers_disconnect_by_func (summary, record_id_cb, &activated);
  }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!hp_test_init_ui (&argc, &argv))
    return 77;

  app = hp_test_application_new ();

  g_test_add ("/ui/plan/build-and-read-totals", Fixture, NULL, fixture_set_up, test_build_plan_and_read_totals, fixture_tear_down);
  g_test_add ("/ui/plan/budget-live", Fixture, NULL, fixture_set_up, test_budget_live, fixture_tear_down);
  g_test_add ("/ui/plan/edit-in-table-and-undo", Fixture, NULL, fixture_set_up, test_edit_in_table_and_undo, fixture_tear_down);
  g_test_add ("/ui/plan/remove-and-duplicate", Fixture, NULL, fixture_set_up, test_remove_and_duplicate, fixture_tear_down);
  g_test_add ("/ui/plan/added-position-takes-focus", Fixture, NULL, fixture_set_up, test_added_position_takes_focus, fixture_tear_down);
  g_test_add ("/ui/plan/warnings-in-cells", Fixture, NULL, fixture_set_up, test_warnings_in_cells, fixture_tear_down);
  g_test_add ("/ui/plan/more-warnings", Fixture, NULL, fixture_set_up, test_more_warnings, fixture_tear_down);
  g_test_add ("/ui/plan/month-picker", Fixture, NULL, fixture_set_up, test_month_picker, fixture_tear_down);
  g_test_add ("/ui/plan/empty-state-and-sample", Fixture, NULL, fixture_set_up, test_empty_state_and_sample, fixture_tear_down);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
