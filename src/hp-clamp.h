/* hp-clamp.h: a container that gives its child at most a given width,
 * centred, whatever the child's natural size: so the text column of a page
 * keeps one width from one item to the next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_CLAMP (hp_clamp_get_type ())

G_DECLARE_FINAL_TYPE (HpClamp, hp_clamp, HP, CLAMP, GtkWidget)

void hp_clamp_set_child (HpClamp   *self,
                         GtkWidget *child);

G_END_DECLS
