/* hp-plan-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-summary"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-cost-chart.h"
#include "hp-money.h"
#include "hp-plan-diff.h"
#include "hp-plan-summary.h"
#include "hp-marked-line.h"

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
  GtkLabel    *total_delta;     /* the differences from the baseline, shown */
  GtkLabel    *run_rate_delta;  /* only while a scenario is */
  GtkLabel    *headcount_delta;
  GtkLabel    *remaining_delta;
  GtkGrid     *level_grid;
  GtkGrid     *quarter_grid;
  HpCostChart *chart;
  GtkLabel    *warnings_heading;
  GtkListBox  *warnings_list;
  GtkWidget   *more_row;      /* "and N more", after the rows shown */
  guint        warning_rows;  /* how many warnings are listed at most */
};

/* A plan of 100,000 positions can have thousands of warnings: a list of
 * them all would take seconds to lay out, on every edit.  Each row is a
 * wrapped label (in an HpMarkedLine, which spares it being laid out over
 * and over as the window is measured): the list starts with the first
 * twenty and "and N more" lists twenty more each time it is activated. */
#define WARNING_ROWS_STEP 20

G_DEFINE_FINAL_TYPE (HpPlanSummary, hp_plan_summary, GTK_TYPE_WIDGET)

enum {
  WARNING_ACTIVATED,
  MORE_WARNINGS,
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

/* Puts @text at (@column, @row), reusing the label already there: an edit
 * then changes the text of a few labels rather than making new ones, whose
 * style and layout would all be computed again for the next frame. */
static void
set_cell (GtkGrid    *grid,
          int         column,
          int         row,
          const char *text,
          float       xalign,
          const char *css_class)
{
  static const char * const classes[] = { "dim-label", "heading" };
  GtkWidget *label = gtk_grid_get_child_at (grid, column, row);

  if (label == NULL || !GTK_IS_LABEL (label) || gtk_label_get_xalign (GTK_LABEL (label)) != xalign)
    {
      if (label != NULL)
        gtk_grid_remove (grid, label);
      gtk_grid_attach (grid, cell (text, xalign, css_class), column, row, 1, 1);
      return;
    }

  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (label), text);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      if (g_strcmp0 (classes[i], css_class) == 0)
        gtk_widget_add_css_class (label, classes[i]);
      else
        gtk_widget_remove_css_class (label, classes[i]);
    }
}

/* Removes the rows from @first_unused on. */
static void
trim_grid (GtkGrid *grid,
           int      first_unused)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);
      int row;

      gtk_grid_query_child (grid, child, NULL, &row, NULL, NULL);
      if (row >= first_unused)
        gtk_grid_remove (grid, child);
      child = next;
    }
}

static void
fill_levels (HpPlanSummary   *self,
             const HpSummary *summary)
{
  int row = 1;

  set_cell (self->level_grid, 0, 0, _("Level"), 0.0f, "dim-label");
  set_cell (self->level_grid, 1, 0, _("People"), 1.0f, "dim-label");
  set_cell (self->level_grid, 2, 0, _("Period cost"), 1.0f, "dim-label");

  for (guint level = 0; level < HP_N_LEVELS; level++)
    {
      g_autofree char *count = NULL;
      g_autofree char *cost = NULL;

      if (summary->level_headcount[level] == 0 && summary->level_cost[level] == 0)
        continue;

      count = hp_number_format_grouped (summary->level_headcount[level]);
      cost = money (summary, summary->level_cost[level]);
      set_cell (self->level_grid, 0, row, hp_level_display_name (level), 0.0f, NULL);
      set_cell (self->level_grid, 1, row, count, 1.0f, NULL);
      set_cell (self->level_grid, 2, row, cost, 1.0f, NULL);
      row++;
    }

  {
    g_autofree char *count = hp_number_format_grouped (summary->total_headcount);
    g_autofree char *cost = money (summary, summary->total_cost);

    set_cell (self->level_grid, 0, row, _("Total"), 0.0f, "heading");
    set_cell (self->level_grid, 1, row, count, 1.0f, "heading");
    set_cell (self->level_grid, 2, row, cost, 1.0f, "heading");
  }

  trim_grid (self->level_grid, row + 1);
}

static void
fill_quarters (HpPlanSummary   *self,
               const HpSummary *summary)
{
  guint n = hp_summary_get_n_quarters ((HpSummary *) summary);

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

      set_cell (self->quarter_grid, 0, (int) q, name, 0.0f, NULL);
      set_cell (self->quarter_grid, 1, (int) q, cost, 1.0f, NULL);
    }

  trim_grid (self->quarter_grid, (int) n);
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
    {
      g_autofree char *percent_text = hp_number_format_grouped (percent);
      used_text = g_strdup_printf (_("%s of %s used (%s%%)"), used, budget, percent_text);
    }
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

static GtkWidget *
new_warning_row (const char *icon_name)
{
  GtkWidget *line = hp_marked_line_new_warning (icon_name);
  GtkWidget *row;

  gtk_widget_set_margin_top (line, 8);
  gtk_widget_set_margin_bottom (line, 8);
  gtk_widget_set_margin_start (line, 10);
  gtk_widget_set_margin_end (line, 10);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), line);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), "hp-label", hp_marked_line_get_label (HP_MARKED_LINE (line)));

  return row;
}

/* Changes only what differs, so that an edit relays out one row, not all. */
static void
set_warning_row (GtkWidget  *row,
                 const char *message,
                 const char *position_id)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "hp-label");
  const char *old_id = g_object_get_data (G_OBJECT (row), "hp-position-id");

  if (g_strcmp0 (gtk_label_get_text (label), message) != 0)
    {
      gtk_label_set_text (label, message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, message, -1);
    }

  if (g_strcmp0 (old_id, position_id) != 0)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), position_id != NULL);
      g_object_set_data_full (G_OBJECT (row), "hp-position-id", g_strdup (position_id), g_free);
      gtk_widget_set_tooltip_text (row, position_id != NULL ? _("Select this position in the table") : NULL);
    }
}

static void
fill_warnings (HpPlanSummary   *self,
               const HpSummary *summary)
{
  guint n = summary->warnings->len;
  guint shown = MIN (n, self->warning_rows);
  GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_list));
  g_autofree char *heading = NULL;

  heading = n == 0
    ? g_strdup (_("No Warnings"))
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Warning", "%u Warnings", n), n);
  gtk_label_set_text (self->warnings_heading, heading);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_list), n > 0);

  /* The rows already there are kept and changed where they differ. */
  for (guint i = 0; i < shown; i++)
    {
      const HpWarning *warning = g_ptr_array_index (summary->warnings, i);

      if (row == NULL || row == self->more_row)
        {
          GtkWidget *added = new_warning_row ("dialog-warning-symbolic");

          gtk_list_box_insert (self->warnings_list, added, (int) i);
          row = added;
        }
      set_warning_row (row, warning->message, warning->position_id);
      row = gtk_widget_get_next_sibling (row);
    }

  while (row != NULL && row != self->more_row)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (row);

      gtk_list_box_remove (self->warnings_list, row);
      row = next;
    }

  if (n > shown)
    {
      g_autofree char *rest = hp_number_format_grouped (n - shown);
      g_autofree char *more = NULL;

      /* TRANSLATORS: after the warnings listed, "and 4,412 more" */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %s more", "and %s more", n - shown), rest);
      if (self->more_row == NULL)
        {
          self->more_row = new_warning_row ("view-more-symbolic");
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->more_row), TRUE);
          gtk_widget_set_tooltip_text (self->more_row, _("List more warnings"));
          gtk_list_box_append (self->warnings_list, self->more_row);
        }
      set_warning_row (self->more_row, more, NULL);
    }
  else if (self->more_row != NULL)
    {
      gtk_list_box_remove (self->warnings_list, self->more_row);
      self->more_row = NULL;
    }
}

static void
warning_activated_cb (HpPlanSummary *self,
                      GtkListBoxRow *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "hp-position-id");

  if (GTK_WIDGET (row) == self->more_row)
    {
      self->warning_rows += WARNING_ROWS_STEP;
      g_signal_emit (self, signals[MORE_WARNINGS], 0);
      return;
    }
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
  /* "and N more" was activated: more rows are to be listed, from the
   * summary of now (hp_plan_summary_set_summary()). */
  signals[MORE_WARNINGS] = g_signal_new ("more-warnings", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

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
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, total_delta);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, run_rate_delta);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, headcount_delta);
  gtk_widget_class_bind_template_child (widget_class, HpPlanSummary, remaining_delta);
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
  self->warning_rows = WARNING_ROWS_STEP;
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

static void
show_money_delta (GtkLabel      *label,
                  const HpDelta *delta,
                  const char    *currency)
{
  g_autofree char *amount = hp_money_format_delta (delta->delta, currency);
  /* TRANSLATORS: beside a figure of a scenario, "+$120,400.00 vs. baseline" */
  g_autofree char *text = g_strdup_printf (_("%s vs. baseline"), amount);

  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

/* Beside each headline figure, its difference from the baseline (@diff:
 * baseline to the plan shown), or nothing when @diff is NULL. */
void
hp_plan_summary_set_difference (HpPlanSummary    *self,
                                const HpPlanDiff *diff)
{
  g_return_if_fail (HP_IS_PLAN_SUMMARY (self));

  if (diff == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->total_delta), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->run_rate_delta), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->headcount_delta), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->remaining_delta), FALSE);
      return;
    }

  show_money_delta (self->total_delta, &diff->total_cost, diff->currency);
  show_money_delta (self->run_rate_delta, &diff->run_rate, diff->currency);
  {
    g_autofree char *count = hp_number_format_delta (diff->headcount.delta);
    guint64 n = (guint64) ABS (diff->headcount.delta);
    /* TRANSLATORS: beside a scenario's headcount, "−2 people vs. baseline" */
    g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person vs. baseline",
                                                          "%s people vs. baseline", (gulong) MIN (n, 1000000)),
                                             count);

    gtk_label_set_text (self->headcount_delta, text);
    gtk_widget_set_visible (GTK_WIDGET (self->headcount_delta), TRUE);
  }
  if (gtk_widget_get_visible (GTK_WIDGET (self->remaining_label)))
    show_money_delta (self->remaining_delta, &diff->budget_remaining, diff->currency);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->remaining_delta), FALSE);
}
