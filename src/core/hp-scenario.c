/* hp-scenario.c: a what-if version of a plan, kept in the plan's file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan"

#include "config.h"

#include "hp-plan-private.h"
#include "hp-scenario.h"

struct _HpScenario
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  char    *notes;
  HpPlan  *plan;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_NOTES,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HpScenario, hp_scenario, G_TYPE_OBJECT)

static void
hp_scenario_finalize (GObject *object)
{
  HpScenario *self = HP_SCENARIO (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (hp_scenario_parent_class)->finalize (object);
}

static void
hp_scenario_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HpScenario *self = HP_SCENARIO (object);

  switch (prop_id)
    {
    case PROP_ID:    g_value_set_string (value, self->id); break;
    case PROP_NAME:  g_value_set_string (value, self->name); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_PLAN:  g_value_set_object (value, self->plan); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_scenario_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HpScenario *self = HP_SCENARIO (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_free (self->id);
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:  hp_scenario_set_name (self, g_value_get_string (value)); break;
    case PROP_NOTES: hp_scenario_set_notes (self, g_value_get_string (value)); break;
    case PROP_PLAN:
      g_clear_object (&self->plan);
      self->plan = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_scenario_class_init (HpScenarioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hp_scenario_finalize;
  object_class->get_property = hp_scenario_get_property;
  object_class->set_property = hp_scenario_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, "", ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);
  properties[PROP_PLAN] = g_param_spec_object ("plan", NULL, NULL, HP_TYPE_PLAN, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_scenario_init (HpScenario *self)
{
  self->id = g_strdup ("");
  self->name = g_strdup ("");
  self->notes = g_strdup ("");
}

HpScenario *
hp_scenario_new (const char *id,
                 const char *name,
                 HpPlan     *plan)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  return g_object_new (HP_TYPE_SCENARIO, "id", id, "name", name != NULL ? name : "", "plan", plan, NULL);
}

HpScenario *
hp_scenario_new_copy (const char *id,
                      const char *name,
                      HpPlan     *from)
{
  g_autoptr(HpPlan) plan = NULL;

  g_return_val_if_fail (HP_IS_PLAN (from), NULL);

  plan = hp_plan_copy (from);
  return hp_scenario_new (id, name, plan);
}

const char *
hp_scenario_get_id (HpScenario *self)
{
  g_return_val_if_fail (HP_IS_SCENARIO (self), NULL);
  return self->id;
}

const char *
hp_scenario_get_name (HpScenario *self)
{
  g_return_val_if_fail (HP_IS_SCENARIO (self), NULL);
  return self->name;
}

const char *
hp_scenario_get_notes (HpScenario *self)
{
  g_return_val_if_fail (HP_IS_SCENARIO (self), NULL);
  return self->notes;
}

HpPlan *
hp_scenario_get_plan (HpScenario *self)
{
  g_return_val_if_fail (HP_IS_SCENARIO (self), NULL);
  return self->plan;
}

void
hp_scenario_set_name (HpScenario *self,
                      const char *name)
{
  g_return_if_fail (HP_IS_SCENARIO (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name != NULL ? name : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

void
hp_scenario_set_notes (HpScenario *self,
                       const char *notes)
{
  g_return_if_fail (HP_IS_SCENARIO (self));

  if (g_strcmp0 (self->notes, notes) == 0)
    return;
  g_free (self->notes);
  self->notes = g_strdup (notes != NULL ? notes : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/* The plan's side */

HpPlan *
hp_plan_copy (HpPlan *plan)
{
  g_autoptr(GPtrArray) positions = NULL;
  HpPlan *copy;
  guint n;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  copy = hp_plan_new ();
  g_object_set (copy,
                "title", plan->title,
                "team", plan->team,
                "owner", plan->owner,
                "status", (int) plan->status,
                "currency", plan->currency,
                "start", (int) plan->start,
                "months", plan->months,
                "overhead-bp", plan->overhead_bp,
                "one-time-cost", plan->one_time_cost,
                "has-budget", plan->has_budget,
                "budget", plan->budget,
                "notes", plan->notes,
                NULL);

  n = hp_plan_get_n_positions (plan);
  positions = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (positions, hp_position_copy (hp_plan_get_position (plan, i), FALSE));
  hp_plan_append_positions (copy, (HpPosition **) positions->pdata, positions->len);

  if (plan->extensions != NULL)
    {
      g_autoptr(JsonNode) extensions = json_node_copy (plan->extensions);
      hp_plan_set_extensions (copy, extensions);
    }

  hp_plan_clear_history (copy);
  return copy;
}

static GListStore *
scenarios_store (HpPlan *plan)
{
  if (plan->scenarios == NULL)
    plan->scenarios = g_list_store_new (HP_TYPE_SCENARIO);
  return plan->scenarios;
}

GListModel *
hp_plan_get_scenarios (HpPlan *plan)
{
  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  return G_LIST_MODEL (scenarios_store (plan));
}

guint
hp_plan_get_n_scenarios (HpPlan *plan)
{
  g_return_val_if_fail (HP_IS_PLAN (plan), 0);
  return plan->scenarios != NULL ? g_list_model_get_n_items (G_LIST_MODEL (plan->scenarios)) : 0;
}

HpScenario *
hp_plan_find_scenario (HpPlan     *plan,
                       const char *id)
{
  guint n;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  n = hp_plan_get_n_scenarios (plan);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpScenario) scenario = g_list_model_get_item (G_LIST_MODEL (plan->scenarios), i);

      if (g_strcmp0 (scenario->id, id) == 0)
        return scenario;  /* the store keeps it alive */
    }

  return NULL;
}

void
hp_plan_insert_scenario (HpPlan     *plan,
                         guint       index,
                         HpScenario *scenario)
{
  g_return_if_fail (HP_IS_PLAN (plan));
  g_return_if_fail (HP_IS_SCENARIO (scenario));
  g_return_if_fail (hp_plan_find_scenario (plan, scenario->id) == NULL);
  g_return_if_fail (hp_plan_get_n_scenarios (scenario->plan) == 0);

  g_list_store_insert (scenarios_store (plan), MIN (index, hp_plan_get_n_scenarios (plan)), scenario);
}

void
hp_plan_append_scenario (HpPlan     *plan,
                         HpScenario *scenario)
{
  g_return_if_fail (HP_IS_PLAN (plan));

  hp_plan_insert_scenario (plan, hp_plan_get_n_scenarios (plan), scenario);
}

/* Many at once, as a reader does: one "items-changed", and the ids checked
 * against each other in a table rather than one by one. */
void
hp_plan_append_scenarios (HpPlan      *plan,
                          HpScenario **scenarios,
                          guint        n_scenarios)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  g_return_if_fail (HP_IS_PLAN (plan));

  n = hp_plan_get_n_scenarios (plan);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpScenario) scenario = g_list_model_get_item (G_LIST_MODEL (plan->scenarios), i);
      g_hash_table_add (ids, scenario->id);
    }
  for (guint i = 0; i < n_scenarios; i++)
    {
      g_return_if_fail (HP_IS_SCENARIO (scenarios[i]));
      g_return_if_fail (hp_plan_get_n_scenarios (scenarios[i]->plan) == 0);
      if (!g_hash_table_add (ids, scenarios[i]->id))
        {
          g_critical ("%s: the scenario id “%s” is used twice", G_STRFUNC, scenarios[i]->id);
          return;
        }
    }

  g_list_store_splice (scenarios_store (plan), n, 0, (gpointer *) scenarios, n_scenarios);
}

void
hp_plan_remove_scenario (HpPlan *plan,
                         guint   index)
{
  g_return_if_fail (HP_IS_PLAN (plan));
  g_return_if_fail (index < hp_plan_get_n_scenarios (plan));

  g_list_store_remove (plan->scenarios, index);
}

char *
hp_plan_new_scenario_id (HpPlan     *plan,
                         const char *name)
{
  g_autoptr(GString) base = g_string_new (NULL);
  char *id;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);

  /* Lower-case ASCII letters and digits of the name, joined by dashes. */
  for (const char *p = name != NULL ? name : ""; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (base, g_ascii_tolower (*p));
      else if (base->len > 0 && base->str[base->len - 1] != '-')
        g_string_append_c (base, '-');
    }
  while (base->len > 0 && base->str[base->len - 1] == '-')
    g_string_truncate (base, base->len - 1);
  if (base->len == 0)
    g_string_assign (base, "scenario");

  id = g_strdup (base->str);
  for (guint n = 2; hp_plan_find_scenario (plan, id) != NULL; n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base->str, n);
    }

  return id;
}
