/* hp-plan.c: a team's hiring plan: its settings, as properties, and its
 * positions
 *
 * Changes go through hp-plan-edit.c, one step of the history each;
 * hp-plan-signals.c tells what each step changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-money.h"
#include "hp-plan-private.h"

G_DEFINE_FINAL_TYPE (HpPlan, hp_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_TEAM,
  PROP_OWNER,
  PROP_STATUS,
  PROP_CURRENCY,
  PROP_START,
  PROP_MONTHS,
  PROP_OVERHEAD_BP,
  PROP_ONE_TIME_COST,
  PROP_HAS_BUDGET,
  PROP_BUDGET,
  PROP_NOTES,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_keys[HP_N_PLAN_STATUSES] = { "draft", "submitted", "approved" };

const char *
hp_plan_status_to_key (HpPlanStatus status)
{
  g_return_val_if_fail (status < HP_N_PLAN_STATUSES, NULL);
  return status_keys[status];
}

int
hp_plan_status_from_key (const char *key)
{
  for (guint i = 0; key != NULL && i < HP_N_PLAN_STATUSES; i++)
    if (g_str_equal (key, status_keys[i]))
      return (int) i;

  return -1;
}

const char *
hp_plan_status_display_name (HpPlanStatus status)
{
  switch (status)
    {
    case HP_PLAN_STATUS_DRAFT:     return _("Draft");
    case HP_PLAN_STATUS_SUBMITTED: return _("Submitted");
    case HP_PLAN_STATUS_APPROVED:  return _("Approved");
    case HP_N_PLAN_STATUSES:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* After every change of the history. */
void
hp_plan_notify_history (HpPlan *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

static void
hp_plan_finalize (GObject *object)
{
  HpPlan *self = (HpPlan *) object;

  g_clear_pointer (&self->history, hp_history_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->team, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_object (&self->positions);
  g_clear_pointer (&self->extensions, json_node_unref);
  g_clear_object (&self->scenarios);

  G_OBJECT_CLASS (hp_plan_parent_class)->finalize (object);
}

static void
hp_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  HpPlan *self = HP_PLAN (object);

  switch (prop_id)
    {
    case PROP_TITLE:         g_value_set_string (value, self->title); break;
    case PROP_TEAM:          g_value_set_string (value, self->team); break;
    case PROP_OWNER:         g_value_set_string (value, self->owner); break;
    case PROP_STATUS:        g_value_set_int (value, self->status); break;
    case PROP_CURRENCY:      g_value_set_string (value, self->currency); break;
    case PROP_START:         g_value_set_int (value, self->start); break;
    case PROP_MONTHS:        g_value_set_uint (value, self->months); break;
    case PROP_OVERHEAD_BP:   g_value_set_uint (value, self->overhead_bp); break;
    case PROP_ONE_TIME_COST: g_value_set_int64 (value, self->one_time_cost); break;
    case PROP_HAS_BUDGET:    g_value_set_boolean (value, self->has_budget); break;
    case PROP_BUDGET:        g_value_set_int64 (value, self->budget); break;
    case PROP_NOTES:         g_value_set_string (value, self->notes); break;
    case PROP_CAN_UNDO:      g_value_set_boolean (value, hp_plan_can_undo (self)); break;
    case PROP_CAN_REDO:      g_value_set_boolean (value, hp_plan_can_redo (self)); break;
    case PROP_UNDO_LABEL:    g_value_set_string (value, hp_plan_get_undo_label (self)); break;
    case PROP_REDO_LABEL:    g_value_set_string (value, hp_plan_get_redo_label (self)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

#define SET_SCALAR(field, value) \
  (self->field != (value) ? (self->field = (value), TRUE) : FALSE)

static void
hp_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  HpPlan *self = HP_PLAN (object);
  gboolean changed = FALSE;

  switch (prop_id)
    {
    case PROP_TITLE:         changed = set_string (&self->title, g_value_get_string (value)); break;
    case PROP_TEAM:          changed = set_string (&self->team, g_value_get_string (value)); break;
    case PROP_OWNER:         changed = set_string (&self->owner, g_value_get_string (value)); break;
    case PROP_STATUS:        changed = SET_SCALAR (status, (HpPlanStatus) g_value_get_int (value)); break;
    case PROP_CURRENCY:
      g_return_if_fail (hp_currency_is_valid_code (g_value_get_string (value)));
      changed = set_string (&self->currency, g_value_get_string (value));
      break;
    case PROP_START:
      g_return_if_fail (hp_month_is_valid (g_value_get_int (value)));
      changed = SET_SCALAR (start, g_value_get_int (value));
      break;
    case PROP_MONTHS:        changed = SET_SCALAR (months, g_value_get_uint (value)); break;
    case PROP_OVERHEAD_BP:   changed = SET_SCALAR (overhead_bp, g_value_get_uint (value)); break;
    case PROP_ONE_TIME_COST: changed = SET_SCALAR (one_time_cost, g_value_get_int64 (value)); break;
    case PROP_HAS_BUDGET:    changed = SET_SCALAR (has_budget, g_value_get_boolean (value)); break;
    case PROP_BUDGET:        changed = SET_SCALAR (budget, g_value_get_int64 (value)); break;
    case PROP_NOTES:         changed = set_string (&self->notes, g_value_get_string (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }

  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

#undef SET_SCALAR

static void
hp_plan_class_init (HpPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hp_plan_finalize;
  object_class->get_property = hp_plan_get_property;
  object_class->set_property = hp_plan_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_TEAM] = g_param_spec_string ("team", NULL, NULL, "", rw);
  properties[PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, "", rw);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, 0, HP_N_PLAN_STATUSES - 1, 0, rw);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, "USD", rw);
  properties[PROP_START] = g_param_spec_int ("start", NULL, NULL, G_MININT32, G_MAXINT32, 0, rw);
  properties[PROP_MONTHS] = g_param_spec_uint ("months", NULL, NULL, 1, HP_PLAN_MAX_MONTHS, 12, rw);
  properties[PROP_OVERHEAD_BP] = g_param_spec_uint ("overhead-bp", NULL, NULL, 0, HP_PLAN_MAX_OVERHEAD_BP,
                                                    HP_PLAN_DEFAULT_OVERHEAD_BP, rw);
  properties[PROP_ONE_TIME_COST] = g_param_spec_int64 ("one-time-cost", NULL, NULL, 0, HP_MONEY_MAX,
                                                       HP_PLAN_DEFAULT_ONE_TIME, rw);
  properties[PROP_HAS_BUDGET] = g_param_spec_boolean ("has-budget", NULL, NULL, FALSE, rw);
  properties[PROP_BUDGET] = g_param_spec_int64 ("budget", NULL, NULL, 0, HP_MONEY_MAX, 0, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, ro);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  hp_plan_install_signals (klass);
}

static void
hp_plan_init (HpPlan *self)
{
  self->title = g_strdup ("");
  self->team = g_strdup ("");
  self->owner = g_strdup ("");
  self->notes = g_strdup ("");
  self->currency = g_strdup ("USD");
  self->status = HP_PLAN_STATUS_DRAFT;
  self->start = hp_month_current ();
  self->months = 12;
  self->overhead_bp = HP_PLAN_DEFAULT_OVERHEAD_BP;
  self->one_time_cost = HP_PLAN_DEFAULT_ONE_TIME;
  self->positions = g_list_store_new (HP_TYPE_POSITION);
  self->history = hp_history_new ();
}

HpPlan *
hp_plan_new (void)
{
  return g_object_new (HP_TYPE_PLAN, NULL);
}

/* The first month after @today in which a fiscal year starts. */
HpMonth
hp_plan_next_fiscal_year_start (HpMonth today,
                                int     fiscal_year_start_month)
{
  HpMonth m;

  g_return_val_if_fail (fiscal_year_start_month >= 1 && fiscal_year_start_month <= 12, today);

  for (m = today + 1; hp_month_get_month (m) != fiscal_year_start_month; m++)
    ;

  return m;
}

#define GETTER(type, name)                                  \
  type                                                      \
  hp_plan_get_##name (HpPlan *self)                         \
  {                                                         \
    g_return_val_if_fail (HP_IS_PLAN (self), (type) 0);     \
    return self->name;                                      \
  }

GETTER (const char *, title)
GETTER (const char *, team)
GETTER (const char *, owner)
GETTER (HpPlanStatus, status)
GETTER (const char *, currency)
GETTER (HpMonth, start)
GETTER (guint, months)
GETTER (guint, overhead_bp)
GETTER (gint64, one_time_cost)
GETTER (gboolean, has_budget)
GETTER (gint64, budget)
GETTER (const char *, notes)

#undef GETTER

HpMonth
hp_plan_get_end (HpPlan *self)
{
  g_return_val_if_fail (HP_IS_PLAN (self), 0);
  return self->start + (HpMonth) self->months - 1;
}

GListModel *
hp_plan_get_positions (HpPlan *self)
{
  g_return_val_if_fail (HP_IS_PLAN (self), NULL);
  return G_LIST_MODEL (self->positions);
}

guint
hp_plan_get_n_positions (HpPlan *self)
{
  g_return_val_if_fail (HP_IS_PLAN (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->positions));
}

HpPosition *
hp_plan_get_position (HpPlan *self,
                      guint   index)
{
  HpPosition *position;

  g_return_val_if_fail (HP_IS_PLAN (self), NULL);

  /* The store keeps its own reference: hand out a borrowed one. */
  position = g_list_model_get_item (G_LIST_MODEL (self->positions), index);
  if (position != NULL)
    g_object_unref (position);

  return position;
}

HpPosition *
hp_plan_find_position (HpPlan     *self,
                       const char *id,
                       guint      *out_index)
{
  guint n;

  g_return_val_if_fail (HP_IS_PLAN (self), NULL);

  n = hp_plan_get_n_positions (self);
  for (guint i = 0; i < n; i++)
    {
      HpPosition *position = hp_plan_get_position (self, i);

      if (g_strcmp0 (hp_position_get_id (position), id) == 0)
        {
          if (out_index != NULL)
            *out_index = i;
          return position;
        }
    }

  return NULL;
}

/* A position with the role's defaults: its title, its band's midpoint, the
 * plan's one-time cost, and for a fixed-term role an end after its term. */
HpPosition *
hp_plan_new_position_for_role (HpPlan  *self,
                               HpRole  *role,
                               guint    count,
                               HpMonth  start)
{
  HpPosition *position;
  gint64 salary;

  g_return_val_if_fail (HP_IS_PLAN (self), NULL);
  g_return_val_if_fail (HP_IS_ROLE (role), NULL);
  g_return_val_if_fail (count >= 1 && count <= HP_POSITION_MAX_COUNT, NULL);
  g_return_val_if_fail (hp_month_is_valid (start), NULL);

  salary = hp_role_get_band_mid (role);
  /* A band in another currency keeps its figure in major units. */
  {
    guint from = hp_currency_minor_digits (hp_role_get_currency (role));
    guint to = hp_currency_minor_digits (self->currency);

    for (; from < to; from++)
      salary *= 10;
    for (; from > to; from--)
      salary = (salary + 5) / 10;
  }

  position = hp_position_new ();
  hp_position_set_role_id (position, hp_role_get_id (role));
  hp_position_set_level (position, hp_role_get_level (role));
  hp_position_set_title (position, hp_role_get_title (role));
  hp_position_set_count (position, count);
  hp_position_set_start (position, start);
  if (hp_role_is_fixed_term (role) && hp_role_get_term_months (role) > 0)
    hp_position_set_end (position, start + (HpMonth) hp_role_get_term_months (role) - 1);
  hp_position_set_annual_salary (position, salary);
  hp_position_set_one_time_cost (position, self->one_time_cost);

  return position;
}

void
hp_plan_append_position (HpPlan     *self,
                         HpPosition *position)
{
  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (HP_IS_POSITION (position));

  hp_plan_append_positions (self, &position, 1);
}

/* Many at once: one "items-changed" of the list, one "changed". */
void
hp_plan_append_positions (HpPlan      *self,
                          HpPosition **positions,
                          guint        n_positions)
{
  HpPlanStep step;

  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (positions != NULL || n_positions == 0);

  if (n_positions == 0)
    return;

  for (guint i = 0; i < n_positions; i++)
    g_return_if_fail (HP_IS_POSITION (positions[i]));

  hp_plan_step_init (self, &step);
  g_list_store_splice (self->positions, g_list_model_get_n_items (G_LIST_MODEL (self->positions)), 0,
                       (gpointer *) positions, n_positions);
  for (guint i = 0; i < n_positions; i++)
    g_ptr_array_add (step.added, g_object_ref (positions[i]));
  hp_plan_step_emit (self, &step);
  hp_plan_step_clear (&step);
}

JsonNode *
hp_plan_get_extensions (HpPlan *self)
{
  g_return_val_if_fail (HP_IS_PLAN (self), NULL);
  return self->extensions;
}

void
hp_plan_set_extensions (HpPlan   *self,
                        JsonNode *extensions)
{
  g_return_if_fail (HP_IS_PLAN (self));

  if (extensions != NULL)
    json_node_ref (extensions);
  g_clear_pointer (&self->extensions, json_node_unref);
  self->extensions = extensions;
}
