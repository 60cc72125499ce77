/* kill-save-app.c: the application's own save path, over and over, until
 * it is killed: test-kill-save.sh kills it at random moments and checks the
 * file on disk each time.
 *
 * usage: kill-save-app PLAN TARGET
 * Saves PLAN's contents to TARGET through the window, alternating two
 * versions of the plan (its title ends in "A" or "B"), forever.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-ui-test-util.h"
#include "hp-window.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HpApplication) app = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;
  HpWindow *window;

  if (argc != 3)
    {
      g_printerr ("usage: kill-save-app PLAN TARGET\n");
      return 2;
    }

  if (!gtk_init_check ())
    {
      g_printerr ("kill-save-app: no display\n");
      return 77;
    }

  app = hp_test_application_new ();
  window = hp_window_new (app);
  source = g_file_new_for_path (argv[1]);
  target = g_file_new_for_path (argv[2]);

  if (!hp_test_document_load (hp_window_get_document (window), source, &error))
    {
      g_printerr ("kill-save-app: %s\n", error->message);
      return 1;
    }

  for (guint i = 0; ; i++)
    {
      HpPlan *plan = hp_document_get_plan (hp_window_get_document (window));
      g_autofree char *title = g_strdup_printf ("Kill test %c", i % 2 == 0 ? 'A' : 'B');

      hp_plan_edit (plan, "title", title, NULL);
      if (!hp_test_document_save (hp_window_get_document (window), target, &error))
        {
          g_printerr ("kill-save-app: %s\n", error->message);
          return 1;
        }
      if (i == 0)
        {
          g_print ("saving\n");
          fflush (stdout);
        }
    }

  return 0;
}
