/* hp-cell-text.c
 *
 * The text of a plan table's cell: one line, cut short with an ellipsis,
 * as a GtkLabel with ellipsize=end and single-line-mode shows it, but laid
 * out only when drawn.  GTK 4.8's column view builds about 200 rows
 * whatever the window's height, and a label shapes its text (HarfBuzz) to
 * be measured; this one takes its height from the font (the same for
 * every cell with that font, worked out once) and its width, when it is
 * asked for at all, from a table of widths shared by every cell with that
 * font (levels, months, statuses and titles repeat).  Rows built and never
 * shown do no text work.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-cell-text"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "hp-cell-text.h"

/* What every cell drawn with one font shares. */
typedef struct
{
  int          height;         /* a line's, in pixels */
  int          char_width;     /* as GtkLabel's width-chars counts, Pango units */
  int          ellipsis_width; /* Pango units */
  PangoLayout *scratch;        /* measures the texts not yet known */
  GHashTable  *widths;         /* text → Extent */
} FontInfo;

struct _HpCellText
{
  GtkWidget    parent_instance;

  char        *text;
  float        xalign;
  int          width_chars;
  PangoLayout *layout;   /* made when first drawn */
  FontInfo    *font;     /* the one last found, for context_serial */
  guint        context_serial;
};

G_DEFINE_FINAL_TYPE (HpCellText, hp_cell_text, GTK_TYPE_WIDGET)

/* Enough for the distinct texts of a large plan's visible columns; past
 * it the table starts again rather than growing. */
#define MAX_WIDTHS 8192

static GHashTable *fonts; /* key (font, language, resolution, options) → FontInfo */

static void
font_info_free (gpointer data)
{
  FontInfo *info = data;

  g_clear_object (&info->scratch);
  g_clear_pointer (&info->widths, g_hash_table_unref);
  g_free (info);
}

static FontInfo *
font_info_for (HpCellText *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *desc;
  const cairo_font_options_t *options;
  PangoLanguage *language;
  g_autofree char *font = NULL;
  g_autofree char *key = NULL;
  PangoContext *own;
  PangoFontMetrics *metrics;
  PangoRectangle logical;
  FontInfo *info;

  /* The same context as last time, unchanged: the same font. */
  if (self->font != NULL && self->context_serial == pango_context_get_serial (context))
    return self->font;

  desc = pango_context_get_font_description (context);
  options = pango_cairo_context_get_font_options (context);
  language = pango_context_get_language (context);
  font = pango_font_description_to_string (desc);
  self->context_serial = pango_context_get_serial (context);
  key = g_strdup_printf ("%s|%s|%g|%lx", font, pango_language_to_string (language),
                         pango_cairo_context_get_resolution (context),
                         options != NULL ? cairo_font_options_hash (options) : 0ul);
  if (fonts == NULL)
    fonts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, font_info_free);
  info = g_hash_table_lookup (fonts, key);
  if (info != NULL)
    return self->font = info;

  info = g_new0 (FontInfo, 1);
  metrics = pango_context_get_metrics (context, desc, language);
  info->char_width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                          pango_font_metrics_get_approximate_digit_width (metrics));
  pango_font_metrics_unref (metrics);
  /* A context of its own: the cell's may change font later. */
  own = pango_font_map_create_context (pango_context_get_font_map (context));
  pango_context_set_font_description (own, desc);
  pango_context_set_language (own, language);
  pango_context_set_round_glyph_positions (own, pango_context_get_round_glyph_positions (context));
  pango_cairo_context_set_resolution (own, pango_cairo_context_get_resolution (context));
  pango_cairo_context_set_font_options (own, options);
  info->scratch = pango_layout_new (own);
  g_object_unref (own);
  pango_layout_set_single_paragraph_mode (info->scratch, TRUE);
  pango_layout_set_text (info->scratch, "…", -1);
  pango_layout_get_extents (info->scratch, NULL, &logical);
  info->ellipsis_width = logical.width;
  info->height = PANGO_PIXELS_CEIL (logical.height);
  info->widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_insert (fonts, g_steal_pointer (&key), info);
  return self->font = info;
}

typedef struct
{
  int width;   /* logical, Pango units */
  int height;  /* pixels */
} Extent;

static Extent
text_extent (FontInfo   *info,
             const char *text)
{
  Extent *found = g_hash_table_lookup (info->widths, text);
  PangoRectangle logical;

  if (found != NULL)
    return *found;
  if (g_hash_table_size (info->widths) >= MAX_WIDTHS)
    g_hash_table_remove_all (info->widths);
  pango_layout_set_text (info->scratch, text, -1);
  pango_layout_get_extents (info->scratch, NULL, &logical);
  found = g_new (Extent, 1);
  found->width = logical.width;
  found->height = PANGO_PIXELS_CEIL (logical.height);
  g_hash_table_insert (info->widths, g_strdup (text), found);
  return *found;
}

/* Text the window's font surely has every character of (Latin, dashes,
 * quotes, currency signs): its line is as high as the font's.  Other
 * scripts may come from a fallback font, higher or lower: laid out. */
static gboolean
is_plain (const char *text)
{
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (!(u < 0x180 || (u >= 0x2010 && u <= 0x2027) || (u >= 0x20a0 && u <= 0x20c0)))
        return FALSE;
    }
  return TRUE;
}

/* GtkLabel's sizes for ellipsize=end, single-line-mode, width-chars. */
static void
hp_cell_text_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  HpCellText *self = HP_CELL_TEXT (widget);
  FontInfo *info = font_info_for (self);

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = *natural = is_plain (self->text) ? info->height : text_extent (info, self->text).height;
      return;
    }

  {
    int chars = self->width_chars > -1 ? info->char_width * self->width_chars : 0;
    int width = text_extent (info, self->text).width;
    int widest = MAX (width, chars);
    int smallest = self->text[0] == '\0' ? 0 : MIN (width, info->ellipsis_width);

    smallest = MAX (smallest, chars);
    *minimum = PANGO_PIXELS_CEIL (MIN (smallest, widest));
    *natural = PANGO_PIXELS_CEIL (widest);
  }
}

static void
hp_cell_text_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  HpCellText *self = HP_CELL_TEXT (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  float xalign = self->xalign;
  PangoRectangle logical;
  int x, y;

  if (self->text[0] == '\0')
    return;

  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (widget, self->text);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
    }
  pango_layout_set_width (self->layout, width * PANGO_SCALE);

  /* Where GtkLabel puts it: aligned along, centred across. */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    xalign = 1.0f - xalign;
  pango_layout_get_extents (self->layout, NULL, &logical);
  pango_extents_to_pixels (&logical, NULL);
  x = floor (xalign * (width - logical.width) - logical.x);
  y = floor ((height - logical.height) * 0.5);

  gtk_snapshot_render_layout (snapshot, gtk_widget_get_style_context (widget), x, y, self->layout);
}

static void
hp_cell_text_finalize (GObject *object)
{
  HpCellText *self = HP_CELL_TEXT (object);

  g_clear_object (&self->layout);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (hp_cell_text_parent_class)->finalize (object);
}

static void
hp_cell_text_class_init (HpCellTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hp_cell_text_finalize;
  widget_class->measure = hp_cell_text_measure;
  widget_class->snapshot = hp_cell_text_snapshot;

  /* Styled as the label it stands for: "plancell > label.hp-level-pill". */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
hp_cell_text_init (HpCellText *self)
{
  self->text = g_strdup ("");
  self->width_chars = -1;
}

GtkWidget *
hp_cell_text_new (void)
{
  return g_object_new (HP_TYPE_CELL_TEXT, NULL);
}

const char *
hp_cell_text_get_text (HpCellText *self)
{
  g_return_val_if_fail (HP_IS_CELL_TEXT (self), NULL);
  return self->text;
}

void
hp_cell_text_set_text (HpCellText *self,
                       const char *text)
{
  g_return_if_fail (HP_IS_CELL_TEXT (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, self->text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
hp_cell_text_set_xalign (HpCellText *self,
                         float       xalign)
{
  g_return_if_fail (HP_IS_CELL_TEXT (self));

  self->xalign = CLAMP (xalign, 0.0f, 1.0f);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
hp_cell_text_set_width_chars (HpCellText *self,
                              int         width_chars)
{
  g_return_if_fail (HP_IS_CELL_TEXT (self));

  self->width_chars = MAX (width_chars, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

gboolean
hp_cell_text_is_ellipsized (HpCellText *self)
{
  g_return_val_if_fail (HP_IS_CELL_TEXT (self), FALSE);
  return self->layout != NULL && pango_layout_is_ellipsized (self->layout);
}
