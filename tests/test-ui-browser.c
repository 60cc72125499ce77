/* test-ui-browser.c: the role browser in a real window under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-role-browser.h"
#include "hp-role-compare.h"
#include "hp-ui-test-util.h"
#include "hp-window.h"

typedef struct
{
  HpWindow *window;
} Fixture;

/* One application for the whole program: it stays registered on the bus. */
static HpApplication *app;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = hp_window_new (app);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (hp_test_wait_for (hp_test_is_mapped, f->window, 5000));
  hp_test_iterate (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  hp_test_iterate (50);
}

static void
test_opens_on_first_role (Fixture       *f,
                          gconstpointer  data)
{
  HpRoleBrowser *browser = HP_ROLE_BROWSER (hp_test_find_widget (GTK_WIDGET (f->window), HP_TYPE_ROLE_BROWSER));

  g_assert_nonnull (browser);
  g_assert_cmpstr (hp_test_window_page (GTK_WIDGET (f->window)), ==, "roles");
  g_assert_cmpuint (hp_role_browser_get_n_matches (browser), ==, 6);
  g_assert_cmpstr (hp_role_get_id (hp_role_browser_get_selected_role (browser)), ==, "backend-intern");
  g_assert_nonnull (hp_test_find_shown_label (GTK_WIDGET (f->window), "Back-End Engineering"));
}

static void
test_select_senior (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);
  HpRoleBrowser *browser = HP_ROLE_BROWSER (hp_test_find_widget (root, HP_TYPE_ROLE_BROWSER));
  GtkWidget *list = hp_test_find_widget (GTK_WIDGET (browser), GTK_TYPE_LIST_VIEW);
  GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (list));

  /* Select through the list's own selection model, as a click does. */
  g_assert_true (gtk_selection_model_select_item (model, 5, TRUE)); /* heading + 4 roles before */
  hp_test_iterate (100);

  g_assert_cmpstr (hp_role_get_id (hp_role_browser_get_selected_role (browser)), ==, "backend-senior");
  g_assert_nonnull (hp_test_find_shown_label (root, "Senior Back-End Engineer"));
  g_assert_nonnull (hp_test_find_shown_label (root, "$133,000 – $169,000"));
  g_assert_nonnull (hp_test_find_shown_label (root, "Midpoint $151,000 · amounts in USD"));
  g_assert_nonnull (hp_test_find_shown_label (root, "Responsibilities"));
  g_assert_null (hp_test_find_shown_label (root, "Fixed term, 3 months")); /* the intern's profile is gone */

  /* And through the window's action. */
  gtk_widget_activate_action (root, "win.show-role", "s", "backend-lead");
  hp_test_iterate (100);
  g_assert_nonnull (hp_test_find_shown_label (root, "$169,000 – $211,000"));
}

typedef struct
{
  HpRoleBrowser *browser;
  guint          expected;
} MatchWait;

static gboolean
has_matches (gpointer data)
{
  MatchWait *w = data;
  return hp_role_browser_get_n_matches (w->browser) == w->expected;
}

static void
test_search_narrows (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);
  HpRoleBrowser *browser = HP_ROLE_BROWSER (hp_test_find_widget (root, HP_TYPE_ROLE_BROWSER));
  GtkWidget *entry = hp_test_find_widget (GTK_WIDGET (browser), GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *list = hp_test_find_widget (GTK_WIDGET (browser), GTK_TYPE_LIST_VIEW);
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  MatchWait w = { browser, 1 };

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);

  gtk_editable_set_text (GTK_EDITABLE (entry), "architecture");
  g_assert_true (hp_test_wait_for (has_matches, &w, 3000));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2); /* the heading and the lead */
  g_assert_nonnull (hp_test_find_shown_label (root, "Lead Back-End Engineer"));

  w.expected = 4; /* a skill of the four first levels */
  gtk_editable_set_text (GTK_EDITABLE (entry), "SQL");
  g_assert_true (hp_test_wait_for (has_matches, &w, 3000));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);

  w.expected = 1;

  gtk_editable_set_text (GTK_EDITABLE (entry), "intern");
  g_assert_true (hp_test_wait_for (has_matches, &w, 3000));
  hp_test_iterate (50);
  g_assert_cmpstr (hp_role_get_id (hp_role_browser_get_selected_role (browser)), ==, "backend-intern");

  w.expected = 0;
  gtk_editable_set_text (GTK_EDITABLE (entry), "xyzzy");
  g_assert_true (hp_test_wait_for (has_matches, &w, 3000));
  hp_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_nonnull (hp_test_find_shown_label (root, "No Matching Roles"));

  w.expected = 6;
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_true (hp_test_wait_for (has_matches, &w, 3000));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);
}

static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);

  gtk_widget_activate_action (root, "win.compare-next", "(ss)", "backend-junior", "backend-mid");
  hp_test_iterate (300);

  g_assert_cmpstr (hp_test_window_page (GTK_WIDGET (f->window)), ==, "compare");
  g_assert_nonnull (hp_test_find_shown_label (root, "Junior Back-End Engineer"));
  g_assert_nonnull (hp_test_find_shown_label (root, "Mid-Level Back-End Engineer"));
  g_assert_nonnull (hp_test_find_shown_label (root, "$80,000 – $103,000"));
  g_assert_nonnull (hp_test_find_shown_label (root, "$103,000 – $133,000"));
  /* 118,000 − 91,000 = 27,000, which is 29.7 % of 91,000. */
  g_assert_nonnull (hp_test_find_shown_label (root, "+$27,000 (+30%) on the Junior midpoint"));

  gtk_widget_activate_action (root, "win.show-page", "s", "roles");
  hp_test_iterate (300);
  g_assert_cmpstr (hp_test_window_page (GTK_WIDGET (f->window)), ==, "roles");
}

/* The Compare page is built on its first visit, with the catalog's
 * default comparison, not when the window opens. */
static void
test_compare_built_on_visit (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);
  GtkWidget *compare = hp_test_find_widget (root, HP_TYPE_ROLE_COMPARE);

  g_assert_nonnull (compare);
  g_assert_null (gtk_widget_get_first_child (compare));
  g_assert_null (hp_test_find_widget (compare, GTK_TYPE_DROP_DOWN));

  gtk_widget_activate_action (root, "win.show-page", "s", "compare");
  hp_test_iterate (100);
  g_assert_cmpstr (hp_test_window_page (GTK_WIDGET (f->window)), ==, "compare");
  g_assert_nonnull (hp_test_find_widget (compare, GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (hp_role_compare_get_left (HP_ROLE_COMPARE (compare)));
  g_assert_nonnull (hp_role_compare_get_right (HP_ROLE_COMPARE (compare)));
  g_assert_true (hp_role_compare_get_left (HP_ROLE_COMPARE (compare)) !=
                 hp_role_compare_get_right (HP_ROLE_COMPARE (compare)));
}

static GtkWindow *
shortcuts_window_of (GtkWindow *parent,
                     guint     *n_found)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  *n_found = 0;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window) && gtk_window_get_transient_for (window) == parent)
        {
          found = window;
          (*n_found)++;
        }
    }
  return found;
}

static void
collect_accelerators (GtkWidget *widget,
                      GPtrArray *accelerators)
{
  if (GTK_IS_SHORTCUT_LABEL (widget) && gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (widget)) != NULL)
    g_ptr_array_add (accelerators, g_strdup (gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_accelerators (child, accelerators);
}

/* The keyboard shortcuts window is built the first time it is asked for
 * (Ctrl+? or the menu), once, for its window; not with every window. */
static void
test_shortcuts_on_first_use (Fixture       *f,
                             gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (f->window);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-shortcuts");
  GtkWindow *shortcuts;
  GtkWidget *switcher;
  guint n;

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_null (shortcuts_window_of (window, &n));
  g_assert_cmpuint (n, ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL);
  hp_test_iterate (50);
  shortcuts = shortcuts_window_of (window, &n);
  g_assert_nonnull (shortcuts);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_modal (shortcuts));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == window);

  /* Each action's shortcut as the application sets it, and the table's
   * keys; all on one page (GTK 4.8's page switcher there warns). */
  {
    g_autoptr(GPtrArray) accelerators = g_ptr_array_new_with_free_func (g_free);

    collect_accelerators (GTK_WIDGET (shortcuts), accelerators);
    g_assert_true (g_ptr_array_find_with_equal_func (accelerators, "<Control>question", g_str_equal, NULL));
    g_assert_true (g_ptr_array_find_with_equal_func (accelerators, "<Control>n", g_str_equal, NULL));
    g_assert_true (g_ptr_array_find_with_equal_func (accelerators, "<Control>f", g_str_equal, NULL));
    g_assert_true (g_ptr_array_find_with_equal_func (accelerators, "Return F2", g_str_equal, NULL));
    g_assert_true (g_ptr_array_find_with_equal_func (accelerators, "Escape", g_str_equal, NULL));
    switcher = hp_test_find_widget (GTK_WIDGET (shortcuts), GTK_TYPE_STACK_SWITCHER);
    g_assert_true (switcher == NULL || !gtk_widget_get_visible (switcher));
  }

  /* Closed, it is hidden and shown again the next time, not built twice. */
  gtk_window_close (shortcuts);
  hp_test_iterate (20);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-shortcuts", NULL);
  hp_test_iterate (20);
  g_assert_true (shortcuts_window_of (window, &n) == shortcuts);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_window_close (shortcuts);
  hp_test_iterate (20);
}

int
main (int   argc,
      char *argv[])
{
  if (!hp_test_init_ui (&argc, &argv))
    return 77;

  app = hp_test_application_new ();

  g_test_add ("/ui/browser/opens-on-first-role", Fixture, NULL, fixture_set_up, test_opens_on_first_role, fixture_tear_down);
  g_test_add ("/ui/browser/select-senior", Fixture, NULL, fixture_set_up, test_select_senior, fixture_tear_down);
  g_test_add ("/ui/browser/search-narrows", Fixture, NULL, fixture_set_up, test_search_narrows, fixture_tear_down);
  g_test_add ("/ui/browser/compare", Fixture, NULL, fixture_set_up, test_compare, fixture_tear_down);
  g_test_add ("/ui/browser/compare-built-on-visit", Fixture, NULL, fixture_set_up, test_compare_built_on_visit,
              fixture_tear_down);
  g_test_add ("/ui/browser/shortcuts-on-first-use", Fixture, NULL, fixture_set_up, test_shortcuts_on_first_use,
              fixture_tear_down);

  {
    int ret = g_test_run ();
    g_clear_object (&app);
    return ret;
  }
}
