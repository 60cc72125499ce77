/* hp-json-fields.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-json"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-error.h"
#include "hp-json-fields.h"

/* @text itself when it has at most @max_chars characters, else its start
 * and its end around " … "; invalid UTF-8 is first made valid. */
char *
hp_json_elide (const char *text,
               gsize       max_chars)
{
  g_autofree char *valid = NULL;
  glong n_chars;
  glong keep;
  const char *head_end;
  const char *tail;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (max_chars >= 8, NULL);

  /* Counting characters walks by lead bytes: never past a NUL. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  n_chars = g_utf8_strlen (text, -1);
  if ((gsize) n_chars <= max_chars)
    return g_strdup (text);

  keep = (glong) (max_chars - 3) / 2;
  head_end = g_utf8_offset_to_pointer (text, keep);
  tail = g_utf8_offset_to_pointer (text, n_chars - keep);

  return g_strdup_printf ("%.*s … %s", (int) (head_end - text), text, tail);
}

void
hp_json_report_init (HpJsonReport *report,
                     const char   *file)
{
  report->file = file;
  report->problems = g_ptr_array_new_with_free_func (g_free);
  report->n_omitted = 0;
}

void
hp_json_report_clear (HpJsonReport *report)
{
  g_clear_pointer (&report->problems, g_ptr_array_unref);
}

void
hp_json_report_add (HpJsonReport *report,
                    const char   *path,
                    const char   *format,
                    ...)
{
  g_autofree char *message = NULL;
  g_autofree char *short_message = NULL;
  g_autofree char *short_path = NULL;
  va_list args;

  /* Past the limit only the number counts; problems->len stays above 0,
   * which is what tells callers the document is refused. */
  if (report->problems->len >= HP_JSON_REPORT_MAX_PROBLEMS)
    {
      report->n_omitted++;
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  short_message = hp_json_elide (message, HP_JSON_MAX_MESSAGE_CHARS);

  if (path != NULL && *path != '\0')
    {
      short_path = hp_json_elide (path, HP_JSON_MAX_MESSAGE_CHARS);
      g_ptr_array_add (report->problems, g_strdup_printf ("%s: %s: %s", report->file, short_path, short_message));
    }
  else
    g_ptr_array_add (report->problems, g_strdup_printf ("%s: %s", report->file, short_message));
}

/* Turns the collected problems into one error, a line each. */
gboolean
hp_json_report_take_error (HpJsonReport *report,
                           GError      **error)
{
  g_autoptr(GString) all = NULL;

  if (report->problems->len == 0)
    return FALSE;

  all = g_string_new (NULL);
  for (guint i = 0; i < report->problems->len; i++)
    {
      if (i > 0)
        g_string_append_c (all, '\n');
      g_string_append (all, g_ptr_array_index (report->problems, i));
    }

  if (report->n_omitted > 0)
    {
      g_string_append_c (all, '\n');
      g_string_append_printf (all, "%s: ", report->file);
      g_string_append_printf (all,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "and %u more problem",
                                           "and %u more problems",
                                           report->n_omitted),
                              report->n_omitted);
    }

  g_set_error_literal (error, HP_ERROR, HP_ERROR_INVALID, all->str);
  return TRUE;
}

char *
hp_json_path_member (const char *path,
                     const char *member)
{
  if (path == NULL || *path == '\0')
    return g_strdup (member);
  return g_strconcat (path, ".", member, NULL);
}

char *
hp_json_path_index (const char *path,
                    guint       index)
{
  return g_strdup_printf ("%s[%u]", path != NULL ? path : "", index);
}

static const char *
type_name (JsonNode *node)
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

/* Returns the member's node, or NULL (reporting it if required) when it is
 * absent, or when it is null and null is allowed. */
static JsonNode *
lookup (JsonObject   *object,
        const char   *path,
        const char   *member,
        HpFieldFlags  flags,
        HpJsonReport *report)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    {
      if (flags & HP_FIELD_REQUIRED)
        {
          g_autofree char *p = hp_json_path_member (path, member);
          hp_json_report_add (report, p, _("this field is missing"));
        }
      return NULL;
    }

  if (JSON_NODE_HOLDS_NULL (node) && (flags & HP_FIELD_NULLABLE))
    return NULL;

  return node;
}

static void
report_type (HpJsonReport *report,
             const char   *path,
             const char   *member,
             const char   *expected,
             JsonNode     *node)
{
  g_autofree char *p = hp_json_path_member (path, member);

  /* TRANSLATORS: "expected a string, found a number" */
  hp_json_report_add (report, p, _("expected %s, found %s"), expected, type_name (node));
}

static gboolean
is_blank (const char *s)
{
  for (; s != NULL && *s != '\0'; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

gboolean
hp_json_member_is_null (JsonObject *object,
                        const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

const char *
hp_json_get_string (JsonObject   *object,
                    const char   *path,
                    const char   *member,
                    HpFieldFlags  flags,
                    HpJsonReport *report)
{
  JsonNode *node = lookup (object, path, member, flags, report);
  const char *value;

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      report_type (report, path, member, _("a string"), node);
      return NULL;
    }

  value = json_node_get_string (node);
  if ((flags & HP_FIELD_NONEMPTY) && is_blank (value))
    {
      g_autofree char *p = hp_json_path_member (path, member);
      hp_json_report_add (report, p, _("this field may not be empty"));
      return NULL;
    }

  return value;
}

char **
hp_json_get_strv (JsonObject   *object,
                  const char   *path,
                  const char   *member,
                  HpFieldFlags  flags,
                  HpJsonReport *report)
{
  JsonNode *node = lookup (object, path, member, flags, report);
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  guint problems_before = report->problems->len;

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report_type (report, path, member, _("a list of strings"), node);
      return NULL;
    }

  array = json_node_get_array (node);
  builder = g_strv_builder_new ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        {
          g_autofree char *p = hp_json_path_member (path, member);
          g_autofree char *pi = hp_json_path_index (p, i);
          hp_json_report_add (report, pi, _("expected a string, found %s"), type_name (item));
          continue;
        }
      if (*json_node_get_string (item) == '\0')
        {
          g_autofree char *p = hp_json_path_member (path, member);
          g_autofree char *pi = hp_json_path_index (p, i);
          hp_json_report_add (report, pi, _("this entry may not be empty"));
          continue;
        }
      g_strv_builder_add (builder, json_node_get_string (item));
    }

  if ((flags & HP_FIELD_NONEMPTY) && json_array_get_length (array) == 0)
    {
      g_autofree char *p = hp_json_path_member (path, member);
      hp_json_report_add (report, p, _("this list may not be empty"));
    }

  if (report->problems->len != problems_before)
    return NULL;

  return g_strv_builder_end (builder);
}

gboolean
hp_json_get_int (JsonObject   *object,
                 const char   *path,
                 const char   *member,
                 HpFieldFlags  flags,
                 gint64        min,
                 gint64        max,
                 gint64       *out,
                 HpJsonReport *report)
{
  JsonNode *node = lookup (object, path, member, flags, report);
  gint64 value;

  if (node == NULL)
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      report_type (report, path, member, _("a whole number"), node);
      return FALSE;
    }

  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      g_autofree char *p = hp_json_path_member (path, member);
      g_autofree char *value_text = g_strdup_printf ("%" G_GINT64_FORMAT, value);
      g_autofree char *min_text = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *max_text = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      hp_json_report_add (report, p, _("%s is out of range: expected %s to %s"), value_text, min_text, max_text);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

JsonObject *
hp_json_get_object (JsonObject   *object,
                    const char   *path,
                    const char   *member,
                    HpFieldFlags  flags,
                    HpJsonReport *report)
{
  JsonNode *node = lookup (object, path, member, flags, report);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report_type (report, path, member, _("an object"), node);
      return NULL;
    }

  return json_node_get_object (node);
}

JsonArray *
hp_json_get_array (JsonObject   *object,
                   const char   *path,
                   const char   *member,
                   HpFieldFlags  flags,
                   HpJsonReport *report)
{
  JsonNode *node = lookup (object, path, member, flags, report);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report_type (report, path, member, _("an array"), node);
      return NULL;
    }

  return json_node_get_array (node);
}
