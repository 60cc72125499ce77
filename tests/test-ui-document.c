/* test-ui-document.c: what the window shows of its document's state: the
 * header's Save button, the actions that mean something now, and the
 * banner of a failed autosave with its Retry
 *
 * Every wait here is for an event (a notification, a timer, a worker's
 * result) with a deadline only against a hang, never a fixed sleep.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "hp-drafts.h"
#include "hp-plan-file.h"
#include "hp-ui-test-util.h"
#include "hp-window.h"

static HpApplication *app;

typedef struct
{
  HpWindow   *window;
  HpDocument *document;
  char       *dir;
} Fixture;

static gboolean
is_clean (gpointer document)
{
  return !hp_document_get_dirty (document) && !hp_document_get_saving (document);
}

static gboolean
has_autosave_error (gpointer document)
{
  return hp_document_get_autosave_error (document) != NULL;
}

static gboolean
has_no_autosave_error (gpointer document)
{
  return hp_document_get_autosave_error (document) == NULL;
}

typedef struct
{
  HpDocument *document;
  guint       told;       /* notifications of autosave-error */
  guint       expected;
} Attempts;

static void
told_cb (Attempts *attempts)
{
  attempts->told++;
}

static gboolean
attempt_told (gpointer data)
{
  Attempts *attempts = data;

  return attempts->told >= attempts->expected;
}

static gboolean
child_revealed (gpointer revealer)
{
  return gtk_revealer_get_child_revealed (revealer);
}

static gboolean
child_hidden (gpointer revealer)
{
  return !gtk_revealer_get_child_revealed (revealer);
}

/* The button (in the header or a banner) that activates @action. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether @action is enabled, as the button that names it shows it. */
static gboolean
action_enabled (Fixture    *f,
                const char *action)
{
  GtkWidget *button = find_action_button (GTK_WIDGET (f->window), action);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *drafts = hp_drafts_get_dir ();

  hp_test_remove_if_any (drafts);
  f->dir = hp_test_make_temp_dir ("hp-ui-document");
  f->window = hp_window_new (app);
  f->document = hp_window_get_document (f->window);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (hp_test_wait_until (hp_test_is_mapped, f->window, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *drafts = hp_drafts_get_dir ();

  gtk_window_destroy (GTK_WINDOW (f->window));
  hp_test_remove_if_any (f->dir);
  hp_test_remove_if_any (drafts);
  g_free (f->dir);
}

/* The Save button in the header: there only while something is unsaved,
 * and it saves; the actions follow the document. */
static void
test_save_button (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "team.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) on_disk = NULL;
  HpPlan *plan = hp_document_get_plan (f->document);
  GtkWidget *save = find_action_button (GTK_WIDGET (f->window), "win.save");

  g_assert_nonnull (save);

  /* A new plan, nothing typed: no button; but Save (As) is possible, as
   * the plan has no file; Reload, Keep Mine, Undo are not. */
  g_assert_false (gtk_widget_get_visible (save));
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_false (action_enabled (f, "win.reload"));
  g_assert_false (action_enabled (f, "win.keep-mine"));
  g_assert_false (action_enabled (f, "win.retry-autosave"));

  hp_plan_edit (plan, "title", "Platform Team", NULL);
  g_assert_true (gtk_widget_get_visible (save));
  g_assert_true (gtk_widget_get_sensitive (save));

  /* Saved to a file: the button goes, and Save means nothing until the
   * next edit; Reload now has a file to read. */
  g_assert_true (hp_test_document_save (f->document, file, &error));
  g_assert_no_error (error);
  g_assert_false (gtk_widget_get_visible (save));
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (action_enabled (f, "win.reload"));
  g_assert_false (action_enabled (f, "win.keep-mine"));

  /* An edit: the button is back; clicking it saves in the background
   * (Save is off while it does) and it goes again. */
  hp_plan_edit (plan, "title", "Platform Team 2027", NULL);
  g_assert_true (gtk_widget_get_visible (save));
  g_assert_true (gtk_widget_get_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
  g_assert_true (hp_document_get_saving (f->document));
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (hp_test_wait_until (is_clean, f->document, 20000));
  g_assert_false (gtk_widget_get_visible (save));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "Platform Team 2027 — Hiring Planner");

  on_disk = hp_plan_read_file (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hp_plan_get_title (on_disk), ==, "Platform Team 2027");
}

/* Another program rewrites the file: Keep Mine means something until the
 * manager chooses. */
static gboolean
externally_modified (gpointer document)
{
  return hp_document_get_externally_modified (document);
}

static void
test_keep_mine_enabled (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "shared.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  hp_plan_edit (hp_document_get_plan (f->document), "title", "Shared Plan", NULL);
  g_assert_true (hp_test_document_save (f->document, file, &error));
  g_assert_no_error (error);
  g_assert_false (action_enabled (f, "win.keep-mine"));

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length - 1, NULL)); /* its last newline gone */
  g_assert_true (hp_test_wait_until (externally_modified, f->document, 10000));
  g_assert_true (action_enabled (f, "win.keep-mine"));

  g_signal_emit_by_name (find_action_button (GTK_WIDGET (f->window), "win.keep-mine"), "clicked");
  g_assert_false (hp_document_get_externally_modified (f->document));
  g_assert_false (action_enabled (f, "win.keep-mine"));
  /* The plan here now differs from the file: it can be saved. */
  g_assert_true (hp_document_get_dirty (f->document));
  g_assert_true (action_enabled (f, "win.save"));
}

/* The autosave cannot write its draft (the drafts folder is a file): the
 * banner says so and why; once the folder can be made, Retry saves the
 * draft and the banner goes. */
static void
test_failed_autosave_banner (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *drafts = hp_drafts_get_dir ();
  g_autofree char *parent = g_path_get_dirname (drafts);
  g_autoptr(GPtrArray) list = NULL;
  GtkWidget *retry = find_action_button (GTK_WIDGET (f->window), "win.retry-autosave");
  GtkWidget *revealer;
  GtkWidget *label;
  const char *text;
  Attempts attempts = { f->document, 0, 0 };

  g_assert_nonnull (retry);
  revealer = gtk_widget_get_ancestor (retry, GTK_TYPE_REVEALER);
  g_assert_nonnull (revealer);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (drafts, "not a folder", -1, NULL));

  g_signal_connect_swapped (f->document, "notify::autosave-error", G_CALLBACK (told_cb), &attempts);

  /* An edit; the autosave follows a second later, and fails. */
  hp_plan_edit (hp_document_get_plan (f->document), "title", "Unsafe Plan", NULL);
  attempts.expected = 1;
  g_assert_true (hp_test_wait_until (attempt_told, &attempts, 20000));
  g_assert_true (has_autosave_error (f->document));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (hp_test_wait_until (child_revealed, revealer, 5000));
  g_assert_true (gtk_widget_is_drawable (retry));
  g_assert_true (gtk_widget_get_sensitive (retry));

  label = hp_test_find_widget (gtk_revealer_get_child (GTK_REVEALER (revealer)), GTK_TYPE_LABEL);
  g_assert_nonnull (label);
  text = gtk_label_get_text (GTK_LABEL (label));
  g_assert_nonnull (strstr (text, "no draft could be saved"));
  g_assert_nonnull (strstr (text, drafts)); /* names the folder */
  g_assert_true (hp_document_get_dirty (f->document)); /* nothing lost */

  /* Still impossible: Retry fails again, and the banner stays. */
  g_signal_emit_by_name (retry, "clicked");
  attempts.expected = 2;
  g_assert_true (hp_test_wait_until (attempt_told, &attempts, 20000));
  g_assert_true (has_autosave_error (f->document));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* The cause corrected: Retry saves the draft, the banner goes. */
  g_assert_cmpint (g_unlink (drafts), ==, 0);
  g_signal_emit_by_name (retry, "clicked");
  g_assert_true (hp_test_wait_until (has_no_autosave_error, f->document, 20000));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (hp_test_wait_until (child_hidden, revealer, 5000));
  g_assert_false (gtk_widget_get_sensitive (retry));

  g_signal_handlers_disconnect_by_func (f->document, told_cb, &attempts);
  list = hp_drafts_list (drafts);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((HpDraft *) g_ptr_array_index (list, 0))->title, ==, "Unsafe Plan");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int ret;

  /* A data folder of its own: its drafts folder is made a file here, which
   * other tests running at the same time must not meet. */
  data_home = hp_test_use_own_data_home ("ui-document");

  if (!hp_test_init_ui (&argc, &argv))
    return 77;

  app = hp_test_application_new ();
  g_settings_set_int (hp_application_get_settings (app), "autosave-delay", 1);

  g_test_add ("/ui/document/save-button", Fixture, NULL, fixture_set_up, test_save_button, fixture_tear_down);
  g_test_add ("/ui/document/keep-mine-enabled", Fixture, NULL, fixture_set_up, test_keep_mine_enabled, fixture_tear_down);
  g_test_add ("/ui/document/failed-autosave-banner", Fixture, NULL, fixture_set_up,
              test_failed_autosave_banner, fixture_tear_down);

  ret = g_test_run ();
  g_clear_object (&app);
  hp_test_remove_if_any (data_home);
  return ret;
}
