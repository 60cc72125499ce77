/* hp-ui-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-ui-test-util.h"

/* A non-unique application, so parallel tests on one session bus do not
 * hand their windows to each other. */
gboolean
hp_test_init_ui (int    *argc,
                 char ***argv)
{
  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display: run under xvfb-run (build-aux/dev test does)");
      return FALSE;
    }
  return TRUE;
}

char *
hp_test_use_own_data_home (const char *name)
{
  g_autofree char *prefix = g_strdup_printf ("hp-%s-data", name);
  char *dir = hp_test_make_temp_dir (prefix);

  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  return dir;
}

HpApplication *
hp_test_application_new (void)
{
  HpApplication *app = hp_application_new ();
  g_autoptr(GError) error = NULL;

  /* Animations off: what a test waits for is there when it is shown. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

void
hp_test_iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

gboolean
hp_test_wait_for (gboolean (*predicate) (gpointer),
                  gpointer   data,
                  guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

static gboolean
timed_out_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop, blocking for each next event, until @predicate
 * holds; FALSE after @timeout_ms without it.  For what an event brings
 * (a notification, a signal, a frame), where hp_test_wait_for() polls. */
gboolean
hp_test_wait_until (gboolean (*predicate) (gpointer),
                    gpointer   data,
                    guint      timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, timed_out_cb, &timed_out);

  while (!predicate (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);

  return predicate (data);
}

gboolean
hp_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

GtkMessageDialog *
hp_test_find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (w) && gtk_widget_get_visible (GTK_WIDGET (w)) &&
          (parent == NULL || gtk_window_get_transient_for (w) == parent))
        return GTK_MESSAGE_DIALOG (w);
    }

  return NULL;
}

gboolean
hp_test_has_message_dialog (gpointer unused)
{
  return hp_test_find_message_dialog (NULL) != NULL;
}

/* Closes every message dialog a window left open, shown or not. */
void
hp_test_close_message_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* owned by GTK */

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i - 1);

      if (GTK_IS_MESSAGE_DIALOG (w))
        gtk_window_destroy (w);
    }
}

GtkWidget *
hp_test_find_widget (GtkWidget *root,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = hp_test_find_widget (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A label with exactly @text that is really on screen (mapped and drawn). */
GtkLabel *
hp_test_find_shown_label (GtkWidget  *root,
                          const char *text)
{
  if (GTK_IS_LABEL (root) &&
      gtk_widget_is_drawable (root) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return GTK_LABEL (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = hp_test_find_shown_label (child, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} ShownLabel;

static gboolean
label_is_shown (gpointer data)
{
  ShownLabel *wait = data;

  return hp_test_find_shown_label (wait->root, wait->text) != NULL;
}

/* hp_test_find_shown_label(), once the label is on screen (within
 * @timeout_ms): on a loaded machine a label shown in answer to an edit can
 * take more than a few main-loop turns to be mapped and drawn. */
GtkLabel *
hp_test_wait_for_shown_label (GtkWidget  *root,
                              const char *text,
                              guint       timeout_ms)
{
  ShownLabel wait = { root, text };

  hp_test_wait_for (label_is_shown, &wait, timeout_ms);
  return hp_test_find_shown_label (root, text);
}

/* The page the window shows: the one its view switcher has on. */
const char *
hp_test_window_page (GtkWidget *window)
{
  GtkWidget *switcher = hp_test_find_widget (window, GTK_TYPE_STACK_SWITCHER);

  g_assert_nonnull (switcher);
  return gtk_stack_get_visible_child_name (gtk_stack_switcher_get_stack (GTK_STACK_SWITCHER (switcher)));
}

gboolean
hp_test_document_save (HpDocument  *document,
                       GFile       *file,
                       GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  hp_document_save_async (document, file, NULL, hp_test_store_result_cb, &result);
  return hp_document_save_finish (document, hp_test_wait_result (&result), error);
}

gboolean
hp_test_document_load (HpDocument  *document,
                       GFile       *file,
                       GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  hp_document_load_async (document, file, NULL, hp_test_store_result_cb, &result);
  return hp_document_load_finish (document, hp_test_wait_result (&result), NULL, error);
}

gboolean
hp_test_document_save_draft (HpDocument  *document,
                             GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  hp_document_save_draft_async (document, NULL, hp_test_store_result_cb, &result);
  return hp_document_save_draft_finish (document, hp_test_wait_result (&result), error);
}
