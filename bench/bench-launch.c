/* bench-launch.c: the time from exec to a program's window on the screen
 *
 *   bench-launch [--keep-ms MS] [--limit-ms MS] -- COMMAND [ARGS...]
 *
 * Watches the X root window for the first top-level window that is mapped
 * (a MapNotify, no polling), starting the clock just before it starts
 * COMMAND; the same measure for any program, so comparisons are fair.
 * COMMAND gets HP_BENCH_T0_NS, the start on CLOCK_MONOTONIC, for programs
 * that time themselves (bench-startup).  Once the window is mapped,
 * COMMAND is left MS milliseconds (default: until it exits by itself, at
 * most --limit-ms, 20 s by default), then ended.  Prints "mapped-ms N", then whatever COMMAND
 * printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <X11/Xlib.h>
#include <glib.h>

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

static gboolean
child_exited (pid_t  pid,
              int   *status)
{
  return waitpid (pid, status, WNOHANG) == pid;
}

int
main (int   argc,
      char *argv[])
{
  double keep_ms = -1, limit_ms = 20000, t0, mapped = -1, deadline;
  struct timespec ts;
  Display *display;
  Window root;
  int out[2];
  int first = 1;
  int status = 0;
  gboolean exited = FALSE;
  pid_t pid;
  g_autofree char *t0_text = NULL;
  g_autoptr(GString) output = g_string_new (NULL);

  while (first < argc && strcmp (argv[first], "--") != 0)
    {
      if (strcmp (argv[first], "--keep-ms") == 0 && first + 1 < argc)
        {
          keep_ms = g_ascii_strtod (argv[first + 1], NULL);
          first += 2;
        }
      else if (strcmp (argv[first], "--limit-ms") == 0 && first + 1 < argc)
        {
          limit_ms = g_ascii_strtod (argv[first + 1], NULL);
          first += 2;
        }
      else
        {
          fprintf (stderr, "usage: bench-launch [--keep-ms MS] [--limit-ms MS] -- COMMAND [ARGS...]\n");
          return 2;
        }
    }
  if (first + 1 >= argc)
    {
      fprintf (stderr, "usage: bench-launch [--keep-ms MS] [--limit-ms MS] -- COMMAND [ARGS...]\n");
      return 2;
    }

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      fprintf (stderr, "bench-launch: cannot open the display\n");
      return 1;
    }
  root = DefaultRootWindow (display);
  XSelectInput (display, root, SubstructureNotifyMask);
  XSync (display, False);

  if (pipe (out) != 0)
    return 1;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  t0 = (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
  t0_text = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) ts.tv_sec * 1000000000 + (guint64) ts.tv_nsec);

  pid = fork ();
  if (pid < 0)
    return 1;
  if (pid == 0)
    {
      close (out[0]);
      dup2 (out[1], STDOUT_FILENO);
      close (out[1]);
      close (ConnectionNumber (display));
      setenv ("HP_BENCH_T0_NS", t0_text, 1);
      execvp (argv[first + 1], argv + first + 1);
      _exit (127);
    }
  close (out[1]);

  deadline = t0 + limit_ms;
  while (!exited && now_ms () < deadline)
    {
      struct pollfd fds[2] = {
        { ConnectionNumber (display), POLLIN, 0 },
        { out[0], POLLIN, 0 },
      };

      /* Until mapped, then as long as asked (or until it exits). */
      if (mapped >= 0 && keep_ms >= 0 && now_ms () > t0 + mapped + keep_ms)
        break;

      while (XPending (display) > 0)
        {
          XEvent event;

          XNextEvent (display, &event);
          if (event.type == MapNotify && mapped < 0 && !event.xmap.override_redirect)
            {
              XWindowAttributes attributes;

              if (XGetWindowAttributes (display, event.xmap.window, &attributes) &&
                  attributes.width >= 100 && attributes.height >= 100)
                mapped = now_ms () - t0;
            }
        }

      if (poll (fds, 2, 5) > 0 && (fds[1].revents & (POLLIN | POLLHUP)))
        {
          char buf[4096];
          ssize_t n = read (out[0], buf, sizeof buf);

          if (n > 0)
            g_string_append_len (output, buf, n);
          else if (n == 0)
            {
              exited = child_exited (pid, &status);
              if (!exited)
                {
                  /* Closed its output but still running: wait for it. */
                  waitpid (pid, &status, 0);
                  exited = TRUE;
                }
            }
        }

      if (!exited)
        exited = child_exited (pid, &status);
    }

  if (!exited)
    {
      kill (pid, SIGTERM);
      for (int i = 0; i < 100 && !child_exited (pid, &status); i++)
        g_usleep (10000);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
    }

  /* A map the loop had no time to see. */
  XSync (display, False);
  while (XPending (display) > 0)
    {
      XEvent event;
      XWindowAttributes attributes;

      XNextEvent (display, &event);
      if (event.type == MapNotify && mapped < 0 && !event.xmap.override_redirect &&
          XGetWindowAttributes (display, event.xmap.window, &attributes) &&
          attributes.width >= 100 && attributes.height >= 100)
        mapped = now_ms () - t0;
    }

  /* What it wrote last. */
  for (;;)
    {
      char buf[4096];
      ssize_t n = read (out[0], buf, sizeof buf);
      if (n <= 0)
        break;
      g_string_append_len (output, buf, n);
    }

  printf ("mapped-ms %.3f\n%s", mapped, output->str);
  XCloseDisplay (display);

  return mapped >= 0 ? 0 : 1;
}
