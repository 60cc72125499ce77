/* hp-plan.c
 *
 * Every change made through hp_plan_edit*, hp_plan_insert_position,
 * hp_plan_remove_positions and hp_plan_duplicate_positions is one step of
 * the history, which undo and redo walk exactly backwards and forwards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan"

#include "config.h"

#include <gobject/gvaluecollector.h>
#include <glib/gi18n-lib.h>

#include "hp-money.h"
#include "hp-plan.h"
#include "hp-plan-history.h"

struct _HpPlan
{
  GObject       parent_instance;

  char         *title;
  char         *team;
  char         *owner;
  HpPlanStatus  status;
  char         *currency;
  HpMonth       start;
  guint         months;
  guint         overhead_bp;
  gint64        one_time_cost;
  gboolean      has_budget;
  gint64        budget;
  char         *notes;

  GListStore   *positions;
  HpHistory    *history;
  JsonNode     *extensions;
};

/* What one step changed, gathered while it is applied and told after. */
typedef struct
{
  gboolean    settings;
  GPtrArray  *removed;    /* of HpPosition*, in the order they went */
  GPtrArray  *added;      /* of HpPosition*, in the order they came */
  GPtrArray  *changed;    /* of HpPosition*, each once */
  GPtrArray  *old;        /* of HpPosition*, copies before the step, parallel to changed */
  GHashTable *seen;       /* HpPosition* in changed */
  gboolean    snapshots;  /* someone listens to "position-changed" */
} StepDetails;

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

enum {
  CHANGED,
  SETTINGS_CHANGED,
  POSITIONS_CHANGED,
  POSITION_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

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

/* The name of an undo step, from the first property it changes. */
static const char *
edit_label (GObject    *target,
            const char *property)
{
  static const struct { const char *property; const char *plan_label; const char *position_label; } labels[] = {
    { "title",         N_("Change Plan Title"),     N_("Rename Position") },
    { "team",          N_("Change Team"),           N_("Change Team") },
    { "owner",         N_("Change Owner"),          NULL },
    { "status",        N_("Change Review Status"),  N_("Change Status") },
    { "currency",      N_("Change Currency"),       NULL },
    { "start",         N_("Change Period Start"),   N_("Change Start Month") },
    { "months",        N_("Change Period Length"),  NULL },
    { "overhead-bp",   N_("Change Overhead"),       NULL },
    { "one-time-cost", N_("Change One-Time Cost"),  N_("Change One-Time Cost") },
    { "has-budget",    N_("Change Budget"),         NULL },
    { "budget",        N_("Change Budget"),         NULL },
    { "notes",         N_("Change Notes"),          N_("Change Notes") },
    { "count",         NULL,                        N_("Change Count") },
    { "level",         NULL,                        N_("Change Level") },
    { "role-id",       NULL,                        N_("Change Role") },
    { "end",           NULL,                        N_("Change End Month") },
    { "location",      NULL,                        N_("Change Location") },
    { "kind",          NULL,                        N_("Change Kind") },
    { "annual-salary", NULL,                        N_("Change Salary") },
  };
  gboolean is_plan = HP_IS_PLAN (target);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].property, property))
      {
        const char *label = is_plan ? labels[i].plan_label : labels[i].position_label;
        if (label != NULL)
          return g_dgettext (GETTEXT_PACKAGE, label);
      }

  return _("Edit");
}

static void
notify_history (HpPlan *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

static void
step_init (HpPlan      *self,
           StepDetails *step)
{
  step->settings = FALSE;
  step->removed = g_ptr_array_new_with_free_func (g_object_unref);
  step->added = g_ptr_array_new_with_free_func (g_object_unref);
  step->changed = g_ptr_array_new_with_free_func (g_object_unref);
  step->old = g_ptr_array_new_with_free_func (g_object_unref);
  step->seen = g_hash_table_new (NULL, NULL);
  step->snapshots = g_signal_has_handler_pending (self, signals[POSITION_CHANGED], 0, TRUE);
}

static void
step_clear (StepDetails *step)
{
  g_clear_pointer (&step->removed, g_ptr_array_unref);
  g_clear_pointer (&step->added, g_ptr_array_unref);
  g_clear_pointer (&step->changed, g_ptr_array_unref);
  g_clear_pointer (&step->old, g_ptr_array_unref);
  g_clear_pointer (&step->seen, g_hash_table_unref);
}

/* Before a position's property is set: remember it, and its values. */
static void
step_note_position (StepDetails *step,
                    HpPosition  *position)
{
  if (g_hash_table_contains (step->seen, position))
    return;

  g_hash_table_add (step->seen, position);
  g_ptr_array_add (step->changed, g_object_ref (position));
  if (step->snapshots)
    g_ptr_array_add (step->old, hp_position_copy (position, FALSE));
}

/* Tells what the step changed, then that it changed. */
static void
step_emit (HpPlan      *self,
           StepDetails *step)
{
  if (step->settings)
    g_signal_emit (self, signals[SETTINGS_CHANGED], 0);

  if (step->removed->len > 0 || step->added->len > 0)
    g_signal_emit (self, signals[POSITIONS_CHANGED], 0, step->removed, step->added);

  if (step->snapshots)
    for (guint i = 0; i < step->changed->len; i++)
      g_signal_emit (self, signals[POSITION_CHANGED], 0,
                     g_ptr_array_index (step->changed, i), g_ptr_array_index (step->old, i));

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
apply_edit (HpPlan      *self,
            HpEdit      *edit,
            gboolean     forward,
            StepDetails *step)
{
  switch (edit->kind)
    {
    case HP_EDIT_SET:
      if (edit->target == NULL)
        step->settings = TRUE;
      else
        step_note_position (step, HP_POSITION (edit->target));
      g_object_set_property (edit->target != NULL ? edit->target : G_OBJECT (self), edit->pspec->name,
                             forward ? &edit->new_value : &edit->old_value);
      break;

    case HP_EDIT_INSERT:
    case HP_EDIT_REMOVE:
      if ((edit->kind == HP_EDIT_INSERT) == forward)
        {
          g_list_store_insert (self->positions, edit->index, edit->position);
          g_ptr_array_add (step->added, g_object_ref (edit->position));
        }
      else
        {
          g_assert (hp_plan_get_position (self, edit->index) == edit->position);
          g_list_store_remove (self->positions, edit->index);
          g_ptr_array_add (step->removed, g_object_ref (edit->position));
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
apply_group (HpPlan      *self,
             HpEditGroup *group,
             gboolean     forward,
             StepDetails *step)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (forward)
    for (guint i = 0; i < group->edits->len; i++)
      apply_edit (self, g_ptr_array_index (group->edits, i), TRUE, step);
  else
    for (guint i = group->edits->len; i > 0; i--)
      apply_edit (self, g_ptr_array_index (group->edits, i - 1), FALSE, step);

  g_object_thaw_notify (G_OBJECT (self));
}

/* Applies a new group and records it; an empty group changes nothing. */
static void
commit (HpPlan      *self,
        HpEditGroup *group)
{
  StepDetails step;

  if (group->edits->len == 0)
    {
      hp_edit_group_free (group);
      return;
    }

  step_init (self, &step);
  apply_group (self, group, TRUE, &step);
  hp_history_record (self->history, group);
  notify_history (self);
  step_emit (self, &step);
  step_clear (&step);
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

  /**
   * HpPlan::changed:
   *
   * After every change of the plan's settings or positions, once per step.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * HpPlan::settings-changed:
   *
   * A plan-wide setting changed in this step; before "changed".
   */
  signals[SETTINGS_CHANGED] = g_signal_new ("settings-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * HpPlan::positions-changed:
   * @removed: (element-type HpPosition): the positions taken out
   * @added: (element-type HpPosition): the positions put in
   *
   * Positions left or joined the plan in this step; before "changed".
   */
  signals[POSITIONS_CHANGED] = g_signal_new ("positions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                             G_TYPE_PTR_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE,
                                             G_TYPE_PTR_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * HpPlan::position-changed:
   * @position: a position of the plan
   * @old: a detached copy of @position as it was before the step
   *
   * Fields of @position changed in this step; before "changed".
   */
  signals[POSITION_CHANGED] = g_signal_new ("position-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                            HP_TYPE_POSITION, HP_TYPE_POSITION);
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

static gboolean
collect_edits (HpEditGroup *group,
               GObject     *target,
               const char  *first_property,
               va_list      args)
{
  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), name);
      g_auto(GValue) new_value = G_VALUE_INIT;
      g_auto(GValue) old_value = G_VALUE_INIT;
      g_autofree char *error = NULL;

      if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE))
        {
          g_critical ("%s has no writable property “%s”", G_OBJECT_TYPE_NAME (target), name);
          return FALSE;
        }

      G_VALUE_COLLECT_INIT (&new_value, pspec->value_type, args, 0, &error);
      if (error != NULL)
        {
          g_critical ("%s", error);
          return FALSE;
        }

      if (g_param_value_validate (pspec, &new_value))
        {
          g_critical ("value out of range for %s:%s", G_OBJECT_TYPE_NAME (target), name);
          return FALSE;
        }

      g_value_init (&old_value, pspec->value_type);
      g_object_get_property (target, name, &old_value);

      if (g_param_values_cmp (pspec, &old_value, &new_value) != 0)
        g_ptr_array_add (group->edits, hp_edit_new_set (HP_IS_PLAN (target) ? NULL : target,
                                                        pspec, &old_value, &new_value));
    }

  return TRUE;
}

static void
edit_plan_valist (HpPlan     *self,
                  const char *label,
                  const char *first_property,
                  va_list     args)
{
  HpEditGroup *group = hp_edit_group_new (label != NULL ? label : edit_label (G_OBJECT (self), first_property));

  if (!collect_edits (group, G_OBJECT (self), first_property, args))
    {
      hp_edit_group_free (group);
      return;
    }

  commit (self, group);
}

void
hp_plan_edit (HpPlan     *self,
              const char *first_property,
              ...)
{
  va_list args;

  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (first_property != NULL);

  va_start (args, first_property);
  edit_plan_valist (self, NULL, first_property, args);
  va_end (args);
}

/* Several settings in one step, under a name of the caller's choosing. */
void
hp_plan_edit_labeled (HpPlan     *self,
                      const char *label,
                      const char *first_property,
                      ...)
{
  va_list args;

  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (first_property != NULL);

  va_start (args, first_property);
  edit_plan_valist (self, label, first_property, args);
  va_end (args);
}

void
hp_plan_edit_position (HpPlan     *self,
                       HpPosition *position,
                       const char *first_property,
                       ...)
{
  HpEditGroup *group;
  va_list args;
  gboolean ok;

  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (HP_IS_POSITION (position));
  g_return_if_fail (first_property != NULL);

  group = hp_edit_group_new (edit_label (G_OBJECT (position), first_property));
  va_start (args, first_property);
  ok = collect_edits (group, G_OBJECT (position), first_property, args);
  va_end (args);

  if (!ok)
    {
      hp_edit_group_free (group);
      return;
    }

  commit (self, group);
}

/* One keystroke's change of one field: it joins the previous step when
 * that step was typing into the same field of the same position, so a
 * salary typed digit by digit is undone in one go. */
void
hp_plan_type_position (HpPlan     *self,
                       HpPosition *position,
                       const char *property,
                       ...)
{
  g_autoptr(HpEditGroup) group = NULL;
  HpEditGroup *top;
  HpEdit *edit, *top_edit;
  va_list args;
  gboolean ok;

  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (HP_IS_POSITION (position));
  g_return_if_fail (property != NULL);

  group = hp_edit_group_new (edit_label (G_OBJECT (position), property));
  va_start (args, property);
  ok = collect_edits (group, G_OBJECT (position), property, args);
  va_end (args);

  if (!ok || group->edits->len == 0)
    return;

  group->typing = TRUE;
  edit = g_ptr_array_index (group->edits, 0);
  top = hp_history_peek_undo (self->history);
  top_edit = top != NULL && top->typing && top->edits->len == 1 ? g_ptr_array_index (top->edits, 0) : NULL;

  if (top_edit != NULL && !hp_history_has_redo (self->history) &&
      top_edit->target == edit->target && top_edit->pspec == edit->pspec)
    {
      StepDetails step;

      step_init (self, &step);
      g_value_copy (&edit->new_value, &top_edit->new_value);
      apply_edit (self, edit, TRUE, &step);
      /* Typed back to where it started: the step is gone. */
      if (g_param_values_cmp (top_edit->pspec, &top_edit->old_value, &top_edit->new_value) == 0)
        {
          hp_edit_group_free (hp_history_take_undo (self->history));
          notify_history (self);
        }
      step_emit (self, &step);
      step_clear (&step);
      return;
    }

  commit (self, g_steal_pointer (&group));
}

static gint64
rescale (gint64 amount,
         guint  from,
         guint  to)
{
  for (; from < to; from++)
    amount = amount > HP_MONEY_MAX / 10 ? HP_MONEY_MAX : amount * 10;
  for (; from > to; from--)
    amount = (amount + 5) / 10; /* half up; amounts are never negative */
  return amount;
}

static void
add_set_edit (HpEditGroup *group,
              GObject     *target,
              const char  *property,
              gint64       old_amount,
              gint64       new_amount)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (target), property);
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;

  if (old_amount == new_amount)
    return;

  g_value_init (&old_value, G_TYPE_INT64);
  g_value_init (&new_value, G_TYPE_INT64);
  g_value_set_int64 (&old_value, old_amount);
  g_value_set_int64 (&new_value, new_amount);
  g_ptr_array_add (group->edits, hp_edit_new_set (HP_IS_PLAN (target) ? NULL : target, pspec,
                                                  &old_value, &new_value));
}

/* A new currency keeps every amount's value in major units: 151,000.00 USD
 * becomes 151,000 JPY, not 15,100,000.  One step of the history. */
void
hp_plan_change_currency (HpPlan     *self,
                         const char *currency)
{
  HpEditGroup *group;
  guint from, to, n;

  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (hp_currency_is_valid_code (currency));

  if (g_str_equal (self->currency, currency))
    return;

  from = hp_currency_minor_digits (self->currency);
  to = hp_currency_minor_digits (currency);
  group = hp_edit_group_new (_("Change Currency"));

  {
    GParamSpec *pspec = properties[PROP_CURRENCY];
    g_auto(GValue) old_value = G_VALUE_INIT;
    g_auto(GValue) new_value = G_VALUE_INIT;

    g_value_init (&old_value, G_TYPE_STRING);
    g_value_init (&new_value, G_TYPE_STRING);
    g_value_set_string (&old_value, self->currency);
    g_value_set_string (&new_value, currency);
    g_ptr_array_add (group->edits, hp_edit_new_set (NULL, pspec, &old_value, &new_value));
  }

  add_set_edit (group, G_OBJECT (self), "one-time-cost", self->one_time_cost, rescale (self->one_time_cost, from, to));
  add_set_edit (group, G_OBJECT (self), "budget", self->budget, rescale (self->budget, from, to));

  n = hp_plan_get_n_positions (self);
  for (guint i = 0; i < n; i++)
    {
      HpPosition *p = hp_plan_get_position (self, i);

      add_set_edit (group, G_OBJECT (p), "annual-salary", hp_position_get_annual_salary (p),
                    rescale (hp_position_get_annual_salary (p), from, to));
      add_set_edit (group, G_OBJECT (p), "one-time-cost", hp_position_get_one_time_cost (p),
                    rescale (hp_position_get_one_time_cost (p), from, to));
    }

  commit (self, group);
}

void
hp_plan_insert_position (HpPlan     *self,
                         int         index,
                         HpPosition *position)
{
  HpEditGroup *group;
  guint n;

  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (HP_IS_POSITION (position));

  n = hp_plan_get_n_positions (self);
  if (index < 0 || (guint) index > n)
    index = (int) n;

  group = hp_edit_group_new (_("Add Position"));
  g_ptr_array_add (group->edits, hp_edit_new_position (HP_EDIT_INSERT, position, (guint) index));
  commit (self, group);
}

static guint
index_of (HpPlan     *self,
          HpPosition *position)
{
  guint index;

  if (g_list_store_find (self->positions, position, &index))
    return index;

  return G_MAXUINT;
}

static int
compare_uint_desc (gconstpointer a,
                   gconstpointer b)
{
  guint ua = *(const guint *) a;
  guint ub = *(const guint *) b;

  return ua < ub ? 1 : (ua > ub ? -1 : 0);
}

/* Where each of @positions first is in the plan (G_MAXUINT: not in it),
 * as g_list_store_find () says, but in one pass over the plan: so that
 * removing every position of a large plan costs the plan's size, not its
 * square. */
static guint *
find_all (HpPlan      *self,
          HpPosition **positions,
          guint        n_positions)
{
  g_autoptr(GHashTable) first = g_hash_table_new (NULL, NULL);
  guint *found = g_new (guint, MAX (n_positions, 1));
  guint n, left;

  if (n_positions == 1)
    {
      found[0] = index_of (self, positions[0]);
      return found;
    }

  for (guint i = 0; i < n_positions; i++)
    g_hash_table_insert (first, positions[i], GUINT_TO_POINTER (G_MAXUINT));
  left = g_hash_table_size (first);

  n = hp_plan_get_n_positions (self);
  for (guint i = 0; i < n && left > 0; i++)
    {
      HpPosition *position = hp_plan_get_position (self, i);
      gpointer value;

      if (g_hash_table_lookup_extended (first, position, NULL, &value) &&
          GPOINTER_TO_UINT (value) == G_MAXUINT)
        {
          g_hash_table_insert (first, position, GUINT_TO_POINTER (i));
          left--;
        }
    }

  for (guint i = 0; i < n_positions; i++)
    found[i] = GPOINTER_TO_UINT (g_hash_table_lookup (first, positions[i]));

  return found;
}

/* The indices of @positions in the plan, each once, from the last down. */
static GArray *
indices_of (HpPlan      *self,
            HpPosition **positions,
            guint        n_positions)
{
  g_autofree guint *found = find_all (self, positions, n_positions);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GArray *indices = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n_positions; i++)
    if (found[i] != G_MAXUINT && g_hash_table_add (seen, GUINT_TO_POINTER (found[i] + 1)))
      g_array_append_val (indices, found[i]);

  g_array_sort (indices, compare_uint_desc);
  return indices;
}

void
hp_plan_remove_positions (HpPlan      *self,
                          HpPosition **positions,
                          guint        n_positions)
{
  g_autoptr(GArray) indices = NULL;
  HpEditGroup *group;

  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (positions != NULL || n_positions == 0);

  /* From the last index down, so that each recorded index stays right. */
  indices = indices_of (self, positions, n_positions);

  group = hp_edit_group_new (NULL);
  g_free (group->label);
  group->label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Remove Position", "Remove %u Positions",
                                               indices->len),
                                  indices->len);

  for (guint i = 0; i < indices->len; i++)
    {
      guint index = g_array_index (indices, guint, i);
      g_ptr_array_add (group->edits,
                       hp_edit_new_position (HP_EDIT_REMOVE, hp_plan_get_position (self, index), index));
    }

  commit (self, group);
}

/* Each copy goes right after its original; returns the copies. */
GPtrArray *
hp_plan_duplicate_positions (HpPlan      *self,
                             HpPosition **positions,
                             guint        n_positions)
{
  g_autoptr(GArray) indices = NULL;
  GPtrArray *copies;
  HpEditGroup *group;

  g_return_val_if_fail (HP_IS_PLAN (self), NULL);

  indices = g_array_new (FALSE, FALSE, sizeof (guint));
  {
    g_autofree guint *found = find_all (self, positions, n_positions);

    for (guint i = 0; i < n_positions; i++)
      if (found[i] != G_MAXUINT)
        g_array_append_val (indices, found[i]);
  }
  g_array_sort (indices, compare_uint_desc);

  copies = g_ptr_array_new_with_free_func (g_object_unref);
  group = hp_edit_group_new (NULL);
  g_free (group->label);
  group->label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Duplicate Position", "Duplicate %u Positions",
                                               indices->len),
                                  indices->len);

  /* From the last down, so earlier indices stay right. */
  for (guint i = 0; i < indices->len; i++)
    {
      guint index = g_array_index (indices, guint, i);
      HpPosition *copy = hp_position_copy (hp_plan_get_position (self, index), TRUE);

      g_ptr_array_add (group->edits, hp_edit_new_position (HP_EDIT_INSERT, copy, index + 1));
      g_ptr_array_insert (copies, 0, copy);
    }

  commit (self, group);
  return copies;
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
  StepDetails step;

  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (positions != NULL || n_positions == 0);

  if (n_positions == 0)
    return;

  for (guint i = 0; i < n_positions; i++)
    g_return_if_fail (HP_IS_POSITION (positions[i]));

  step_init (self, &step);
  g_list_store_splice (self->positions, g_list_model_get_n_items (G_LIST_MODEL (self->positions)), 0,
                       (gpointer *) positions, n_positions);
  for (guint i = 0; i < n_positions; i++)
    g_ptr_array_add (step.added, g_object_ref (positions[i]));
  step_emit (self, &step);
  step_clear (&step);
}

gboolean
hp_plan_can_undo (HpPlan *self)
{
  g_return_val_if_fail (HP_IS_PLAN (self), FALSE);
  return hp_history_peek_undo_label (self->history) != NULL;
}

gboolean
hp_plan_can_redo (HpPlan *self)
{
  g_return_val_if_fail (HP_IS_PLAN (self), FALSE);
  return hp_history_peek_redo_label (self->history) != NULL;
}

const char *
hp_plan_get_undo_label (HpPlan *self)
{
  g_return_val_if_fail (HP_IS_PLAN (self), NULL);
  return hp_history_peek_undo_label (self->history);
}

const char *
hp_plan_get_redo_label (HpPlan *self)
{
  g_return_val_if_fail (HP_IS_PLAN (self), NULL);
  return hp_history_peek_redo_label (self->history);
}

gboolean
hp_plan_undo (HpPlan *self)
{
  HpEditGroup *group;
  StepDetails step;

  g_return_val_if_fail (HP_IS_PLAN (self), FALSE);

  group = hp_history_take_undo (self->history);
  if (group == NULL)
    return FALSE;

  step_init (self, &step);
  apply_group (self, group, FALSE, &step);
  hp_history_push_redo (self->history, group);
  notify_history (self);
  step_emit (self, &step);
  step_clear (&step);

  return TRUE;
}

gboolean
hp_plan_redo (HpPlan *self)
{
  HpEditGroup *group;
  StepDetails step;

  g_return_val_if_fail (HP_IS_PLAN (self), FALSE);

  group = hp_history_take_redo (self->history);
  if (group == NULL)
    return FALSE;

  step_init (self, &step);
  apply_group (self, group, TRUE, &step);
  hp_history_push_undo (self->history, group);
  notify_history (self);
  step_emit (self, &step);
  step_clear (&step);

  return TRUE;
}

void
hp_plan_clear_history (HpPlan *self)
{
  g_return_if_fail (HP_IS_PLAN (self));

  hp_history_clear (self->history);
  notify_history (self);
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
