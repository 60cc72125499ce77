/* test-document.c: HpDocument without a display: open, save, drafts, the
 * file changed on disk, a failed autosave, and a large save in the
 * background
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "hp-document.h"
#include "hp-plan-file.h"
#include "hp-scenario.h"
#include "hp-test-util.h"

typedef struct
{
  char       *dir;
  char       *drafts_dir;
  HpDocument *document;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
  const char *name;

  if (d == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hp-document-XXXXXX", &error);
  g_assert_no_error (error);
  f->drafts_dir = g_build_filename (f->dir, "drafts", NULL);
  f->document = g_object_new (HP_TYPE_DOCUMENT, "drafts-dir", f->drafts_dir, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* What the tasks left to do (their last references) is done first. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (f->document);
  remove_tree (f->dir);
  g_free (f->drafts_dir);
  g_free (f->dir);
}

static HpPosition *
make_position (const char *title,
               guint       count)
{
  HpPosition *position = hp_position_new ();

  hp_position_set_role_id (position, "backend-mid");
  hp_position_set_title (position, title);
  hp_position_set_count (position, count);
  hp_position_set_annual_salary (position, 9000000);
  return position;
}

static HpPlan *
make_plan (const char *title,
           guint       n)
{
  HpPlan *plan = hp_plan_new ();
  g_autoptr(GPtrArray) positions = g_ptr_array_new_with_free_func (g_object_unref);

  g_object_set (plan, "title", title, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Engineer %u", i);
      g_ptr_array_add (positions, make_position (name, 1 + i % 3));
    }
  hp_plan_append_positions (plan, (HpPosition **) positions->pdata, positions->len);
  hp_plan_clear_history (plan);
  return plan;
}

static GFile *
write_plan (Fixture    *f,
            const char *name,
            HpPlan     *plan)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (hp_plan_write_file (plan, NULL, path, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static gboolean
save_now (HpDocument  *document,
          GFile       *file,
          GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  hp_document_save_async (document, file, NULL, hp_test_store_result_cb, &result);
  return hp_document_save_finish (document, hp_test_wait_result (&result), error);
}

static gboolean
timeout_flag_cb (gpointer user_data)
{
  gboolean *flag = user_data;

  *flag = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @property is notified (or 10 s have gone). */
static gboolean
wait_notify (GObject    *object,
             const char *property)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  gboolean notified = FALSE, timed_out = FALSE;
  gulong id = g_signal_connect_swapped (object, signal, G_CALLBACK (timeout_flag_cb), &notified);
  guint timeout = g_timeout_add_seconds (10, timeout_flag_cb, &timed_out);

  while (!notified && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_signal_handler_disconnect (object, id);
  if (!timed_out)
    g_source_remove (timeout);
  return notified;
}

static void
test_load (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("Payments FY2027", 3);
  g_autoptr(GFile) file = write_plan (f, "payments.json", plan);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;

  hp_document_load_async (f->document, file, NULL, hp_test_store_result_cb, &result);
  g_assert_true (hp_document_get_loading (f->document));
  g_assert_true (hp_document_load_finish (f->document, hp_test_wait_result (&result), &notice, &error));
  g_assert_no_error (error);
  g_assert_null (notice);

  g_assert_false (hp_document_get_loading (f->document));
  g_assert_cmpfloat (hp_document_get_progress (f->document), ==, 1.0);
  g_assert_true (g_file_equal (hp_document_get_file (f->document), file));
  g_assert_cmpuint (hp_plan_get_n_positions (hp_document_get_plan (f->document)), ==, 3);
  g_assert_cmpstr (hp_document_get_title (f->document), ==, "Payments FY2027");
  g_assert_false (hp_document_get_dirty (f->document));
  g_assert_false (hp_document_get_externally_modified (f->document));
}

static void
test_load_failure_keeps_plan (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  HpPlan *before = hp_document_get_plan (f->document);

  g_assert_true (g_file_set_contents (path, "{\"format\": \"hiring-plan\",", -1, NULL));
  hp_document_load_async (f->document, file, NULL, hp_test_store_result_cb, &result);
  g_assert_false (hp_document_load_finish (f->document, hp_test_wait_result (&result), NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "broken.json"));
  g_assert_true (hp_document_get_plan (f->document) == before);
  g_assert_null (hp_document_get_file (f->document));
  g_assert_false (hp_document_get_loading (f->document));
}

static void
test_save (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("Growth", 2);
  g_autofree char *path = g_build_filename (f->dir, "growth.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HpPlan) read = NULL;
  g_autoptr(GError) error = NULL;

  hp_document_set_plan (f->document, plan, NULL);
  hp_plan_edit (plan, "title", "Growth 2027", NULL);
  g_assert_true (hp_document_get_dirty (f->document));

  /* No file yet: it says so, and nothing changes. */
  g_assert_false (save_now (f->document, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  g_clear_error (&error);
  g_assert_true (hp_document_get_dirty (f->document));

  g_assert_true (save_now (f->document, file, &error));
  g_assert_no_error (error);
  g_assert_false (hp_document_get_dirty (f->document));
  g_assert_false (hp_document_get_saving (f->document));
  g_assert_true (g_file_equal (hp_document_get_file (f->document), file));

  read = hp_plan_read_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hp_plan_get_title (read), ==, "Growth 2027");
  g_assert_cmpuint (hp_plan_get_n_positions (read), ==, 2);

  /* Our own save is not a change by another program. */
  g_assert_false (hp_document_changed_on_disk (f->document));
}

/* A plan with scenarios saved through the document (its copy in slices)
 * comes back whole: read again, it writes the same bytes as the plan,
 * scenarios and all. */
static void
test_save_scenarios (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("What If", 3);
  g_autofree char *path = g_build_filename (f->dir, "what-if.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HpScenario) lean = hp_scenario_new_copy ("lean", "Lean", plan);
  g_autoptr(HpScenario) fast = hp_scenario_new_copy ("accelerated", "Accelerated", plan);
  g_autoptr(HpPlan) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2027, 1, 1, 0, 0, 0);
  g_autofree char *expected = NULL;
  g_autofree char *again = NULL;

  hp_scenario_set_notes (lean, "Two hires fewer");
  {
    HpPosition *first = hp_plan_get_position (hp_scenario_get_plan (lean), 0);
    hp_plan_remove_positions (hp_scenario_get_plan (lean), &first, 1);
  }
  hp_plan_append_scenario (plan, lean);
  hp_plan_append_scenario (plan, fast);
  hp_document_set_plan (f->document, plan, NULL);
  hp_plan_edit (plan, "title", "What If 2027", NULL);

  g_assert_true (save_now (f->document, file, &error));
  g_assert_no_error (error);

  expected = hp_plan_to_json (plan, NULL, when, NULL);
  read = hp_plan_read_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hp_plan_get_n_scenarios (read), ==, 2);
  g_assert_cmpstr (hp_scenario_get_notes (hp_plan_find_scenario (read, "lean")), ==, "Two hires fewer");
  g_assert_cmpuint (hp_plan_get_n_positions (hp_scenario_get_plan (hp_plan_find_scenario (read, "lean"))), ==, 2);
  again = hp_plan_to_json (read, NULL, when, NULL);
  g_assert_cmpstr (again, ==, expected);
}

static void
test_dirty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("Dirty", 2);
  g_autoptr(GFile) file = write_plan (f, "dirty.json", plan);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) read = NULL;
  g_autofree char *path = g_file_get_path (file);
  HpPosition *first = hp_plan_get_position (plan, 0);

  hp_document_set_plan (f->document, plan, file);
  g_assert_false (hp_document_get_dirty (f->document));

  hp_plan_edit_position (plan, first, "count", 4u, NULL);
  g_assert_true (hp_document_get_dirty (f->document));
  hp_plan_undo (plan);
  g_assert_true (hp_document_get_dirty (f->document));

  g_assert_true (save_now (f->document, NULL, &error));
  g_assert_false (hp_document_get_dirty (f->document));

  /* An edit made once the save has started, while the plan is being
   * copied: the copy starts again, and the file has it. */
  hp_document_save_async (f->document, NULL, NULL, hp_test_store_result_cb, &result);
  g_assert_true (hp_document_get_saving (f->document));
  hp_plan_edit_position (plan, first, "count", 5u, NULL);
  g_assert_true (hp_document_get_dirty (f->document));
  g_assert_true (hp_document_save_finish (f->document, hp_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_false (hp_document_get_dirty (f->document));

  read = hp_plan_read_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hp_position_get_count (hp_plan_get_position (read, 0)), ==, 5);

  /* Keep Mine marks the plan unsaved. */
  g_assert_true (save_now (f->document, NULL, &error));
  g_assert_false (hp_document_get_dirty (f->document));
  hp_document_keep_own_version (f->document);
  g_assert_true (hp_document_get_dirty (f->document));
}

/* An edit inside a scenario makes the document unsaved, as one of the
 * baseline does; so do a scenario added, renamed or deleted, each an
 * undoable step of the baseline.  A scenario taken out is no longer
 * followed, and one put back by redo is again. */
static void
test_dirty_scenarios (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("Scenarios", 2);
  g_autoptr(GFile) file = write_plan (f, "scenarios.json", plan);
  g_autoptr(HpScenario) lean = hp_scenario_new_copy ("lean", "Lean", plan);
  g_autoptr(HpScenario) fast = NULL;
  g_autoptr(GError) error = NULL;
  HpPlan *lean_plan = hp_scenario_get_plan (lean);
  HpPlan *fast_plan;

  hp_plan_append_scenario (plan, lean);
  hp_document_set_plan (f->document, plan, file);
  g_assert_false (hp_document_get_dirty (f->document));

  hp_plan_edit_position (lean_plan, hp_plan_get_position (lean_plan, 0), "count", 7u, NULL);
  g_assert_true (hp_document_get_dirty (f->document));
  g_assert_false (hp_plan_can_undo (plan));  /* the scenario's edit is its own */
  g_assert_true (hp_plan_can_undo (lean_plan));

  g_assert_true (save_now (f->document, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (hp_document_get_dirty (f->document));

  /* New Scenario: a step of the baseline */
  fast = hp_scenario_new_copy ("accelerated", "Accelerated", lean_plan);
  fast_plan = hp_scenario_get_plan (fast);
  hp_plan_add_scenario (plan, 1, fast, NULL);
  g_assert_true (hp_document_get_dirty (f->document));
  g_assert_cmpuint (hp_plan_get_n_scenarios (plan), ==, 2);
  g_assert_cmpstr (hp_plan_get_undo_label (plan), ==, "New Scenario");
  g_assert_cmpuint (hp_position_get_count (hp_plan_get_position (fast_plan, 0)), ==, 7);

  g_assert_true (save_now (f->document, NULL, &error));
  hp_plan_edit_position (fast_plan, hp_plan_get_position (fast_plan, 0), "count", 9u, NULL);
  g_assert_true (hp_document_get_dirty (f->document));

  /* Rename, undone and redone */
  g_assert_true (save_now (f->document, NULL, &error));
  hp_plan_rename_scenario (plan, fast, "Fast");
  g_assert_true (hp_document_get_dirty (f->document));
  g_assert_cmpstr (hp_scenario_get_name (fast), ==, "Fast");
  g_assert_cmpstr (hp_plan_get_undo_label (plan), ==, "Rename Scenario");
  g_assert_true (hp_plan_undo (plan));
  g_assert_cmpstr (hp_scenario_get_name (fast), ==, "Accelerated");
  g_assert_true (hp_plan_redo (plan));
  g_assert_cmpstr (hp_scenario_get_name (fast), ==, "Fast");

  /* Delete, then undo: the same scenario back at its place, followed */
  hp_plan_delete_scenario (plan, 0);
  g_assert_cmpuint (hp_plan_get_n_scenarios (plan), ==, 1);
  g_assert_null (hp_plan_find_scenario (plan, "lean"));
  g_assert_true (save_now (f->document, NULL, &error));
  hp_plan_edit_position (lean_plan, hp_plan_get_position (lean_plan, 0), "count", 8u, NULL);
  g_assert_false (hp_document_get_dirty (f->document));  /* not in the document any more */
  hp_plan_undo (lean_plan);
  g_assert_true (hp_plan_undo (plan));
  g_assert_true (hp_document_get_dirty (f->document));
  g_assert_true (hp_plan_find_scenario (plan, "lean") == lean);
  g_assert_true (g_list_model_get_item (hp_plan_get_scenarios (plan), 0) == (gpointer) lean);
  g_object_unref (lean);  /* the reference g_list_model_get_item gave */
  g_assert_true (save_now (f->document, NULL, &error));
  hp_plan_edit_position (lean_plan, hp_plan_get_position (lean_plan, 1), "count", 3u, NULL);
  g_assert_true (hp_document_get_dirty (f->document));

  /* Of the baseline and a scenario, the later step comes first */
  g_assert_true (hp_plan_newest_step (plan, lean_plan, FALSE) == lean_plan);
  hp_plan_rename_scenario (plan, lean, "Leaner");
  g_assert_true (hp_plan_newest_step (plan, lean_plan, FALSE) == plan);
  g_assert_true (hp_plan_newest_step (lean_plan, plan, FALSE) == plan);
  g_assert_true (hp_plan_undo (plan));
  g_assert_true (hp_plan_newest_step (plan, lean_plan, TRUE) == plan);
  g_assert_true (hp_plan_undo (lean_plan));
  g_assert_true (hp_plan_newest_step (plan, lean_plan, TRUE) == lean_plan);
  g_assert_true (hp_plan_redo (lean_plan));
  g_assert_null (hp_plan_newest_step (NULL, lean_plan, TRUE));
  g_assert_true (hp_plan_newest_step (plan, NULL, TRUE) == plan);

  /* Undo New Scenario: gone; redo: back */
  g_assert_true (hp_plan_undo (plan));   /* rename */
  g_assert_true (hp_plan_undo (plan));   /* new scenario */
  g_assert_null (hp_plan_find_scenario (plan, "accelerated"));
  g_assert_false (hp_plan_can_undo (plan));
  g_assert_true (hp_plan_redo (plan));
  g_assert_true (hp_plan_find_scenario (plan, "accelerated") == fast);

  /* The file keeps them */
  g_assert_true (save_now (f->document, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *path = g_file_get_path (file);
    g_autoptr(HpPlan) read = hp_plan_read_file (path, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (hp_plan_get_n_scenarios (read), ==, 2);
    g_assert_cmpuint (hp_position_get_count (hp_plan_get_position (hp_scenario_get_plan (hp_plan_find_scenario (read, "lean")), 1)), ==, 3);
    g_assert_cmpuint (hp_position_get_count (hp_plan_get_position (hp_scenario_get_plan (hp_plan_find_scenario (read, "accelerated")), 0)), ==, 9);
  }
}

static void
count_notify_cb (guint *count)
{
  (*count)++;
}

static void
test_title (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(HpPlan) untitled = make_plan ("", 1);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = g_build_filename (f->dir, "team-budget.json", NULL);
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_assert_cmpstr (hp_document_get_title (f->document), ==, "Untitled Plan");
  g_signal_connect_swapped (f->document, "notify::title", G_CALLBACK (count_notify_cb), &notified);

  hp_document_set_plan (f->document, untitled, NULL);
  g_assert_cmpstr (hp_document_get_title (f->document), ==, "Untitled Plan");
  g_assert_cmpuint (notified, ==, 0);

  file = g_file_new_for_path (path);
  g_assert_true (save_now (f->document, file, &error));
  g_assert_cmpstr (hp_document_get_title (f->document), ==, "team-budget.json");
  g_assert_cmpuint (notified, ==, 1);

  hp_plan_edit (untitled, "title", "Platform", NULL);
  g_assert_cmpstr (hp_document_get_title (f->document), ==, "Platform");
  g_assert_cmpuint (notified, ==, 2);

  hp_plan_undo (untitled);
  g_assert_cmpstr (hp_document_get_title (f->document), ==, "team-budget.json");
  g_assert_cmpuint (notified, ==, 3);

  g_signal_handlers_disconnect_by_func (f->document, count_notify_cb, &notified);
}

static void
test_draft (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("Drafted", 2);
  g_autoptr(GFile) file = write_plan (f, "drafted.json", plan);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) restored = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *id = NULL;
  HpDraft *draft;

  hp_document_set_autosave_delay (f->document, 3600);
  hp_document_set_plan (f->document, plan, file);
  hp_plan_edit (plan, "title", "Drafted, edited", NULL);
  g_assert_null (hp_document_get_draft_id (f->document));

  hp_document_save_draft_async (f->document, NULL, hp_test_store_result_cb, &result);
  g_assert_true (hp_document_save_draft_finish (f->document, hp_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_nonnull (hp_document_get_draft_id (f->document));
  g_assert_null (hp_document_get_autosave_error (f->document));

  drafts = hp_drafts_list (f->drafts_dir);
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (draft->id, ==, hp_document_get_draft_id (f->document));
  g_assert_cmpstr (draft->file_uri, ==, uri);
  g_assert_cmpstr (draft->title, ==, "Drafted, edited");
  restored = hp_draft_load (draft, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hp_plan_get_title (restored), ==, "Drafted, edited");

  /* Restoring it: unsaved, its file and its draft kept. */
  id = g_strdup (draft->id);
  {
    g_autoptr(HpDocument) other = g_object_new (HP_TYPE_DOCUMENT, "drafts-dir", f->drafts_dir, NULL);

    g_assert_true (hp_document_restore_draft (other, draft, &error));
    g_assert_true (hp_document_get_dirty (other));
    g_assert_cmpstr (hp_document_get_draft_id (other), ==, id);
    g_assert_true (g_file_equal (hp_document_get_file (other), file));
    g_assert_cmpstr (hp_document_get_title (other), ==, "Drafted, edited");
  }

  hp_document_discard_draft (f->document);
  g_assert_null (hp_document_get_draft_id (f->document));
  after = hp_drafts_list (f->drafts_dir);
  g_assert_cmpuint (after->len, ==, 0);
}

static void
test_external_change (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("Watched", 1);
  g_autoptr(HpPlan) other = make_plan ("Changed elsewhere", 4);
  g_autoptr(GFile) file = write_plan (f, "watched.json", plan);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *text = NULL;
  gsize length = 0;

  hp_document_set_plan (f->document, plan, file);
  g_assert_false (hp_document_get_externally_modified (f->document));

  /* Another program writes the file (a later time stamp, surely). */
  g_usleep (20 * 1000);
  text = hp_plan_to_json (other, NULL, NULL, &length);
  g_assert_true (g_file_set_contents (path, text, length, NULL));

  g_assert_true (wait_notify (G_OBJECT (f->document), "externally-modified"));
  g_assert_true (hp_document_get_externally_modified (f->document));
  g_assert_true (hp_document_changed_on_disk (f->document));
  /* The plan here is untouched until the manager chooses. */
  g_assert_cmpstr (hp_plan_get_title (hp_document_get_plan (f->document)), ==, "Watched");

  hp_document_keep_own_version (f->document);
  g_assert_false (hp_document_get_externally_modified (f->document));
  g_assert_true (hp_document_get_dirty (f->document));
}

/* Replaced within the same clock tick as our own write: the time stamp is
 * the same (set so here, as a fast program gets it), the file is not. */
static void
test_external_change_same_time (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(HpPlan) plan = make_plan ("Watched", 1);
  g_autoptr(GFile) file = write_plan (f, "watched.json", plan);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GFileInfo) before = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  char *title;

  hp_document_set_plan (f->document, plan, file);
  g_assert_false (hp_document_get_externally_modified (f->document));
  before = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED "," G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                              G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);

  /* The same length, another title ("Watched" → "Watchex"), renamed over
   * it, with the old file's time. */
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  title = strstr (text, "\"Watched\"");
  g_assert_nonnull (title);
  title[7] = 'x';
  g_assert_true (g_file_set_contents (path, text, length, NULL));
  g_assert_true (g_file_set_attributes_from_info (file, before, G_FILE_QUERY_INFO_NONE, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (hp_document_changed_on_disk (f->document));
  g_assert_true (wait_notify (G_OBJECT (f->document), "externally-modified"));
  g_assert_true (hp_document_get_externally_modified (f->document));
}

static void
test_autosave_error (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (f->dir, "not-a-folder", NULL);
  g_autofree char *drafts_dir = g_build_filename (blocker, "drafts", NULL);
  g_autoptr(HpDocument) document = g_object_new (HP_TYPE_DOCUMENT, "drafts-dir", drafts_dir,
                                                 "autosave-delay", 0, NULL);
  g_autoptr(HpPlan) plan = make_plan ("Safety net", 1);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const GError *autosave_error;

  /* A file where the drafts folder should be: no draft can be written. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  hp_document_set_plan (document, plan, NULL);
  hp_plan_edit (plan, "title", "Safety net, edited", NULL);

  /* The autosave runs by itself, and fails. */
  g_assert_true (wait_notify (G_OBJECT (document), "autosave-error"));
  autosave_error = hp_document_get_autosave_error (document);
  g_assert_nonnull (autosave_error);
  g_assert_nonnull (strstr (autosave_error->message, drafts_dir));
  g_assert_true (hp_document_get_dirty (document));

  /* Once the folder can be made, a retry clears it. */
  g_assert_cmpint (g_unlink (blocker), ==, 0);
  hp_document_save_draft_async (document, NULL, hp_test_store_result_cb, &result);
  g_assert_true (hp_document_save_draft_finish (document, hp_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_null (hp_document_get_autosave_error (document));
  hp_document_discard_draft (document);
}

/* A large plan saves in the background: the main loop keeps turning. */
static void
test_large_save (Fixture       *f,
                 gconstpointer  data)
{
  guint n = g_getenv ("HP_TEST_UNDER_VALGRIND") != NULL ? 2000 : 100000;
  g_autoptr(HpPlan) plan = make_plan ("Large", n);
  g_autofree char *path = g_build_filename (f->dir, "large.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) read = NULL;
  HpTestTicker ticker;
  guint tick_id;
  gint64 started;

  hp_document_set_plan (f->document, plan, NULL);

  tick_id = hp_test_ticker_start (&ticker);
  started = ticker.last;
  hp_document_save_async (f->document, file, NULL, hp_test_store_result_cb, &result);
  /* The call itself only starts the save. */
  hp_test_ticker_tick_cb (&ticker);
  g_assert_true (hp_document_get_saving (f->document));
  g_assert_true (hp_document_save_finish (f->document, hp_test_wait_result (&result), &error));
  g_assert_no_error (error);
  hp_test_ticker_tick_cb (&ticker);
  g_source_remove (tick_id);

  g_test_message ("saving %u positions took %.0f ms; the main loop turned %u times, "
                  "its longest stall %.1f ms",
                  n, (g_get_monotonic_time () - started) / 1000.0, ticker.ticks, ticker.longest / 1000.0);
  /* Not a timing: a save done on the main thread would turn it once. */
  g_assert_cmpuint (ticker.ticks, >, 10);

  read = hp_plan_read_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hp_plan_get_n_positions (read), ==, n);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/document/load", test_load);
  ADD ("/document/load-failure-keeps-plan", test_load_failure_keeps_plan);
  ADD ("/document/save", test_save);
  ADD ("/document/save-scenarios", test_save_scenarios);
  ADD ("/document/dirty", test_dirty);
  ADD ("/document/dirty-scenarios", test_dirty_scenarios);
  ADD ("/document/title", test_title);
  ADD ("/document/draft", test_draft);
  ADD ("/document/external-change", test_external_change);
  ADD ("/document/external-change-same-time", test_external_change_same_time);
  ADD ("/document/autosave-error", test_autosave_error);
  ADD ("/document/large-save", test_large_save);
#undef ADD

  return g_test_run ();
}
