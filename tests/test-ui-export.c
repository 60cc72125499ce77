/* test-ui-export.c: exporting from the window in the background: the
 * window keeps drawing and can be edited while a workbook is written, the
 * header says so, one export at a time, errors in words naming the file,
 * and closing the window waits for the export (or, asked twice, stops it)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hp-drafts.h"
#include "hp-ui-test-util.h"
#include "hp-window.h"

static HpApplication *app;

typedef struct
{
  HpWindow *window;   /* a weak pointer: some tests close it */
  char     *dir;
} Fixture;

/* A plan of @n positions, as if just opened: nothing unsaved. */
static void
set_large_plan (HpWindow *window,
                guint     n)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GPtrArray) positions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      HpPosition *position = hp_position_new ();
      g_autofree char *title = g_strdup_printf ("Engineer %u", i);

      hp_position_set_role_id (position, "backend-mid");
      hp_position_set_title (position, title);
      hp_position_set_annual_salary (position, 9000000 + (gint64) i);
      g_ptr_array_add (positions, position);
    }
  hp_plan_append_positions (plan, (HpPosition **) positions->pdata, positions->len);
  hp_plan_clear_history (plan);
  hp_document_set_plan (hp_window_get_document (window), plan, NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *drafts = hp_drafts_get_dir ();

  hp_test_remove_if_any (drafts);
  f->dir = hp_test_make_temp_dir ("hp-ui-export");
  f->window = hp_window_new (app);
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (hp_test_wait_for (hp_test_is_mapped, f->window, 5000));
  set_large_plan (f->window, GPOINTER_TO_UINT (data));
  hp_test_iterate (30);
}

static gboolean
not_exporting (gpointer window)
{
  return !hp_document_get_exporting (hp_window_get_document (window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hp_test_close_message_dialogs ();
  if (f->window != NULL)
    {
      g_assert_true (hp_test_wait_for (not_exporting, f->window, 60000));
      g_object_remove_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
      gtk_window_destroy (GTK_WINDOW (f->window));
    }
  hp_test_iterate (50);
  hp_test_remove_temp_dir (f->dir);
  g_free (f->dir);
}

static gboolean
is_gone (gpointer data)
{
  Fixture *f = data;

  return f->window == NULL;
}

static char *
file_start (const char *path,
            gsize       n)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL) || length < n)
    return NULL;
  return g_strndup (contents, n);
}

typedef struct
{
  HpWindow *window;
  guint     turns;   /* of the main loop */
  guint     frames;  /* painted */
} Counter;

static gboolean
turn_cb (gpointer user_data)
{
  Counter *c = user_data;

  c->turns++;
  /* Something to draw on every turn, as a manager's typing would. */
  gtk_widget_queue_draw (GTK_WIDGET (c->window));
  return G_SOURCE_CONTINUE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Counter       *c)
{
  c->frames++;
}

/* While a workbook is written the window draws frames, can be edited, and
 * says that it is exporting; a second export waits its turn. */
static void
test_in_background (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "team.xlsx", NULL);
  g_autofree char *other_path = g_build_filename (f->dir, "other.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  HpDocument *document = hp_window_get_document (f->window);
  HpPlan *plan = hp_document_get_plan (document);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  Counter counter = { f->window, 0, 0 };
  GtkLabel *label;
  gulong paint_id;
  guint turn_id;
  g_autofree char *start = NULL;

  paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &counter);
  /* Every 5 ms: a source always ready would starve the idle copy. */
  turn_id = g_timeout_add (5, turn_cb, &counter);

  g_assert_true (hp_window_start_export (f->window, file, "xlsx"));
  g_assert_true (hp_document_get_exporting (document));
  label = hp_test_find_shown_label (GTK_WIDGET (f->window), "Exporting…");
  g_assert_nonnull (label);

  /* One at a time: the second is refused, and the first goes on. */
  g_assert_false (hp_window_start_export (f->window, other, "csv"));

  /* Editable meanwhile: the edit is the window's, not the file's. */
  hp_plan_edit_position (plan, hp_plan_get_position (plan, 0), "title", "Renamed While Exporting", NULL);
  g_assert_true (hp_document_get_dirty (document));

  g_assert_true (hp_test_wait_for (not_exporting, f->window, 60000));
  g_source_remove (turn_id);
  g_signal_handler_disconnect (clock, paint_id);

  g_test_message ("while exporting: %u turns of the main loop, %u frames", counter.turns, counter.frames);
  /* Counts, not times: a workbook written on the main thread allows one
   * turn and no frame until it is done. */
  g_assert_cmpuint (counter.turns, >, 10);
  g_assert_cmpuint (counter.frames, >, 2);

  start = file_start (path, 4);
  g_assert_cmpstr (start, ==, "PK\x03\x04");
  g_assert_false (g_file_test (other_path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (hp_position_get_title (hp_plan_get_position (plan, 0)), ==, "Renamed While Exporting");
  g_assert_null (hp_document_get_file (document));
  hp_test_iterate (30);
  g_assert_null (hp_test_find_message_dialog (NULL));
  g_assert_null (hp_test_find_shown_label (GTK_WIDGET (f->window), "Exporting…"));

  /* Done: the next export is welcome. */
  g_assert_true (hp_window_start_export (f->window, other, "csv"));
  g_assert_true (hp_test_wait_for (not_exporting, f->window, 60000));
  g_assert_true (g_file_test (other_path, G_FILE_TEST_IS_REGULAR));
}

/* A file that cannot be written: said in words, naming it. */
static void
test_error_names_file (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "missing-folder", "team.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;
  GtkMessageDialog *dialog;

  g_assert_true (hp_window_start_export (f->window, file, NULL));
  g_assert_true (hp_test_wait_for (hp_test_has_message_dialog, NULL, 20000));
  dialog = hp_test_find_message_dialog (NULL);
  g_object_get (dialog, "text", &text, "secondary-text", &secondary, NULL);
  g_assert_true (g_str_has_prefix (text, "Could Not Export to “"));
  g_assert_nonnull (strstr (text, path));
  g_assert_nonnull (strstr (secondary, "does not exist"));
  g_assert_false (hp_document_get_exporting (hp_window_get_document (f->window)));
  g_assert_null (hp_test_find_shown_label (GTK_WIDGET (f->window), "Exporting…"));
}

/* Closing while an export runs: the window waits, then closes by itself;
 * the file is written. */
static void
test_close_waits (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "team.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *start = NULL;

  g_assert_true (hp_window_start_export (f->window, file, "xlsx"));
  gtk_window_close (GTK_WINDOW (f->window));
  hp_test_iterate (10);
  if (f->window != NULL && hp_document_get_exporting (hp_window_get_document (f->window)))
    {
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
      g_assert_nonnull (hp_test_find_shown_label (GTK_WIDGET (f->window), "Exporting, then closing…"));
    }
  g_assert_true (hp_test_wait_for (is_gone, f, 60000));

  start = file_start (path, 4);
  g_assert_cmpstr (start, ==, "PK\x03\x04");
}

/* Closed twice: the export stops, nothing is written, the window goes. */
static void
test_close_twice_stops (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "team.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDir) dir = NULL;

  g_assert_true (hp_window_start_export (f->window, file, "xlsx"));
  gtk_window_close (GTK_WINDOW (f->window));
  g_assert_nonnull (f->window);
  gtk_window_close (GTK_WINDOW (f->window));
  g_assert_true (hp_test_wait_for (is_gone, f, 20000));
  /* The export's thread is over once the application lets go of it. */
  hp_test_iterate (200);

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  dir = g_dir_open (f->dir, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
}

int
main (int   argc,
      char *argv[])
{
  guint n = g_getenv ("HP_TEST_UNDER_VALGRIND") != NULL ? 500 : 5000;
  g_autofree char *data_home = NULL;
  int ret;

  /* Its drafts are its own: another test deleting or writing drafts at
   * the same time made the restore test fail. */
  data_home = hp_test_use_own_data_home ("ui-export");
  if (!hp_test_init_ui (&argc, &argv))
    return 77;

  app = hp_test_application_new ();

#define ADD(name, func) \
  g_test_add (name, Fixture, GUINT_TO_POINTER (n), fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/export/in-background", test_in_background);
  ADD ("/ui/export/error-names-file", test_error_names_file);
  ADD ("/ui/export/close-waits", test_close_waits);
  ADD ("/ui/export/close-twice-stops", test_close_twice_stops);
#undef ADD

  ret = g_test_run ();
  g_clear_object (&app);
  hp_test_remove_if_any (data_home);
  return ret;
}
