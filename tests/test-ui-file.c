/* test-ui-file.c: saving and opening plans in the window, and never
 * losing unsaved work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-drafts.h"
#include "hp-money.h"
#include "hp-plan-file.h"
#include "hp-plan-view.h"
#include "hp-summary.h"
#include "hp-ui-test-util.h"
#include "hp-window.h"

static HpApplication *app;

typedef struct
{
  HpWindow *window;
  char     *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *drafts = hp_drafts_get_dir ();

  /* No draft left over from an earlier run. */
  hp_test_remove_if_any (drafts);
  f->dir = hp_test_make_temp_dir ("hp-ui-file");
  f->window = hp_window_new (app);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (hp_test_wait_for (hp_test_is_mapped, f->window, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hp_test_close_message_dialogs ();
  gtk_window_destroy (GTK_WINDOW (f->window));
  hp_test_iterate (50);
  hp_test_remove_temp_dir (f->dir);
  g_free (f->dir);
}

static gboolean
not_opening (gpointer window)
{
  return !hp_document_get_loading (hp_window_get_document (window));
}

static char *
dialog_text (GtkMessageDialog *dialog)
{
  char *text = NULL;
  char *secondary = NULL;
  char *all;

  g_object_get (dialog, "text", &text, "secondary-text", &secondary, NULL);
  all = g_strconcat (text, "\n", secondary, NULL);
  g_free (text);
  g_free (secondary);
  return all;
}

static void
add_team (HpWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-role-to-plan", "(sus)", "backend-senior", 2u, "");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-role-to-plan", "(sus)", "backend-junior", 1u, "");
  hp_test_iterate (30);
}

static void
test_save_then_open (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "team.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HpPlan *plan = hp_document_get_plan (hp_window_get_document (f->window));
  g_autoptr(HpSummary) before = NULL;
  HpWindow *second;

  hp_plan_edit (plan, "title", "Search Team", NULL);
  add_team (f->window);
  g_assert_true (hp_document_get_dirty (hp_window_get_document (f->window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "• Search Team — Hiring Planner");

  g_assert_true (hp_test_document_save (hp_window_get_document (f->window), file, &error));
  g_assert_no_error (error);
  g_assert_false (hp_document_get_dirty (hp_window_get_document (f->window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "Search Team — Hiring Planner");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  before = hp_summary_compute (plan, NULL);

  /* Opened in another window, the plan is the same to the cent. */
  second = hp_window_new (app);
  gtk_window_present (GTK_WINDOW (second));
  /* As the window opens a file: in a thread, then the Plan page. */
  hp_window_open_file (second, file);
  g_assert_true (hp_document_get_loading (hp_window_get_document (second)));
  g_assert_true (hp_test_wait_for (not_opening, second, 10000));
  g_assert_cmpstr (hp_test_window_page (GTK_WIDGET (second)), ==, "plan");
  {
    HpPlan *reopened = hp_document_get_plan (hp_window_get_document (second));
    g_autoptr(HpSummary) after = hp_summary_compute (reopened, NULL);
    g_autofree char *total = hp_money_format (after->total_cost, "USD", HP_MONEY_FORMAT_DEFAULT);

    g_assert_cmpuint (hp_plan_get_n_positions (reopened), ==, 2);
    g_assert_cmpint (after->total_cost, ==, before->total_cost);
    g_assert_cmpint (after->run_rate, ==, before->run_rate);
    g_assert_false (hp_document_get_dirty (hp_window_get_document (second)));
    hp_test_iterate (50);
    g_assert_nonnull (hp_test_find_shown_label (GTK_WIDGET (second), total));
  }
  gtk_window_destroy (GTK_WINDOW (second));
}

/* The Export dialog's formats: a workbook by default, a CSV with a byte
 * order mark, the extension deciding over the choice. */
static void
test_export_formats (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *csv_path = g_build_filename (f->dir, "team.csv", NULL);
  g_autofree char *xlsx_path = g_build_filename (f->dir, "team.xlsx", NULL);
  g_autofree char *plain_path = g_build_filename (f->dir, "team", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GFile) xlsx = g_file_new_for_path (xlsx_path);
  g_autoptr(GFile) plain = g_file_new_for_path (plain_path);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) notices = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  HpPlan *plan = hp_document_get_plan (hp_window_get_document (f->window));

  hp_plan_edit (plan, "title", "Zürich Team", NULL);
  add_team (f->window);

  /* The choice says workbook, the extension says CSV: a CSV, with the mark. */
  g_assert_true (hp_window_export_to_file (f->window, csv, "xlsx", &notices, &error));
  g_assert_no_error (error);
  g_assert_null (notices);
  g_assert_true (g_file_get_contents (csv_path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 3);
  g_assert_cmpmem (contents, 3, "\xEF\xBB\xBF", 3);
  g_assert_true (g_str_has_prefix (contents + 3, "id,role,level,title,"));
  g_clear_pointer (&contents, g_free);

  /* A workbook is a ZIP archive. */
  g_assert_true (hp_window_export_to_file (f->window, xlsx, "csv", &notices, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (xlsx_path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (contents, 4, "PK\x03\x04", 4);
  g_clear_pointer (&contents, g_free);

  /* No extension: the dialog's choice, and a workbook when there is none. */
  g_assert_true (hp_window_export_to_file (f->window, plain, NULL, &notices, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (plain_path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (contents, 4, "PK\x03\x04", 4);
  g_clear_pointer (&contents, g_free);

  g_assert_true (hp_window_export_to_file (f->window, plain, "csv", &notices, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (plain_path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (contents, 3, "\xEF\xBB\xBF", 3);

  /* Exporting never changes the file the plan is saved to. */
  g_assert_null (hp_document_get_file (hp_window_get_document (f->window)));
}

static void
test_bad_file_leaves_plan (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HpPlan *plan = hp_document_get_plan (hp_window_get_document (f->window));

  add_team (f->window);
  g_assert_true (g_file_set_contents (path, "{\"format\": \"hiring-plan\", \"version\": 1,\n  'plan': {}}", -1, NULL));

  g_assert_false (hp_test_document_load (hp_window_get_document (f->window), file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "broken.json:2:3:"));
  /* The plan in the window is the one it had. */
  g_assert_true (hp_document_get_plan (hp_window_get_document (f->window)) == plan);
  g_assert_cmpuint (hp_plan_get_n_positions (plan), ==, 2);
  g_assert_true (hp_document_get_dirty (hp_window_get_document (f->window)));

  /* Through the window's own path (read in a thread), the problem is
   * shown in words. */
  hp_window_open_file (f->window, file);
  g_assert_true (hp_test_wait_for (hp_test_has_message_dialog, NULL, 5000));
  g_assert_false (hp_document_get_loading (hp_window_get_document (f->window)));
  {
    GtkMessageDialog *dialog = hp_test_find_message_dialog (NULL);
    g_autofree char *text = NULL;

    g_assert_nonnull (dialog);
    text = dialog_text (dialog);
    g_assert_nonnull (strstr (text, "Could Not Open “broken.json”"));
    g_assert_nonnull (strstr (text, "single quote"));
    g_assert_nonnull (strstr (text, "The plan you had open is unchanged."));
  }
}

static void
test_save_failure_keeps_changes (Fixture       *f,
                                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "missing-folder", "team.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  add_team (f->window);
  g_assert_false (hp_test_document_save (hp_window_get_document (f->window), file, &error));
  g_assert_nonnull (error);
  g_assert_true (hp_document_get_dirty (hp_window_get_document (f->window)));
  g_assert_null (hp_document_get_file (hp_window_get_document (f->window)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_new_asks_first (Fixture       *f,
                     gconstpointer  data)
{
  HpPlan *plan = hp_document_get_plan (hp_window_get_document (f->window));
  GtkMessageDialog *dialog;
  g_autofree char *text = NULL;

  add_team (f->window);

  /* Cancel really cancels. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL);
  hp_test_iterate (50);
  dialog = hp_test_find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  text = dialog_text (dialog);
  g_assert_nonnull (strstr (text, "Save Changes to “Untitled Plan”?"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  hp_test_iterate (50);
  g_assert_true (hp_document_get_plan (hp_window_get_document (f->window)) == plan);
  g_assert_cmpuint (hp_plan_get_n_positions (plan), ==, 2);

  /* Discard starts the new plan. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new", NULL);
  hp_test_iterate (50);
  dialog = hp_test_find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
  hp_test_iterate (50);
  g_assert_cmpuint (hp_plan_get_n_positions (hp_document_get_plan (hp_window_get_document (f->window))), ==, 0);
  g_assert_false (hp_document_get_dirty (hp_window_get_document (f->window)));
}

static void
test_close_asks_first (Fixture       *f,
                       gconstpointer  data)
{
  GtkMessageDialog *dialog;

  add_team (f->window);
  gtk_window_close (GTK_WINDOW (f->window));
  hp_test_iterate (50);

  /* Still open, asking. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  dialog = hp_test_find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  hp_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_cmpuint (hp_plan_get_n_positions (hp_document_get_plan (hp_window_get_document (f->window))), ==, 2);
}

static char *
plan_json (HpPlan *plan)
{
  g_autoptr(GDateTime) fixed = g_date_time_new_utc (2027, 1, 1, 0, 0, 0);

  return hp_plan_to_json (plan, NULL, fixed, NULL);
}

static void
test_autosave_and_restore (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *drafts_dir = hp_drafts_get_dir ();
  g_autofree char *path = g_build_filename (f->dir, "restored.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  HpPlan *plan = hp_document_get_plan (hp_window_get_document (f->window));
  HpWindow *restored;

  hp_plan_edit (plan, "title", "Drafted Team", "notes", "Line one\nline “two”", NULL);
  add_team (f->window);
  hp_plan_edit_position (plan, hp_plan_get_position (plan, 0), "location", "Zürich", NULL);

  g_assert_null (hp_document_get_draft_id (hp_window_get_document (f->window)));
  g_assert_true (hp_test_document_save_draft (hp_window_get_document (f->window), NULL));
  g_assert_nonnull (hp_document_get_draft_id (hp_window_get_document (f->window)));
  expected = plan_json (plan);

  /* As after a crash: the draft is listed with its title and time. */
  drafts = hp_drafts_list (drafts_dir);
  g_assert_cmpuint (drafts->len, ==, 1);
  {
    HpDraft *draft = g_ptr_array_index (drafts, 0);
    g_autoptr(HpPlan) loaded = hp_draft_load (draft, &error);
    g_autofree char *json = NULL;

    g_assert_no_error (error);
    g_assert_cmpstr (draft->title, ==, "Drafted Team");
    g_assert_null (draft->file_uri);
    json = plan_json (loaded);
    g_assert_cmpstr (json, ==, expected); /* exactly as it was */

    restored = hp_window_new (app);
    g_assert_true (hp_window_restore_draft (restored, draft, &error));
    g_assert_no_error (error);
  }
  {
    g_autofree char *json = plan_json (hp_document_get_plan (hp_window_get_document (restored)));
    g_assert_cmpstr (json, ==, expected);
  }
  g_assert_true (hp_document_get_dirty (hp_window_get_document (restored)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (restored)), ==, "• Drafted Team — Hiring Planner");

  /* The first window still owns the draft; saving the restored one
   * removes the draft it came from. */
  g_assert_true (hp_test_document_save (hp_window_get_document (restored), file, &error));
  g_assert_no_error (error);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = hp_drafts_list (drafts_dir);
  g_assert_cmpuint (drafts->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (restored));
}

static void
test_clean_close_removes_draft (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *drafts_dir = hp_drafts_get_dir ();
  g_autoptr(GPtrArray) drafts = NULL;
  GtkMessageDialog *dialog;

  add_team (f->window);
  g_assert_true (hp_test_document_save_draft (hp_window_get_document (f->window), NULL));
  drafts = hp_drafts_list (drafts_dir);
  g_assert_cmpuint (drafts->len, ==, 1);

  /* Close, and discard when asked: nothing is left behind. */
  g_object_ref (f->window);
  gtk_window_close (GTK_WINDOW (f->window));
  hp_test_iterate (50);
  dialog = hp_test_find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
  hp_test_iterate (50);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = hp_drafts_list (drafts_dir);
  g_assert_cmpuint (drafts->len, ==, 0);

  /* The fixture's window is gone: give the tear-down a fresh one. */
  g_object_unref (f->window);
  f->window = hp_window_new (app);
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *w = data;
  return hp_test_find_shown_label (w->root, w->text) != NULL;
}

static void
test_changed_on_disk (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "shared.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *on_disk = NULL;
  LabelWait wait = { GTK_WIDGET (f->window),
                     "“shared.json” was changed by another program. Keep this version, or reload the one on disk?" };
  GtkMessageDialog *dialog;
  g_autofree char *text = NULL;

  add_team (f->window);
  g_assert_true (hp_test_document_save (hp_window_get_document (f->window), file, &error));

  /* A colleague's program rewrites the file. */
  g_usleep (20000);
  {
    g_autoptr(HpPlan) other = hp_plan_new ();
    g_autoptr(GDateTime) when = g_date_time_new_utc (2027, 1, 1, 0, 0, 0);
    hp_plan_edit (other, "title", "Their version", NULL);
    theirs = hp_plan_to_json (other, NULL, when, NULL);
    g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  }

  g_assert_true (hp_test_wait_for (label_shown, &wait, 5000));

  /* Saving now asks before replacing their version; Cancel keeps it. */
  hp_plan_edit (hp_document_get_plan (hp_window_get_document (f->window)), "notes", "mine", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL);
  hp_test_iterate (50);
  dialog = hp_test_find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  text = dialog_text (dialog);
  g_assert_nonnull (strstr (text, "Replace the Changed “shared.json”?"));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  hp_test_iterate (50);
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, theirs);
  g_assert_true (hp_document_get_dirty (hp_window_get_document (f->window)));

  /* Reload takes theirs (after discarding ours when asked). */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.reload", NULL);
  hp_test_iterate (50);
  dialog = hp_test_find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
  hp_test_iterate (20);
  g_assert_true (hp_test_wait_for (not_opening, f->window, 5000));
  hp_test_iterate (20);
  g_assert_cmpstr (hp_plan_get_title (hp_document_get_plan (hp_window_get_document (f->window))), ==, "Their version");
  g_assert_false (hp_document_get_dirty (hp_window_get_document (f->window)));
}

/* A window made to open a file (the command line) shows itself once the
 * file is read, on the plan's page, with no banner: the first thing drawn
 * is the plan. */
static void
test_open_then_present (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "team.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  HpWindow *window;
  GtkWidget *revealer;

  add_team (f->window);
  g_assert_true (hp_plan_write_file (hp_document_get_plan (hp_window_get_document (f->window)), NULL, path,
                                     &error));
  g_assert_no_error (error);

  window = hp_window_new (app);
  hp_window_open_file_and_present (window, file);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (hp_document_get_loading (hp_window_get_document (window)));

  g_assert_true (hp_test_wait_for (hp_test_is_mapped, window, 5000));
  /* Shown because the file was read, not because it was late. */
  g_assert_false (hp_document_get_loading (hp_window_get_document (window)));
  g_assert_true (g_file_equal (hp_document_get_file (hp_window_get_document (window)), file));
  g_assert_cmpuint (hp_plan_get_n_positions (hp_document_get_plan (hp_window_get_document (window))), ==, 2);
  {
    g_autofree char *page = NULL;
    g_object_get (window, "page", &page, NULL);
    g_assert_cmpstr (page, ==, "plan");
  }
  revealer = gtk_widget_get_ancestor (hp_test_find_widget (GTK_WIDGET (window), GTK_TYPE_PROGRESS_BAR),
                                      GTK_TYPE_REVEALER);
  g_assert_false (gtk_revealer_get_child_revealed (GTK_REVEALER (revealer)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A large plan loads in a thread: the window keeps drawing, shows the
 * progress, and the plan changes only when the whole file is read. */
static void
test_large_open_in_background (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "big.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HpPlan) big = hp_plan_new ();
  g_autoptr(GError) error = NULL;
  HpPlan *before = hp_document_get_plan (hp_window_get_document (f->window));

  for (guint i = 0; i < 20000; i++)
    {
      g_autoptr(HpPosition) p = hp_position_new ();
      hp_position_set_title (p, "Engineer");
      hp_position_set_start (p, hp_month_new (2027, 1 + i % 12));
      hp_position_set_annual_salary (p, 10000000 + i);
      hp_plan_append_position (big, p);
    }
  g_assert_true (hp_plan_write_file (big, NULL, path, &error));

  hp_window_open_file (f->window, file);
  g_assert_true (hp_document_get_loading (hp_window_get_document (f->window)));
  {
    GtkWidget *bar = hp_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_PROGRESS_BAR);
    GtkWidget *revealer = gtk_widget_get_ancestor (bar, GTK_TYPE_REVEALER);
    GtkWidget *label = gtk_widget_get_prev_sibling (bar);

    g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "Opening “big.json”…");
  }
  g_assert_true (hp_document_get_plan (hp_window_get_document (f->window)) == before);

  g_assert_true (hp_test_wait_for (not_opening, f->window, 20000));
  g_assert_cmpuint (hp_plan_get_n_positions (hp_document_get_plan (hp_window_get_document (f->window))), ==, 20000);
  /* The plan replaces the progress at once: no banner sliding away, no
   * crossfade between the pages. */
  {
    GtkWidget *bar = hp_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_PROGRESS_BAR);
    GtkWidget *stack = gtk_widget_get_ancestor (hp_test_find_widget (GTK_WIDGET (f->window), HP_TYPE_PLAN_VIEW),
                                                GTK_TYPE_STACK);

    g_assert_false (gtk_revealer_get_child_revealed (GTK_REVEALER (gtk_widget_get_ancestor (bar, GTK_TYPE_REVEALER))));
    g_assert_false (gtk_stack_get_transition_running (GTK_STACK (stack)));
    g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "plan");
  }
  g_assert_false (hp_document_get_dirty (hp_window_get_document (f->window)));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int ret;

  /* Its drafts are its own: another test deleting or writing drafts at
   * the same time made the restore test fail. */
  data_home = hp_test_use_own_data_home ("ui-file");
  if (!hp_test_init_ui (&argc, &argv))
    return 77;

  app = hp_test_application_new ();

  g_test_add ("/ui/file/save-then-open", Fixture, NULL, fixture_set_up, test_save_then_open, fixture_tear_down);
  g_test_add ("/ui/file/export-formats", Fixture, NULL, fixture_set_up, test_export_formats, fixture_tear_down);
  g_test_add ("/ui/file/bad-file-leaves-plan", Fixture, NULL, fixture_set_up, test_bad_file_leaves_plan, fixture_tear_down);
  g_test_add ("/ui/file/save-failure-keeps-changes", Fixture, NULL, fixture_set_up, test_save_failure_keeps_changes, fixture_tear_down);
  g_test_add ("/ui/file/new-asks-first", Fixture, NULL, fixture_set_up, test_new_asks_first, fixture_tear_down);
  g_test_add ("/ui/file/autosave-and-restore", Fixture, NULL, fixture_set_up, test_autosave_and_restore, fixture_tear_down);
  g_test_add ("/ui/file/clean-close-removes-draft", Fixture, NULL, fixture_set_up, test_clean_close_removes_draft, fixture_tear_down);
  g_test_add ("/ui/file/changed-on-disk", Fixture, NULL, fixture_set_up, test_changed_on_disk, fixture_tear_down);
  g_test_add ("/ui/file/open-then-present", Fixture, NULL, fixture_set_up, test_open_then_present, fixture_tear_down);
  g_test_add ("/ui/file/large-open-in-background", Fixture, NULL, fixture_set_up, test_large_open_in_background, fixture_tear_down);
  g_test_add ("/ui/file/close-asks-first", Fixture, NULL, fixture_set_up, test_close_asks_first, fixture_tear_down);

  ret = g_test_run ();
  g_clear_object (&app);
  hp_test_remove_if_any (data_home);
  return ret;
}
