/* hp-position.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-position"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-position.h"

struct _HpPosition
{
  GObject           parent_instance;

  char             *id;
  char             *role_id;
  HpLevel           level;
  char             *title;
  guint             count;
  HpMonth           start;
  HpMonth           end;
  char             *location;
  HpPositionKind    kind;
  HpPositionStatus  status;
  gint64            annual_salary;
  gint64            one_time_cost;
  char             *notes;
  char             *team;
};

G_DEFINE_FINAL_TYPE (HpPosition, hp_position, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ROLE_ID,
  PROP_LEVEL,
  PROP_TITLE,
  PROP_COUNT,
  PROP_START,
  PROP_END,
  PROP_LOCATION,
  PROP_KIND,
  PROP_STATUS,
  PROP_ANNUAL_SALARY,
  PROP_ONE_TIME_COST,
  PROP_NOTES,
  PROP_TEAM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_keys[HP_N_POSITION_KINDS] = { "new", "backfill" };
static const char * const status_keys[HP_N_POSITION_STATUSES] = {
  "planned", "approved", "open", "filled", "on-hold",
};

static int
key_index (const char * const *keys,
           guint               n,
           const char         *key)
{
  if (key == NULL)
    return -1;

  for (guint i = 0; i < n; i++)
    if (g_str_equal (keys[i], key))
      return (int) i;

  return -1;
}

const char *
hp_position_kind_to_key (HpPositionKind kind)
{
  g_return_val_if_fail (kind < HP_N_POSITION_KINDS, NULL);
  return kind_keys[kind];
}

int
hp_position_kind_from_key (const char *key)
{
  return key_index (kind_keys, HP_N_POSITION_KINDS, key);
}

const char *
hp_position_kind_display_name (HpPositionKind kind)
{
  switch (kind)
    {
    case HP_POSITION_KIND_NEW:      return _("New");
    case HP_POSITION_KIND_BACKFILL: return _("Backfill");
    case HP_N_POSITION_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
hp_position_status_to_key (HpPositionStatus status)
{
  g_return_val_if_fail (status < HP_N_POSITION_STATUSES, NULL);
  return status_keys[status];
}

int
hp_position_status_from_key (const char *key)
{
  return key_index (status_keys, HP_N_POSITION_STATUSES, key);
}

const char *
hp_position_status_display_name (HpPositionStatus status)
{
  switch (status)
    {
    case HP_POSITION_STATUS_PLANNED:  return _("Planned");
    case HP_POSITION_STATUS_APPROVED: return _("Approved");
    case HP_POSITION_STATUS_OPEN:     return _("Open");
    case HP_POSITION_STATUS_FILLED:   return _("Filled");
    case HP_POSITION_STATUS_ON_HOLD:  return _("On Hold");
    case HP_N_POSITION_STATUSES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
hp_position_finalize (GObject *object)
{
  HpPosition *self = (HpPosition *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->role_id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->team, g_free);

  G_OBJECT_CLASS (hp_position_parent_class)->finalize (object);
}

static void
hp_position_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HpPosition *self = HP_POSITION (object);

  switch (prop_id)
    {
    case PROP_ID:            g_value_set_string (value, self->id); break;
    case PROP_ROLE_ID:       g_value_set_string (value, self->role_id); break;
    case PROP_LEVEL:         g_value_set_int (value, self->level); break;
    case PROP_TITLE:         g_value_set_string (value, self->title); break;
    case PROP_COUNT:         g_value_set_uint (value, self->count); break;
    case PROP_START:         g_value_set_int (value, self->start); break;
    case PROP_END:           g_value_set_int (value, self->end); break;
    case PROP_LOCATION:      g_value_set_string (value, self->location); break;
    case PROP_KIND:          g_value_set_int (value, self->kind); break;
    case PROP_STATUS:        g_value_set_int (value, self->status); break;
    case PROP_ANNUAL_SALARY: g_value_set_int64 (value, self->annual_salary); break;
    case PROP_ONE_TIME_COST: g_value_set_int64 (value, self->one_time_cost); break;
    case PROP_NOTES:         g_value_set_string (value, self->notes); break;
    case PROP_TEAM:          g_value_set_string (value, self->team); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_position_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HpPosition *self = HP_POSITION (object);

  switch (prop_id)
    {
    case PROP_ID:            hp_position_set_id (self, g_value_get_string (value)); break;
    case PROP_ROLE_ID:       hp_position_set_role_id (self, g_value_get_string (value)); break;
    case PROP_LEVEL:         hp_position_set_level (self, g_value_get_int (value)); break;
    case PROP_TITLE:         hp_position_set_title (self, g_value_get_string (value)); break;
    case PROP_COUNT:         hp_position_set_count (self, g_value_get_uint (value)); break;
    case PROP_START:         hp_position_set_start (self, g_value_get_int (value)); break;
    case PROP_END:           hp_position_set_end (self, g_value_get_int (value)); break;
    case PROP_LOCATION:      hp_position_set_location (self, g_value_get_string (value)); break;
    case PROP_KIND:          hp_position_set_kind (self, g_value_get_int (value)); break;
    case PROP_STATUS:        hp_position_set_status (self, g_value_get_int (value)); break;
    case PROP_ANNUAL_SALARY: hp_position_set_annual_salary (self, g_value_get_int64 (value)); break;
    case PROP_ONE_TIME_COST: hp_position_set_one_time_cost (self, g_value_get_int64 (value)); break;
    case PROP_NOTES:         hp_position_set_notes (self, g_value_get_string (value)); break;
    case PROP_TEAM:          hp_position_set_team (self, g_value_get_string (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define STRING_PROP(name) \
  g_param_spec_string (name, NULL, NULL, NULL, \
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define INT_PROP(name, min, max, def) \
  g_param_spec_int (name, NULL, NULL, min, max, def, \
                    G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define INT64_PROP(name) \
  g_param_spec_int64 (name, NULL, NULL, 0, G_MAXINT64, 0, \
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
hp_position_class_init (HpPositionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hp_position_finalize;
  object_class->get_property = hp_position_get_property;
  object_class->set_property = hp_position_set_property;

  properties[PROP_ID] = STRING_PROP ("id");
  properties[PROP_ROLE_ID] = STRING_PROP ("role-id");
  properties[PROP_LEVEL] = INT_PROP ("level", 0, HP_N_LEVELS - 1, 0);
  properties[PROP_TITLE] = STRING_PROP ("title");
  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 1, HP_POSITION_MAX_COUNT, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] = INT_PROP ("start", G_MININT32, G_MAXINT32, 0);
  properties[PROP_END] = INT_PROP ("end", G_MININT32, G_MAXINT32, HP_MONTH_NONE);
  properties[PROP_LOCATION] = STRING_PROP ("location");
  properties[PROP_KIND] = INT_PROP ("kind", 0, HP_N_POSITION_KINDS - 1, 0);
  properties[PROP_STATUS] = INT_PROP ("status", 0, HP_N_POSITION_STATUSES - 1, 0);
  properties[PROP_ANNUAL_SALARY] = INT64_PROP ("annual-salary");
  properties[PROP_ONE_TIME_COST] = INT64_PROP ("one-time-cost");
  properties[PROP_NOTES] = STRING_PROP ("notes");
  properties[PROP_TEAM] = STRING_PROP ("team");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hp_position_init (HpPosition *self)
{
  self->id = g_uuid_string_random ();
  self->role_id = g_strdup ("");
  self->title = g_strdup ("");
  self->location = g_strdup ("");
  self->notes = g_strdup ("");
  self->level = HP_LEVEL_MID;
  self->count = 1;
  self->start = hp_month_current ();
  self->end = HP_MONTH_NONE;
}

HpPosition *
hp_position_new (void)
{
  return g_object_new (HP_TYPE_POSITION, NULL);
}

HpPosition *
hp_position_copy (HpPosition *self,
                  gboolean    new_id)
{
  HpPosition *copy;

  g_return_val_if_fail (HP_IS_POSITION (self), NULL);

  copy = hp_position_new ();
  if (!new_id)
    hp_position_set_id (copy, self->id);
  hp_position_set_role_id (copy, self->role_id);
  copy->level = self->level;
  hp_position_set_title (copy, self->title);
  copy->count = self->count;
  copy->start = self->start;
  copy->end = self->end;
  hp_position_set_location (copy, self->location);
  copy->kind = self->kind;
  copy->status = self->status;
  copy->annual_salary = self->annual_salary;
  copy->one_time_cost = self->one_time_cost;
  hp_position_set_notes (copy, self->notes);
  hp_position_set_team (copy, self->team);

  return copy;
}

gboolean
hp_position_equal (HpPosition *a,
                   HpPosition *b)
{
  g_return_val_if_fail (HP_IS_POSITION (a), FALSE);
  g_return_val_if_fail (HP_IS_POSITION (b), FALSE);

  return g_strcmp0 (a->id, b->id) == 0 &&
         g_strcmp0 (a->role_id, b->role_id) == 0 &&
         a->level == b->level &&
         g_strcmp0 (a->title, b->title) == 0 &&
         a->count == b->count &&
         a->start == b->start &&
         a->end == b->end &&
         g_strcmp0 (a->location, b->location) == 0 &&
         a->kind == b->kind &&
         a->status == b->status &&
         a->annual_salary == b->annual_salary &&
         a->one_time_cost == b->one_time_cost &&
         g_strcmp0 (a->notes, b->notes) == 0 &&
         g_strcmp0 (a->team, b->team) == 0;
}

#define GETTER(type, name)                                  \
  type                                                      \
  hp_position_get_##name (HpPosition *self)                 \
  {                                                         \
    g_return_val_if_fail (HP_IS_POSITION (self), (type) 0); \
    return self->name;                                      \
  }

GETTER (const char *, id)
GETTER (const char *, role_id)
GETTER (HpLevel, level)
GETTER (const char *, title)
GETTER (guint, count)
GETTER (HpMonth, start)
GETTER (HpMonth, end)
GETTER (const char *, location)
GETTER (HpPositionKind, kind)
GETTER (HpPositionStatus, status)
GETTER (gint64, annual_salary)
GETTER (gint64, one_time_cost)
GETTER (const char *, notes)
GETTER (const char *, team)

#undef GETTER

#define STRING_SETTER(name, PROP, nullable)                          \
  void                                                              \
  hp_position_set_##name (HpPosition *self,                         \
                          const char *value)                        \
  {                                                                 \
    g_return_if_fail (HP_IS_POSITION (self));                       \
    if (!(nullable) && value == NULL)                               \
      value = "";                                                   \
    if (g_strcmp0 (self->name, value) == 0)                         \
      return;                                                       \
    g_free (self->name);                                            \
    self->name = g_strdup (value);                                  \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);   \
  }

STRING_SETTER (id, PROP_ID, FALSE)
STRING_SETTER (role_id, PROP_ROLE_ID, FALSE)
STRING_SETTER (title, PROP_TITLE, FALSE)
STRING_SETTER (location, PROP_LOCATION, FALSE)
STRING_SETTER (notes, PROP_NOTES, FALSE)
STRING_SETTER (team, PROP_TEAM, TRUE)

#undef STRING_SETTER

#define VALUE_SETTER(type, name, PROP, check)                        \
  void                                                              \
  hp_position_set_##name (HpPosition *self,                         \
                          type        value)                        \
  {                                                                 \
    g_return_if_fail (HP_IS_POSITION (self));                       \
    g_return_if_fail (check);                                       \
    if (self->name == value)                                        \
      return;                                                       \
    self->name = value;                                             \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);   \
  }

VALUE_SETTER (HpLevel, level, PROP_LEVEL, value >= 0 && value < HP_N_LEVELS)
VALUE_SETTER (guint, count, PROP_COUNT, value >= 1 && value <= HP_POSITION_MAX_COUNT)
VALUE_SETTER (HpMonth, start, PROP_START, hp_month_is_valid (value))
VALUE_SETTER (HpMonth, end, PROP_END, value == HP_MONTH_NONE || hp_month_is_valid (value))
VALUE_SETTER (HpPositionKind, kind, PROP_KIND, value < HP_N_POSITION_KINDS)
VALUE_SETTER (HpPositionStatus, status, PROP_STATUS, value < HP_N_POSITION_STATUSES)
VALUE_SETTER (gint64, annual_salary, PROP_ANNUAL_SALARY, value >= 0)
VALUE_SETTER (gint64, one_time_cost, PROP_ONE_TIME_COST, value >= 0)

#undef VALUE_SETTER
