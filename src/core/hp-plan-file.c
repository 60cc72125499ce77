/* hp-plan-file.c: reading, writing and exporting hiring-plan files
 *
 * Reading is all or nothing: the text is checked as strict JSON first
 * (hp_json_parse_strict), then every field is validated and every problem
 * collected, so that one error lists them all.  Writing is done by hand so
 * that the keys keep their documented order, every amount keeps exactly the
 * currency's minor digits and the output is the same byte for byte for the
 * same plan.  See docs/plan-format.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hp-error.h"
#include "hp-json-fields.h"
#include "hp-json-strict.h"
#include "hp-money.h"
#include "hp-plan-file.h"
#include "hp-plan-file-private.h"
#include "hp-summary-private.h"

#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif

#define ROUNDING_RULE "per head monthly cost rounded half up to the minor unit"

/* Reading */

typedef enum
{
  SHAPE_STRING,
  SHAPE_STRING_OR_NULL,
  SHAPE_INT,
  SHAPE_NUMBER,
  SHAPE_MONEY,          /* a decimal in a string, like "151000.00" */
  SHAPE_MONEY_OR_NULL,
  SHAPE_OBJECT,         /* with the members of .fields */
  SHAPE_ARRAY,          /* of objects with the members of .fields */
} ShapeKind;

typedef struct _Shape Shape;
struct _Shape
{
  const char  *name;
  ShapeKind    kind;
  const Shape *fields;  /* NULL-terminated */
};

/* The computed summary: optional, but complete and well typed if present. */
static const Shape assumptions_shape[] = {
  { "overhead_percent", SHAPE_NUMBER, NULL },
  { "proration", SHAPE_STRING, NULL },
  { "rounding", SHAPE_STRING, NULL },
  { NULL, 0, NULL },
};

static const Shape headcount_by_level_shape[] = {
  { "intern", SHAPE_INT, NULL },
  { "graduate", SHAPE_INT, NULL },
  { "junior", SHAPE_INT, NULL },
  { "mid", SHAPE_INT, NULL },
  { "senior", SHAPE_INT, NULL },
  { "lead", SHAPE_INT, NULL },
  { NULL, 0, NULL },
};

static const Shape headcount_shape[] = {
  { "total", SHAPE_INT, NULL },
  { "by_level", SHAPE_OBJECT, headcount_by_level_shape },
  { NULL, 0, NULL },
};

static const Shape month_shape[] = {
  { "month", SHAPE_STRING, NULL },
  { "headcount", SHAPE_INT, NULL },
  { "cost", SHAPE_MONEY, NULL },
  { NULL, 0, NULL },
};

static const Shape quarter_shape[] = {
  { "quarter", SHAPE_STRING, NULL },
  { "first_month", SHAPE_STRING, NULL },
  { "cost", SHAPE_MONEY, NULL },
  { NULL, 0, NULL },
};

static const Shape level_shape[] = {
  { "level", SHAPE_STRING, NULL },
  { "headcount", SHAPE_INT, NULL },
  { "period_cost", SHAPE_MONEY, NULL },
  { "annual_run_rate", SHAPE_MONEY, NULL },
  { NULL, 0, NULL },
};

static const Shape status_shape[] = {
  { "status", SHAPE_STRING, NULL },
  { "headcount", SHAPE_INT, NULL },
  { "period_cost", SHAPE_MONEY, NULL },
  { NULL, 0, NULL },
};

static const Shape warning_shape[] = {
  { "code", SHAPE_STRING, NULL },
  { "message", SHAPE_STRING, NULL },
  { "position", SHAPE_STRING_OR_NULL, NULL },
  { NULL, 0, NULL },
};

static const Shape summary_shape[] = {
  { "assumptions", SHAPE_OBJECT, assumptions_shape },
  { "headcount", SHAPE_OBJECT, headcount_shape },
  { "months", SHAPE_ARRAY, month_shape },
  { "quarters", SHAPE_ARRAY, quarter_shape },
  { "by_level", SHAPE_ARRAY, level_shape },
  { "by_status", SHAPE_ARRAY, status_shape },
  { "total_period_cost", SHAPE_MONEY, NULL },
  { "annual_run_rate", SHAPE_MONEY, NULL },
  { "budget", SHAPE_MONEY_OR_NULL, NULL },
  { "budget_remaining", SHAPE_MONEY_OR_NULL, NULL },
  { "warnings", SHAPE_ARRAY, warning_shape },
  { NULL, 0, NULL },
};

static const char * const top_level_keys[] = {
  "format", "version", "generator", "generated_at", "plan", "positions", "summary", "extensions", NULL,
};

static const char * const plan_keys[] = {
  "title", "team", "owner", "status", "currency", "start", "months", "overhead_percent",
  "one_time_cost", "budget", "notes", NULL,
};

static const char * const position_keys[] = {
  "id", "role", "level", "title", "count", "start", "end", "location", "kind", "status",
  "annual_salary", "one_time_cost", "notes", "team", "monthly_cost_per_head", "period_cost", NULL,
};

static const char *
node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT: return _("an object");
    case JSON_NODE_ARRAY:  return _("an array");
    case JSON_NODE_NULL:   return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:  return _("a string");
    case G_TYPE_BOOLEAN: return _("true or false");
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:  return _("a number");
    default:             return _("a value");
    }
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
node_is_number (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         (json_node_get_value_type (node) == G_TYPE_INT64 ||
          json_node_get_value_type (node) == G_TYPE_DOUBLE);
}

G_GNUC_PRINTF (4, 5)
static void
report_member (HpJsonReport *report,
               const char   *path,
               const char   *member,
               const char   *format,
               ...)
{
  g_autofree char *p = hp_json_path_member (path, member);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  hp_json_report_add (report, p, "%s", message);
}

/* Reports every member of @object that @allowed does not name. */
static void
check_known_members (JsonObject         *object,
                     const char         *path,
                     const char * const *allowed,
                     HpJsonReport       *report)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (!g_strv_contains (allowed, name))
        {
          g_autofree char *p = hp_json_path_member (path, name);
          hp_json_report_add (report, p,
                              _("this field is not part of a hiring plan; keep your own data in the top-level “extensions” object"));
        }
    }
}

/* Shortest decimal text that reads back as @value: "30.25", "1e+300". */
static char *
double_to_shortest (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  int precision;

  for (precision = 1; precision < 17; precision++)
    {
      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  /* "30" rather than "3e+01": %g uses an exponent from 10^precision on. */
  if (value != 0 && isfinite (value))
    {
      int exponent = (int) floor (log10 (fabs (value)));

      if (exponent >= precision && exponent < 17)
        precision = exponent + 1;
    }

  g_snprintf (format, sizeof format, "%%.%dg", precision);
  g_ascii_formatd (buf, sizeof buf, format, value);

  return g_strdup (buf);
}

/* The schema's pattern for amounts, of any size: a computed total may
 * exceed what a single amount may hold.
 *   ^-?(0|[1-9][0-9]*)(\.[0-9]{1,3})?$ */
static gboolean
is_decimal_text (const char *text)
{
  const char *p = text;
  guint n;

  if (*p == '-')
    p++;

  if (*p == '0')
    p++;
  else if (*p >= '1' && *p <= '9')
    while (g_ascii_isdigit (*p))
      p++;
  else
    return FALSE;

  if (*p == '.')
    {
      p++;
      for (n = 0; g_ascii_isdigit (*p); n++)
        p++;
      if (n < 1 || n > 3)
        return FALSE;
    }

  return *p == '\0';
}

static void
check_shape (JsonObject   *object,
             const char   *path,
             const Shape  *fields,
             HpJsonReport *report);

static void
check_shape_member (JsonObject   *object,
                    const char   *path,
                    const Shape  *field,
                    HpJsonReport *report)
{
  JsonNode *node = json_object_get_member (object, field->name);
  g_autofree char *p = hp_json_path_member (path, field->name);
  gboolean null_ok = field->kind == SHAPE_STRING_OR_NULL || field->kind == SHAPE_MONEY_OR_NULL;
  const char *expected = NULL;

  if (node == NULL)
    {
      hp_json_report_add (report, p, _("this field is missing"));
      return;
    }

  if (null_ok && JSON_NODE_HOLDS_NULL (node))
    return;

  switch (field->kind)
    {
    case SHAPE_STRING:
    case SHAPE_STRING_OR_NULL:
      if (!node_is_string (node))
        expected = null_ok ? _("a string or null") : _("a string");
      break;

    case SHAPE_INT:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        expected = _("a whole number");
      break;

    case SHAPE_NUMBER:
      if (!node_is_number (node))
        expected = _("a number");
      break;

    case SHAPE_MONEY:
    case SHAPE_MONEY_OR_NULL:
      if (!node_is_string (node))
        expected = null_ok ? _("an amount in a string such as “151000.00”, or null")
                           : _("an amount in a string such as “151000.00”");
      else if (!is_decimal_text (json_node_get_string (node)))
        {
          hp_json_report_add (report, p, _("“%s” is not an amount: expected a decimal such as 151000.00"),
                              json_node_get_string (node));
          return;
        }
      break;

    case SHAPE_OBJECT:
      if (!JSON_NODE_HOLDS_OBJECT (node))
        expected = _("an object");
      else
        check_shape (json_node_get_object (node), p, field->fields, report);
      break;

    case SHAPE_ARRAY:
      if (!JSON_NODE_HOLDS_ARRAY (node))
        expected = _("an array");
      else
        {
          JsonArray *array = json_node_get_array (node);

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              JsonNode *item = json_array_get_element (array, i);
              g_autofree char *pi = hp_json_path_index (p, i);

              if (!JSON_NODE_HOLDS_OBJECT (item))
                hp_json_report_add (report, pi, _("expected an object, found %s"), node_type_name (item));
              else
                check_shape (json_node_get_object (item), pi, field->fields, report);
            }
        }
      break;

    default:
      g_assert_not_reached ();
    }

  if (expected != NULL)
    /* TRANSLATORS: "expected a string, found a number" */
    hp_json_report_add (report, p, _("expected %s, found %s"), expected, node_type_name (node));
}

static void
check_shape (JsonObject   *object,
             const char   *path,
             const Shape  *fields,
             HpJsonReport *report)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (const Shape *f = fields; f->name != NULL; f++)
    g_ptr_array_add (names, (gpointer) f->name);
  g_ptr_array_add (names, NULL);

  check_known_members (object, path, (const char * const *) names->pdata, report);

  for (const Shape *f = fields; f->name != NULL; f++)
    check_shape_member (object, path, f, report);
}

/* An optional computed member: checked for its type only. */
static void
check_optional_string (JsonObject   *object,
                       const char   *path,
                       const char   *member,
                       gboolean      is_amount,
                       HpJsonReport *report)
{
  Shape field = { member, is_amount ? SHAPE_MONEY : SHAPE_STRING, NULL };

  if (json_object_has_member (object, member))
    check_shape_member (object, path, &field, report);
}

/* An amount: a string such as "151000.00" with at most the currency's minor
 * digits.  @digits < 0 when the currency is unknown: only the type is
 * checked.  Returns TRUE with *out set, FALSE when absent, null or wrong. */
static gboolean
get_money (JsonObject   *object,
           const char   *path,
           const char   *member,
           HpFieldFlags  flags,
           int           digits,
           gint64       *out,
           HpJsonReport *report)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GError) error = NULL;
  const char *text;
  gint64 amount;

  if (node != NULL && node_is_number (node))
    {
      report_member (report, path, member, "%s",
                     _("an amount is written as a string such as “151000.00”, not as a number"));
      return FALSE;
    }

  text = hp_json_get_string (object, path, member, flags, report);
  if (text == NULL || digits < 0)
    return FALSE;

  if (!hp_money_parse (text, (guint) digits, &amount, &error))
    {
      report_member (report, path, member, "%s", error->message);
      return FALSE;
    }

  if (amount < 0 || text[0] == '-')
    {
      report_member (report, path, member, "%s", _("this amount may not be negative"));
      return FALSE;
    }

  *out = amount;
  return TRUE;
}

/* A month "YYYY-MM".  Returns TRUE with *out set. */
static gboolean
get_month (JsonObject   *object,
           const char   *path,
           const char   *member,
           HpFieldFlags  flags,
           HpMonth      *out,
           HpJsonReport *report)
{
  g_autoptr(GError) error = NULL;
  const char *text = hp_json_get_string (object, path, member, flags, report);

  if (text == NULL)
    return FALSE;

  if (!hp_month_parse (text, out, &error))
    {
      report_member (report, path, member, "%s", error->message);
      return FALSE;
    }

  return TRUE;
}

/* A key of a fixed list: returns its index, or -1 with *out_text set to
 * the unknown key (NULL when absent or not a string, already reported). */
static int
get_key (JsonObject   *object,
         const char   *path,
         const char   *member,
         int         (*from_key) (const char *key),
         const char  **out_text,
         HpJsonReport *report)
{
  const char *text = hp_json_get_string (object, path, member, HP_FIELD_REQUIRED, report);

  *out_text = text;
  if (text == NULL)
    return -1;

  return from_key (text);
}

static int
level_from_key (const char *key)
{
  return (int) hp_level_from_key (key);
}

/* overhead_percent: a JSON number from 0 to 300 with at most 2 decimals,
 * returned in basis points. */
static gboolean
get_overhead (JsonObject   *object,
              const char   *path,
              guint        *out_bp,
              HpJsonReport *report)
{
  JsonNode *node = json_object_get_member (object, "overhead_percent");
  g_autofree char *p = hp_json_path_member (path, "overhead_percent");
  const gint64 max_percent = HP_PLAN_MAX_OVERHEAD_BP / 100;
  char two[G_ASCII_DTOSTR_BUF_SIZE];
  gint64 bp;
  double value;

  if (node == NULL)
    {
      hp_json_report_add (report, p, _("this field is missing"));
      return FALSE;
    }

  if (!node_is_number (node))
    {
      /* TRANSLATORS: "expected a number, found a string" */
      hp_json_report_add (report, p, _("expected %s, found %s"), _("a number"), node_type_name (node));
      return FALSE;
    }

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      gint64 whole = json_node_get_int (node);

      if (whole < 0 || whole > max_percent)
        {
          g_autofree char *whole_text = g_strdup_printf ("%" G_GINT64_FORMAT, whole);
          g_autofree char *max_text = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) max_percent);

          hp_json_report_add (report, p, _("%s is out of range: expected 0 to %s"), whole_text, max_text);
          return FALSE;
        }
      *out_bp = (guint) (whole * 100);
      return TRUE;
    }

  value = json_node_get_double (node);
  if (!(value >= 0 && value <= (double) max_percent))
    {
      g_autofree char *text = double_to_shortest (value);
      g_autofree char *max_text = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) max_percent);

      hp_json_report_add (report, p, _("%s is out of range: expected 0 to %s"), text, max_text);
      return FALSE;
    }

  /* At most two decimals exactly when the value reads back from its
   * rounding to two decimals; that text is then read as an exact decimal. */
  g_ascii_formatd (two, sizeof two, "%.2f", value);
  if (g_ascii_strtod (two, NULL) != value || !hp_money_parse (two, 2, &bp, NULL))
    {
      g_autofree char *text = double_to_shortest (value);
      hp_json_report_add (report, p, _("%s has more than two decimals: expected a percentage such as 30 or 30.25"),
                          text);
      return FALSE;
    }

  *out_bp = (guint) bp;
  return TRUE;
}

static HpPosition *
read_position (JsonNode     *node,
               const char   *path,
               int           digits,
               GHashTable   *seen_ids,
               HpJsonReport *report)
{
  g_autoptr(HpPosition) position = NULL;
  JsonObject *object;
  const char *text;
  gint64 number;
  HpMonth start = HP_MONTH_NONE, end = HP_MONTH_NONE;
  gboolean have_start;
  int key;
  guint before = report->problems->len;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      hp_json_report_add (report, path, _("expected an object describing a position, found %s"),
                          node_type_name (node));
      return NULL;
    }

  object = json_node_get_object (node);
  position = hp_position_new ();

  check_known_members (object, path, position_keys, report);

  text = hp_json_get_string (object, path, "id", HP_FIELD_REQUIRED | HP_FIELD_NONEMPTY, report);
  if (text != NULL)
    {
      if (g_hash_table_contains (seen_ids, text))
        {
          g_autofree char *p = hp_json_path_member (path, "id");
          hp_json_report_add (report, p, _("the id “%s” is used by another position of this plan"), text);
        }
      g_hash_table_add (seen_ids, (gpointer) text);
      hp_position_set_id (position, text);
    }

  hp_position_set_role_id (position, hp_json_get_string (object, path, "role", HP_FIELD_REQUIRED, report));

  key = get_key (object, path, "level", level_from_key, &text, report);
  if (key < 0 && text != NULL)
    report_member (report, path, "level",
                   _("“%s” is not a level: expected intern, graduate, junior, mid, senior or lead"), text);
  if (key >= 0)
    hp_position_set_level (position, (HpLevel) key);

  hp_position_set_title (position, hp_json_get_string (object, path, "title", HP_FIELD_REQUIRED, report));

  if (hp_json_get_int (object, path, "count", HP_FIELD_REQUIRED, 1, HP_POSITION_MAX_COUNT, &number, report))
    hp_position_set_count (position, (guint) number);

  have_start = get_month (object, path, "start", HP_FIELD_REQUIRED, &start, report);
  if (have_start)
    hp_position_set_start (position, start);

  if (get_month (object, path, "end", HP_FIELD_REQUIRED | HP_FIELD_NULLABLE, &end, report))
    {
      if (have_start && end < start)
        {
          g_autofree char *p = hp_json_path_member (path, "end");
          g_autofree char *start_text = hp_month_to_string (start);
          g_autofree char *end_text = hp_month_to_string (end);

          /* TRANSLATORS: two months, "2027-02" */
          hp_json_report_add (report, p, _("the position ends (%s) before it starts (%s)"),
                              end_text, start_text);
        }
      hp_position_set_end (position, end);
    }

  hp_position_set_location (position, hp_json_get_string (object, path, "location", HP_FIELD_REQUIRED, report));

  key = get_key (object, path, "kind", hp_position_kind_from_key, &text, report);
  if (key < 0 && text != NULL)
    report_member (report, path, "kind", _("“%s” is not a kind of position: expected new or backfill"), text);
  if (key >= 0)
    hp_position_set_kind (position, (HpPositionKind) key);

  key = get_key (object, path, "status", hp_position_status_from_key, &text, report);
  if (key < 0 && text != NULL)
    report_member (report, path, "status",
                   _("“%s” is not a position status: expected planned, approved, open, filled or on-hold"),
                   text);
  if (key >= 0)
    hp_position_set_status (position, (HpPositionStatus) key);

  if (get_money (object, path, "annual_salary", HP_FIELD_REQUIRED, digits, &number, report))
    hp_position_set_annual_salary (position, number);

  if (get_money (object, path, "one_time_cost", HP_FIELD_REQUIRED, digits, &number, report))
    hp_position_set_one_time_cost (position, number);

  hp_position_set_notes (position, hp_json_get_string (object, path, "notes", HP_FIELD_REQUIRED, report));

  text = hp_json_get_string (object, path, "team", HP_FIELD_OPTIONAL, report);
  if (text != NULL)
    hp_position_set_team (position, text);

  check_optional_string (object, path, "monthly_cost_per_head", TRUE, report);
  check_optional_string (object, path, "period_cost", TRUE, report);

  if (report->problems->len != before)
    return NULL;

  return g_steal_pointer (&position);
}

typedef struct
{
  const char *field;
  char       *stored;
  char       *recomputed;
} Difference;

static gboolean
differs (const char  *stored_text,
         gint64       recomputed,
         guint        digits,
         Difference  *diff,
         const char  *field)
{
  gint64 stored;

  if (stored_text != NULL && hp_money_parse (stored_text, digits, &stored, NULL) && stored == recomputed)
    return FALSE;

  diff->field = field;
  diff->stored = g_strdup (stored_text != NULL ? stored_text : "null");
  diff->recomputed = hp_money_to_string (recomputed, digits);
  return TRUE;
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && node_is_string (node) ? json_node_get_string (node) : NULL;
}

/* The stored summary, already checked for its shape, against the one
 * computed from the positions: the first figure that differs, if any. */
static char *
compare_summary (JsonObject *stored,
                 HpSummary  *summary,
                 const char *display_name)
{
  guint digits = hp_currency_minor_digits (summary->currency);
  Difference diff = { NULL, NULL, NULL };
  g_autofree char *field = NULL;
  JsonArray *months;
  char *notice;

  if (differs (member_string (stored, "total_period_cost"), summary->total_cost, digits,
               &diff, "total_period_cost"))
    goto found;

  if (differs (member_string (stored, "annual_run_rate"), summary->run_rate, digits,
               &diff, "annual_run_rate"))
    goto found;

  months = json_object_get_array_member (stored, "months");
  if (json_array_get_length (months) != summary->n_months)
    {
      diff.field = _("number of months");
      diff.stored = g_strdup_printf ("%u", json_array_get_length (months));
      diff.recomputed = g_strdup_printf ("%u", summary->n_months);
      goto found;
    }

  for (guint i = 0; i < summary->n_months; i++)
    {
      JsonObject *month = json_array_get_object_element (months, i);

      field = g_strdup_printf ("months[%u].cost", i);
      if (differs (member_string (month, "cost"), summary->month_cost[i], digits, &diff, field))
        goto found;
      g_clear_pointer (&field, g_free);
    }

  {
    JsonObject *headcount = json_object_get_object_member (stored, "headcount");
    gint64 total = json_object_get_int_member (headcount, "total");

    if (total != summary->total_headcount)
      {
        diff.field = "headcount.total";
        diff.stored = g_strdup_printf ("%" G_GINT64_FORMAT, total);
        diff.recomputed = g_strdup_printf ("%" G_GINT64_FORMAT, summary->total_headcount);
        goto found;
      }
  }

  return NULL;

found:
  /* TRANSLATORS: a file name, the name of a figure, then two amounts */
  notice = g_strdup_printf (_("The summary stored in %s does not match its positions (%s: stored %s, recomputed %s); the recomputed figures are used."),
                            display_name, diff.field, diff.stored, diff.recomputed);
  g_free (diff.stored);
  g_free (diff.recomputed);
  return notice;
}

static void
read_plan_settings (JsonObject   *object,
                    HpPlan       *plan,
                    int          *out_digits,
                    HpJsonReport *report)
{
  const char *path = "plan";
  const char *text;
  gint64 number;
  HpMonth start = HP_MONTH_NONE;
  gboolean have_start;
  gint64 months = 0;
  gboolean have_months;
  guint bp = 0;
  int key;
  int digits = -1;

  check_known_members (object, path, plan_keys, report);

  g_object_set (plan,
                "title", hp_json_get_string (object, path, "title", HP_FIELD_REQUIRED, report),
                "team", hp_json_get_string (object, path, "team", HP_FIELD_REQUIRED, report),
                "owner", hp_json_get_string (object, path, "owner", HP_FIELD_REQUIRED, report),
                NULL);

  key = get_key (object, path, "status", hp_plan_status_from_key, &text, report);
  if (key < 0 && text != NULL)
    report_member (report, path, "status",
                   _("“%s” is not a plan status: expected draft, submitted or approved"), text);
  if (key >= 0)
    g_object_set (plan, "status", key, NULL);

  text = hp_json_get_string (object, path, "currency", HP_FIELD_REQUIRED, report);
  if (text != NULL && !hp_currency_is_valid_code (text))
    report_member (report, path, "currency",
                   _("“%s” is not a currency code: expected an ISO 4217 code of three capital letters such as USD"),
                   text);
  else if (text != NULL)
    {
      g_object_set (plan, "currency", text, NULL);
      digits = (int) hp_currency_minor_digits (text);
    }

  have_start = get_month (object, path, "start", HP_FIELD_REQUIRED, &start, report);
  if (have_start)
    g_object_set (plan, "start", (int) start, NULL);

  have_months = hp_json_get_int (object, path, "months", HP_FIELD_REQUIRED, 1, HP_PLAN_MAX_MONTHS,
                                 &months, report);
  if (have_months)
    g_object_set (plan, "months", (guint) months, NULL);

  if (have_start && have_months && !hp_month_is_valid (start + (HpMonth) months - 1))
    report_member (report, path, "months", "%s", _("the plan would end after December 9999"));

  if (get_overhead (object, path, &bp, report))
    g_object_set (plan, "overhead-bp", bp, NULL);

  if (get_money (object, path, "one_time_cost", HP_FIELD_REQUIRED, digits, &number, report))
    g_object_set (plan, "one-time-cost", number, NULL);

  if (get_money (object, path, "budget", HP_FIELD_REQUIRED | HP_FIELD_NULLABLE, digits, &number, report))
    g_object_set (plan, "has-budget", TRUE, "budget", number, NULL);

  g_object_set (plan, "notes", hp_json_get_string (object, path, "notes", HP_FIELD_REQUIRED, report), NULL);

  *out_digits = digits;
}

static void
set_syntax_error (GError      **error,
                  const GError *local_error,
                  const char   *display_name)
{
  /* Syntax errors read "LINE:COLUMN: message"; others have none. */
  if (g_ascii_isdigit (local_error->message[0]))
    g_set_error (error, HP_ERROR, local_error->code, "%s:%s", display_name, local_error->message);
  else
    g_set_error (error, HP_ERROR, local_error->code, "%s: %s", display_name, local_error->message);
}

/* The fast reader
 *
 * A plan of 100,000 positions is some 50 MB of JSON.  Checking it, then
 * building json-glib's tree of it, then walking the tree cost three passes
 * and a tree several times the size of the file.  The fast reader makes one
 * pass over the text: it checks the grammar as strictly as
 * hp_json_check_strict() does, checks each field as read_position() does,
 * and builds the positions as it goes, with no tree.  Only the small parts
 * (the plan's settings, the stored summary, the extensions) are checked by
 * the strict checker and handed to json-glib, to be read by the very code
 * the full reader uses.
 *
 * It gives up at the first thing it does not expect: a syntax error, a
 * field that is missing, unknown, of the wrong type or out of range, a key
 * with an escape, positions before the plan's settings.  The full reader
 * then reads the document from the start, and every message stays exactly
 * what it was.  A valid plan is never given up on for its content, only,
 * rarely, for its layout (the full reader then accepts it, more slowly). */

typedef struct
{
  GCancellable           *cancellable;
  HpPlanReadProgressFunc  progress;
  gpointer                progress_data;
} ReadControl;

typedef enum
{
  FAST_OK,
  FAST_GIVE_UP,
  FAST_CANCELLED,
} FastStatus;

typedef struct
{
  const char  *data;
  const char  *p;
  const char  *end;
  GString     *text;       /* the last string read, decoded */
  ReadControl *control;
  gboolean     cancelled;
} Fast;

enum {
  TOP_FORMAT,
  TOP_VERSION,
  TOP_GENERATOR,
  TOP_GENERATED_AT,
  TOP_PLAN,
  TOP_POSITIONS,
  TOP_SUMMARY,
  TOP_EXTENSIONS,
};

/* In the order of position_keys[]. */
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
  while (f->p < f->end && (*f->p == ' ' || *f->p == '\n' || *f->p == '\r' || *f->p == '\t'))
    f->p++;
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

static int
fast_hex4 (const char *p)
{
  int v = 0;

  for (guint i = 0; i < 4; i++)
    {
      char c = p[i];
      int h;

      if (c >= '0' && c <= '9')
        h = c - '0';
      else if (c >= 'a' && c <= 'f')
        h = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        h = c - 'A' + 10;
      else
        return -1;
      v = (v << 4) | h;
    }

  return v;
}

/* At a backslash: appends what it stands for, as json-glib decodes it. */
static gboolean
fast_escape (Fast *f)
{
  gunichar u;
  char utf8[6];
  int v;

  f->p++;
  if (f->p >= f->end)
    return FALSE;

  switch (*f->p)
    {
    case '"':  g_string_append_c (f->text, '"'); break;
    case '\\': g_string_append_c (f->text, '\\'); break;
    case '/':  g_string_append_c (f->text, '/'); break;
    case 'b':  g_string_append_c (f->text, '\b'); break;
    case 'f':  g_string_append_c (f->text, '\f'); break;
    case 'n':  g_string_append_c (f->text, '\n'); break;
    case 'r':  g_string_append_c (f->text, '\r'); break;
    case 't':  g_string_append_c (f->text, '\t'); break;
    case 'u':
      if (f->end - f->p < 5 || (v = fast_hex4 (f->p + 1)) < 0)
        return FALSE;
      f->p += 4;
      u = (gunichar) v;
      if (u == 0 || (u >= 0xDC00 && u <= 0xDFFF))
        return FALSE;
      if (u >= 0xD800 && u <= 0xDBFF)
        {
          int low;

          if (f->end - f->p < 7 || f->p[1] != '\\' || f->p[2] != 'u' ||
              (low = fast_hex4 (f->p + 3)) < 0xDC00 || low > 0xDFFF)
            return FALSE;
          u = 0x10000 + ((u - 0xD800) << 10) + ((gunichar) low - 0xDC00);
          f->p += 6;
        }
      g_string_append_len (f->text, utf8, g_unichar_to_utf8 (u, utf8));
      break;
    default:
      return FALSE;
    }

  f->p++;
  return TRUE;
}

/* A string value, decoded into f->text. */
static gboolean
fast_string (Fast *f)
{
  const char *run;

  fast_ws (f);
  if (!fast_peek (f, '"'))
    return FALSE;
  f->p++;
  g_string_truncate (f->text, 0);
  run = f->p;

  for (;;)
    {
      guchar c;

      if (f->p >= f->end)
        return FALSE;

      c = (guchar) *f->p;
      if (c == '"')
        break;
      if (c < 0x20)
        return FALSE;
      if (c == '\\')
        {
          g_string_append_len (f->text, run, f->p - run);
          if (!fast_escape (f))
            return FALSE;
          run = f->p;
          continue;
        }
      if (c >= 0x80)
        {
          /* A run of non-ASCII bytes, checked as the strict checker does. */
          const char *start = f->p;

          while (f->p < f->end && (guchar) *f->p >= 0x80)
            f->p++;
          if (!g_utf8_validate (start, f->p - start, NULL))
            return FALSE;
          continue;
        }
      f->p++;
    }

  g_string_append_len (f->text, run, f->p - run);
  f->p++;
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

/* A small positive integer, as json-glib would read it: no sign, no
 * fraction, no exponent, no leading zero. */
static gboolean
fast_small_int (Fast   *f,
                gint64 *out)
{
  gint64 v = 0;
  guint n = 0;

  fast_ws (f);
  while (f->p < f->end && g_ascii_isdigit (*f->p))
    {
      if ((n == 0 && *f->p == '0') || n >= 9)
        return FALSE;
      v = v * 10 + (*f->p - '0');
      n++;
      f->p++;
    }

  if (n == 0 || (f->p < f->end && (*f->p == '.' || *f->p == 'e' || *f->p == 'E')))
    return FALSE;

  *out = v;
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
  ReadControl *control = f->control;

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
      k = fast_match_key (position_keys, POS_N_KEYS, key, len, hint);
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
          if (!fast_string (f) || !is_decimal_text (f->text->str))
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

static FastStatus
fast_read (const char   *data,
           gsize         length,
           const char   *display_name,
           ReadControl  *control,
           HpPlan      **out_plan,
           char        **out_notice,
           GError      **error)
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
    return FAST_GIVE_UP;

  if (!fast_expect (&f, '{'))
    return FAST_GIVE_UP;

  plan = hp_plan_new ();

  for (;;)
    {
      const char *key;
      gsize len;
      gint64 number;
      int k;

      if (!fast_key (&f, &key, &len))
        return FAST_GIVE_UP;
      k = fast_match_key (top_level_keys, G_N_ELEMENTS (top_level_keys) - 1, key, len, hint);
      if (k < 0 || (seen & (1u << k)) != 0)
        return FAST_GIVE_UP;
      seen |= 1u << k;
      hint = (guint) k + 1;

      switch (k)
        {
        case TOP_FORMAT:
          if (!fast_string (&f) || !g_str_equal (f.text->str, HP_PLAN_FORMAT))
            return FAST_GIVE_UP;
          break;

        case TOP_VERSION:
          if (!fast_small_int (&f, &number) || number != HP_PLAN_VERSION)
            return FAST_GIVE_UP;
          break;

        case TOP_GENERATOR:
        case TOP_GENERATED_AT:
          if (!fast_string (&f))
            return FAST_GIVE_UP;
          break;

        case TOP_PLAN:
          {
            HpJsonReport report;
            gboolean ok;

            settings = fast_subdocument (&f, '{');
            if (settings == NULL)
              return FAST_GIVE_UP;
            hp_json_report_init (&report, display_name);
            read_plan_settings (json_node_get_object (settings), plan, &digits, &report);
            ok = report.problems->len == 0;
            hp_json_report_clear (&report);
            if (!ok)
              return FAST_GIVE_UP;
          }
          break;

        case TOP_POSITIONS:
          /* The amounts need the plan's currency first. */
          if ((seen & (1u << TOP_PLAN)) == 0)
            return FAST_GIVE_UP;
          if (!fast_positions (&f, digits, positions))
            {
              if (f.cancelled)
                {
                  g_cancellable_set_error_if_cancelled (control->cancellable, error);
                  return FAST_CANCELLED;
                }
              return FAST_GIVE_UP;
            }
          break;

        case TOP_SUMMARY:
          if ((stored_summary = fast_subdocument (&f, '{')) == NULL)
            return FAST_GIVE_UP;
          break;

        case TOP_EXTENSIONS:
          if ((extensions = fast_subdocument (&f, '{')) == NULL)
            return FAST_GIVE_UP;
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
      return FAST_GIVE_UP;
    }

  fast_ws (&f);
  if (f.p != f.end || (seen & required) != required)
    return FAST_GIVE_UP;

  /* The stored summary: of the documented shape, checked by the same code. */
  if (stored_summary != NULL)
    {
      g_autoptr(JsonObject) holder = json_object_new ();
      Shape field = { "summary", SHAPE_OBJECT, summary_shape };
      HpJsonReport report;
      gboolean ok;

      json_object_set_member (holder, "summary", json_node_ref (stored_summary));
      hp_json_report_init (&report, display_name);
      check_shape_member (holder, NULL, &field, &report);
      ok = report.problems->len == 0;
      hp_json_report_clear (&report);
      if (!ok)
        return FAST_GIVE_UP;
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
    return FAST_GIVE_UP;

  if (stored_summary != NULL && out_notice != NULL)
    *out_notice = compare_summary (json_node_get_object (stored_summary), summary, display_name);

  if (control != NULL && control->progress != NULL)
    control->progress (1.0, control->progress_data);

  *out_plan = g_steal_pointer (&plan);
  return FAST_OK;
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

  return fast_read (data, length, display_name, NULL, out_plan, out_notice, NULL) == FAST_OK;
}

/* The full reader: every problem of the document, each with its place. */
HpPlan *
hp_plan_read_tree (const char  *data,
                   gsize        length,
                   const char  *display_name,
                   char       **out_notice,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(GPtrArray) positions = NULL;
  g_autoptr(GHashTable) seen_ids = NULL;
  g_autoptr(HpSummary) summary = NULL;
  HpJsonReport report;
  JsonObject *object;
  JsonObject *settings;
  JsonObject *stored_summary = NULL;
  JsonArray *array;
  JsonNode *node;
  int digits = -1;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (out_notice != NULL)
    *out_notice = NULL;

  root = hp_json_parse_strict (data, length, HP_PLAN_MAX_DEPTH, &local_error);
  if (root == NULL)
    {
      set_syntax_error (error, local_error, display_name);
      return NULL;
    }

  hp_json_report_init (&report, display_name);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      hp_json_report_add (&report, NULL, _("expected a hiring plan (a JSON object), found %s"),
                          node_type_name (root));
      goto out;
    }

  object = json_node_get_object (root);

  /* A file of another kind, or of a later version, gets one clear message
   * rather than a list of everything it does differently. */
  node = json_object_get_member (object, "format");
  if (node != NULL && node_is_string (node) && !g_str_equal (json_node_get_string (node), HP_PLAN_FORMAT))
    {
      hp_json_report_add (&report, "format", _("“%s” is not a hiring plan: expected “%s”"),
                          json_node_get_string (node), HP_PLAN_FORMAT);
      goto out;
    }

  node = json_object_get_member (object, "version");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 &&
      json_node_get_int (node) > HP_PLAN_VERSION)
    {
      g_autofree char *version_text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

      g_set_error (error, HP_ERROR, HP_ERROR_VERSION,
                   _("%s: version: this plan is format version %s; this version of Hiring Planner reads version %d"),
                   display_name, version_text, HP_PLAN_VERSION);
      hp_json_report_clear (&report);
      return NULL;
    }

  check_known_members (object, NULL, top_level_keys, &report);

  hp_json_get_string (object, NULL, "format", HP_FIELD_REQUIRED, &report);
  {
    gint64 version;
    hp_json_get_int (object, NULL, "version", HP_FIELD_REQUIRED, 1, HP_PLAN_VERSION, &version, &report);
  }
  hp_json_get_string (object, NULL, "generator", HP_FIELD_OPTIONAL, &report);
  hp_json_get_string (object, NULL, "generated_at", HP_FIELD_OPTIONAL, &report);

  plan = hp_plan_new ();

  settings = hp_json_get_object (object, NULL, "plan", HP_FIELD_REQUIRED, &report);
  if (settings != NULL)
    read_plan_settings (settings, plan, &digits, &report);

  positions = g_ptr_array_new_with_free_func (g_object_unref);
  seen_ids = g_hash_table_new (g_str_hash, g_str_equal);

  array = hp_json_get_array (object, NULL, "positions", HP_FIELD_REQUIRED, &report);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = hp_json_path_index ("positions", i);
      HpPosition *position = read_position (json_array_get_element (array, i), path, digits,
                                            seen_ids, &report);

      if (position != NULL)
        g_ptr_array_add (positions, position);
    }

  node = json_object_get_member (object, "summary");
  if (node != NULL)
    {
      Shape field = { "summary", SHAPE_OBJECT, summary_shape };
      guint before = report.problems->len;

      check_shape_member (object, NULL, &field, &report);
      if (report.problems->len == before)
        stored_summary = json_node_get_object (node);
    }

  if (hp_json_get_object (object, NULL, "extensions", HP_FIELD_OPTIONAL, &report) != NULL)
    {
      g_autoptr(JsonNode) extensions = json_node_copy (json_object_get_member (object, "extensions"));
      hp_plan_set_extensions (plan, extensions);
    }

  if (report.problems->len > 0)
    goto out;

  for (guint i = 0; i < positions->len; i++)
    hp_plan_append_position (plan, g_ptr_array_index (positions, i));
  hp_plan_clear_history (plan);

  summary = hp_summary_compute (plan, NULL);
  if (summary->overflow)
    {
      hp_json_report_add (&report, NULL,
                          _("the costs of this plan are too large to be computed exactly"));
      goto out;
    }

  if (stored_summary != NULL && out_notice != NULL)
    *out_notice = compare_summary (stored_summary, summary, display_name);

out:
  if (hp_json_report_take_error (&report, error))
    {
      hp_json_report_clear (&report);
      return NULL;
    }

  hp_json_report_clear (&report);
  return g_steal_pointer (&plan);
}

static HpPlan *
read_plan (const char   *data,
           gsize         length,
           const char   *display_name,
           ReadControl  *control,
           char        **out_notice,
           GError      **error)
{
  HpPlan *plan = NULL;

  if (out_notice != NULL)
    *out_notice = NULL;

  switch (fast_read (data, length, display_name, control, &plan, out_notice, error))
    {
    case FAST_OK:
      return plan;
    case FAST_CANCELLED:
      return NULL;
    case FAST_GIVE_UP:
    default:
      break;
    }

  /* Not a plan as this program writes one: the full reader says why, or
   * reads what the fast one did not expect. */
  if (control != NULL && g_cancellable_set_error_if_cancelled (control->cancellable, error))
    return NULL;

  plan = hp_plan_read_tree (data, length, display_name, out_notice, error);
  if (plan != NULL && control != NULL && control->progress != NULL)
    control->progress (1.0, control->progress_data);

  return plan;
}

HpPlan *
hp_plan_read (const char  *data,
              gsize        length,
              const char  *display_name,
              char       **out_notice,
              GError     **error)
{
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  return read_plan (data, length, display_name, NULL, out_notice, error);
}

/* "PREFIX: reason", the reason in words. */
static void
set_file_error (GError     **error,
                int          saved_errno,
                const char  *prefix)
{
  const char *reason;

  switch (saved_errno)
    {
    case EACCES:
    case EPERM:  reason = _("permission denied"); break;
    case ENOENT: reason = _("no such file or folder"); break;
    case ENOSPC: reason = _("the disk is full"); break;
    case EROFS:  reason = _("the disk is read-only"); break;
    case EISDIR: reason = _("it is a folder"); break;
    default:     reason = g_strerror (saved_errno); break;
    }

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), "%s: %s", prefix, reason);
}

static char *
cannot_read (const char *path)
{
  g_autofree char *name = g_filename_display_name (path);

  return g_strdup_printf (_("Could not read “%s”"), name);
}

static char *
cannot_save (const char *path)
{
  g_autofree char *name = g_filename_display_name (path);

  return g_strdup_printf (_("Could not save the plan to “%s”"), name);
}

static HpPlan *
read_file (const char   *path,
           ReadControl  *control,
           char        **out_notice,
           GError      **error)
{
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0, allocated;
  GStatBuf st;
  struct stat fst;
  int fd;

  if (out_notice != NULL)
    *out_notice = NULL;

  name = g_filename_display_name (path);

  /* Look before opening: opening a FIFO would block until a writer comes. */
  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;
      g_autofree char *prefix = cannot_read (path);
      set_file_error (error, saved_errno, prefix);
      return NULL;
    }

  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("“%s” is a folder, not a plan file"), name);
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("“%s” is not a regular file (it is a pipe, a device or a socket), so it cannot be a plan"),
                   name);
      return NULL;
    }

  if ((goffset) st.st_size > HP_PLAN_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size ((guint64) st.st_size);
      g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                   _("“%s” is too large to be a plan (%s; the limit is 512 MB)"), name, size);
      return NULL;
    }

  /* Non-blocking, and checked again once open, in case the file was
   * replaced by something else in between. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *prefix = cannot_read (path);
      set_file_error (error, saved_errno, prefix);
      return NULL;
    }

  if (fstat (fd, &fst) != 0 || !S_ISREG (fst.st_mode))
    {
      g_close (fd, NULL);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("“%s” is not a regular file (it is a pipe, a device or a socket), so it cannot be a plan"),
                   name);
      return NULL;
    }

  /* Straight into one buffer of the file's size (and room to see that it
   * ends there), growing only if the file grows while it is read. */
  allocated = (gsize) MIN ((goffset) fst.st_size + 1, HP_PLAN_MAX_FILE_SIZE + 1);
  allocated = MAX (allocated, 4096);
  contents = g_malloc (allocated);
  for (;;)
    {
      gssize n;

      if (length == allocated)
        {
          allocated = MIN (allocated * 2, (gsize) HP_PLAN_MAX_FILE_SIZE + 1);
          contents = g_realloc (contents, allocated);
        }

      n = read (fd, contents + length, allocated - length);
      if (n < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          g_autofree char *prefix = cannot_read (path);
          g_close (fd, NULL);
          set_file_error (error, saved_errno, prefix);
          return NULL;
        }
      if (n == 0)
        break;

      length += (gsize) n;
      if ((goffset) length > HP_PLAN_MAX_FILE_SIZE)
        {
          g_close (fd, NULL);
          g_set_error (error, HP_ERROR, HP_ERROR_RANGE,
                       _("“%s” is too large to be a plan (more than 512 MB)"), name);
          return NULL;
        }
    }
  g_close (fd, NULL);

  return read_plan (contents, length, name, control, out_notice, error);
}

HpPlan *
hp_plan_read_file (const char  *path,
                   char       **out_notice,
                   GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return read_file (path, NULL, out_notice, error);
}

/* Reading in a thread */

typedef struct
{
  char                   *path;
  GMainContext           *context;
  HpPlanReadProgressFunc  progress;
  gpointer                progress_data;
  GDestroyNotify          progress_data_free;
  int                     told;    /* the last progress told, in thousandths */
} ReadTask;

typedef struct
{
  HpPlan *plan;
  char   *notice;
} ReadResult;

typedef struct
{
  ReadTask *task;
  double    fraction;
} ProgressEvent;

static void
read_task_clear (gpointer data)
{
  ReadTask *task = data;

  g_free (task->path);
  g_main_context_unref (task->context);
  if (task->progress_data_free != NULL)
    task->progress_data_free (task->progress_data);
}

static void
read_task_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, read_task_clear);
}

static void
read_result_free (gpointer data)
{
  ReadResult *result = data;

  g_clear_object (&result->plan);
  g_free (result->notice);
  g_free (result);
}

static gboolean
progress_in_context (gpointer data)
{
  ProgressEvent *event = data;

  event->task->progress (event->fraction, event->task->progress_data);
  return G_SOURCE_REMOVE;
}

static void
progress_event_free (gpointer data)
{
  ProgressEvent *event = data;

  read_task_unref (event->task);
  g_free (event);
}

/* In the thread: passes progress on to the caller's context, a hundred
 * times at most. */
static void
relay_progress (double   fraction,
                gpointer data)
{
  ReadTask *task = data;
  int permille = (int) (fraction * 1000);
  ProgressEvent *event;

  if (task->progress == NULL || (permille < task->told + 10 && permille < 1000))
    return;

  task->told = permille;
  event = g_new0 (ProgressEvent, 1);
  event->task = g_atomic_rc_box_acquire (task);
  event->fraction = CLAMP (fraction, 0.0, 1.0);
  g_main_context_invoke_full (task->context, G_PRIORITY_DEFAULT, progress_in_context, event, progress_event_free);
}

static void
read_in_thread (GTask        *gtask,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ReadTask *task = task_data;
  ReadControl control = { cancellable, relay_progress, task };
  g_autoptr(GError) error = NULL;
  ReadResult *result = g_new0 (ReadResult, 1);

  result->plan = read_file (task->path, &control, &result->notice, &error);
  if (result->plan == NULL)
    {
      read_result_free (result);
      g_task_return_error (gtask, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (gtask, result, read_result_free);
}

void
hp_plan_read_file_async (const char             *path,
                         GCancellable           *cancellable,
                         HpPlanReadProgressFunc  progress,
                         gpointer                progress_data,
                         GDestroyNotify          progress_data_free,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  g_autoptr(GTask) gtask = NULL;
  ReadTask *task;

  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_atomic_rc_box_new0 (ReadTask);
  task->path = g_strdup (path);
  task->context = g_main_context_ref_thread_default ();
  task->progress = progress;
  task->progress_data = progress_data;
  task->progress_data_free = progress_data_free;
  task->told = -1000;

  gtask = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (gtask, hp_plan_read_file_async);
  g_task_set_name (gtask, "[hp] read plan");
  g_task_set_task_data (gtask, task, read_task_unref);
  g_task_run_in_thread (gtask, read_in_thread);
}

HpPlan *
hp_plan_read_file_finish (GAsyncResult  *result,
                          char         **out_notice,
                          GError       **error)
{
  ReadResult *read;
  HpPlan *plan;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == hp_plan_read_file_async, NULL);

  if (out_notice != NULL)
    *out_notice = NULL;

  read = g_task_propagate_pointer (G_TASK (result), error);
  if (read == NULL)
    return NULL;

  plan = g_steal_pointer (&read->plan);
  if (out_notice != NULL)
    *out_notice = g_steal_pointer (&read->notice);
  read_result_free (read);

  return plan;
}

/* Writing */

typedef struct
{
  GString  *out;
  guint     depth;
  gboolean  first;  /* nothing written yet in the open container */
} JsonWriter;

/* Numbers straight into the output, with no string in between: a plan of
 * 100,000 positions writes some three million of them. */
static void
append_uint64 (GString *out,
               guint64  value)
{
  char buf[24];
  gsize i = sizeof buf;

  do
    {
      buf[--i] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value != 0);

  g_string_append_len (out, buf + i, (gssize) (sizeof buf - i));
}

static void
append_int64 (GString *out,
              gint64   value)
{
  if (value < 0)
    {
      g_string_append_c (out, '-');
      append_uint64 (out, (guint64) 0 - (guint64) value);
    }
  else
    append_uint64 (out, (guint64) value);
}

/* Exactly hp_money_to_string (): "-1234.50", "1235" with no minor unit. */
static void
append_money (GString *out,
              gint64   amount,
              guint    digits)
{
  guint64 magnitude = amount < 0 ? (guint64) 0 - (guint64) amount : (guint64) amount;
  guint64 scale = 1;
  char fraction[8];

  g_assert (digits <= 4);

  for (guint i = 0; i < digits; i++)
    scale *= 10;

  if (amount < 0)
    g_string_append_c (out, '-');
  append_uint64 (out, magnitude / scale);

  if (digits > 0)
    {
      guint64 rest = magnitude % scale;

      for (guint i = digits; i > 0; i--)
        {
          fraction[i - 1] = (char) ('0' + rest % 10);
          rest /= 10;
        }
      g_string_append_c (out, '.');
      g_string_append_len (out, fraction, digits);
    }
}

/* Exactly hp_month_to_string (): "2027-03". */
static void
append_month (GString *out,
              HpMonth  month)
{
  int year = hp_month_get_year (month);
  int m = hp_month_get_month (month);
  char buf[7];

  g_assert (hp_month_is_valid (month));

  buf[0] = (char) ('0' + year / 1000);
  buf[1] = (char) ('0' + year / 100 % 10);
  buf[2] = (char) ('0' + year / 10 % 10);
  buf[3] = (char) ('0' + year % 10);
  buf[4] = '-';
  buf[5] = (char) ('0' + m / 10);
  buf[6] = (char) ('0' + m % 10);
  g_string_append_len (out, buf, sizeof buf);
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_autofree char *valid = NULL;
  const char *run;

  if (text == NULL)
    text = "";

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  run = text;
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      /* Runs that need no escape go out whole. */
      if (c >= 0x20 && c != '"' && c != '\\' && c != 0xE2)
        continue;

      if (c == 0xE2 && !((guchar) p[1] == 0x80 && ((guchar) p[2] == 0xA8 || (guchar) p[2] == 0xA9)))
        continue;

      g_string_append_len (out, run, p - run);

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case 0xE2:
          /* U+2028 and U+2029 end lines in JavaScript: escape them too. */
          g_string_append (out, (guchar) p[2] == 0xA8 ? "\\u2028" : "\\u2029");
          p += 2;
          break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
          break;
        }
      run = p + 1;
    }
  g_string_append_len (out, run, (gssize) strlen (run));
  g_string_append_c (out, '"');
}

static void
jw_prefix (JsonWriter *w,
           const char *key)
{
  static const char spaces[] = "                                                                ";

  if (w->depth > 0)
    {
      g_string_append (w->out, w->first ? "\n" : ",\n");
      for (guint i = 0; i < w->depth; i += (sizeof spaces - 1) / 2)
        g_string_append_len (w->out, spaces, 2 * MIN (w->depth - i, (sizeof spaces - 1) / 2));
    }
  w->first = FALSE;

  if (key != NULL)
    {
      append_json_string (w->out, key);
      g_string_append (w->out, ": ");
    }
}

static void
jw_begin (JsonWriter *w,
          const char *key,
          char        bracket)
{
  jw_prefix (w, key);
  g_string_append_c (w->out, bracket);
  w->depth++;
  w->first = TRUE;
}

static void
jw_end (JsonWriter *w,
        char        bracket)
{
  w->depth--;
  if (!w->first)
    {
      g_string_append_c (w->out, '\n');
      for (guint i = 0; i < w->depth; i++)
        g_string_append (w->out, "  ");
    }
  g_string_append_c (w->out, bracket);
  w->first = FALSE;
}

static void
jw_string (JsonWriter *w,
           const char *key,
           const char *value)
{
  jw_prefix (w, key);
  if (value == NULL)
    g_string_append (w->out, "null");
  else
    append_json_string (w->out, value);
}

/* Takes ownership of @value: a number, true, false or null as JSON text. */
static void
jw_raw_take (JsonWriter *w,
             const char *key,
             char       *value)
{
  jw_prefix (w, key);
  g_string_append (w->out, value);
  g_free (value);
}

static void
jw_int (JsonWriter *w,
        const char *key,
        gint64      value)
{
  jw_prefix (w, key);
  append_int64 (w->out, value);
}

static void
jw_money (JsonWriter *w,
          const char *key,
          gint64      amount,
          guint       digits)
{
  jw_prefix (w, key);
  g_string_append_c (w->out, '"');
  append_money (w->out, amount, digits);
  g_string_append_c (w->out, '"');
}

static void
jw_month (JsonWriter *w,
          const char *key,
          HpMonth     month)
{
  jw_prefix (w, key);
  if (month == HP_MONTH_NONE || !hp_month_is_valid (month))
    {
      g_string_append (w->out, "null");
      return;
    }

  g_string_append_c (w->out, '"');
  append_month (w->out, month);
  g_string_append_c (w->out, '"');
}

/* 3000 → "30", 3050 → "30.5", 3025 → "30.25" */
static char *
percent_from_bp (guint bp)
{
  if (bp % 100 == 0)
    return g_strdup_printf ("%u", bp / 100);
  if (bp % 10 == 0)
    return g_strdup_printf ("%u.%u", bp / 100, (bp % 100) / 10);
  return g_strdup_printf ("%u.%02u", bp / 100, bp % 100);
}

/* Any JSON value, for the extensions. */
static void
jw_node (JsonWriter *w,
         const char *key,
         JsonNode   *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);

        jw_begin (w, key, '{');
        for (GList *l = members; l != NULL; l = l->next)
          jw_node (w, l->data, json_object_get_member (object, l->data));
        jw_end (w, '}');
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        jw_begin (w, key, '[');
        for (guint i = 0; i < json_array_get_length (array); i++)
          jw_node (w, NULL, json_array_get_element (array, i));
        jw_end (w, ']');
      }
      break;

    case JSON_NODE_NULL:
      jw_raw_take (w, key, g_strdup ("null"));
      break;

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          jw_string (w, key, json_node_get_string (node));
          break;

        case G_TYPE_BOOLEAN:
          jw_raw_take (w, key, g_strdup (json_node_get_boolean (node) ? "true" : "false"));
          break;

        case G_TYPE_INT64:
          jw_int (w, key, json_node_get_int (node));
          break;

        case G_TYPE_DOUBLE:
          {
            double d = json_node_get_double (node);
            char *text;

            if (!isfinite (d))
              {
                jw_raw_take (w, key, g_strdup ("null"));
                break;
              }
            text = double_to_shortest (d);
            /* Keep a fraction so that it reads back as a fraction, not an integer. */
            if (strpbrk (text, ".eE") == NULL)
              {
                char *with_point = g_strconcat (text, ".0", NULL);
                g_free (text);
                text = with_point;
              }
            jw_raw_take (w, key, text);
          }
          break;

        default:
          jw_raw_take (w, key, g_strdup ("null"));
          break;
        }
      break;
    }
}

static void
write_summary (JsonWriter *w,
               const char *key,
               HpSummary  *summary)
{
  guint digits = hp_currency_minor_digits (summary->currency);

  jw_begin (w, key, '{');

  jw_begin (w, "assumptions", '{');
  jw_raw_take (w, "overhead_percent", percent_from_bp (summary->overhead_bp));
  jw_string (w, "proration", "monthly");
  jw_string (w, "rounding", ROUNDING_RULE);
  jw_end (w, '}');

  jw_begin (w, "headcount", '{');
  jw_int (w, "total", summary->total_headcount);
  jw_begin (w, "by_level", '{');
  for (guint level = 0; level < HP_N_LEVELS; level++)
    jw_int (w, hp_level_to_key ((HpLevel) level), summary->level_headcount[level]);
  jw_end (w, '}');
  jw_end (w, '}');

  jw_begin (w, "months", '[');
  for (guint i = 0; i < summary->n_months; i++)
    {
      jw_begin (w, NULL, '{');
      jw_month (w, "month", summary->start + (HpMonth) i);
      jw_int (w, "headcount", summary->month_headcount[i]);
      jw_money (w, "cost", summary->month_cost[i], digits);
      jw_end (w, '}');
    }
  jw_end (w, ']');

  jw_begin (w, "quarters", '[');
  for (guint q = 0; q < hp_summary_get_n_quarters (summary); q++)
    {
      g_autofree char *name = g_strdup_printf ("Q%u", q + 1);

      jw_begin (w, NULL, '{');
      jw_string (w, "quarter", name);
      jw_month (w, "first_month", hp_summary_get_quarter_first_month (summary, q));
      jw_money (w, "cost", hp_summary_get_quarter_cost (summary, q), digits);
      jw_end (w, '}');
    }
  jw_end (w, ']');

  jw_begin (w, "by_level", '[');
  for (guint level = 0; level < HP_N_LEVELS; level++)
    {
      jw_begin (w, NULL, '{');
      jw_string (w, "level", hp_level_to_key ((HpLevel) level));
      jw_int (w, "headcount", summary->level_headcount[level]);
      jw_money (w, "period_cost", summary->level_cost[level], digits);
      jw_money (w, "annual_run_rate", summary->level_run_rate[level], digits);
      jw_end (w, '}');
    }
  jw_end (w, ']');

  jw_begin (w, "by_status", '[');
  for (guint status = 0; status < HP_N_POSITION_STATUSES; status++)
    {
      jw_begin (w, NULL, '{');
      jw_string (w, "status", hp_position_status_to_key ((HpPositionStatus) status));
      jw_int (w, "headcount", summary->status_headcount[status]);
      jw_money (w, "period_cost", summary->status_cost[status], digits);
      jw_end (w, '}');
    }
  jw_end (w, ']');

  jw_money (w, "total_period_cost", summary->total_cost, digits);
  jw_money (w, "annual_run_rate", summary->run_rate, digits);
  if (summary->has_budget)
    {
      jw_money (w, "budget", summary->budget, digits);
      jw_money (w, "budget_remaining", summary->budget_remaining, digits);
    }
  else
    {
      jw_raw_take (w, "budget", g_strdup ("null"));
      jw_raw_take (w, "budget_remaining", g_strdup ("null"));
    }

  jw_begin (w, "warnings", '[');
  for (guint i = 0; i < summary->warnings->len; i++)
    {
      const HpWarning *warning = g_ptr_array_index (summary->warnings, i);

      jw_begin (w, NULL, '{');
      jw_string (w, "code", warning->code);
      jw_string (w, "message", warning->message);
      jw_string (w, "position", warning->position_id);
      jw_end (w, '}');
    }
  jw_end (w, ']');

  jw_end (w, '}');
}

char *
hp_summary_to_json (HpSummary *summary,
                    HpPlan    *plan)
{
  JsonWriter w = { NULL, 0, TRUE };

  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (plan == NULL || HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (plan == NULL || g_strcmp0 (hp_plan_get_currency (plan), summary->currency) == 0, NULL);

  if (summary->overflow)
    return NULL;

  w.out = g_string_new (NULL);
  write_summary (&w, NULL, summary);
  g_string_append_c (w.out, '\n');

  return g_string_free (w.out, FALSE);
}

static char *
format_generated_at (GDateTime *generated_at)
{
  g_autoptr(GDateTime) utc = NULL;

  if (generated_at != NULL)
    utc = g_date_time_to_utc (generated_at);
  else
    utc = g_date_time_new_now_utc ();

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

char *
hp_plan_to_json (HpPlan    *plan,
                 HpCatalog *catalog,
                 GDateTime *generated_at,
                 gsize     *out_length)
{
  g_autoptr(HpSummary) summary = NULL;
  g_autofree char *stamp = NULL;
  JsonWriter w = { NULL, 0, TRUE };
  JsonNode *extensions;
  HpMonth start;
  guint months, overhead_bp, digits, n;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), NULL);

  summary = hp_summary_compute (plan, catalog);
  digits = hp_currency_minor_digits (hp_plan_get_currency (plan));
  start = hp_plan_get_start (plan);
  months = hp_plan_get_months (plan);
  overhead_bp = hp_plan_get_overhead_bp (plan);
  stamp = format_generated_at (generated_at);

  /* About 500 bytes a position: one buffer, not a string that keeps
   * growing and moving. */
  w.out = g_string_sized_new (4096 + (gsize) hp_plan_get_n_positions (plan) * 560);
  jw_begin (&w, NULL, '{');
  jw_string (&w, "format", HP_PLAN_FORMAT);
  jw_int (&w, "version", HP_PLAN_VERSION);
  jw_string (&w, "generator", PACKAGE_NAME " " PACKAGE_VERSION);
  jw_string (&w, "generated_at", stamp);

  jw_begin (&w, "plan", '{');
  jw_string (&w, "title", hp_plan_get_title (plan));
  jw_string (&w, "team", hp_plan_get_team (plan));
  jw_string (&w, "owner", hp_plan_get_owner (plan));
  jw_string (&w, "status", hp_plan_status_to_key (hp_plan_get_status (plan)));
  jw_string (&w, "currency", hp_plan_get_currency (plan));
  jw_month (&w, "start", start);
  jw_int (&w, "months", months);
  jw_raw_take (&w, "overhead_percent", percent_from_bp (overhead_bp));
  jw_money (&w, "one_time_cost", hp_plan_get_one_time_cost (plan), digits);
  if (hp_plan_get_has_budget (plan))
    jw_money (&w, "budget", hp_plan_get_budget (plan), digits);
  else
    jw_raw_take (&w, "budget", g_strdup ("null"));
  jw_string (&w, "notes", hp_plan_get_notes (plan));
  jw_end (&w, '}');

  jw_begin (&w, "positions", '[');
  n = hp_plan_get_n_positions (plan);
  for (guint i = 0; i < n; i++)
    {
      HpPosition *position = hp_plan_get_position (plan, i);

      jw_begin (&w, NULL, '{');
      jw_string (&w, "id", hp_position_get_id (position));
      jw_string (&w, "role", hp_position_get_role_id (position));
      jw_string (&w, "level", hp_level_to_key (hp_position_get_level (position)));
      jw_string (&w, "title", hp_position_get_title (position));
      jw_int (&w, "count", hp_position_get_count (position));
      jw_month (&w, "start", hp_position_get_start (position));
      jw_month (&w, "end", hp_position_get_end (position));
      jw_string (&w, "location", hp_position_get_location (position));
      jw_string (&w, "kind", hp_position_kind_to_key (hp_position_get_kind (position)));
      jw_string (&w, "status", hp_position_status_to_key (hp_position_get_status (position)));
      jw_money (&w, "annual_salary", hp_position_get_annual_salary (position), digits);
      jw_money (&w, "one_time_cost", hp_position_get_one_time_cost (position), digits);
      jw_string (&w, "notes", hp_position_get_notes (position));
      if (hp_position_get_team (position) != NULL)
        jw_string (&w, "team", hp_position_get_team (position));
      jw_money (&w, "monthly_cost_per_head",
                hp_cost_monthly_per_head (hp_position_get_annual_salary (position), overhead_bp), digits);
      /* The computed figures are optional: when a sum left the range of
       * 64 bits they are left out rather than written wrong. */
      if (!summary->overflow)
        jw_money (&w, "period_cost", hp_position_period_cost (position, start, months, overhead_bp), digits);
      jw_end (&w, '}');
    }
  jw_end (&w, ']');

  if (!summary->overflow)
    write_summary (&w, "summary", summary);

  extensions = hp_plan_get_extensions (plan);
  if (extensions != NULL && JSON_NODE_HOLDS_OBJECT (extensions))
    jw_node (&w, "extensions", extensions);
  else if (extensions != NULL)
    g_warning ("The plan’s extensions are not a JSON object; they are not saved");

  jw_end (&w, '}');
  g_string_append_c (w.out, '\n');

  if (out_length != NULL)
    *out_length = w.out->len;

  return g_string_free (w.out, FALSE);
}

/* Writes @data to a new file next to @target, then renames it over @target:
 * readers see the old file or the new one, never a part. */
static gboolean
replace_file_atomically (const char  *target,
                         const char  *data,
                         gsize        length,
                         GError     **error)
{
  g_autofree char *resolved = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  const char *path = target;
  GStatBuf st;
  gboolean exists;
  mode_t mode = 0;
  int fd = -1;
  int saved_errno;
  gsize done = 0;

  /* Through a symbolic link, replace the file it points to. */
  if (g_lstat (target, &st) == 0 && S_ISLNK (st.st_mode))
    {
      resolved = realpath (target, NULL);
      if (resolved != NULL)
        path = resolved;
    }

  exists = g_stat (path, &st) == 0;
  if (exists && S_ISDIR (st.st_mode))
    {
      g_autofree char *prefix = cannot_save (target);
      set_file_error (error, EISDIR, prefix);
      return FALSE;
    }
  if (exists && !S_ISREG (st.st_mode))
    {
      g_autofree char *name = g_filename_display_name (target);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("Could not save the plan to “%s”: it is not a regular file"), name);
      return FALSE;
    }
  if (exists)
    mode = st.st_mode & 07777;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *name = g_filename_display_name (target);
      g_autofree char *dir_name = g_filename_display_name (dir);
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                   _("Could not save the plan to “%s”: the folder “%s” does not exist"), name, dir_name);
      return FALSE;
    }

  for (guint attempt = 0; fd < 0 && attempt < 100; attempt++)
    {
      g_free (tmp);
      tmp = g_strdup_printf ("%s%c.%s.%08x.tmp", dir, G_DIR_SEPARATOR, base, g_random_int ());
      fd = g_open (tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd < 0 && errno != EEXIST)
        break;
    }
  if (fd < 0)
    {
      g_autofree char *prefix = cannot_save (target);
      saved_errno = errno;
      set_file_error (error, saved_errno, prefix);
      return FALSE;
    }

  /* Keep the permissions of the file it replaces. */
  if (exists && fchmod (fd, mode) != 0)
    goto fail;

  while (done < length)
    {
      gssize n = write (fd, data + done, MIN (length - done, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        goto fail;
      done += (gsize) n;
    }

  if (g_fsync (fd) != 0)
    goto fail;

  if (!g_close (fd, NULL))
    {
      fd = -1;
      goto fail;
    }
  fd = -1;

  if (g_rename (tmp, path) != 0)
    goto fail;

  /* Make the rename itself durable. */
  {
    int dir_fd = g_open (dir, O_RDONLY | O_CLOEXEC, 0);
    if (dir_fd >= 0)
      {
        (void) g_fsync (dir_fd);
        g_close (dir_fd, NULL);
      }
  }

  return TRUE;

fail:
  saved_errno = errno;
  if (fd >= 0)
    g_close (fd, NULL);
  g_unlink (tmp);
  {
    g_autofree char *prefix = cannot_save (target);
    set_file_error (error, saved_errno, prefix);
  }
  return FALSE;
}

gboolean
hp_plan_write_file (HpPlan      *plan,
                    HpCatalog   *catalog,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = hp_plan_to_json (plan, catalog, NULL, &length);

  return replace_file_atomically (path, data, length, error);
}

/* CSV */

static void
csv_text (GString    *out,
          gboolean    first,
          const char *text)
{
  gboolean formula;

  if (!first)
    g_string_append_c (out, ',');
  if (text == NULL || *text == '\0')
    return;

  /* A spreadsheet would run a cell starting like this as a formula. */
  formula = strchr ("=+-@\t\r", text[0]) != NULL;

  if (formula || strpbrk (text, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      if (formula)
        g_string_append_c (out, '\'');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
}

/* Numbers we generate: written plainly, a minus sign is not a formula. */
static void
csv_money (GString *out,
           gint64   amount,
           guint    digits)
{
  g_string_append_c (out, ',');
  append_money (out, amount, digits);
}

static void
csv_month (GString *out,
           HpMonth  month)
{
  g_string_append_c (out, ',');
  if (month != HP_MONTH_NONE && hp_month_is_valid (month))
    append_month (out, month);
}

char *
hp_plan_to_csv (HpPlan    *plan,
                HpCatalog *catalog,
                gsize     *out_length)
{
  static const char * const columns[] = {
    "id", "role", "level", "title", "count", "start", "end", "location", "kind", "status",
    "annual_salary", "one_time_cost", "team", "monthly_cost_per_head",
  };
  g_autoptr(HpSummary) summary = NULL;
  GString *out;
  HpMonth start, end;
  guint months, overhead_bp, digits, n;

  g_return_val_if_fail (HP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), NULL);

  summary = hp_summary_compute (plan, catalog);
  digits = hp_currency_minor_digits (hp_plan_get_currency (plan));
  start = hp_plan_get_start (plan);
  months = hp_plan_get_months (plan);
  end = start + (HpMonth) months - 1;
  overhead_bp = hp_plan_get_overhead_bp (plan);

  /* The header and the level, kind and status keys are those of the JSON
   * file, not translated, so that other programs can read the export. */
  out = g_string_sized_new (4096 + (gsize) hp_plan_get_n_positions (plan) * (200 + 12 * (gsize) months));
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    csv_text (out, c == 0, columns[c]);
  for (guint m = 0; m < months; m++)
    csv_month (out, start + (HpMonth) m);
  csv_text (out, FALSE, "period_cost");
  g_string_append (out, "\r\n");

  n = hp_plan_get_n_positions (plan);
  for (guint i = 0; i < n; i++)
    {
      HpPosition *position = hp_plan_get_position (plan, i);
      gint64 salary = hp_position_get_annual_salary (position);

      csv_text (out, TRUE, hp_position_get_id (position));
      csv_text (out, FALSE, hp_position_get_role_id (position));
      csv_text (out, FALSE, hp_level_to_key (hp_position_get_level (position)));
      csv_text (out, FALSE, hp_position_get_title (position));
      g_string_append_c (out, ',');
      append_uint64 (out, hp_position_get_count (position));
      csv_month (out, hp_position_get_start (position));
      csv_month (out, hp_position_get_end (position));
      csv_text (out, FALSE, hp_position_get_location (position));
      csv_text (out, FALSE, hp_position_kind_to_key (hp_position_get_kind (position)));
      csv_text (out, FALSE, hp_position_status_to_key (hp_position_get_status (position)));
      csv_money (out, salary, digits);
      csv_money (out, hp_position_get_one_time_cost (position), digits);
      csv_text (out, FALSE, hp_position_get_team (position));
      csv_money (out, hp_cost_monthly_per_head (salary, overhead_bp), digits);

      /* When a sum left the range of 64 bits, the costs are left empty
       * rather than written wrong. */
      if (summary->overflow)
        {
          for (guint m = 0; m <= months; m++)
            g_string_append_c (out, ',');
        }
      else
        {
          /* hp_position_month_cost () for each month, with the position's
           * rates worked out once. */
          gboolean overflow = FALSE;
          HpPositionRates rates = hp_position_rates (position, overhead_bp, &overflow);
          HpMonth position_start = hp_position_get_start (position);
          gint64 first = 0, last = -1;

          if (!hp_position_employed_range (position, start, end, &first, &last))
            last = first - 1;

          for (guint m = 0; m < months; m++)
            {
              gint64 month = (gint64) start + m;
              gint64 cost = 0;

              if (month >= first && month <= last)
                {
                  cost = rates.per_month;
                  if (month == position_start)
                    cost = hp_checked_add (cost, rates.one_time, &overflow);
                }
              csv_money (out, cost, digits);
            }
          csv_money (out, hp_position_period_cost (position, start, months, overhead_bp), digits);
        }
      g_string_append (out, "\r\n");
    }

  csv_text (out, TRUE, "Total");
  for (guint c = 1; c < G_N_ELEMENTS (columns); c++)
    g_string_append_c (out, ',');
  for (guint m = 0; m < months; m++)
    {
      if (summary->overflow)
        g_string_append_c (out, ',');
      else
        csv_money (out, summary->month_cost[m], digits);
    }
  if (summary->overflow)
    g_string_append_c (out, ',');
  else
    csv_money (out, summary->total_cost, digits);
  g_string_append (out, "\r\n");

  if (out_length != NULL)
    *out_length = out->len;

  return g_string_free (out, FALSE);
}
