/* hp-window-compare.c: Compare with Baseline: the scenario shown against
 * its baseline, in a window of its own, built on first use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-plan-diff-view.h"
#include "hp-window-private.h"

static GtkWidget *
comparison_window (HpWindow *self)
{
  GtkWidget *window;

  if (self->diff_window != NULL)
    return GTK_WIDGET (self->diff_window);

  window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Comparison"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_hide_on_close (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 560);
  gtk_window_set_child (GTK_WINDOW (window), hp_plan_diff_view_new ());
  self->diff_window = GTK_WINDOW (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->diff_window);
  return window;
}

/* The scenario shown against the baseline; nothing on the baseline. */
void
_hp_window_compare_with_baseline (HpWindow *self)
{
  GtkWidget *window;

  if (self->shown == NULL)
    return;

  window = comparison_window (self);
  hp_plan_diff_view_set_plans (HP_PLAN_DIFF_VIEW (gtk_window_get_child (GTK_WINDOW (window))),
                               self->plan, C_("scenario", "Baseline"),
                               hp_scenario_get_plan (self->shown), hp_scenario_get_name (self->shown));
  gtk_window_present (GTK_WINDOW (window));
}
