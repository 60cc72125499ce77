/* test-ui-narrow.c: the window at 900 px wide: the summary steps aside
 * (its headline figures stay in the toolbar), the table shows every
 * column, the header's view switcher narrows; at 1280 px everything is as
 * before; the manager's own choice to show or hide the summary is kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-money.h"
#include "hp-plan-summary.h"
#include "hp-plan-table.h"
#include "hp-plan-view.h"
#include "hp-summary.h"
#include "hp-ui-test-util.h"
#include "hp-window.h"

static HpApplication *app;

typedef struct
{
  HpWindow *window;
  int       width;
  char     *dir;
} Fixture;

static gboolean
has_width (gpointer data)
{
  Fixture *f = data;

  int width = gtk_widget_get_width (GTK_WIDGET (f->window));

  /* The window's size less its frame (a few pixels a side). */
  return width <= f->width && width >= f->width - 20;
}

static void
resize (Fixture *f,
        int      width,
        int      height)
{
  f->width = width;
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  if (!hp_test_wait_for (has_width, f, 5000))
    g_error ("the window is %d px wide, not %d", gtk_widget_get_width (GTK_WIDGET (f->window)), width);
  hp_test_iterate (50);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "summary-visible", TRUE);
  f->window = hp_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (hp_test_wait_for (hp_test_is_mapped, f->window, 5000));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-sample", NULL);
  hp_test_iterate (100);

  /* Saved, as a manager's plan is: the header shows its file's name. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *path = NULL;
    g_autoptr(GFile) file = NULL;

    f->dir = hp_test_make_temp_dir ("hp-ui-narrow");
    path = g_build_filename (f->dir, "payments-fy2027.hiringplan.json", NULL);
    file = g_file_new_for_path (path);
    g_assert_true (hp_test_document_save (hp_window_get_document (f->window), file, &error));
    g_assert_no_error (error);
    hp_test_iterate (50);
  }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  hp_test_iterate (50);
  hp_test_remove_temp_dir (f->dir);
  g_free (f->dir);
}

static GtkWidget *
summary_view (Fixture *f)
{
  GtkWidget *summary = hp_test_find_widget (GTK_WIDGET (f->window), HP_TYPE_PLAN_SUMMARY);

  g_assert_nonnull (summary);
  return summary;
}

static GtkWidget *
plan_view (Fixture *f)
{
  GtkWidget *view = hp_test_find_widget (GTK_WIDGET (f->window), HP_TYPE_PLAN_VIEW);

  g_assert_nonnull (view);
  return view;
}

static char *
totals_text (Fixture *f)
{
  HpPlan *plan = hp_document_get_plan (hp_window_get_document (f->window));
  g_autoptr(HpSummary) summary = hp_summary_compute (plan, NULL);
  g_autofree char *cost = hp_money_format (summary->total_cost, summary->currency, HP_MONEY_FORMAT_DEFAULT);

  return g_strdup_printf ("Cost %s · Headcount %" G_GINT64_FORMAT, cost, summary->total_headcount);
}

/* Every column of the table within the table's own width: nothing to
 * scroll sideways to. */
static void
assert_table_fits (Fixture *f)
{
  GtkWidget *table = hp_test_find_widget (GTK_WIDGET (f->window), HP_TYPE_PLAN_TABLE);
  GtkWidget *scrolled = hp_test_find_widget (table, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *h;

  g_assert_nonnull (scrolled);
  h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_test_message ("table %d px wide, its columns %.0f px", gtk_widget_get_width (table), gtk_adjustment_get_upper (h));
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h) + 0.5);
}

/* Every label showing @text shows it whole; returns how many there are. */
static guint
assert_whole (GtkWidget  *root,
              const char *text)
{
  guint n = 0;

  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root)
      && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    {
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (root))));
      n++;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += assert_whole (c, text);
  return n;
}

static void
test_narrow_and_wide (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *totals = totals_text (f);

  /* 1280 px: as before, the summary beside the whole table. */
  resize (f, 1280, 800);
  g_assert_true (gtk_widget_get_mapped (summary_view (f)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->window), "hp-narrow"));
  g_assert_null (hp_test_find_shown_label (GTK_WIDGET (f->window), totals));
  assert_table_fits (f);

  /* 900 px: the summary steps aside, its figures stay in sight; the
   * header's plan title and file name are whole. */
  resize (f, 900, 700);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->window), "hp-narrow"));
  g_assert_cmpuint (assert_whole (GTK_WIDGET (f->window), "Payments Platform FY2027"), ==, 2);
  g_assert_cmpuint (assert_whole (GTK_WIDGET (f->window), "payments-fy2027.hiringplan.json"), ==, 1);
  g_assert_false (gtk_widget_get_mapped (summary_view (f)));
  g_assert_nonnull (hp_test_find_shown_label (GTK_WIDGET (f->window), totals));
  assert_table_fits (f);
  /* Not the manager's choice: nothing is remembered of it. */
  g_assert_true (g_settings_get_boolean (settings, "summary-visible"));

  /* Asked for (F9, the toggle), it shows even there. */
  gtk_widget_activate_action (plan_view (f), "plan.show-summary", NULL);
  hp_test_iterate (50);
  g_assert_true (gtk_widget_get_mapped (summary_view (f)));
  g_assert_null (hp_test_find_shown_label (GTK_WIDGET (f->window), totals));

  /* Wide again: as the manager left it for a wide window. */
  resize (f, 1280, 800);
  g_assert_true (gtk_widget_get_mapped (summary_view (f)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->window), "hp-narrow"));

  /* Hidden by the manager in a wide window: remembered, and kept hidden
   * through a narrow spell. */
  gtk_widget_activate_action (plan_view (f), "plan.show-summary", NULL);
  hp_test_iterate (50);
  g_assert_false (gtk_widget_get_mapped (summary_view (f)));
  g_assert_false (g_settings_get_boolean (settings, "summary-visible"));
  g_assert_nonnull (hp_test_find_shown_label (GTK_WIDGET (f->window), totals));
  resize (f, 900, 700);
  resize (f, 1280, 800);
  g_assert_false (gtk_widget_get_mapped (summary_view (f)));
  g_settings_set_boolean (settings, "summary-visible", TRUE);
  hp_test_iterate (50);
  g_assert_true (gtk_widget_get_mapped (summary_view (f)));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!hp_test_init_ui (&argc, &argv))
    return 77;

  app = hp_test_application_new ();

  g_test_add ("/ui/narrow/narrow-and-wide", Fixture, NULL, fixture_set_up, test_narrow_and_wide, fixture_tear_down);

  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
