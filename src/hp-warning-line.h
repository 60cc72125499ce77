/* hp-warning-line.h: an icon and a wrapped message beside it, whose width
 * does not depend on the height it is given
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_WARNING_LINE (hp_warning_line_get_type ())

G_DECLARE_FINAL_TYPE (HpWarningLine, hp_warning_line, HP, WARNING_LINE, GtkWidget)

GtkWidget *hp_warning_line_new       (const char    *icon_name);
GtkLabel  *hp_warning_line_get_label (HpWarningLine *self);

G_END_DECLS
