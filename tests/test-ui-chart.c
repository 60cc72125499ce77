/* test-ui-chart.c: the cost chart really drawn, in a real window under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "hp-cost-chart.h"
#include "hp-ui-test-util.h"

typedef struct
{
  GtkWindow *window;
  GtkWidget *chart;
} Fixture;

/* The intern's colour, GNOME blue 3. */
#define INTERN_R 0x35
#define INTERN_G 0x84
#define INTERN_B 0xe4

/* A summary built by hand, as hp_summary_compute would leave it. */
static HpSummary *
make_summary (guint    n_months,
              gboolean zeros)
{
  HpSummary *s = g_new0 (HpSummary, 1);

  g_strlcpy (s->currency, "USD", sizeof s->currency);
  s->start = hp_month_new (2027, 1);
  s->n_months = n_months;
  s->month_cost = g_new0 (gint64, n_months);
  s->month_headcount = g_new0 (gint64, n_months);
  s->month_level_cost = g_new0 (gint64, (gsize) n_months * HP_N_LEVELS);
  s->month_level_headcount = g_new0 (gint64, (gsize) n_months * HP_N_LEVELS);
  s->warnings = g_ptr_array_new ();

  if (zeros)
    return s;

  for (guint m = 0; m < n_months; m++)
    {
      gint64 *level = &s->month_level_cost[m * HP_N_LEVELS];
      gint64 *heads = &s->month_level_headcount[m * HP_N_LEVELS];

      /* Jan 2027: an intern, a junior and a senior, $25,437.50 in all. */
      level[HP_LEVEL_INTERN] = 300000;                 heads[HP_LEVEL_INTERN] = 1;
      level[HP_LEVEL_JUNIOR] = 800000;                 heads[HP_LEVEL_JUNIOR] = 1;
      level[HP_LEVEL_SENIOR] = 1443750;                heads[HP_LEVEL_SENIOR] = 1;
      if (m >= 1)
        {
          level[HP_LEVEL_GRADUATE] = 650000;           heads[HP_LEVEL_GRADUATE] = 1;
        }
      if (m >= 2)
        {
          level[HP_LEVEL_MID] = 1050000 * (1 + (m % 3 == 0)); heads[HP_LEVEL_MID] = 1 + (m % 3 == 0);
        }
      if (m >= 3)
        {
          level[HP_LEVEL_LEAD] = 1750000;              heads[HP_LEVEL_LEAD] = 1;
        }
      if (m >= 4 && m % 5 != 0)
        {
          level[HP_LEVEL_INTERN] = 600000;             heads[HP_LEVEL_INTERN] = 2;
        }

      for (guint l = 0; l < HP_N_LEVELS; l++)
        {
          s->month_cost[m] += level[l];
          s->month_headcount[m] += heads[l];
        }
    }

  return s;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  f->chart = hp_cost_chart_new ();
  gtk_window_set_child (f->window, f->chart);
  /* The narrow test asks for less than the chart's minimum. */
  if (data != NULL)
    gtk_window_set_default_size (f->window, 100, 100);
  else
    gtk_window_set_default_size (f->window, 600, 300);
  gtk_window_present (f->window);
  g_assert_true (hp_test_wait_for (hp_test_is_mapped, f->chart, 5000));
  hp_test_iterate (100);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  hp_test_iterate (50);
}

/* Sets a summary and frees it at once: the chart must have copied it. */
static void
set_summary (Fixture   *f,
             HpSummary *summary)
{
  hp_cost_chart_set_summary (HP_COST_CHART (f->chart), summary);
  hp_summary_free (summary);
  hp_test_iterate (200); /* a frame, so the widget's render node is new */
}

static GdkTexture *
render_chart (GtkWidget *chart)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (chart);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (chart);
  int height = gtk_widget_get_height (chart);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (chart));
  GskRenderNode *node;
  GdkTexture *texture;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_render_node_unref (node);

  return texture;
}

/* HP_TEST_SAVE_PNG=/tmp/chart.png saves /tmp/chart-NAME.png; any other
 * value saves into the temporary directory. */
static void
maybe_save (GdkTexture *texture,
            const char *name)
{
  const char *dest = g_getenv ("HP_TEST_SAVE_PNG");
  g_autofree char *path = NULL;

  if (dest == NULL || *dest == '\0')
    return;

  if (g_str_has_suffix (dest, ".png"))
    {
      g_autofree char *base = g_strndup (dest, strlen (dest) - strlen (".png"));
      path = g_strdup_printf ("%s-%s.png", base, name);
    }
  else
    {
      g_autofree char *file = g_strdup_printf ("hp-test-chart-%s.png", name);
      path = g_build_filename (g_get_tmp_dir (), file, NULL);
    }

  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

/* How many opaque pixels have the colour, give or take 3 per channel. */
static guint
count_color (GdkTexture *texture,
           guint8      r,
           guint8      g,
           guint8      b)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize) width * 4;
  g_autofree guchar *data = g_malloc (stride * height);
  guint count = 0;

  /* CAIRO_FORMAT_ARGB32: premultiplied 32-bit words in native order. */
  gdk_texture_download (texture, data, stride);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel;
        int pa, pr, pg, pb;

        memcpy (&pixel, data + y * stride + x * 4, sizeof pixel);
        pa = pixel >> 24;
        pr = (pixel >> 16) & 0xff;
        pg = (pixel >> 8) & 0xff;
        pb = pixel & 0xff;

        if (pa == 0xff && ABS (pr - r) <= 3 && ABS (pg - g) <= 3 && ABS (pb - b) <= 3)
          count++;
      }

  return count;
}

/* More than the legend's 12×12 swatch alone: bars are really drawn. */
#define SWATCH_PIXELS (12 * 12)

static gboolean
has_bars (GdkTexture *texture)
{
  guint n = count_color (texture, INTERN_R, INTERN_G, INTERN_B);

  g_test_message ("%u pixels of the intern's colour", n);
  return n > SWATCH_PIXELS;
}

static gboolean
has_intern_color (GdkTexture *texture)
{
  return count_color (texture, INTERN_R, INTERN_G, INTERN_B) > 0;
}

static void
test_bars_drawn (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *description = NULL;

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (f->chart)), ==, GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_cmpstr (gtk_widget_get_css_name (f->chart), ==, "costchart");

  set_summary (f, make_summary (6, FALSE));

  texture = render_chart (f->chart);
  maybe_save (texture, "bars");
  g_assert_true (has_bars (texture));

  description = hp_cost_chart_dup_description (HP_COST_CHART (f->chart));
  g_test_message ("%s", description);
  g_assert_true (g_str_has_prefix (description, "Monthly cost by level."));
  g_assert_nonnull (strstr (description, "Jan 2027: $25,437.50, 3 people"));
  g_assert_nonnull (strstr (description, "Jun 2027: "));
}

static void
test_all_zeros (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *description = NULL;

  set_summary (f, make_summary (6, TRUE));

  texture = render_chart (f->chart);
  maybe_save (texture, "zeros");
  g_assert_false (has_intern_color (texture));

  description = hp_cost_chart_dup_description (HP_COST_CHART (f->chart));
  g_assert_cmpstr (description, ==, "Monthly cost by level. No costs yet.");
}

static void
test_cleared (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GdkTexture) before = NULL;
  g_autoptr(GdkTexture) after = NULL;
  g_autofree char *description = NULL;

  set_summary (f, make_summary (6, FALSE));
  before = render_chart (f->chart);
  g_assert_true (has_bars (before));

  hp_cost_chart_set_summary (HP_COST_CHART (f->chart), NULL);
  hp_test_iterate (200);
  after = render_chart (f->chart);
  maybe_save (after, "cleared");
  g_assert_false (has_intern_color (after));

  description = hp_cost_chart_dup_description (HP_COST_CHART (f->chart));
  g_assert_cmpstr (description, ==, "Monthly cost by level. No costs yet.");
}

static void
test_many_months (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GdkTexture) texture = NULL;

  set_summary (f, make_summary (36, FALSE));

  texture = render_chart (f->chart);
  maybe_save (texture, "36-months");
  g_assert_true (has_bars (texture));
}

/* At the narrowest width, the legend wraps rather than being cut: the
 * chart asks for the height of its rows. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GdkTexture) texture = NULL;
  int minimum;

  set_summary (f, make_summary (12, FALSE));

  g_assert_cmpint (gtk_widget_get_width (f->chart), <, 320);
  gtk_widget_measure (f->chart, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (f->chart),
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (f->chart), >=, minimum);

  texture = render_chart (f->chart);
  maybe_save (texture, "narrow");
  g_assert_true (has_bars (texture));
}

int
main (int   argc,
      char *argv[])
{
  if (!hp_test_init_ui (&argc, &argv))
    return 77;

  g_test_add ("/ui/chart/bars-drawn", Fixture, NULL, fixture_set_up, test_bars_drawn, fixture_tear_down);
  g_test_add ("/ui/chart/all-zeros", Fixture, NULL, fixture_set_up, test_all_zeros, fixture_tear_down);
  g_test_add ("/ui/chart/cleared", Fixture, NULL, fixture_set_up, test_cleared, fixture_tear_down);
  g_test_add ("/ui/chart/many-months", Fixture, NULL, fixture_set_up, test_many_months, fixture_tear_down);
  g_test_add ("/ui/chart/narrow", Fixture, "narrow", fixture_set_up, test_narrow, fixture_tear_down);

  return g_test_run ();
}
