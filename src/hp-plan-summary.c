/* hp-plan-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-cost-chart.h"
#include "hp-money.h"
#include "hp-plan-summary.h"

struct _HpPlanSummary
{
  GtkWidget    parent_instance;

  GtkWidget   *scroller;
  GtkLabel    *period_caption;
  GtkLabel    *total_label;
  GtkLabel    *run_rate_label;
  GtkLabel    *headcount_label;
  GtkLevelBar *budget_bar;
  GtkLabel    *budget_label;
  GtkLabel    *remaining_label;
  GtkGrid     *level_grid;
  GtkGrid     *quarter_grid;
  HpCostChart *chart;
  GtkLabel    *warnings_heading;
  GtkListBox  *warnings_list;
};

G_DEFINE_FINAL_TYPE (HpPlanSummary, hp_plan_summary, GTK_TYPE_WIDGET)

enum {
  WARNING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
money (const HpSummary *summary,
       gint64           amount)
{
  return hp_money_format (amount, summary->currency, HP_MONEY_FORMAT_DEFAULT);
}

static GtkWidget *
cell (const char *text,
      float       xalign,
      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, "numeric");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  if (xalign > 0.5f)
    gtk_widget_set_hexpand (label, TRUE);

  return label;
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
fill_levels (HpPlanSummary   *self,
             const HpSummary *summary)
{
  int row = 1;

  clear_grid (self->level_grid);
  gtk_grid_attach (self->level_grid, cell (_("Level"), 0.0f, "dim-label"), 0, 0, 1, 1);
  gtk_grid_attach (self->level_grid, cell (_("People"), 1.0f, "dim-label"), 1, 0, 1, 1);
  gtk_grid_attach (self->level_grid, cell (_("Period cost"), 1.0f, "dim-label"), 2, 0, 1, 1);

  for (guint level = 0; level < HP_N_LEVELS; level++)
    {
      g_autofree char *count = NULL;
      g_autofree char *cost = NULL;

      if (summary->level_headcount[level] == 0 && summary->level_cost[level] == 0)
        continue;

      count = hp_number_format_grouped (summary->level_headcount[level]);
      cost = money (summary, summary->level_cost[level]);
      gtk_grid_attach (self->level_grid, cell (hp_level_display_name (level), 0.0f, NULL), 0, row, 1, 1);
      gtk_grid_attach (self->level_grid, cell (count, 1.0f, NULL), 1, row, 1, 1);
      gtk_grid_attach (self->level_grid, cell (cost, 1.0f, NULL), 2, row, 1, 1);
      row++;
    }

  {
    g_autofree char *count = hp_number_format_grouped (summary->total_headcount);
    g_autofree char *cost = money (summary, summary->total_cost);

    gtk_grid_attach (self->level_grid, cell (_("Total"), 0.0f, "heading"), 0, row, 1, 1);
    gtk_grid_attach (self->level_grid, cell (count, 1.0f, "heading"), 1, row, 1, 1);
    gtk_grid_attach (self->level_grid, cell (cost, 1.0f, "heading"), 2, row, 1, 1);
  }
}

static void
fill_quarters (HpPlanSummary   *self,
               const HpSummary *summary)
{
  guint n = hp_summary_get_n_quarters ((HpSummary *) summary);

  clear_grid (self->quarter_grid);

  for (guint q = 0; q < n; q++)
    {
      HpMonth first = hp_summary_get_quarter_first_month ((HpSummary *) summary, q);
      HpMonth last = MIN (first + 2, summary->start + (HpMonth) summary->n_months - 1);
      g_autofree char *from = hp_month_format (first);
      g_autofree char *to = hp_month_format (last);
      /* TRANSLATORS: "Q1 · Jan 2027 – Mar 2027" */
      g_autofree char *name = first == last ? g_strdup_printf (_("Q%u · %s"), q + 1, from)
                                            : g_strdup_printf (_("Q%u · %s – %s"), q + 1, from, to);
      g_autofree char *cost = money (summary, hp_summary_get_quarter_cost ((HpSummary *) summary, q));

      gtk_grid_attach (self->quarter_grid, cell (name, 0.0f, NULL), 0, (int) q, 1, 1);
      gtk_grid_attach (self->quarter_grid, cell (cost, 1.0f, NULL), 1, (int) q, 1, 1);
    }
}

static void
fill_budget (HpPlanSummary   *self,
             const HpSummary *summary)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->remaining_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->remaining_label), "success");

  if (!summary->has_budget)
    {
      gtk_level_bar_set_value (self->budget_bar, 0);
      gtk_label_set_text (self->budget_label, _("No budget set. Set one in the plan’s settings to see what remains."));
      gtk_widget_set_visible (GTK_WIDGET (self->remaining_label), FALSE);
      return;
    }

  {
    g_autofree char *used = money (summary, summary->total_cost);
    g_autofree char *budget = money (summary, summary->budget);
    g_autofree char *remaining = money (summary, summary->budget_remaining < 0 ? -summary->budget_remaining
                                                                               : summary->budget_remaining);
    g_autofree char *used_text = NULL;
    g_autofree char *remaining_text = NULL;
    /* Whole percent, rounded half up, in integers. */
    gint64 percent = summary->budget > 0 ? (summary->total_cost * 200 / summary->budget + 1) / 2 : 0;

    /* Display only: a level bar takes a double. */
    gtk_level_bar_set_value (self->budget_bar,
                             summary->budget > 0 ? CLAMP ((double) summary->total_cost / (double) summary->budget, 0.0, 1.0)
                                                 : 1.0);
    /* TRANSLATORS: "$912,000.00 of $1,250,000.00 used (73%)" */
    used_text = g_strdup_printf (_("%s of %s used (%" G_GINT64_FORMAT "%%)"), used, budget, percent);
    gtk_label_set_text (self->budget_label, used_text);

    if (summary->budget_remaining >= 0)
      {
        remaining_text = g_strdup_printf (_("%s remaining"), remaining);
        gtk_widget_add_css_class (GTK_WIDGET (self->remaining_label), "success");
      }
    else
      {
        remaining_text = g_strdup_printf (_("Over budget by %s"), remaining);
        gtk_widget_add_css_class (GTK_WIDGET (self->remaining_label), "error");
      }
    gtk_label_set_text (self->remaining_label, remaining_text);
    gtk_widget_set_visible (GTK_WIDGET (self->remaining_label), TRUE);
  }
}

static void
fill_warnings (HpPlanSummary   *self,
               const HpSummary *summary)
{
  GtkWidget *row;
  g_autofree char *heading = NULL;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list))) != NULL)
    gtk_list_box_remove (self->warnings_list, row);

  heading = summary->warnings->len == 0
    ? g_strdup (_("No Warnings"))
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Warning", "%u Warnings", summary->warnings->len),
                       summary->warnings->len);
  gtk_label_set_text (self->warnings_heading, heading);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_list), summary->warnings->len > 0);

  for (guint i = 0; i < summary->warnings->len; i++)
    {
      const HpWarning *warning = g_ptr_array_index (summary->warnings, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *label = gtk_label_new (warning->message);

      gtk_widget_set_margin_top (box, 8);
      gtk_widget_set_margin_bottom (box, 8);
      gtk_widget_set_margin_start (box, 10);
      gtk_widget_set_margin_end (box, 10);
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_widget_add_css_class (icon, "warning");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);

      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), warning->position_id != NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, warning->message, -1);
      if (warning->position_id != NULL)
        {
          g_object_set_data_full (G_OBJECT (row), "hp-position-id", g_strdup (warning->position_id), g_free);
          gtk_widget_set_tooltip_text (row, _("Select this position in the table"));
        }
      gtk_list_box_append (self->warnings_list, row);
    }
}

static void
warning_activated_cb (HpPlanSummary *self,
                      GtkListBoxRow *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "hp-position-id");

  if (id != NULL)
    g_signal_emit (self, signals[WARNING_ACTIVATED], 0, id);
}

static void
hp_plan_summary_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), HP_TYPE_PLAN_SUMMARY);

  G_OBJECT_CLASS (hp_plan_summary_parent_class)->dispose (object);
}

static void
hp_plan_summary_class_init (HpPlanSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_plan_summary_dispose;

  signals[WARNING_ACTIVATED] = g_signal_new ("warning-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (HP_TYPE_COST_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hiringplanner/HiringPlanner/hp-plan-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, scroller);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, period_caption);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, total_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, run_rate_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, headcount_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, budget_bar);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, budget_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, remaining_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, level_grid);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, quarter_grid);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, chart);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, warnings_heading);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, warnings_list);
  gtk_widget_class_bind_template_callback (widget_class, warning_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "plansummary");
}

static void
hp_plan_summary_init (HpPlanSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
hp_plan_summary_set_summary (HpPlanSummary   *self,
                             const HpSummary *summary)
{
  g_autofree char *total = NULL;
  g_autofree char *run_rate = NULL;
  g_autofree char *headcount = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *caption = NULL;

  g_return_if_fail (HP_IS_PLAN_SUMMARY (self));
  g_return_if_fail (summary != NULL);

  from = hp_month_format (summary->start);
  to = hp_month_format (summary->start + (HpMonth) summary->n_months - 1);
  /* TRANSLATORS: "Cost, Jan 2027 – Dec 2027" */
  caption = g_strdup_printf (_("Cost, %s – %s"), from, to);
  gtk_label_set_text (self->period_caption, caption);

  if (summary->overflow)
    total = g_strdup (_("Too large to compute"));
  else
    total = money (summary, summary->total_cost);
  run_rate = money (summary, summary->run_rate);
  headcount = hp_number_format_grouped (summary->total_headcount);
  gtk_label_set_text (self->total_label, total);
  gtk_label_set_text (self->run_rate_label, run_rate);
  gtk_label_set_text (self->headcount_label, headcount);

  fill_budget (self, summary);
  fill_levels (self, summary);
  fill_quarters (self, summary);
  fill_warnings (self, summary);
  hp_cost_chart_set_summary (self->chart, summary);
}
