/* test-ui-marked-line.c: a warning row's icon and wrapped message, and a
 * list's bullet and item, ask for the sizes, and get the places, that a
 * horizontal GtkBox of the two gave them, except that their width does not
 * depend on a height
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hp-ui-test-util.h"
#include "hp-marked-line.h"
#include "hp-ui-util.h"

static const char *const texts[] = {
  "", "and 24 more",
  "“Senior Back-End Engineer, Platform” pays $191,000, outside its role’s band of $133,000 to $169,000",
  "“Junior Back-End Engineer, Onboarding” is not employed in any month of the plan, 2027-01 to 2028-12",
  "Supercalifragilisticexpialidociousandthensomewithoutanyspaceatall",
  "שלום עולם, המשרה הזו מחוץ לטווח השכר של התפקיד", "日本語のテキストはスペースなしで折り返されます",
};

static const int widths[] = { 0, 60, 180, 250, 313, 600 };

/* A list of one item as hp_bullet_list_new() built it before: a GtkBox
 * of the bullet and the paragraph in a vertical GtkBox. */
static GtkWidget *
bullet_box_list (const char *text)
{
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *bullet = gtk_label_new ("•");
  GtkWidget *paragraph = hp_paragraph_new (text);

  gtk_widget_set_valign (bullet, GTK_ALIGN_START);
  gtk_widget_add_css_class (bullet, "dim-label");
  gtk_widget_set_hexpand (paragraph, TRUE);
  gtk_box_append (GTK_BOX (box), bullet);
  gtk_box_append (GTK_BOX (box), paragraph);
  gtk_box_append (GTK_BOX (list), box);
  return list;
}

/* The same list as hp_bullet_list_new() builds it now. */
static GtkWidget *
bullet_list (const char *text)
{
  GtkWidget *list = hp_bullet_list_new ((const char *[]) { text, NULL });
  GtkWidget *line = gtk_widget_get_first_child (list);

  g_assert_true (HP_IS_MARKED_LINE (line));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (line)), ==, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  return list;
}

/* The row as it was built before: a GtkBox of the icon and the label. */
static GtkWidget *
box_line (const char *icon_name,
          const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "warning");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static GtkWidget *
new_line (const char *icon_name,
          const char *text)
{
  GtkWidget *line = hp_marked_line_new_warning (icon_name);

  gtk_label_set_text (hp_marked_line_get_label (HP_MARKED_LINE (line)), text);
  return line;
}

static void
assert_measure (GtkWidget      *box,
                GtkWidget      *line,
                GtkOrientation  orientation,
                int             for_size,
                int             box_for_size,
                const char     *text)
{
  int bmin, bnat, bmin_base, bnat_base, lmin, lnat, lmin_base, lnat_base;

  gtk_widget_measure (box, orientation, box_for_size, &bmin, &bnat, &bmin_base, &bnat_base);
  gtk_widget_measure (line, orientation, for_size, &lmin, &lnat, &lmin_base, &lnat_base);
  if (bmin != lmin || bnat != lnat || bmin_base != lmin_base || bnat_base != lnat_base)
    g_error ("“%s” %s for %d: the box asks for %d–%d (baselines %d, %d), the line %d–%d (%d, %d)", text,
             orientation == GTK_ORIENTATION_HORIZONTAL ? "wide" : "high", for_size,
             bmin, bnat, bmin_base, bnat_base, lmin, lnat, lmin_base, lnat_base);
}

/* Its width at no height, and its height at every width, as the box's;
 * at no width, as the box's at a width wide enough for one line (the box
 * itself is a pixel lower at no width than at any, for one line). */
static void
test_measure_like_box (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_window_set_child (GTK_WINDOW (window), column);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (int kind = 0; kind <= 2; kind++)
      {
        const char *icon = kind == 1 ? "view-more-symbolic" : "dialog-warning-symbolic";
        GtkWidget *box = kind == 2 ? bullet_box_list (texts[i]) : box_line (icon, texts[i]);
        GtkWidget *line = kind == 2 ? bullet_list (texts[i]) : new_line (icon, texts[i]);
        int width, wide_width;

        gtk_box_append (GTK_BOX (column), box);
        gtk_box_append (GTK_BOX (column), line);
        assert_measure (box, line, GTK_ORIENTATION_HORIZONTAL, -1, -1, texts[i]);
        for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
          assert_measure (box, line, GTK_ORIENTATION_VERTICAL, widths[w], widths[w], texts[i]);
        /* (A paragraph has a largest natural width: at no width, a list is
         * as high as the old one at no width.) */
        assert_measure (box, line, GTK_ORIENTATION_VERTICAL, -1, kind == 2 ? -1 : 100000, texts[i]);

        /* At any height, as wide as at none: nothing to search for. */
        gtk_widget_measure (line, GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
        gtk_widget_measure (line, GTK_ORIENTATION_HORIZONTAL, 300, &wide_width, NULL, NULL, NULL);
        g_assert_cmpint (width, ==, wide_width);
        g_assert_cmpint (gtk_widget_get_request_mode (line), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
      }
  gtk_window_destroy (GTK_WINDOW (window));
  hp_test_iterate (20);
}

static gboolean
drawn_cb (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static void
assert_same_place (GtkWidget *expected,
                   GtkWidget *got,
                   GtkWidget *expected_parent,
                   GtkWidget *got_parent)
{
  graphene_rect_t e, g;

  g_assert_true (gtk_widget_compute_bounds (expected, expected_parent, &e));
  g_assert_true (gtk_widget_compute_bounds (got, got_parent, &g));
  g_assert_cmpfloat (e.origin.x, ==, g.origin.x);
  g_assert_cmpfloat (e.origin.y, ==, g.origin.y);
  g_assert_cmpfloat (e.size.width, ==, g.size.width);
  g_assert_cmpfloat (e.size.height, ==, g.size.height);
}

/* In a scrolled window of a given width, as in the summary, left to right
 * and right to left, the icon and the message are where the box put them.
 * (Not straight in the window: GTK checks that the window's child is not
 * higher at a width than at none, and the box is, by a pixel.) */
static void
test_place_like_box (gconstpointer data)
{
  GtkTextDirection direction = GPOINTER_TO_INT (data);

  for (guint i = 1; i < G_N_ELEMENTS (texts) * 2; i++)
    {
      gboolean bullet = i >= G_N_ELEMENTS (texts);
      const char *text = texts[i % G_N_ELEMENTS (texts)];
      GtkWidget *window = gtk_window_new ();
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *box = bullet ? bullet_box_list (text) : box_line ("dialog-warning-symbolic", text);
      GtkWidget *line = bullet ? bullet_list (text) : new_line ("dialog-warning-symbolic", text);
      GtkWidget *box_row, *line_row;

      gtk_widget_set_direction (box, direction);
      gtk_widget_set_direction (line, direction);
      gtk_box_append (GTK_BOX (column), box);
      gtk_box_append (GTK_BOX (column), line);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), column);
      gtk_window_set_child (GTK_WINDOW (window), scroller);
      gtk_window_set_default_size (GTK_WINDOW (window), 313, 400);
      gtk_window_present (GTK_WINDOW (window));
      g_assert_true (hp_test_wait_for (drawn_cb, line, 5000));
      hp_test_iterate (50);

      g_assert_cmpint (gtk_widget_get_width (line), ==, gtk_widget_get_width (box));
      g_assert_cmpint (gtk_widget_get_height (line), ==, gtk_widget_get_height (box));
      /* A list's item, or the row itself. */
      box_row = bullet ? gtk_widget_get_first_child (box) : box;
      line_row = bullet ? gtk_widget_get_first_child (line) : line;
      assert_same_place (gtk_widget_get_first_child (box_row), gtk_widget_get_first_child (line_row), box, line);
      assert_same_place (gtk_widget_get_last_child (box_row), gtk_widget_get_last_child (line_row), box, line);
      g_assert_true (GTK_IS_LABEL (gtk_widget_get_last_child (line_row)));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (line_row))), ==, text);
      gtk_window_destroy (GTK_WINDOW (window));
      hp_test_iterate (20);
    }
}

int
main (int   argc,
      char *argv[])
{
  if (!hp_test_init_ui (&argc, &argv))
    return 77;

  g_test_add_func ("/ui/marked-line/measure-like-box", test_measure_like_box);
  g_test_add_data_func ("/ui/marked-line/place-like-box/ltr", GINT_TO_POINTER (GTK_TEXT_DIR_LTR),
                        test_place_like_box);
  g_test_add_data_func ("/ui/marked-line/place-like-box/rtl", GINT_TO_POINTER (GTK_TEXT_DIR_RTL),
                        test_place_like_box);
  return g_test_run ();
}
