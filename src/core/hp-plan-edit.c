/* hp-plan-edit.c: the undoable edits of a plan, and undo and redo
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
#include "hp-plan-private.h"
#include "hp-scenario.h"

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
apply_edit (HpPlan     *self,
            HpEdit     *edit,
            gboolean    forward,
            HpPlanStep *step)
{
  switch (edit->kind)
    {
    case HP_EDIT_SET:
      if (edit->target == NULL)
        step->settings = TRUE;
      else if (HP_IS_POSITION (edit->target))
        hp_plan_step_note_position (step, HP_POSITION (edit->target));
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

    case HP_EDIT_SCENARIO_INSERT:
    case HP_EDIT_SCENARIO_REMOVE:
      if ((edit->kind == HP_EDIT_SCENARIO_INSERT) == forward)
        hp_plan_insert_scenario (self, edit->index, HP_SCENARIO (edit->target));
      else
        {
          g_assert (g_list_model_get_n_items (hp_plan_get_scenarios (self)) > edit->index);
          hp_plan_remove_scenario (self, edit->index);
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
             HpPlanStep  *step)
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
  HpPlanStep step;

  if (group->edits->len == 0)
    {
      hp_edit_group_free (group);
      return;
    }

  hp_plan_step_init (self, &step);
  apply_group (self, group, TRUE, &step);
  hp_history_record (self->history, group);
  hp_plan_notify_history (self);
  hp_plan_step_emit (self, &step);
  hp_plan_step_clear (&step);
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
      HpPlanStep step;

      hp_plan_step_init (self, &step);
      g_value_copy (&edit->new_value, &top_edit->new_value);
      apply_edit (self, edit, TRUE, &step);
      /* Typed back to where it started: the step is gone. */
      if (g_param_values_cmp (top_edit->pspec, &top_edit->old_value, &top_edit->new_value) == 0)
        {
          hp_edit_group_free (hp_history_take_undo (self->history));
          hp_plan_notify_history (self);
        }
      hp_plan_step_emit (self, &step);
      hp_plan_step_clear (&step);
      return;
    }

  commit (self, g_steal_pointer (&group));
}

/* Keystrokes typed after this start a step of their own, even in the same
 * field: an edit committed is one step, whatever was typed before it. */
void
hp_plan_end_typing (HpPlan *self)
{
  HpEditGroup *top;

  g_return_if_fail (HP_IS_PLAN (self));

  top = hp_history_peek_undo (self->history);
  if (top != NULL)
    top->typing = FALSE;
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
    GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), "currency");
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
hp_plan_add_scenario (HpPlan     *self,
                      guint       index,
                      HpScenario *scenario,
                      const char *label)
{
  HpEditGroup *group;
  guint n;

  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (HP_IS_SCENARIO (scenario));
  g_return_if_fail (hp_plan_find_scenario (self, hp_scenario_get_id (scenario)) == NULL);
  g_return_if_fail (hp_plan_get_n_scenarios (hp_scenario_get_plan (scenario)) == 0);

  n = hp_plan_get_n_scenarios (self);
  group = hp_edit_group_new (label != NULL ? label : _("New Scenario"));
  g_ptr_array_add (group->edits, hp_edit_new_scenario (HP_EDIT_SCENARIO_INSERT, G_OBJECT (scenario),
                                                       MIN (index, n)));
  commit (self, group);
}

void
hp_plan_delete_scenario (HpPlan *self,
                         guint   index)
{
  g_autoptr(GObject) scenario = NULL;
  HpEditGroup *group;

  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (index < hp_plan_get_n_scenarios (self));

  scenario = g_list_model_get_object (hp_plan_get_scenarios (self), index);
  group = hp_edit_group_new (_("Delete Scenario"));
  g_ptr_array_add (group->edits, hp_edit_new_scenario (HP_EDIT_SCENARIO_REMOVE, scenario, index));
  commit (self, group);
}

void
hp_plan_rename_scenario (HpPlan     *self,
                         HpScenario *scenario,
                         const char *name)
{
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;
  HpEditGroup *group;

  g_return_if_fail (HP_IS_PLAN (self));
  g_return_if_fail (HP_IS_SCENARIO (scenario));
  g_return_if_fail (name != NULL);

  if (g_strcmp0 (hp_scenario_get_name (scenario), name) == 0)
    return;

  g_value_init (&old_value, G_TYPE_STRING);
  g_value_set_string (&old_value, hp_scenario_get_name (scenario));
  g_value_init (&new_value, G_TYPE_STRING);
  g_value_set_string (&new_value, name);
  group = hp_edit_group_new (_("Rename Scenario"));
  g_ptr_array_add (group->edits,
                   hp_edit_new_set (G_OBJECT (scenario),
                                    g_object_class_find_property (G_OBJECT_GET_CLASS (scenario), "name"),
                                    &old_value, &new_value));
  commit (self, group);
}

HpPlan *
hp_plan_newest_step (HpPlan   *a,
                     HpPlan   *b,
                     gboolean  redo)
{
  guint64 serial_a, serial_b;

  g_return_val_if_fail (a == NULL || HP_IS_PLAN (a), NULL);
  g_return_val_if_fail (b == NULL || HP_IS_PLAN (b), NULL);

  serial_a = a != NULL ? hp_history_peek_serial (a->history, redo) : 0;
  serial_b = b != NULL ? hp_history_peek_serial (b->history, redo) : 0;
  if (serial_a == 0 && serial_b == 0)
    return NULL;
  return serial_a >= serial_b ? a : b;
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
  HpPlanStep step;

  g_return_val_if_fail (HP_IS_PLAN (self), FALSE);

  group = hp_history_take_undo (self->history);
  if (group == NULL)
    return FALSE;

  hp_plan_step_init (self, &step);
  apply_group (self, group, FALSE, &step);
  hp_history_push_redo (self->history, group);
  hp_plan_notify_history (self);
  hp_plan_step_emit (self, &step);
  hp_plan_step_clear (&step);

  return TRUE;
}

gboolean
hp_plan_redo (HpPlan *self)
{
  HpEditGroup *group;
  HpPlanStep step;

  g_return_val_if_fail (HP_IS_PLAN (self), FALSE);

  group = hp_history_take_redo (self->history);
  if (group == NULL)
    return FALSE;

  hp_plan_step_init (self, &step);
  apply_group (self, group, TRUE, &step);
  hp_history_push_undo (self->history, group);
  hp_plan_notify_history (self);
  hp_plan_step_emit (self, &step);
  hp_plan_step_clear (&step);

  return TRUE;
}

void
hp_plan_clear_history (HpPlan *self)
{
  g_return_if_fail (HP_IS_PLAN (self));

  hp_history_clear (self->history);
  hp_plan_notify_history (self);
}
