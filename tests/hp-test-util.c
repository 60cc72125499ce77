/* hp-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gstdio.h>

#include "hp-test-util.h"

static gboolean
is_history (const char *name)
{
  return g_str_equal (name, "can-undo") || g_str_equal (name, "can-redo") ||
         g_str_equal (name, "undo-label") || g_str_equal (name, "redo-label");
}

/* Each readable property by name, so that a field added later is compared
 * without anyone remembering to add it here. */
static void
append_object (GString *s,
               GObject *object)
{
  guint n = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      if (!(pspecs[i]->flags & G_PARAM_READABLE) || is_history (pspecs[i]->name))
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &value);
      if (G_VALUE_HOLDS_STRING (&value))
        text = g_strdup_printf ("\"%s\"", g_value_get_string (&value) != NULL ? g_value_get_string (&value) : "(null)");
      else if (G_VALUE_HOLDS_OBJECT (&value) || G_VALUE_HOLDS_BOXED (&value) || G_VALUE_HOLDS_POINTER (&value))
        continue;
      else
        text = g_strdup_value_contents (&value);
      g_string_append_printf (s, "%s=%s|", pspecs[i]->name, text);
    }
  g_string_append_c (s, '\n');
}

char *
hp_test_plan_snapshot (HpPlan *plan)
{
  GString *s = g_string_new (NULL);
  guint n = hp_plan_get_n_positions (plan);
  JsonNode *extensions = hp_plan_get_extensions (plan);

  append_object (s, G_OBJECT (plan));
  for (guint i = 0; i < n; i++)
    append_object (s, G_OBJECT (hp_plan_get_position (plan, i)));

  if (extensions != NULL)
    {
      g_autofree char *text = json_to_string (extensions, FALSE);
      g_string_append_printf (s, "extensions %s\n", text);
    }

  return g_string_free (s, FALSE);
}

void
hp_test_assert_plans_equal (HpPlan *a,
                            HpPlan *b)
{
  g_autofree char *sa = hp_test_plan_snapshot (a);
  g_autofree char *sb = hp_test_plan_snapshot (b);

  g_assert_cmpstr (sa, ==, sb);
}

HpCatalog *
hp_test_builtin_catalog (void)
{
  HpCatalog *catalog = hp_catalog_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (hp_catalog_add_builtin (catalog, &error));
  g_assert_no_error (error);
  return catalog;
}

char *
hp_test_make_temp_dir (const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("%s-XXXXXX", prefix);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @path and, a folder, what it holds at any depth (a symbolic
 * link is removed, never followed).  @strict: every removal must succeed,
 * and @path must be there; otherwise what cannot be removed is left. */
static void
remove_tree (const char *path,
             gboolean    strict)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) d = g_dir_open (path, 0, &error);
      const char *name;

      if (strict)
        g_assert_no_error (error);
      while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child, strict);
        }
      if (g_rmdir (path) != 0 && strict)
        g_error ("could not remove the folder %s: %s", path, g_strerror (errno));
    }
  else if (g_unlink (path) != 0 && strict)
    g_error ("could not remove %s: %s", path, g_strerror (errno));
}

void
hp_test_remove_temp_dir (const char *dir)
{
  remove_tree (dir, TRUE);
}

void
hp_test_remove_if_any (const char *path)
{
  remove_tree (path, FALSE);
}

char *
hp_test_write_temp (const char *dir,
                    const char *name,
                    const char *data,
                    gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  if (length < 0)
    length = (gssize) strlen (data);
  if (!g_file_set_contents (path, data, length, &error))
    g_error ("%s", error->message);
  return path;
}

void
hp_test_store_result_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

GAsyncResult *
hp_test_wait_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

gboolean
hp_test_ticker_tick_cb (gpointer ticker)
{
  HpTestTicker *t = ticker;
  gint64 now = g_get_monotonic_time ();

  t->longest = MAX (t->longest, now - t->last);
  t->last = now;
  t->ticks++;
  return G_SOURCE_CONTINUE;
}

/* Starts counting now; remove the returned source when done. */
guint
hp_test_ticker_start (HpTestTicker *ticker)
{
  *ticker = (HpTestTicker) { 0 };
  ticker->last = g_get_monotonic_time ();
  return g_timeout_add (1, hp_test_ticker_tick_cb, ticker);
}
