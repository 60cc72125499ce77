/* hp-band-bar.h: a salary band drawn against the range of all bands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_BAND_BAR (hp_band_bar_get_type ())

G_DECLARE_FINAL_TYPE (HpBandBar, hp_band_bar, HP, BAND_BAR, GtkWidget)

GtkWidget *hp_band_bar_new       (void);
void       hp_band_bar_set_band  (HpBandBar *self,
                                  gint64     min,
                                  gint64     mid,
                                  gint64     max,
                                  gint64     scale_min,
                                  gint64     scale_max);

G_END_DECLS
