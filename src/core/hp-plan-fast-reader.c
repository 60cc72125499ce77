/* hp-plan-fast-reader.c: the one-pass reader of plan files
 *
 * A plan of 100,000 positions is some 50 MB of JSON.  Checking it, then
 * building json-glib's tree of it, then walking the tree cost three passes
 * and a tree several times the size of the file.  The fast reader makes one
 * pass over the text: it checks the grammar as strictly as
 * hp_json_check_strict() does, checks each field as read_position() does
 * (hp-plan-reader.c), and builds the positions as it goes, with no tree.
 * Only the small parts (the plan's settings, the stored summary, the
 * extensions) are checked by the strict checker and handed to json-glib,
 * to be read by the very code the full reader uses.
 *
 * It reads version 1 files only: a plan with scenarios (version 2, the
 * "scenarios" member) is left to the full reader.
 *
 * It gives up at the first thing it does not expect: a syntax error, a
 * field that is missing, unknown, of the wrong type or out of range, a key
 * with an escape, positions before the plan's settings.  The full reader
 * then reads the document from the start, and every message stays exactly
 * what it was.  A valid plan is never given up on for its content, only,
 * rarely, for its layout (the full reader then accepts it, more slowly).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-file"

#include "config.h"

#include <string.h>

#include "hp-json-fields.h"
#include "hp-json-lex.h"
#include "hp-json-strict.h"
#include "hp-money.h"
#include "hp-plan-file.h"
#include "hp-plan-file-private.h"

typedef struct
{
  const char        *data;
  const char        *p;
  const char        *end;
  GString           *text;       /* the last string read, decoded */
  HpPlanReadControl *control;
  gboolean           cancelled;
} Fast;

/* In the order of hp_plan_file_top_level_keys[]. */
enum {
  TOP_FORMAT,
  TOP_VERSION,
  TOP_GENERATOR,
  TOP_GENERATED_AT,
  TOP_PLAN,
  TOP_POSITIONS,
  TOP_SUMMARY,
  TOP_EXTENSIONS,
  TOP_N_KEYS,
};

/* In the order of hp_plan_file_position_keys[]. */
enum {
  POS_ID,
  POS_ROLE,
  POS_LEVEL,
  POS_TITLE,
  POS_COUNT,
  POS_START,
  POS_END,
  POS_LOCATION,
  POS_KIND,
  POS_STATUS,
  POS_SALARY,
  POS_ONE_TIME,
  POS_NOTES,
  POS_TEAM,
  POS_MONTHLY,
  POS_PERIOD,
  POS_N_KEYS,
};

#define POS_REQUIRED ((1u << (POS_NOTES + 1)) - 1)  /* id to notes */

static inline void
fast_ws (Fast *f)
{
  f->p = hp_json_lex_skip_ws (f->p, f->end);
}

static inline gboolean
fast_peek (Fast *f,
           char  c)
{
  return f->p < f->end && *f->p == c;
}

static inline gboolean
fast_expect (Fast *f,
             char  c)
{
  fast_ws (f);
  if (!fast_peek (f, c))
    return FALSE;
  f->p++;
  return TRUE;
}

/* A string value, decoded into f->text. */
static gboolean
fast_string (Fast *f)
{
  HpJsonToken token;

  fast_ws (f);
  if (!fast_peek (f, '"') || !hp_json_lex_string (f->p, f->end, f->text, &token))
    return FALSE;

  f->p = token.end;
  return TRUE;
}

/* A key and its colon; keys with escapes or beyond ASCII are none of ours. */
static gboolean
fast_key (Fast        *f,
          const char **out_key,
          gsize       *out_len)
{
  const char *start;

  fast_ws (f);
  if (!fast_peek (f, '"'))
    return FALSE;
  start = ++f->p;

  while (f->p < f->end && *f->p != '"')
    {
      guchar c = (guchar) *f->p;

      if (c == '\\' || c < 0x20 || c >= 0x80)
        return FALSE;
      f->p++;
    }
  if (f->p >= f->end)
    return FALSE;

  *out_key = start;
  *out_len = (gsize) (f->p - start);
  f->p++;

  return fast_expect (f, ':');
}

/* The index of the key in @keys (NULL-terminated), trying @hint first:
 * files written by this program keep the documented order. */
static int
fast_match_key (const char * const *keys,
                guint               n_keys,
                const char         *key,
                gsize               len,
                guint               hint)
{
  for (guint i = 0; i < n_keys; i++)
    {
      guint k = (hint + i) % n_keys;

      if (strlen (keys[k]) == len && memcmp (keys[k], key, len) == 0)
        return (int) k;
    }

  return -1;
}

/* A small positive integer: an integral number of at most eight digits,
 * without a sign. */
static gboolean
fast_small_int (Fast   *f,
                gint64 *out)
{
  HpJsonToken token;

  fast_ws (f);
  if (!fast_peek (f, '-') && !(f->p < f->end && g_ascii_isdigit (*f->p)))
    return FALSE;
  if (!hp_json_lex_number (f->p, f->end, &token) || !token.integral ||
      token.integer < 1 || token.integer > 99999999)
    return FALSE;

  f->p = token.end;
  *out = token.integer;
  return TRUE;
}

static gboolean
fast_null (Fast *f)
{
  fast_ws (f);
  if (f->end - f->p < 4 || memcmp (f->p, "null", 4) != 0)
    return FALSE;
  f->p += 4;
  return TRUE;
}

static gboolean
fast_is_blank (const char *s)
{
  for (; *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

static gboolean
fast_money (Fast   *f,
            int     digits,
            gint64 *out)
{
  if (!fast_string (f) || digits < 0 || f->text->str[0] == '-')
    return FALSE;

  return hp_money_parse (f->text->str, (guint) digits, out, NULL) && *out >= 0;
}

/* A value checked by the strict checker, then read by json-glib: for the
 * small parts, which the full reader's own code then reads. */
static JsonNode *
fast_subdocument (Fast *f,
                  char  open)
{
  g_autoptr(JsonParser) parser = NULL;
  gsize start, offset;

  fast_ws (f);
  if (!fast_peek (f, open))
    return NULL;

  start = offset = (gsize) (f->p - f->data);
  if (!hp_json_check_strict_value (f->data, (gsize) (f->end - f->data), &offset, 1, HP_PLAN_MAX_DEPTH))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, f->data + start, (gssize) (offset - start), NULL))
    return NULL;

  f->p = f->data + offset;
  return json_node_ref (json_parser_get_root (parser));
}

/* Every so often: stop when cancelled, and tell how far it got. */
static gboolean
fast_tick (Fast *f)
{
  HpPlanReadControl *control = f->control;

  if (control == NULL)
    return TRUE;

  if (g_cancellable_is_cancelled (control->cancellable))
    {
      f->cancelled = TRUE;
      return FALSE;
    }

  if (control->progress != NULL)
    control->progress ((double) (f->p - f->data) / (double) MAX (f->end - f->data, 1), control->progress_data);

  return TRUE;
}

static HpPosition *
fast_position (Fast       *f,
               int         digits,
               GHashTable *ids)
{
  g_autoptr(HpPosition) position = NULL;
  HpMonth start = HP_MONTH_NONE, end = HP_MONTH_NONE;
  guint32 seen = 0;
  guint hint = 0;

  if (!fast_expect (f, '{'))
    return NULL;

  position = hp_position_new ();

  for (;;)
    {
      const char *key;
      gsize len;
      gint64 number;
      int k, value;

      if (!fast_key (f, &key, &len))
        return NULL;
      k = fast_match_key (hp_plan_file_position_keys, POS_N_KEYS, key, len, hint);
      if (k < 0 || (seen & (1u << k)) != 0)
        return NULL;
      seen |= 1u << k;
      hint = (guint) k + 1;

      switch (k)
        {
        case POS_ID:
          if (!fast_string (f) || fast_is_blank (f->text->str))
            return NULL;
          hp_position_set_id (position, f->text->str);
          if (!g_hash_table_add (ids, (gpointer) hp_position_get_id (position)))
            return NULL;
          break;

        case POS_ROLE:
          if (!fast_string (f))
            return NULL;
          hp_position_set_role_id (position, f->text->str);
          break;

        case POS_LEVEL:
          if (!fast_string (f) || (value = (int) hp_level_from_key (f->text->str)) < 0)
            return NULL;
          hp_position_set_level (position, (HpLevel) value);
          break;

        case POS_TITLE:
          if (!fast_string (f))
            return NULL;
          hp_position_set_title (position, f->text->str);
          break;

        case POS_COUNT:
          if (!fast_small_int (f, &number) || number < 1 || number > HP_POSITION_MAX_COUNT)
            return NULL;
          hp_position_set_count (position, (guint) number);
          break;

        case POS_START:
          if (!fast_string (f) || !hp_month_parse (f->text->str, &start, NULL))
            return NULL;
          hp_position_set_start (position, start);
          break;

        case POS_END:
          fast_ws (f);
          if (fast_peek (f, 'n'))
            {
              if (!fast_null (f))
                return NULL;
            }
          else if (!fast_string (f) || !hp_month_parse (f->text->str, &end, NULL))
            return NULL;
          else
            hp_position_set_end (position, end);
          break;

        case POS_LOCATION:
          if (!fast_string (f))
            return NULL;
          hp_position_set_location (position, f->text->str);
          break;

        case POS_KIND:
          if (!fast_string (f) || (value = hp_position_kind_from_key (f->text->str)) < 0)
            return NULL;
          hp_position_set_kind (position, (HpPositionKind) value);
          break;

        case POS_STATUS:
          if (!fast_string (f) || (value = hp_position_status_from_key (f->text->str)) < 0)
            return NULL;
          hp_position_set_status (position, (HpPositionStatus) value);
          break;

        case POS_SALARY:
          if (!fast_money (f, digits, &number))
            return NULL;
          hp_position_set_annual_salary (position, number);
          break;

        case POS_ONE_TIME:
          if (!fast_money (f, digits, &number))
            return NULL;
          hp_position_set_one_time_cost (position, number);
          break;

        case POS_NOTES:
          if (!fast_string (f))
            return NULL;
          hp_position_set_notes (position, f->text->str);
          break;

        case POS_TEAM:
          if (!fast_string (f))
            return NULL;
          hp_position_set_team (position, f->text->str);
          break;

        case POS_MONTHLY:
        case POS_PERIOD:
          /* Computed figures: checked for their form, then recomputed. */
          if (!fast_string (f) || !hp_plan_file_is_decimal_text (f->text->str))
            return NULL;
          break;

        default:
          g_assert_not_reached ();
        }

      fast_ws (f);
      if (fast_peek (f, ','))
        {
          f->p++;
          continue;
        }
      if (fast_peek (f, '}'))
        {
          f->p++;
          break;
        }
      return NULL;
    }

  if ((seen & POS_REQUIRED) != POS_REQUIRED)
    return NULL;
  if (end != HP_MONTH_NONE && end < start)
    return NULL;

  return g_steal_pointer (&position);
}

static gboolean
fast_positions (Fast      *f,
                int        digits,
                GPtrArray *positions)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (!fast_expect (f, '['))
    return FALSE;

  fast_ws (f);
  if (fast_peek (f, ']'))
    {
      f->p++;
      return TRUE;
    }

  for (guint i = 1;; i++)
    {
      HpPosition *position = fast_position (f, digits, ids);

      if (position == NULL)
        return FALSE;
      g_ptr_array_add (positions, position);

      if (i % 4096 == 0 && !fast_tick (f))
        return FALSE;

      fast_ws (f);
      if (fast_peek (f, ','))
        f->p++;
      else if (fast_peek (f, ']'))
        {
          f->p++;
          return TRUE;
        }
      else
        return FALSE;
    }
}

HpPlanFastStatus
hp_plan_read_fast_controlled (const char        *data,
                              gsize              length,
                              const char        *display_name,
                              HpPlanReadControl *control,
                              HpPlan           **out_plan,
                              char             **out_notice,
                              GError           **error)
{
  g_autoptr(GString) text = g_string_sized_new (256);
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GPtrArray) positions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonNode) settings = NULL;
  g_autoptr(JsonNode) stored_summary = NULL;
  g_autoptr(JsonNode) extensions = NULL;
  g_autoptr(HpSummary) summary = NULL;
  Fast f = { data, data, data + length, text, control, FALSE };
  const guint required = 1u << TOP_FORMAT | 1u << TOP_VERSION | 1u << TOP_PLAN | 1u << TOP_POSITIONS;
  guint seen = 0, hint = 0;
  int digits = -1;

  if (data == NULL || (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0) || memchr (data, '\0', length) != NULL)
    return HP_PLAN_FAST_GIVE_UP;

  if (!fast_expect (&f, '{'))
    return HP_PLAN_FAST_GIVE_UP;

  plan = hp_plan_new ();

  for (;;)
    {
      const char *key;
      gsize len;
      gint64 number;
      int k;

      if (!fast_key (&f, &key, &len))
        return HP_PLAN_FAST_GIVE_UP;
      k = fast_match_key (hp_plan_file_top_level_keys, TOP_N_KEYS, key, len, hint);
      if (k < 0 || (seen & (1u << k)) != 0)
        return HP_PLAN_FAST_GIVE_UP;
      seen |= 1u << k;
      hint = (guint) k + 1;

      switch (k)
        {
        case TOP_FORMAT:
          if (!fast_string (&f) || !g_str_equal (f.text->str, HP_PLAN_FORMAT))
            return HP_PLAN_FAST_GIVE_UP;
          break;

        case TOP_VERSION:
          if (!fast_small_int (&f, &number) || number != HP_PLAN_VERSION)
            return HP_PLAN_FAST_GIVE_UP;
          break;

        case TOP_GENERATOR:
        case TOP_GENERATED_AT:
          if (!fast_string (&f))
            return HP_PLAN_FAST_GIVE_UP;
          break;

        case TOP_PLAN:
          {
            HpJsonReport report;
            gboolean ok;

            settings = fast_subdocument (&f, '{');
            if (settings == NULL)
              return HP_PLAN_FAST_GIVE_UP;
            hp_json_report_init (&report, display_name);
            hp_plan_file_read_settings (json_node_get_object (settings), "plan", plan, &digits, &report);
            ok = report.problems->len == 0;
            hp_json_report_clear (&report);
            if (!ok)
              return HP_PLAN_FAST_GIVE_UP;
          }
          break;

        case TOP_POSITIONS:
          /* The amounts need the plan's currency first. */
          if ((seen & (1u << TOP_PLAN)) == 0)
            return HP_PLAN_FAST_GIVE_UP;
          if (!fast_positions (&f, digits, positions))
            {
              if (f.cancelled)
                {
                  g_cancellable_set_error_if_cancelled (control->cancellable, error);
                  return HP_PLAN_FAST_CANCELLED;
                }
              return HP_PLAN_FAST_GIVE_UP;
            }
          break;

        case TOP_SUMMARY:
          if ((stored_summary = fast_subdocument (&f, '{')) == NULL)
            return HP_PLAN_FAST_GIVE_UP;
          break;

        case TOP_EXTENSIONS:
          if ((extensions = fast_subdocument (&f, '{')) == NULL)
            return HP_PLAN_FAST_GIVE_UP;
          break;

        default:
          g_assert_not_reached ();
        }

      fast_ws (&f);
      if (fast_peek (&f, ','))
        {
          f.p++;
          continue;
        }
      if (fast_peek (&f, '}'))
        {
          f.p++;
          break;
        }
      return HP_PLAN_FAST_GIVE_UP;
    }

  fast_ws (&f);
  if (f.p != f.end || (seen & required) != required)
    return HP_PLAN_FAST_GIVE_UP;

  /* The stored summary: of the documented shape, checked by the same code. */
  if (stored_summary != NULL)
    {
      g_autoptr(JsonObject) holder = json_object_new ();
      HpJsonReport report;
      gboolean ok;

      json_object_set_member (holder, "summary", json_node_ref (stored_summary));
      hp_json_report_init (&report, display_name);
      hp_plan_file_check_summary_member (holder, NULL, &report);
      ok = report.problems->len == 0;
      hp_json_report_clear (&report);
      if (!ok)
        return HP_PLAN_FAST_GIVE_UP;
    }

  if (extensions != NULL)
    {
      g_autoptr(JsonNode) copy = json_node_copy (extensions);
      hp_plan_set_extensions (plan, copy);
    }

  hp_plan_append_positions (plan, (HpPosition **) positions->pdata, positions->len);
  hp_plan_clear_history (plan);

  /* Too large to be computed exactly: the full reader says so. */
  summary = hp_summary_compute (plan, NULL);
  if (summary->overflow)
    return HP_PLAN_FAST_GIVE_UP;

  if (stored_summary != NULL && out_notice != NULL)
    *out_notice = hp_plan_file_compare_summary (json_node_get_object (stored_summary), summary, display_name);

  if (control != NULL && control->progress != NULL)
    control->progress (1.0, control->progress_data);

  *out_plan = g_steal_pointer (&plan);
  return HP_PLAN_FAST_OK;
}

gboolean
hp_plan_read_fast (const char  *data,
                   gsize        length,
                   const char  *display_name,
                   HpPlan     **out_plan,
                   char       **out_notice)
{
  g_return_val_if_fail (out_plan != NULL, FALSE);

  *out_plan = NULL;
  if (out_notice != NULL)
    *out_notice = NULL;

  return hp_plan_read_fast_controlled (data, length, display_name, NULL, out_plan, out_notice, NULL) == HP_PLAN_FAST_OK;
}
