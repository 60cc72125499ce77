/* hp-preferences.h: the preferences window, bound to GSettings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_PREFERENCES (hp_preferences_get_type ())

G_DECLARE_FINAL_TYPE (HpPreferences, hp_preferences, HP, PREFERENCES, GtkWindow)

GtkWidget *hp_preferences_new (GSettings *settings);

G_END_DECLS
