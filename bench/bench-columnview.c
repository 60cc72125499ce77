/* bench-columnview.c: the floor for a GTK 4 table on this machine
 *
 *   bench-columnview            a plain GtkColumnView, 11 columns of
 *                               GtkLabel over 100,000 rows, the first row
 *                               selected and focused: for a key-latency
 *                               probe from outside
 *   bench-columnview --scroll   the same, scrolled a page a frame from the
 *                               top; prints the frame times and quits
 *
 * The reference beside which the plan table's arrows and scrolling are
 * measured (build-aux/bench, docs/performance.md): what a table costs with
 * nothing but text in it.  The window has the size of the app's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <gtk/gtk.h>

#define N_ROWS    100000
#define N_COLUMNS 11
#define N_FRAMES  120

typedef struct
{
  GtkWidget     *window;
  GtkColumnView *view;
  GtkAdjustment *adjustment;
  gboolean       scroll;
  GArray        *frames;
  gint64         last;
  GMainLoop     *loop;
} Bench;

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  GtkStringObject *row = gtk_list_item_get_item (item);
  char text[48];

  g_snprintf (text, sizeof text, "%s · %u", gtk_string_object_get_string (row), GPOINTER_TO_UINT (user_data));
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* A page a frame, each frame timed from the one before. */
static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Bench *b = user_data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  if (b->last != 0)
    {
      double ms = (double) (now - b->last) / 1000.0;
      g_array_append_val (b->frames, ms);
    }
  b->last = now;

  if (b->frames->len >= N_FRAMES)
    {
      g_array_sort (b->frames, compare_doubles);
      printf ("scroll-page-frame-median-ms %.3f\n", g_array_index (b->frames, double, b->frames->len / 2));
      printf ("scroll-page-frame-p95-ms %.3f\n", g_array_index (b->frames, double, b->frames->len * 95 / 100));
      g_main_loop_quit (b->loop);
      return G_SOURCE_REMOVE;
    }

  gtk_adjustment_set_value (b->adjustment,
                            gtk_adjustment_get_value (b->adjustment) + gtk_adjustment_get_page_size (b->adjustment));
  return G_SOURCE_CONTINUE;
}

static gboolean
start_scrolling_cb (gpointer user_data)
{
  Bench *b = user_data;

  gtk_widget_add_tick_callback (b->window, tick_cb, b, NULL);
  return G_SOURCE_REMOVE;
}

static void
close_cb (GtkWindow *window,
          Bench     *b)
{
  g_main_loop_quit (b->loop);
}

int
main (int   argc,
      char *argv[])
{
  Bench b = { 0 };
  g_autoptr(GtkStringList) rows = NULL;
  GtkMultiSelection *selection;
  GtkWidget *scroller;
  char text[32];

  b.scroll = argc > 1 && g_str_equal (argv[1], "--scroll");
  gtk_init ();

  rows = gtk_string_list_new (NULL);
  for (guint i = 0; i < N_ROWS; i++)
    {
      g_snprintf (text, sizeof text, "row %u", i);
      gtk_string_list_append (rows, text);
    }

  selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (rows)));
  b.view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  /* The factories before the model (GTK 4.8). */
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GUINT_TO_POINTER (c));
      g_snprintf (text, sizeof text, "Column %u", c + 1);
      column = gtk_column_view_column_new (text, factory);
      gtk_column_view_column_set_fixed_width (column, 100);
      gtk_column_view_append_column (b.view, column);
      g_object_unref (column);
    }
  gtk_column_view_set_model (b.view, GTK_SELECTION_MODEL (selection));
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (selection), 0, TRUE);
  g_object_unref (selection);

  b.window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (b.window), "bench-columnview");
  gtk_window_set_default_size (GTK_WINDOW (b.window), 1280, 780);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (b.view));
  gtk_window_set_child (GTK_WINDOW (b.window), scroller);
  b.adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (b.view));
  b.frames = g_array_new (FALSE, FALSE, sizeof (double));
  b.loop = g_main_loop_new (NULL, FALSE);
  g_signal_connect (b.window, "close-request", G_CALLBACK (close_cb), &b);

  gtk_window_present (GTK_WINDOW (b.window));
  gtk_widget_grab_focus (GTK_WIDGET (b.view));
  if (b.scroll)
    g_timeout_add (500, start_scrolling_cb, &b); /* after the first frames */

  g_main_loop_run (b.loop);

  g_array_unref (b.frames);
  g_main_loop_unref (b.loop);
  return 0;
}
