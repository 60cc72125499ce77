/* hp-marked-line.h: a marker (an icon, a bullet) and a wrapped text
 * beside it, whose width does not depend on the height it is given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_MARKED_LINE (hp_marked_line_get_type ())

G_DECLARE_FINAL_TYPE (HpMarkedLine, hp_marked_line, HP, MARKED_LINE, GtkWidget)

GtkWidget *hp_marked_line_new         (GtkAccessibleRole  role,
                                       GtkWidget         *marker,
                                       GtkWidget         *label,
                                       int                spacing);
GtkWidget *hp_marked_line_new_warning (const char        *icon_name);
GtkLabel  *hp_marked_line_get_label   (HpMarkedLine      *self);

G_END_DECLS
