/* bench-typing.c: the window with a large plan, kept up for keylatency,
 * with or without an autosave running all the time
 *
 *   bench-typing PLAN.json [--autosave]
 *
 * Opens the app's window as the app does, shows PLAN.json on the Plan
 * page, and stays up until SIGTERM.  With --autosave, a draft of the plan
 * is saved again as soon as the last one is written, as the autosave does
 * after every pause in typing, so that every key keylatency presses meets
 * a draft being copied or written.  On SIGTERM it prints how many drafts
 * were written ("drafts N").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <signal.h>
#include <glib-unix.h>
#include <gtk/gtk.h>

#include "hp-application.h"
#include "hp-plan-file.h"
#include "hp-window.h"

typedef struct
{
  HpDocument *document;
  guint       drafts;
  gboolean    quit;
} Typing;

static void draft_again (Typing *typing);

static void
draft_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  Typing *typing = data;
  g_autoptr(GError) error = NULL;

  if (!hp_document_save_draft_finish (HP_DOCUMENT (source), result, &error))
    {
      g_printerr ("bench-typing: %s\n", error->message);
      typing->quit = TRUE;
      return;
    }
  typing->drafts++;
  draft_again (typing);
}

static void
draft_again (Typing *typing)
{
  if (!typing->quit)
    hp_document_save_draft_async (typing->document, NULL, draft_done_cb, typing);
}

static gboolean
quit_cb (gpointer data)
{
  Typing *typing = data;

  typing->quit = TRUE;
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HpApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean autosave = FALSE;
  GOptionEntry entries[] = {
    { "autosave", 0, 0, G_OPTION_ARG_NONE, &autosave, "Save drafts all the time", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("PLAN.json");
  Typing typing = { NULL, 0, FALSE };
  HpWindow *window;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("usage: bench-typing PLAN.json [--autosave]\n");
      return 2;
    }
  if (!gtk_init_check ())
    {
      g_printerr ("bench-typing: no display\n");
      return 1;
    }

  app = hp_application_new ();
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("bench-typing: %s\n", error->message);
      return 1;
    }

  plan = hp_plan_read_file (argv[1], NULL, &error);
  if (plan == NULL)
    {
      g_printerr ("bench-typing: %s\n", error->message);
      return 1;
    }

  window = hp_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  file = g_file_new_for_path (argv[1]);
  typing.document = hp_window_get_document (window);
  hp_document_set_plan (typing.document, plan, file);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan");
  gtk_window_present (GTK_WINDOW (window));

  /* The drafts are of an unsaved plan: a first edit makes it one. */
  if (autosave)
    {
      hp_plan_edit (plan, "notes", "typing", NULL);
      draft_again (&typing);
    }

  g_unix_signal_add (SIGTERM, quit_cb, &typing);
  while (!typing.quit)
    g_main_context_iteration (NULL, TRUE);

  printf ("drafts %u\n", typing.drafts);
  hp_document_discard_draft (typing.document);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
