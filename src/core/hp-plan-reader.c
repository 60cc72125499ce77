/* hp-plan-reader.c: the full reader of plan files, field by field
 *
 * Reading is all or nothing: the text is checked as strict JSON first
 * (hp_json_parse_strict), then every field is validated and every problem
 * collected, so that one error lists them all.  The fast reader
 * (hp-plan-fast-reader.c) reads the plan's settings with this file's code
 * too.  See docs/plan-format.md.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-plan-file"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-json-fields.h"
#include "hp-json-strict.h"
#include "hp-money.h"
#include "hp-plan-file.h"
#include "hp-plan-file-private.h"
#include "hp-scenario.h"

const char * const hp_plan_file_top_level_keys[] = {
  "format", "version", "generator", "generated_at", "plan", "positions", "summary", "extensions",
  "scenarios", NULL,
};

static const char * const scenario_keys[] = {
  "id", "name", "notes", "plan", "positions", "summary", NULL,
};

static const char * const plan_keys[] = {
  "title", "team", "owner", "status", "currency", "start", "months", "overhead_percent",
  "one_time_cost", "budget", "notes", NULL,
};

const char * const hp_plan_file_position_keys[] = {
  "id", "role", "level", "title", "count", "start", "end", "location", "kind", "status",
  "annual_salary", "one_time_cost", "notes", "team", "monthly_cost_per_head", "period_cost", NULL,
};

/* What @node is, in words: "a string", "an array". */
const char *
hp_plan_file_node_type_name (JsonNode *node)
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
void
hp_plan_file_check_known_members (JsonObject         *object,
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

  if (node != NULL && hp_plan_file_node_is_number (node))
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

  if (!hp_plan_file_node_is_number (node))
    {
      /* TRANSLATORS: "expected a number, found a string" */
      hp_json_report_add (report, p, _("expected %s, found %s"), _("a number"), hp_plan_file_node_type_name (node));
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
      g_autofree char *text = hp_plan_file_double_to_shortest (value);
      g_autofree char *max_text = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) max_percent);

      hp_json_report_add (report, p, _("%s is out of range: expected 0 to %s"), text, max_text);
      return FALSE;
    }

  /* At most two decimals exactly when the value reads back from its
   * rounding to two decimals; that text is then read as an exact decimal. */
  g_ascii_formatd (two, sizeof two, "%.2f", value);
  if (g_ascii_strtod (two, NULL) != value || !hp_money_parse (two, 2, &bp, NULL))
    {
      g_autofree char *text = hp_plan_file_double_to_shortest (value);
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
                          hp_plan_file_node_type_name (node));
      return NULL;
    }

  object = json_node_get_object (node);
  position = hp_position_new ();

  hp_plan_file_check_known_members (object, path, hp_plan_file_position_keys, report);

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

  hp_plan_file_check_optional_string (object, path, "monthly_cost_per_head", TRUE, report);
  hp_plan_file_check_optional_string (object, path, "period_cost", TRUE, report);

  if (report->problems->len != before)
    return NULL;

  return g_steal_pointer (&position);
}

void
hp_plan_file_read_settings (JsonObject   *object,
                            const char   *path,
                            HpPlan       *plan,
                            int          *out_digits,
                            HpJsonReport *report)
{
  const char *text;
  gint64 number;
  HpMonth start = HP_MONTH_NONE;
  gboolean have_start;
  gint64 months = 0;
  gboolean have_months;
  guint bp = 0;
  int key;
  int digits = -1;

  hp_plan_file_check_known_members (object, path, plan_keys, report);

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

/* A plan's settings, positions and stored summary, as the top level of a
 * file holds the baseline's and each scenario its own; @prefix is NULL for
 * the top level, "scenarios[2]" for a scenario.  Returns the plan with its
 * positions, or NULL when anything was wrong (reported). */
static HpPlan *
read_plan_body (JsonObject    *object,
                const char    *prefix,
                HpJsonReport  *report,
                JsonObject   **out_stored_summary)
{
  g_autoptr(HpPlan) plan = hp_plan_new ();
  g_autoptr(GPtrArray) positions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *plan_path = hp_json_path_member (prefix, "plan");
  g_autofree char *positions_path = hp_json_path_member (prefix, "positions");
  guint before = report->problems->len;
  JsonObject *settings;
  JsonArray *array;
  int digits = -1;

  *out_stored_summary = NULL;

  settings = hp_json_get_object (object, prefix, "plan", HP_FIELD_REQUIRED, report);
  if (settings != NULL)
    hp_plan_file_read_settings (settings, plan_path, plan, &digits, report);

  array = hp_json_get_array (object, prefix, "positions", HP_FIELD_REQUIRED, report);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = hp_json_path_index (positions_path, i);
      HpPosition *position = read_position (json_array_get_element (array, i), path, digits,
                                            seen_ids, report);

      if (position != NULL)
        g_ptr_array_add (positions, position);
    }

  if (json_object_get_member (object, "summary") != NULL)
    {
      guint summary_before = report->problems->len;

      hp_plan_file_check_summary_member (object, prefix, report);
      if (report->problems->len == summary_before)
        *out_stored_summary = json_object_get_object_member (object, "summary");
    }

  if (report->problems->len != before)
    return NULL;

  hp_plan_append_positions (plan, (HpPosition **) positions->pdata, positions->len);
  hp_plan_clear_history (plan);
  return g_steal_pointer (&plan);
}

/* The summary of a plan just read; FALSE, reported, when too large. */
static HpSummary *
compute_summary (HpPlan       *plan,
                 const char   *prefix,
                 HpJsonReport *report)
{
  HpSummary *summary = hp_summary_compute (plan, NULL);

  if (summary->overflow)
    {
      hp_json_report_add (report, prefix, "%s",
                          _("the costs of this plan are too large to be computed exactly"));
      g_clear_pointer (&summary, hp_summary_free);
    }

  return summary;
}

/* One scenario of the "scenarios" array. */
static HpScenario *
read_scenario (JsonNode     *node,
               const char   *path,
               HpPlan       *baseline,
               GHashTable   *seen_ids,
               HpJsonReport *report)
{
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpSummary) summary = NULL;
  JsonObject *object;
  JsonObject *stored_summary;
  const char *id, *name, *notes;
  HpScenario *scenario;
  guint before = report->problems->len;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      hp_json_report_add (report, path, _("expected an object describing a scenario, found %s"),
                          hp_plan_file_node_type_name (node));
      return NULL;
    }

  object = json_node_get_object (node);

  /* One clear message rather than "unknown key". */
  if (json_object_has_member (object, "scenarios"))
    {
      g_autofree char *p = hp_json_path_member (path, "scenarios");
      hp_json_report_add (report, p, "%s",
                          _("a scenario cannot hold scenarios of its own: every scenario belongs to the plan"));
      return NULL;
    }

  hp_plan_file_check_known_members (object, path, scenario_keys, report);

  id = hp_json_get_string (object, path, "id", HP_FIELD_REQUIRED | HP_FIELD_NONEMPTY, report);
  if (id != NULL)
    {
      if (g_hash_table_contains (seen_ids, id))
        {
          g_autofree char *p = hp_json_path_member (path, "id");
          hp_json_report_add (report, p, _("the id “%s” is used by another scenario of this plan"), id);
        }
      g_hash_table_add (seen_ids, (gpointer) id);
    }
  name = hp_json_get_string (object, path, "name", HP_FIELD_REQUIRED, report);
  notes = hp_json_get_string (object, path, "notes", HP_FIELD_REQUIRED, report);

  plan = read_plan_body (object, path, report, &stored_summary);
  if (plan == NULL || report->problems->len != before)
    return NULL;

  /* A scenario is compared with its baseline: the same money. */
  if (g_strcmp0 (hp_plan_get_currency (plan), hp_plan_get_currency (baseline)) != 0)
    {
      g_autofree char *plan_path = hp_json_path_member (path, "plan");
      g_autofree char *p = hp_json_path_member (plan_path, "currency");
      hp_json_report_add (report, p, _("the scenario is in %s and its plan in %s: a scenario keeps the plan’s currency"),
                          hp_plan_get_currency (plan), hp_plan_get_currency (baseline));
      return NULL;
    }

  summary = compute_summary (plan, path, report);
  if (summary == NULL)
    return NULL;

  scenario = hp_scenario_new (id, name, plan);
  hp_scenario_set_notes (scenario, notes);
  return scenario;
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
  g_autoptr(HpSummary) summary = NULL;
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new_with_free_func (g_object_unref);
  HpJsonReport report;
  JsonObject *object;
  JsonObject *stored_summary = NULL;
  JsonArray *array;
  JsonNode *node;
  gint64 version = 0;

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
                          hp_plan_file_node_type_name (root));
      goto out;
    }

  object = json_node_get_object (root);

  /* A file of another kind, or of a later version, gets one clear message
   * rather than a list of everything it does differently. */
  node = json_object_get_member (object, "format");
  if (node != NULL && hp_plan_file_node_is_string (node) && !g_str_equal (json_node_get_string (node), HP_PLAN_FORMAT))
    {
      hp_json_report_add (&report, "format", _("“%s” is not a hiring plan: expected “%s”"),
                          json_node_get_string (node), HP_PLAN_FORMAT);
      goto out;
    }

  node = json_object_get_member (object, "version");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64 &&
      json_node_get_int (node) > HP_PLAN_VERSION_SCENARIOS)
    {
      g_autofree char *version_text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

      g_set_error (error, HP_ERROR, HP_ERROR_VERSION,
                   _("%s: version: this plan is format version %s; this version of Hiring Planner reads version %d"),
                   display_name, version_text, HP_PLAN_VERSION_SCENARIOS);
      hp_json_report_clear (&report);
      return NULL;
    }

  hp_plan_file_check_known_members (object, NULL, hp_plan_file_top_level_keys, &report);

  hp_json_get_string (object, NULL, "format", HP_FIELD_REQUIRED, &report);
  hp_json_get_int (object, NULL, "version", HP_FIELD_REQUIRED, 1, HP_PLAN_VERSION_SCENARIOS, &version, &report);
  hp_json_get_string (object, NULL, "generator", HP_FIELD_OPTIONAL, &report);
  hp_json_get_string (object, NULL, "generated_at", HP_FIELD_OPTIONAL, &report);

  plan = read_plan_body (object, NULL, &report, &stored_summary);

  if (hp_json_get_object (object, NULL, "extensions", HP_FIELD_OPTIONAL, &report) != NULL && plan != NULL)
    {
      g_autoptr(JsonNode) extensions = json_node_copy (json_object_get_member (object, "extensions"));
      hp_plan_set_extensions (plan, extensions);
    }

  array = hp_json_get_array (object, NULL, "scenarios", HP_FIELD_OPTIONAL, &report);
  if (array != NULL && version == HP_PLAN_VERSION)
    hp_json_report_add (&report, "scenarios", _("a plan with scenarios is format version %d, not %d"),
                        HP_PLAN_VERSION_SCENARIOS, HP_PLAN_VERSION);
  else if (array != NULL && json_array_get_length (array) > HP_SCENARIO_MAX_COUNT)
    hp_json_report_add (&report, "scenarios", _("more than %u scenarios: far too many for one plan"),
                        HP_SCENARIO_MAX_COUNT);
  else if (array != NULL && plan != NULL)
    {
      g_autoptr(GHashTable) seen_ids = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *path = hp_json_path_index ("scenarios", i);
          HpScenario *scenario = read_scenario (json_array_get_element (array, i), path, plan,
                                                seen_ids, &report);

          if (scenario != NULL)
            g_ptr_array_add (scenarios, scenario);
        }
    }

  if (report.problems->len > 0 || plan == NULL)
    goto out;

  summary = compute_summary (plan, NULL, &report);
  if (summary == NULL)
    goto out;

  hp_plan_append_scenarios (plan, (HpScenario **) scenarios->pdata, scenarios->len);

  if (stored_summary != NULL && out_notice != NULL)
    *out_notice = hp_plan_file_compare_summary (stored_summary, summary, display_name);

out:
  if (hp_json_report_take_error (&report, error))
    {
      hp_json_report_clear (&report);
      return NULL;
    }

  hp_json_report_clear (&report);
  return g_steal_pointer (&plan);
}
