/* hp-plan-settings.h: the dialog for a plan's title, period, rates and budget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-plan.h"

G_BEGIN_DECLS

#define HP_TYPE_PLAN_SETTINGS (hp_plan_settings_get_type ())

G_DECLARE_FINAL_TYPE (HpPlanSettings, hp_plan_settings, HP, PLAN_SETTINGS, GtkWindow)

GtkWidget *hp_plan_settings_new   (HpPlan         *plan);
gboolean   hp_plan_settings_apply (HpPlanSettings *self);

G_END_DECLS
