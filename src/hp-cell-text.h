/* hp-cell-text.h: a single line of text for a table cell, laid out only
 * when it is drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_CELL_TEXT (hp_cell_text_get_type ())

G_DECLARE_FINAL_TYPE (HpCellText, hp_cell_text, HP, CELL_TEXT, GtkWidget)

GtkWidget  *hp_cell_text_new             (void);
const char *hp_cell_text_get_text        (HpCellText *self);
void        hp_cell_text_set_text        (HpCellText *self,
                                          const char *text);
/* 0 at the start, 1 at the end (mirrored right to left), as GtkLabel's. */
void        hp_cell_text_set_xalign      (HpCellText *self,
                                          float       xalign);
/* The narrowest it asks for, in characters, as GtkLabel's width-chars. */
void        hp_cell_text_set_width_chars (HpCellText *self,
                                          int         width_chars);
/* Whether the text as last drawn was cut short with an ellipsis. */
gboolean    hp_cell_text_is_ellipsized   (HpCellText *self);

G_END_DECLS
