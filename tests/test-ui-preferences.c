/* test-ui-preferences.c: preferences apply at once, and only valid values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-preferences.h"
#include "hp-ui-test-util.h"
#include "hp-window.h"

static HpApplication *app;

static GtkEntry *
nth_entry (GtkWidget *root,
           guint      n)
{
  GtkWidget *first = hp_test_find_widget (root, GTK_TYPE_ENTRY);
  GtkWidget *grid = gtk_widget_get_parent (first);
  guint i = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (grid); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_ENTRY (c) && i++ == n)
      return GTK_ENTRY (c);

  g_assert_not_reached ();
}

static void
test_preferences (void)
{
  GSettings *settings = hp_application_get_settings (app);
  GtkWidget *prefs = hp_preferences_new (settings);
  GtkEntry *currency, *overhead, *one_time;
  HpWindow *window;
  HpPlan *plan;

  gtk_window_present (GTK_WINDOW (prefs));
  hp_test_iterate (50);
  currency = nth_entry (prefs, 0);
  overhead = nth_entry (prefs, 1);
  one_time = nth_entry (prefs, 2);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (currency)), ==, "USD");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (overhead)), ==, "30");

  /* Refused, with the reason shown; the setting keeps its value. */
  gtk_editable_set_text (GTK_EDITABLE (currency), "eu");
  hp_test_iterate (20);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (currency), "error"));
  g_assert_nonnull (hp_test_find_shown_label (prefs, "The currency is three capital letters, such as USD or EUR."));
  {
    g_autofree char *value = g_settings_get_string (settings, "default-currency");
    g_assert_cmpstr (value, ==, "USD");
  }

  gtk_editable_set_text (GTK_EDITABLE (currency), "EUR");
  gtk_editable_set_text (GTK_EDITABLE (overhead), "35.5");
  gtk_editable_set_text (GTK_EDITABLE (one_time), "5,000");
  hp_test_iterate (20);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (currency), "error"));
  {
    g_autofree char *value = g_settings_get_string (settings, "default-currency");
    g_autofree char *cost = g_settings_get_string (settings, "default-one-time-cost");
    g_assert_cmpstr (value, ==, "EUR");
    g_assert_cmpstr (cost, ==, "5000.00");
    g_assert_cmpint (g_settings_get_int (settings, "default-overhead-bp"), ==, 3550);
  }

  gtk_editable_set_text (GTK_EDITABLE (overhead), "301");
  hp_test_iterate (20);
  g_assert_cmpint (g_settings_get_int (settings, "default-overhead-bp"), ==, 3550);
  g_assert_nonnull (hp_test_find_shown_label (prefs, "301% is out of range: use 0 to 300%"));

  gtk_window_destroy (GTK_WINDOW (prefs));

  /* A new plan starts from them. */
  window = hp_window_new (app);
  plan = hp_document_get_plan (hp_window_get_document (window));
  g_assert_cmpstr (hp_plan_get_currency (plan), ==, "EUR");
  g_assert_cmpuint (hp_plan_get_overhead_bp (plan), ==, 3550);
  g_assert_cmpint (hp_plan_get_one_time_cost (plan), ==, 500000);
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_reset (settings, "default-currency");
  g_settings_reset (settings, "default-overhead-bp");
  g_settings_reset (settings, "default-one-time-cost");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (!hp_test_init_ui (&argc, &argv))
    return 77;

  app = hp_test_application_new ();
  g_test_add_func ("/ui/preferences/apply-valid-values", test_preferences);
  ret = g_test_run ();
  g_clear_object (&app);
  return ret;
}
