/* hp-plan-diff-view.c: the headline changes between two plans and the
 * positions added, removed and changed, old → new, all from the core's
 * diff (hp-plan-diff.h), amounts in the locale's format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-diff-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-diff-chart.h"
#include "hp-money.h"
#include "hp-plan-diff.h"
#include "hp-plan-diff-view.h"

struct _HpPlanDiffView
{
  GtkWidget  parent_instance;

  GtkWidget *scroller;
  GtkLabel  *title_label;
  GtkLabel  *error_label;
  GtkGrid   *headline_grid;
  GtkBox    *positions_box;
  HpDiffChart *chart;

  HpPlan    *from;       /* the plans compared, for printing */
  HpPlan    *to;
  char      *from_name;
  char      *to_name;
};

G_DEFINE_FINAL_TYPE (HpPlanDiffView, hp_plan_diff_view, GTK_TYPE_WIDGET)

static GtkWidget *
cell (const char *text,
      float       xalign,
      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_selectable (GTK_LABEL (label), *text != '\0');
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
clear (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_GRID (container))
        gtk_grid_remove (GTK_GRID (container), child);
      else
        gtk_box_remove (GTK_BOX (container), child);
    }
}

static void
attach_row (HpPlanDiffView *self,
            int             row,
            const char     *figure,
            char           *from,   /* taken */
            char           *to,     /* taken */
            char           *change) /* taken */
{
  GtkWidget *from_cell = cell (from, 1, NULL);
  GtkWidget *to_cell = cell (to, 1, NULL);

  if (row == 0)
    /* the plans' names head the columns: a long one is cut short */
    for (GtkWidget *name = from_cell; name != NULL; name = name == from_cell ? to_cell : NULL)
      {
        gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
        gtk_label_set_max_width_chars (GTK_LABEL (name), 18);
        gtk_widget_set_tooltip_text (name, gtk_label_get_text (GTK_LABEL (name)));
        gtk_widget_add_css_class (name, "dim-label");
      }
  gtk_grid_attach (self->headline_grid, cell (figure, 0, NULL), 0, row, 1, 1);
  gtk_grid_attach (self->headline_grid, from_cell, 1, row, 1, 1);
  gtk_grid_attach (self->headline_grid, to_cell, 2, row, 1, 1);
  gtk_grid_attach (self->headline_grid, cell (change, 1, "heading"), 3, row, 1, 1);
  g_free (from);
  g_free (to);
  g_free (change);
}

static void
attach_money (HpPlanDiffView *self,
              int             row,
              const char     *figure,
              const HpDelta  *delta,
              const char     *currency)
{
  attach_row (self, row, figure,
              hp_money_format (delta->from, currency, HP_MONEY_FORMAT_DEFAULT),
              hp_money_format (delta->to, currency, HP_MONEY_FORMAT_DEFAULT),
              hp_money_format_delta (delta->delta, currency));
}

static void
add_position_row (HpPlanDiffView *self,
                  const char     *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (self->positions_box, label);
}

static void
fill_positions (HpPlanDiffView   *self,
                const HpPlanDiff *diff,
                HpPlan           *from,
                HpPlan           *to)
{
  for (guint i = 0; i < diff->added->len; i++)
    {
      /* TRANSLATORS: a position only in the plan compared, "Added: Senior Engineer" */
      g_autofree char *text = g_strdup_printf (_("Added: %s"), hp_plan_diff_position_title (to, g_ptr_array_index (diff->added, i)));
      add_position_row (self, text);
    }
  for (guint i = 0; i < diff->removed->len; i++)
    {
      /* TRANSLATORS: a position no longer in the plan compared, "Removed: Intern" */
      g_autofree char *text = g_strdup_printf (_("Removed: %s"), hp_plan_diff_position_title (from, g_ptr_array_index (diff->removed, i)));
      add_position_row (self, text);
    }
  for (guint i = 0; i < diff->changed->len; i++)
    {
      HpPositionChange *change = g_ptr_array_index (diff->changed, i);
      g_autoptr(GString) text = g_string_new (hp_plan_diff_position_title (to, change->id));
      g_autofree char *old_cost = hp_money_format (change->period_cost.from, diff->currency, HP_MONEY_FORMAT_DEFAULT);
      g_autofree char *new_cost = hp_money_format (change->period_cost.to, diff->currency, HP_MONEY_FORMAT_DEFAULT);
      g_autofree char *cost_change = hp_money_format_delta (change->period_cost.delta, diff->currency);

      for (guint j = 0; j < change->fields->len; j++)
        {
          HpFieldChange *field = g_ptr_array_index (change->fields, j);
          /* TRANSLATORS: one changed field of a position, "start: 2027-04 → 2027-11" */
          g_string_append_printf (text, _("\n    %s: %s → %s"), field->name, field->from, field->to);
        }
      /* TRANSLATORS: a position's cost in the period, old → new (change) */
      g_string_append_printf (text, _("\n    period cost: %s → %s (%s)"), old_cost, new_cost, cost_change);
      add_position_row (self, text->str);
    }
  if (diff->added->len + diff->removed->len + diff->changed->len == 0)
    add_position_row (self, _("No position differs."));
}

static void
remember (HpPlanDiffView *self,
          HpPlan         *from,
          const char     *from_name,
          HpPlan         *to,
          const char     *to_name)
{
  /* TRANSLATORS: the heading of a comparison, from → to: "plan-v1.json → Lean" */
  g_autofree char *title = g_strdup_printf (_("%s → %s"), from_name, to_name);

  gtk_label_set_text (self->title_label, title);
  g_set_object (&self->from, from);
  g_set_object (&self->to, to);
  g_free (self->from_name);
  self->from_name = g_strdup (from_name);
  g_free (self->to_name);
  self->to_name = g_strdup (to_name);
  clear (GTK_WIDGET (self->headline_grid));
  clear (GTK_WIDGET (self->positions_box));
  hp_diff_chart_set_model (self->chart, NULL);
}

void
hp_plan_diff_view_set_diff (HpPlanDiffView   *self,
                            const HpPlanDiff *diff,
                            HpPlan           *from,
                            const char       *from_name,
                            HpPlan           *to,
                            const char       *to_name)
{
  g_return_if_fail (HP_IS_PLAN_DIFF_VIEW (self));
  g_return_if_fail (diff != NULL);
  g_return_if_fail (HP_IS_PLAN (from) && HP_IS_PLAN (to));

  remember (self, from, from_name, to, to_name);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  attach_row (self, 0, "", g_strdup (from_name), g_strdup (to_name), g_strdup (_("Change")));
  attach_money (self, 1, _("Total cost for the period"), &diff->total_cost, diff->currency);
  attach_money (self, 2, _("Annual run rate"), &diff->run_rate, diff->currency);
  attach_row (self, 3, _("Headcount"),
              hp_number_format_grouped (diff->headcount.from),
              hp_number_format_grouped (diff->headcount.to),
              hp_number_format_delta (diff->headcount.delta));
  attach_money (self, 4, _("Budget remaining"), &diff->budget_remaining, diff->currency);
  fill_positions (self, diff, from, to);
  /* NULL only for months too large to add up: the chart then shows nothing */
  hp_diff_chart_set_model (self->chart, hp_chart_model_new_two_plans (diff, from_name, to_name, NULL));
}

gboolean
hp_plan_diff_view_set_plans (HpPlanDiffView *self,
                             HpPlan         *from,
                             const char     *from_name,
                             HpPlan         *to,
                             const char     *to_name)
{
  g_autoptr(HpPlanDiff) diff = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HP_IS_PLAN_DIFF_VIEW (self), FALSE);
  g_return_val_if_fail (HP_IS_PLAN (from) && HP_IS_PLAN (to), FALSE);

  diff = hp_plan_diff_compute (from, to, &error);
  if (diff == NULL)
    {
      remember (self, from, from_name, to, to_name);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_label_set_text (self->error_label, error->message);
      return FALSE;
    }

  hp_plan_diff_view_set_diff (self, diff, from, from_name, to, to_name);
  return TRUE;
}

gboolean
hp_plan_diff_view_get_plans (HpPlanDiffView  *self,
                             HpPlan         **out_from,
                             const char     **out_from_name,
                             HpPlan         **out_to,
                             const char     **out_to_name)
{
  g_return_val_if_fail (HP_IS_PLAN_DIFF_VIEW (self), FALSE);

  if (self->from == NULL || self->to == NULL)
    return FALSE;
  if (out_from != NULL)
    *out_from = self->from;
  if (out_from_name != NULL)
    *out_from_name = self->from_name;
  if (out_to != NULL)
    *out_to = self->to;
  if (out_to_name != NULL)
    *out_to_name = self->to_name;
  return TRUE;
}

static void
hp_plan_diff_view_dispose (GObject *object)
{
  HpPlanDiffView *self = HP_PLAN_DIFF_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_PLAN_DIFF_VIEW);
  g_clear_object (&self->from);
  g_clear_object (&self->to);
  g_clear_pointer (&self->from_name, g_free);
  g_clear_pointer (&self->to_name, g_free);
  G_OBJECT_CLASS (hp_plan_diff_view_parent_class)->dispose (object);
}

static void
hp_plan_diff_view_class_init (HpPlanDiffViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_plan_diff_view_dispose;

  g_type_ensure (HP_TYPE_DIFF_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hiringplanner/HiringPlanner/hp-plan-diff-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HpPlanDiffView, scroller);
  gtk_widget_class_bind_template_child (widget_class, HpPlanDiffView, title_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanDiffView, error_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanDiffView, headline_grid);
  gtk_widget_class_bind_template_child (widget_class, HpPlanDiffView, positions_box);
  gtk_widget_class_bind_template_child (widget_class, HpPlanDiffView, chart);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hp_plan_diff_view_init (HpPlanDiffView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hp_plan_diff_view_new (void)
{
  return g_object_new (HP_TYPE_PLAN_DIFF_VIEW, NULL);
}
