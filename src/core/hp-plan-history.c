/* hp-plan-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan"

#include "config.h"

#include "hp-plan-history.h"

/* Enough for a long session; the oldest steps go first. */
#define MAX_UNDO_STEPS 500

struct _HpHistory
{
  GQueue undo; /* newest at the head */
  GQueue redo;
};

static void
hp_edit_free (HpEdit *edit)
{
  g_clear_object (&edit->target);
  g_clear_object (&edit->position);
  if (G_IS_VALUE (&edit->old_value))
    g_value_unset (&edit->old_value);
  if (G_IS_VALUE (&edit->new_value))
    g_value_unset (&edit->new_value);
  g_free (edit);
}

HpEdit *
hp_edit_new_set (GObject      *target,
                 GParamSpec   *pspec,
                 const GValue *old_value,
                 const GValue *new_value)
{
  HpEdit *edit = g_new0 (HpEdit, 1);

  edit->kind = HP_EDIT_SET;
  edit->target = target != NULL ? g_object_ref (target) : NULL;
  edit->pspec = pspec;
  g_value_init (&edit->old_value, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &edit->old_value);
  g_value_init (&edit->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, &edit->new_value);

  return edit;
}

HpEdit *
hp_edit_new_position (HpEditKind  kind,
                      HpPosition *position,
                      guint       index)
{
  HpEdit *edit = g_new0 (HpEdit, 1);

  g_assert (kind == HP_EDIT_INSERT || kind == HP_EDIT_REMOVE);

  edit->kind = kind;
  edit->position = g_object_ref (position);
  edit->index = index;

  return edit;
}

HpEdit *
hp_edit_new_scenario (HpEditKind  kind,
                      GObject    *scenario,
                      guint       index)
{
  HpEdit *edit = g_new0 (HpEdit, 1);

  g_assert (kind == HP_EDIT_SCENARIO_INSERT || kind == HP_EDIT_SCENARIO_REMOVE);

  edit->kind = kind;
  edit->target = g_object_ref (scenario);
  edit->index = index;

  return edit;
}

HpEditGroup *
hp_edit_group_new (const char *label)
{
  HpEditGroup *group = g_new0 (HpEditGroup, 1);

  group->label = g_strdup (label);
  group->edits = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_edit_free);

  return group;
}

void
hp_edit_group_free (HpEditGroup *group)
{
  if (group == NULL)
    return;

  g_free (group->label);
  g_ptr_array_unref (group->edits);
  g_free (group);
}

HpHistory *
hp_history_new (void)
{
  HpHistory *history = g_new0 (HpHistory, 1);

  g_queue_init (&history->undo);
  g_queue_init (&history->redo);

  return history;
}

void
hp_history_clear (HpHistory *history)
{
  g_queue_clear_full (&history->undo, (GDestroyNotify) hp_edit_group_free);
  g_queue_clear_full (&history->redo, (GDestroyNotify) hp_edit_group_free);
}

void
hp_history_free (HpHistory *history)
{
  if (history == NULL)
    return;

  hp_history_clear (history);
  g_free (history);
}

/* Steps of different plans (a baseline and its scenarios) are ordered by
 * when each was made, undone or redone. */
static guint64
next_serial (void)
{
  static guint64 serial;
  G_LOCK_DEFINE_STATIC (serial);
  guint64 result;

  G_LOCK (serial);
  result = ++serial;
  G_UNLOCK (serial);
  return result;
}

guint64
hp_history_peek_serial (HpHistory *history,
                        gboolean   redo)
{
  HpEditGroup *group = g_queue_peek_head (redo ? &history->redo : &history->undo);

  return group != NULL ? group->serial : 0;
}

void
hp_history_push_undo (HpHistory   *history,
                      HpEditGroup *group)
{
  group->serial = next_serial ();
  g_queue_push_head (&history->undo, group);

  while (history->undo.length > MAX_UNDO_STEPS)
    hp_edit_group_free (g_queue_pop_tail (&history->undo));
}

void
hp_history_push_redo (HpHistory   *history,
                      HpEditGroup *group)
{
  group->serial = next_serial ();
  g_queue_push_head (&history->redo, group);
}

void
hp_history_record (HpHistory   *history,
                   HpEditGroup *group)
{
  g_queue_clear_full (&history->redo, (GDestroyNotify) hp_edit_group_free);
  hp_history_push_undo (history, group);
}

HpEditGroup *
hp_history_take_undo (HpHistory *history)
{
  return g_queue_pop_head (&history->undo);
}

HpEditGroup *
hp_history_take_redo (HpHistory *history)
{
  return g_queue_pop_head (&history->redo);
}

const char *
hp_history_peek_undo_label (HpHistory *history)
{
  HpEditGroup *group = g_queue_peek_head (&history->undo);

  return group != NULL ? group->label : NULL;
}

const char *
hp_history_peek_redo_label (HpHistory *history)
{
  HpEditGroup *group = g_queue_peek_head (&history->redo);

  return group != NULL ? group->label : NULL;
}

HpEditGroup *
hp_history_peek_undo (HpHistory *history)
{
  return g_queue_peek_head (&history->undo);
}

gboolean
hp_history_has_redo (HpHistory *history)
{
  return history->redo.length > 0;
}
