/* bench-startup.c: the app's window, timed from the inside
 *
 *   bench-startup                      time to the first frame, then quit
 *   bench-startup --plan PLAN.json     then, in the same window:
 *       open     the plan read and shown (to its first frame)
 *       edit     one edit, to the frame that shows every total up to date
 *       scroll   the plan table, a page a frame, from top to bottom
 *       async    hp_plan_read_file_async(): the longest the main loop
 *                stalls while a plan is read, beside a plain read
 *
 * The window is made exactly as the app makes it: hp_application_new(),
 * g_application_register() (the app's start-up: settings, catalog, style),
 * hp_window_new() and gtk_window_present().  The time to the first frame
 * is measured to the first "after-paint" of the window's frame clock, from
 * the start of the process: from HP_BENCH_T0_NS (CLOCK_MONOTONIC, set by
 * bench-launch just before exec) when given, else from the start time the
 * kernel keeps in /proc/self/stat (10 ms steps).
 *
 * Every figure goes to the standard output as "name value" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <gtk/gtk.h>

#include "hp-application.h"
#include "hp-plan-file.h"
#include "hp-window.h"

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

/* When the process started, on the CLOCK_MONOTONIC scale, in ms. */
static double
process_start_ms (void)
{
  const char *t0 = g_getenv ("HP_BENCH_T0_NS");
  g_autofree char *stat = NULL;
  struct timespec boot, mono;
  const char *p;
  guint64 start_ticks;

  if (t0 != NULL)
    return (double) g_ascii_strtoull (t0, NULL, 10) / 1e6;

  /* Field 22 of /proc/self/stat, after the command's closing parenthesis. */
  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) || (p = strrchr (stat, ')')) == NULL)
    return now_ms ();
  for (int field = 2; field < 22 && p != NULL; field++)
    p = strchr (p + 1, ' ');
  if (p == NULL)
    return now_ms ();
  start_ticks = g_ascii_strtoull (p + 1, NULL, 10);

  clock_gettime (CLOCK_BOOTTIME, &boot);
  clock_gettime (CLOCK_MONOTONIC, &mono);
  return (double) start_ticks * 1e3 / (double) sysconf (_SC_CLK_TCK)
         - ((double) boot.tv_sec * 1e3 + (double) boot.tv_nsec / 1e6)
         + ((double) mono.tv_sec * 1e3 + (double) mono.tv_nsec / 1e6);
}

typedef struct
{
  gboolean painted;
  double   at;
} Paint;

static void
after_paint_cb (GdkFrameClock *clock,
                Paint         *paint)
{
  paint->painted = TRUE;
  paint->at = now_ms ();
}

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until the window's next frame is painted: a frame
 * that redraws all of the window when @force, else the frame that what
 * changed asks for (forced after a second, should nothing ask). */
static double
wait_for_paint_full (GtkWidget *window,
                     Paint     *paint,
                     gboolean   force)
{
  double start = now_ms ();
  guint wake = g_timeout_add (50, wake_up_cb, NULL);

  paint->painted = FALSE;
  if (force)
    gtk_widget_queue_draw (window);
  while (!paint->painted && now_ms () < start + 30000)
    {
      g_main_context_iteration (NULL, TRUE);
      if (!force && !paint->painted && now_ms () > start + 1000)
        {
          force = TRUE;
          gtk_widget_queue_draw (window);
        }
    }
  g_source_remove (wake);

  return paint->at;
}

static double
wait_for_paint (GtkWidget *window,
                Paint     *paint)
{
  return wait_for_paint_full (window, paint, TRUE);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

static void
print_stats (const char *name,
             GArray     *values)
{
  if (values->len == 0)
    return;

  g_array_sort (values, compare_double);
  printf ("%s-median-ms %.3f\n", name, g_array_index (values, double, values->len / 2));
  printf ("%s-p95-ms %.3f\n", name, g_array_index (values, double, MIN (values->len - 1, values->len * 95 / 100)));
  printf ("%s-max-ms %.3f\n", name, g_array_index (values, double, values->len - 1));
}

/* The async read: the main loop's longest stall while it runs. */
typedef struct
{
  gboolean  done;
  HpPlan   *plan;
  double    last_tick;
  double    longest_gap;
  guint     progress_calls;
} AsyncRead;

static gboolean
tick_cb (gpointer data)
{
  AsyncRead *read = data;
  double t = now_ms ();

  read->longest_gap = MAX (read->longest_gap, t - read->last_tick);
  read->last_tick = t;
  return G_SOURCE_CONTINUE;
}

static void
progress_cb (double   fraction,
             gpointer data)
{
  AsyncRead *read = data;

  read->progress_calls++;
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  AsyncRead *read = data;
  g_autoptr(GError) error = NULL;

  read->plan = hp_plan_read_file_finish (result, NULL, &error);
  if (read->plan == NULL)
    g_printerr ("bench-startup: %s\n", error->message);
  read->done = TRUE;
}

static void
bench_async (const char *path)
{
  AsyncRead read = { 0 };
  g_autoptr(HpPlan) plain = NULL;
  double t0, t1;
  guint tick;

  /* A plain read stalls the loop for all of it. */
  t0 = now_ms ();
  plain = hp_plan_read_file (path, NULL, NULL);
  printf ("sync-read-ms %.3f\n", now_ms () - t0);

  read.last_tick = now_ms ();
  tick = g_timeout_add (4, tick_cb, &read);
  t0 = now_ms ();
  hp_plan_read_file_async (path, NULL, progress_cb, &read, NULL, read_done_cb, &read);
  while (!read.done)
    g_main_context_iteration (NULL, TRUE);
  t1 = now_ms ();
  g_source_remove (tick);

  printf ("async-read-ms %.3f\n", t1 - t0);
  printf ("async-longest-stall-ms %.3f\n", read.longest_gap);
  printf ("async-progress-calls %u\n", read.progress_calls);
  g_clear_object (&read.plan);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HpApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *plan_path = NULL;
  int n_edits = 60;
  gboolean no_scroll = FALSE;
  GOptionEntry entries[] = {
    { "plan", 0, 0, G_OPTION_ARG_FILENAME, &plan_path, "Open, edit and scroll this plan", "PLAN.json" },
    { "edits", 0, 0, G_OPTION_ARG_INT, &n_edits, "Edits timed one by one", "K" },
    { "no-scroll", 0, 0, G_OPTION_ARG_NONE, &no_scroll, "Do not time scrolling", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  double start = process_start_ms ();
  GdkFrameClock *clock;
  HpWindow *window;
  Paint paint = { FALSE, 0 };
  double first_frame;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return 2;
    }

  /* As main.c, then as the application's "activate". */
  if (!gtk_init_check ())
    {
      g_printerr ("bench-startup: no display\n");
      return 1;
    }

  app = hp_application_new ();
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("bench-startup: %s\n", error->message);
      return 1;
    }

  window = hp_window_new (app);
  gtk_widget_realize (GTK_WIDGET (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &paint);
  gtk_window_present (GTK_WINDOW (window));

  while (!paint.painted)
    g_main_context_iteration (NULL, TRUE);
  first_frame = paint.at;
  printf ("first-frame-ms %.3f\n", first_frame - start);
  fflush (stdout);

  if (plan_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (plan_path);
      g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) handlers = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GRand) rand = g_rand_new_with_seed (11);
      GtkWidget *table;
      GtkWidget *scroller;
      HpPlan *plan;
      double t0;
      guint n;

      gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);

      t0 = now_ms ();
      {
        g_autofree char *path = g_file_get_path (file);
        g_autoptr(HpPlan) read = hp_plan_read_file (path, NULL, &error);

        if (read == NULL)
          {
            g_printerr ("bench-startup: %s\n", error->message);
            return 1;
          }
        hp_document_set_plan (hp_window_get_document (window), read, file);
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan");
      }
      printf ("open-in-window-ms %.3f\n", wait_for_paint (GTK_WIDGET (window), &paint) - t0);

      /* A few frames for the table to settle. */
      for (guint i = 0; i < 5; i++)
        wait_for_paint (GTK_WIDGET (window), &paint);

      /* What any frame costs here, with nothing changed: the floor. */
      {
        g_autoptr(GArray) idle = g_array_new (FALSE, FALSE, sizeof (double));

        for (guint i = 0; i < 20; i++)
          {
            t0 = now_ms ();
            g_array_append_val (idle, (double) { wait_for_paint (GTK_WIDGET (window), &paint) - t0 });
          }
        print_stats ("full-redraw", idle);
      }

      plan = hp_document_get_plan (hp_window_get_document (window));
      n = hp_plan_get_n_positions (plan);
      for (int i = 0; i < n_edits && n > 0; i++)
        {
          HpPosition *p = hp_plan_get_position (plan, (guint) g_rand_int_range (rand, 0, (gint32) n));
          double t_handled, t_painted;

          t0 = now_ms ();
          if (i % 2 == 0)
            hp_plan_type_position (plan, p, "annual-salary", hp_position_get_annual_salary (p) + 10000, NULL);
          else
            hp_plan_edit_position (plan, p, "count", (guint) (hp_position_get_count (p) % 5 + 1), NULL);
          t_handled = now_ms ();
          t_painted = wait_for_paint_full (GTK_WIDGET (window), &paint, FALSE);

          g_array_append_val (handlers, (double) { t_handled - t0 });
          g_array_append_val (edits, (double) { t_painted - t0 });
        }
      print_stats ("edit-handled", handlers);
      print_stats ("edit-to-frame", edits);

      table = find_widget (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW);
      scroller = table != NULL ? gtk_widget_get_ancestor (table, GTK_TYPE_SCROLLED_WINDOW) : NULL;
      if (scroller != NULL && !no_scroll)
        {
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
          double last = wait_for_paint (GTK_WIDGET (window), &paint);
          double upper = gtk_adjustment_get_upper (adjustment);
          guint pages = 0;

          /* A page a frame from the top, then a jump to the middle and
           * to the end: each frame timed from the one before. */
          while (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) < upper &&
                 pages < 400)
            {
              double t;

              if (pages == 200)
                gtk_adjustment_set_value (adjustment, upper / 2);
              else
                gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                                      gtk_adjustment_get_page_size (adjustment));
              t = wait_for_paint (GTK_WIDGET (window), &paint);
              g_array_append_val (frames, (double) { t - last });
              last = t;
              pages++;
            }
          gtk_adjustment_set_value (adjustment, upper);
          t0 = now_ms ();
          printf ("scroll-jump-to-end-ms %.3f\n", wait_for_paint (GTK_WIDGET (window), &paint) - t0);
          printf ("scroll-rows %u\n", n);
          print_stats ("scroll-page-frame", frames);

          /* As a wheel scrolls: a tenth of a page a frame, from the middle. */
          g_array_set_size (frames, 0);
          gtk_adjustment_set_value (adjustment, upper / 2);
          last = wait_for_paint (GTK_WIDGET (window), &paint);
          for (guint i = 0; i < 150; i++)
            {
              double t;

              gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                                    gtk_adjustment_get_page_size (adjustment) / 10);
              t = wait_for_paint_full (GTK_WIDGET (window), &paint, FALSE);
              g_array_append_val (frames, (double) { t - last });
              last = t;
            }
          print_stats ("scroll-wheel-frame", frames);
        }

      bench_async (plan_path);
    }

  fflush (stdout);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
