/* hp-plan-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-view"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-money.h"
#include "hp-plan-settings.h"
#include "hp-plan-diff.h"
#include "hp-plan-summary.h"
#include "hp-plan-table.h"
#include "hp-plan-view.h"
#include "hp-position-details.h"
#include "hp-ui-util.h"
#include "hp-summary-tracker.h"

struct _HpPlanView
{
  GtkWidget      parent_instance;

  HpPlan           *plan;
  HpCatalog        *catalog;
  HpSummaryTracker *tracker;   /* the summary, adjusted by each edit */
  gulong            changed_id;
  HpPlan           *baseline;   /* compared with, while a scenario is shown */
  gulong            baseline_changed_id;
  guint             difference_id;  /* an idle: the differences, after a burst of steps */

  GSettings        *settings;
  gboolean          show_summary;
  gboolean          narrow;        /* too narrow for the table and the summary side by side */

  GtkPaned      *paned;
  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
  GtkMenuButton *add_button;
  GtkLabel      *selection_label;
  GtkLabel      *totals_label;    /* the headline figures while the summary is hidden */
  GtkMenuButton *details_button;
  GtkPopover    *details_popover;
  HpPositionDetails *details;
  GtkRevealer   *error_revealer;
  GtkLabel      *error_label;
  GtkStack      *content_stack;
  HpPlanTable   *table;
  HpPlanSummary *summary_view;
};

G_DEFINE_FINAL_TYPE (HpPlanView, hp_plan_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_totals (HpPlanView *self);

/* Shown or hidden as the manager left it, kept in the settings; in a
 * narrow window it is hidden, and shown there only when asked, and the
 * manager's choice for a wide window is kept for when it is wide again. */
static void
set_show_summary (HpPlanView *self,
                  gboolean    show)
{
  show = !!show;
  if (!self->narrow && g_settings_get_boolean (self->settings, "summary-visible") != show)
    g_settings_set_boolean (self->settings, "summary-visible", show);
  if (self->show_summary == show)
    return;
  self->show_summary = show;
  gtk_widget_set_visible (GTK_WIDGET (self->summary_view), show);
  update_totals (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_SUMMARY]);
}

static void
hp_plan_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HpPlanView *self = HP_PLAN_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_SUMMARY: g_value_set_boolean (value, self->show_summary); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_plan_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  HpPlanView *self = HP_PLAN_VIEW (object);

  switch (prop_id)
    {
    case PROP_SHOW_SUMMARY: set_show_summary (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
update_actions (HpPlanView *self)
{
  guint n = hp_plan_table_get_n_selected (self->table);
  g_autofree char *text = NULL;
  gboolean has_positions;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.duplicate", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.remove", n > 0);
  has_positions = self->plan != NULL && hp_plan_get_n_positions (self->plan) > 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.details", has_positions);
  gtk_widget_set_sensitive (GTK_WIDGET (self->details_button), has_positions);

  if (n > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected", "%u selected", n), n);
  gtk_label_set_text (self->selection_label, text != NULL ? text : "");
}

static void
update_header (HpPlanView *self)
{
  HpPlan *plan = self->plan;
  g_autofree char *from = hp_month_format (hp_plan_get_start (plan));
  g_autofree char *to = hp_month_format (hp_plan_get_end (plan));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *title = hp_plan_get_title (plan);

  gtk_label_set_text (self->title_label, *title != '\0' ? title : _("Untitled Plan"));

  if (*hp_plan_get_team (plan) != '\0')
    g_string_append_printf (subtitle, "%s · ", hp_plan_get_team (plan));
  /* TRANSLATORS: the plan's period, "Jan 2027 – Dec 2027" */
  g_string_append_printf (subtitle, _("%s – %s"), from, to);
  g_string_append_printf (subtitle, " · %s · %s", hp_plan_get_currency (plan),
                          hp_plan_status_display_name (hp_plan_get_status (plan)));
  if (*hp_plan_get_owner (plan) != '\0')
    /* TRANSLATORS: who owns the plan, "Owner: Alex Morgan" */
    g_string_append_printf (subtitle, " · %s", hp_plan_get_owner (plan));
  gtk_label_set_text (self->subtitle_label, subtitle->str);
}

/* The differences from the baseline, once the steps of a burst are done:
 * a diff reads both plans whole. */
static gboolean
update_difference_cb (gpointer user_data)
{
  HpPlanView *self = user_data;
  g_autoptr(HpPlanDiff) diff = NULL;

  self->difference_id = 0;
  if (self->baseline != NULL && self->plan != NULL && self->baseline != self->plan)
    diff = hp_plan_diff_compute (self->baseline, self->plan, NULL);  /* NULL: another currency */
  hp_plan_summary_set_difference (self->summary_view, diff);
  return G_SOURCE_REMOVE;
}

static void
schedule_difference (HpPlanView *self)
{
  if (self->difference_id == 0)
    self->difference_id = g_idle_add (update_difference_cb, self);
}

/* With the summary hidden (a narrow window, or F9) its headline figures
 * stay in sight in the toolbar. */
static void
update_totals (HpPlanView *self)
{
  const HpSummary *summary = self->tracker != NULL ? hp_summary_tracker_get_summary (self->tracker) : NULL;
  g_autofree char *cost = NULL;
  g_autofree char *headcount = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->totals_label), !self->show_summary && summary != NULL);
  if (self->show_summary || summary == NULL)
    return;

  if (summary->overflow)
    {
      gtk_label_set_text (self->totals_label, "");
      return;
    }
  cost = hp_money_format (summary->total_cost, summary->currency, HP_MONEY_FORMAT_DEFAULT);
  headcount = hp_number_format_grouped (summary->total_headcount);
  /* TRANSLATORS: in the plan's toolbar while the summary is hidden: "Cost $779,166.48 · Headcount 6" */
  text = g_strdup_printf (_("Cost %s · Headcount %s"), cost, headcount);
  gtk_label_set_text (self->totals_label, text);
}

/* After every step: the tracker has already brought the totals up to
 * date by what the step changed, so this costs no pass over the plan. */
static void
refresh (HpPlanView *self)
{
  update_totals (self);
  hp_plan_summary_set_summary (self->summary_view, hp_summary_tracker_get_summary (self->tracker));
  hp_plan_table_set_warnings (self->table, hp_summary_tracker_get_summary (self->tracker));
  update_header (self);
  if (self->baseline != NULL)
    schedule_difference (self);
  gtk_stack_set_visible_child_name (self->content_stack,
                                    hp_plan_get_n_positions (self->plan) > 0 ? "table" : "empty");
  update_actions (self);
}

static void
plan_changed_cb (HpPlanView *self)
{
  HpPosition *shown = self->details != NULL ? hp_position_details_get_position (self->details) : NULL;

  /* The details of a position no longer in the plan (undone, removed) go. */
  if (shown != NULL && hp_plan_find_position (self->plan, hp_position_get_id (shown), NULL) != shown)
    gtk_popover_popdown (self->details_popover);
  refresh (self);
}

/* The details are of the position at the table's cursor. */
static void
details_show_cb (HpPlanView *self)
{
  HpPosition *position = self->plan != NULL ? hp_plan_table_get_cursor_position (self->table) : NULL;

  hp_position_details_set_position (self->details, self->plan, self->catalog, position);
}

static void
details_closed_cb (HpPlanView *self)
{
  hp_position_details_set_position (self->details, NULL, NULL, NULL);
  if (self->plan != NULL && hp_plan_get_n_positions (self->plan) > 0)
    hp_plan_table_focus (self->table);
}

/* The details are made the first time they are asked for. */
static void
create_details_cb (GtkMenuButton *button,
                   gpointer       user_data)
{
  HpPlanView *self = user_data;

  if (self->details_popover != NULL)
    return;

  self->details_popover = GTK_POPOVER (gtk_popover_new ());
  self->details = HP_POSITION_DETAILS (hp_position_details_new ());
  gtk_popover_set_child (self->details_popover, GTK_WIDGET (self->details));
  g_signal_connect_object (self->details_popover, "show", G_CALLBACK (details_show_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->details_popover, "closed", G_CALLBACK (details_closed_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_popover (button, GTK_WIDGET (self->details_popover));
}

static void
details_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);

  if (self->plan == NULL || hp_plan_get_n_positions (self->plan) == 0)
    return;
  gtk_menu_button_popup (self->details_button);
  if (self->details != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->details));
}

static void
show_error (HpPlanView *self,
            const char *message)
{
  if (message != NULL)
    gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
invalid_input_cb (HpPlanView *self,
                  const char *message)
{
  show_error (self, message);
}

static void
dismiss_error_cb (HpPlanView *self)
{
  show_error (self, NULL);
}

static void
warning_activated_cb (HpPlanView *self,
                      const char *position_id)
{
  hp_plan_view_select_position (self, position_id);
}

static void
more_warnings_cb (HpPlanView *self)
{
  if (self->tracker != NULL)
    hp_plan_summary_set_summary (self->summary_view, hp_summary_tracker_get_summary (self->tracker));
}

static void
add_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);

  hp_plan_view_add_role (self, g_variant_get_string (parameter, NULL), 1, hp_plan_get_start (self->plan));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  g_autoptr(GPtrArray) selected = hp_plan_table_get_selected_positions (self->table);
  g_autoptr(GPtrArray) copies = NULL;

  if (selected->len == 0)
    return;

  copies = hp_plan_duplicate_positions (self->plan, (HpPosition **) selected->pdata, selected->len);
  if (copies->len > 0)
    hp_plan_table_select_position (self->table, hp_position_get_id (g_ptr_array_index (copies, 0)));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  g_autoptr(GPtrArray) selected = hp_plan_table_get_selected_positions (self->table);

  if (selected->len > 0)
    hp_plan_remove_positions (self->plan, (HpPosition **) selected->pdata, selected->len);
}

static void
settings_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HpPlanView *self = HP_PLAN_VIEW (widget);
  GtkWidget *dialog = hp_plan_settings_new (self->plan);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rebuild_add_menu (HpPlanView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GListModel *roles;
  guint n;

  if (self->catalog == NULL)
    return;

  roles = hp_catalog_get_roles (self->catalog);
  n = g_list_model_get_n_items (roles);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpRole) role = g_list_model_get_item (roles, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (hp_role_get_title (role), NULL);

      g_menu_item_set_action_and_target (item, "plan.add-role", "s", hp_role_get_id (role));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->add_button, G_MENU_MODEL (menu));
}

static void
hp_plan_view_dispose (GObject *object)
{
  HpPlanView *self = HP_PLAN_VIEW (object);

  if (self->plan != NULL)
    g_clear_signal_handler (&self->changed_id, self->plan);
  if (self->baseline != NULL)
    g_clear_signal_handler (&self->baseline_changed_id, self->baseline);
  g_clear_object (&self->baseline);
  g_clear_handle_id (&self->difference_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_PLAN_VIEW);
  self->details_popover = NULL; /* went with its button */
  self->details = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->tracker);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (hp_plan_view_parent_class)->dispose (object);
}

static void
hp_plan_view_class_init (HpPlanViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_plan_view_dispose;
  object_class->get_property = hp_plan_view_get_property;
  object_class->set_property = hp_plan_view_set_property;

  properties[PROP_SHOW_SUMMARY] =
    g_param_spec_boolean ("show-summary", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HP_TYPE_PLAN_TABLE);
  g_type_ensure (HP_TYPE_PLAN_SUMMARY);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hiringplanner/HiringPlanner/hp-plan-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, paned);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, title_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, add_button);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, selection_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, totals_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, details_button);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, error_label);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, table);
  gtk_widget_class_bind_template_child (widget_class, HpPlanView, summary_view);
  gtk_widget_class_bind_template_callback (widget_class, invalid_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_error_cb);
  gtk_widget_class_bind_template_callback (widget_class, warning_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_warnings_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);

  gtk_widget_class_install_action (widget_class, "plan.add-role", "s", add_role_action);
  gtk_widget_class_install_action (widget_class, "plan.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "plan.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "plan.settings", NULL, settings_action);
  gtk_widget_class_install_action (widget_class, "plan.details", NULL, details_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F4, 0, "plan.details", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK, "plan.details", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_ALT_MASK, "plan.details", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "plan.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "plan.duplicate", NULL);
  gtk_widget_class_install_property_action (widget_class, "plan.show-summary", "show-summary");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "plan.show-summary", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "planview");
}

static void
hp_plan_view_init (HpPlanView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->show_summary = TRUE;
  /* Shown or hidden, and how wide: as the manager left it. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "summary-visible", self, "show-summary", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "summary-position", self->paned, "position", G_SETTINGS_BIND_DEFAULT);
  hp_menu_button_suggest (self->add_button);
  gtk_menu_button_set_create_popup_func (self->details_button, create_details_cb, self, NULL);
  update_actions (self);
}

void
hp_plan_view_set_catalog (HpPlanView *self,
                          HpCatalog  *catalog)
{
  g_return_if_fail (HP_IS_PLAN_VIEW (self));

  if (!g_set_object (&self->catalog, catalog))
    return;

  hp_plan_table_set_catalog (self->table, catalog);
  rebuild_add_menu (self);
  if (self->tracker != NULL)
    {
      hp_summary_tracker_set_catalog (self->tracker, catalog);
      refresh (self);
    }
}

void
hp_plan_view_set_plan (HpPlanView *self,
                       HpPlan     *plan)
{
  g_return_if_fail (HP_IS_PLAN_VIEW (self));
  g_return_if_fail (HP_IS_PLAN (plan));

  if (self->plan != NULL)
    g_clear_signal_handler (&self->changed_id, self->plan);

  g_set_object (&self->plan, plan);
  g_clear_object (&self->tracker);
  self->tracker = hp_summary_tracker_new (plan, self->catalog);
  self->changed_id = g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);

  hp_plan_table_set_plan (self->table, plan);
  show_error (self, NULL);
  refresh (self);
  /* The keyboard in the table, on the first row, the arrows at once. */
  if (hp_plan_get_n_positions (plan) > 0)
    hp_plan_table_focus (self->table);
}

/* @baseline: the plan the one shown is compared with (the summary shows
 * the differences), or NULL. */
void
hp_plan_view_set_baseline (HpPlanView *self,
                           HpPlan     *baseline)
{
  g_return_if_fail (HP_IS_PLAN_VIEW (self));
  g_return_if_fail (baseline == NULL || HP_IS_PLAN (baseline));

  if (self->baseline != NULL)
    g_clear_signal_handler (&self->baseline_changed_id, self->baseline);
  g_set_object (&self->baseline, baseline);
  if (baseline != NULL)
    self->baseline_changed_id = g_signal_connect_swapped (baseline, "changed", G_CALLBACK (schedule_difference), self);
  schedule_difference (self);
}

HpPlan *
hp_plan_view_get_plan (HpPlanView *self)
{
  g_return_val_if_fail (HP_IS_PLAN_VIEW (self), NULL);
  return self->plan;
}

const HpSummary *
hp_plan_view_get_summary (HpPlanView *self)
{
  g_return_val_if_fail (HP_IS_PLAN_VIEW (self), NULL);
  return self->tracker != NULL ? hp_summary_tracker_get_summary (self->tracker) : NULL;
}

void
hp_plan_view_add_role (HpPlanView *self,
                       const char *role_id,
                       guint       count,
                       HpMonth     start)
{
  g_autoptr(HpPosition) position = NULL;
  HpRole *role;

  g_return_if_fail (HP_IS_PLAN_VIEW (self));

  role = self->catalog != NULL ? hp_catalog_lookup (self->catalog, role_id) : NULL;
  if (role == NULL || self->plan == NULL)
    return;

  position = hp_plan_new_position_for_role (self->plan, role, count, start);
  hp_plan_insert_position (self->plan, -1, position);
  hp_plan_table_focus_count (self->table, hp_position_get_id (position));
}

void
hp_plan_view_select_position (HpPlanView *self,
                              const char *position_id)
{
  g_return_if_fail (HP_IS_PLAN_VIEW (self));

  hp_plan_table_select_position (self->table, position_id);
}

/* A window too narrow for the table and the summary side by side: the
 * summary is hidden (the toggle and F9 still show it) and comes back as
 * the manager left it once the window is wide again. */
void
hp_plan_view_set_narrow (HpPlanView *self,
                         gboolean    narrow)
{
  g_return_if_fail (HP_IS_PLAN_VIEW (self));

  narrow = !!narrow;
  if (self->narrow == narrow)
    return;

  self->narrow = narrow;
  if (narrow)
    set_show_summary (self, FALSE);
  else
    set_show_summary (self, g_settings_get_boolean (self->settings, "summary-visible"));
}
