/* hp-plan-reader-summary.c: the computed figures a plan file stores, as
 * both readers check them
 *
 * The stored summary is optional, but complete and well typed if present;
 * its figures are then compared with those recomputed from the positions.
 * The computed figures of a position are checked for their type only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-file"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-json-fields.h"
#include "hp-money.h"
#include "hp-plan-file-private.h"

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

/* The schema's pattern for amounts, of any size: a computed total may
 * exceed what a single amount may hold.
 *   ^-?(0|[1-9][0-9]*)(\.[0-9]{1,3})?$ */
gboolean
hp_plan_file_is_decimal_text (const char *text)
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
      if (!hp_plan_file_node_is_string (node))
        expected = null_ok ? _("a string or null") : _("a string");
      break;

    case SHAPE_INT:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        expected = _("a whole number");
      break;

    case SHAPE_NUMBER:
      if (!hp_plan_file_node_is_number (node))
        expected = _("a number");
      break;

    case SHAPE_MONEY:
    case SHAPE_MONEY_OR_NULL:
      if (!hp_plan_file_node_is_string (node))
        expected = null_ok ? _("an amount in a string such as “151000.00”, or null")
                           : _("an amount in a string such as “151000.00”");
      else if (!hp_plan_file_is_decimal_text (json_node_get_string (node)))
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
                hp_json_report_add (report, pi, _("expected an object, found %s"), hp_plan_file_node_type_name (item));
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
    hp_json_report_add (report, p, _("expected %s, found %s"), expected, hp_plan_file_node_type_name (node));
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

  hp_plan_file_check_known_members (object, path, (const char * const *) names->pdata, report);

  for (const Shape *f = fields; f->name != NULL; f++)
    check_shape_member (object, path, f, report);
}

/* The member "summary" of @object: of the documented shape, member for
 * member, every problem reported. */
void
hp_plan_file_check_summary_member (JsonObject   *object,
                                   const char   *path,
                                   HpJsonReport *report)
{
  Shape field = { "summary", SHAPE_OBJECT, summary_shape };

  check_shape_member (object, path, &field, report);
}

/* An optional computed member: checked for its type only. */
void
hp_plan_file_check_optional_string (JsonObject   *object,
                                    const char   *path,
                                    const char   *member,
                                    gboolean      is_amount,
                                    HpJsonReport *report)
{
  Shape field = { member, is_amount ? SHAPE_MONEY : SHAPE_STRING, NULL };

  if (json_object_has_member (object, member))
    check_shape_member (object, path, &field, report);
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

  return node != NULL && hp_plan_file_node_is_string (node) ? json_node_get_string (node) : NULL;
}

/* The stored summary, already checked for its shape, against the one
 * computed from the positions: the first figure that differs, if any. */
char *
hp_plan_file_compare_summary (JsonObject *stored,
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
