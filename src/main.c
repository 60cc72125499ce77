/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "hp-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HpApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!gtk_init_check ())
    {
      g_printerr (_("hiring-planner: no display to show the window on: run it in a desktop session, or set DISPLAY or WAYLAND_DISPLAY\n"));
      return 1;
    }

  app = hp_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
