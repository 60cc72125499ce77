/* hp-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-application.h"
#include "hp-plan.h"

G_BEGIN_DECLS

#define HP_TYPE_WINDOW (hp_window_get_type ())

G_DECLARE_FINAL_TYPE (HpWindow, hp_window, HP, WINDOW, GtkApplicationWindow)

HpWindow   *hp_window_new          (HpApplication *application);
const char *hp_window_get_page     (HpWindow      *self);
HpPlan     *hp_window_get_plan     (HpWindow      *self);

G_END_DECLS
