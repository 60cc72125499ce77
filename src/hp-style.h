/* hp-style.h: follow the desktop's light or dark style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void hp_style_follow_system (void);
void hp_style_apply_color_scheme (guint32 scheme); /* 0 none, 1 prefer dark, 2 prefer light */

G_END_DECLS
