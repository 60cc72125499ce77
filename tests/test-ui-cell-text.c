/* test-ui-cell-text.c: a table cell's text asks for the sizes a GtkLabel
 * (ellipsize=end, single-line-mode) asks for, and is cut where it is cut
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-cell-text.h"
#include "hp-ui-test-util.h"

static const char *const texts[] = {
  "", "1", "3", "—", "2027-04", "Senior", "Principal", "€1,234,567.00",
  "Senior Back-End Engineer, Payments Platform (Berlin and remote)",
  "Ingénieure logicielle confirmée — données", "שלום עולם", "日本語のテキスト",
};

typedef struct
{
  GtkWidget *window;
  GtkWidget *box;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  /* As the level's pill: smaller and bold, its font not the window's. */
  gtk_css_provider_load_from_data (css, ".pill { font-size: 0.85em; font-weight: bold; padding: 0 8px; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  f->window = gtk_window_new ();
  f->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_window_set_child (GTK_WINDOW (f->window), f->box);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  hp_test_iterate (20);
}

static GtkWidget *
add_label (Fixture    *f,
           const char *text,
           int         width_chars,
           gboolean    pill)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
  if (pill)
    gtk_widget_add_css_class (label, "pill");
  gtk_box_append (GTK_BOX (f->box), label);
  return label;
}

static GtkWidget *
add_text (Fixture    *f,
          const char *text,
          int         width_chars,
          gboolean    pill)
{
  GtkWidget *cell = hp_cell_text_new ();

  hp_cell_text_set_text (HP_CELL_TEXT (cell), text);
  hp_cell_text_set_width_chars (HP_CELL_TEXT (cell), width_chars);
  if (pill)
    gtk_widget_add_css_class (cell, "pill");
  gtk_box_append (GTK_BOX (f->box), cell);
  return cell;
}

static void
assert_same_size (GtkWidget  *label,
                  GtkWidget  *cell,
                  const char *text)
{
  for (int o = GTK_ORIENTATION_HORIZONTAL; o <= GTK_ORIENTATION_VERTICAL; o++)
    {
      int lmin, lnat, cmin, cnat;

      gtk_widget_measure (label, o, -1, &lmin, &lnat, NULL, NULL);
      gtk_widget_measure (cell, o, -1, &cmin, &cnat, NULL, NULL);
      if (lmin != cmin || lnat != cnat)
        g_error ("“%s” %s: a label asks for %d–%d, the cell text %d–%d", text,
                 o == GTK_ORIENTATION_HORIZONTAL ? "wide" : "high", lmin, lnat, cmin, cnat);
    }
}

/* Every text, with and without width-chars, in the window's font and the
 * pill's: the same minimum and natural width and height. */
static void
test_measure_like_label (Fixture       *f,
                         gconstpointer  data)
{
  gtk_window_present (GTK_WINDOW (f->window));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (int pill = 0; pill <= 1; pill++)
      for (int chars = -1; chars <= 18; chars += 19)
        {
          GtkWidget *label = add_label (f, texts[i], chars, pill);
          GtkWidget *cell = add_text (f, texts[i], chars, pill);

          assert_same_size (label, cell, texts[i]);
        }

  /* Text changed after it was measured is measured again. */
  {
    GtkWidget *label = add_label (f, "1", -1, FALSE);
    GtkWidget *cell = add_text (f, "1", -1, FALSE);

    assert_same_size (label, cell, "1");
    gtk_label_set_text (GTK_LABEL (label), texts[8]);
    hp_cell_text_set_text (HP_CELL_TEXT (cell), texts[8]);
    assert_same_size (label, cell, texts[8]);
    g_assert_cmpstr (hp_cell_text_get_text (HP_CELL_TEXT (cell)), ==, texts[8]);
  }
}

static gboolean
drawn_cb (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

/* In a narrow window the long texts are cut, the short ones are not:
 * the same ones for the label and the cell text. */
static void
test_cut_like_label (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *labels[G_N_ELEMENTS (texts)];
  GtkWidget *cells[G_N_ELEMENTS (texts)];
  guint cut = 0;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      labels[i] = add_label (f, texts[i], -1, FALSE);
      cells[i] = add_text (f, texts[i], -1, FALSE);
    }
  gtk_window_set_default_size (GTK_WINDOW (f->window), 110, -1);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (hp_test_wait_for (drawn_cb, cells[0], 5000));
  hp_test_iterate (200);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      gboolean label_cut = pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (labels[i])));

      g_assert_cmpint (gtk_widget_get_width (cells[i]), ==, gtk_widget_get_width (labels[i]));
      if (label_cut != hp_cell_text_is_ellipsized (HP_CELL_TEXT (cells[i])))
        g_error ("“%s” at %d px: the label %s cut, the cell text %s", texts[i], gtk_widget_get_width (labels[i]),
                 label_cut ? "is" : "is not", label_cut ? "is not" : "is");
      cut += label_cut;
    }
  /* The test means something: some are cut, some are not. */
  g_assert_cmpuint (cut, >, 0);
  g_assert_cmpuint (cut, <, G_N_ELEMENTS (texts) - 1);
}

int
main (int   argc,
      char *argv[])
{
  if (!hp_test_init_ui (&argc, &argv))
    return 77;

  g_test_add ("/ui/cell-text/measure-like-label", Fixture, NULL, fixture_set_up, test_measure_like_label,
              fixture_tear_down);
  g_test_add ("/ui/cell-text/cut-like-label", Fixture, NULL, fixture_set_up, test_cut_like_label,
              fixture_tear_down);
  return g_test_run ();
}
