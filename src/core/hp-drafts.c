/* hp-drafts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-drafts"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "hp-drafts.h"
#include "hp-file-replace.h"
#include "hp-plan-file.h"

#define GROUP "Draft"

char *
hp_drafts_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "hiring-planner", "drafts", NULL);
}

char *
hp_draft_new_id (void)
{
  return g_uuid_string_random ();
}

static gboolean
is_valid_id (const char *id)
{
  return id != NULL && g_uuid_string_is_valid (id);
}

gboolean
hp_drafts_save (const char  *dir,
                const char  *id,
                HpPlan      *plan,
                const char  *file_uri,
                GDateTime   *edited,
                GError     **error)
{
  g_autofree char *plan_path = NULL;
  g_autofree char *meta_path = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *edited_text = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (is_valid_id (id), FALSE);
  g_return_val_if_fail (HP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (edited != NULL, FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot create the drafts folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* The plan first: a draft whose key file exists always has its plan. */
  plan_path = g_strconcat (dir, G_DIR_SEPARATOR_S, id, ".json", NULL);
  if (!hp_plan_write_file (plan, NULL, plan_path, error))
    return FALSE;

  edited_text = g_date_time_format_iso8601 (edited);
  g_key_file_set_string (key_file, GROUP, "Title", hp_plan_get_title (plan));
  g_key_file_set_string (key_file, GROUP, "Edited", edited_text);
  if (file_uri != NULL)
    g_key_file_set_string (key_file, GROUP, "File", file_uri);

  meta = g_key_file_to_data (key_file, NULL, NULL);
  meta_path = g_strconcat (dir, G_DIR_SEPARATOR_S, id, ".draft", NULL);

  return hp_file_replace_contents (meta_path, meta, strlen (meta), 0600, NULL, error);
}

gboolean
hp_drafts_remove (const char  *dir,
                  const char  *id,
                  GError     **error)
{
  g_autofree char *plan_path = NULL;
  g_autofree char *meta_path = NULL;

  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (is_valid_id (id), FALSE);

  /* The key file first: without it the draft is not offered again. */
  meta_path = g_strconcat (dir, G_DIR_SEPARATOR_S, id, ".draft", NULL);
  plan_path = g_strconcat (dir, G_DIR_SEPARATOR_S, id, ".json", NULL);

  if (g_unlink (meta_path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot remove the draft %s: %s"), meta_path, g_strerror (saved_errno));
      return FALSE;
    }
  g_unlink (plan_path);

  return TRUE;
}

static void
unlink_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_unlink (task_data);
  g_task_return_boolean (task, TRUE);
}

/* As hp_drafts_remove(), for the main thread: the key file goes now (the
 * draft is no longer offered), the plan, which can be tens of megabytes
 * (freeing them takes a file system 10 ms and more), in a worker thread. */
void
hp_drafts_remove_in_background (const char *dir,
                                const char *id)
{
  g_autofree char *meta_path = NULL;
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (dir != NULL);
  g_return_if_fail (is_valid_id (id));

  meta_path = g_strconcat (dir, G_DIR_SEPARATOR_S, id, ".draft", NULL);
  if (g_unlink (meta_path) != 0 && errno != ENOENT)
    g_warning ("Cannot remove the draft %s: %s", meta_path, g_strerror (errno));

  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_source_tag (task, hp_drafts_remove_in_background);
  g_task_set_task_data (task, g_strconcat (dir, G_DIR_SEPARATOR_S, id, ".json", NULL), g_free);
  g_task_run_in_thread (task, unlink_thread);
}

void
hp_draft_free (HpDraft *draft)
{
  if (draft == NULL)
    return;

  g_free (draft->id);
  g_free (draft->plan_path);
  g_free (draft->file_uri);
  g_free (draft->title);
  g_clear_pointer (&draft->edited, g_date_time_unref);
  g_free (draft);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const HpDraft *da = *(HpDraft **) a;
  const HpDraft *db = *(HpDraft **) b;

  return g_date_time_compare (db->edited, da->edited);
}

GPtrArray *
hp_drafts_list (const char *dir)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) hp_draft_free);
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_return_val_if_fail (dir != NULL, drafts);

  d = g_dir_open (dir, 0, NULL);
  if (d == NULL)
    return drafts;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autofree char *meta_path = NULL;
      g_autoptr(GKeyFile) key_file = g_key_file_new ();
      g_autofree char *edited = NULL;
      HpDraft *draft;

      if (!g_str_has_suffix (name, ".draft"))
        continue;

      id = g_strndup (name, strlen (name) - strlen (".draft"));
      if (!is_valid_id (id))
        continue;

      meta_path = g_build_filename (dir, name, NULL);
      if (!g_key_file_load_from_file (key_file, meta_path, G_KEY_FILE_NONE, NULL))
        continue;

      draft = g_new0 (HpDraft, 1);
      draft->id = g_steal_pointer (&id);
      draft->plan_path = g_strconcat (dir, G_DIR_SEPARATOR_S, draft->id, ".json", NULL);
      draft->file_uri = g_key_file_get_string (key_file, GROUP, "File", NULL);
      draft->title = g_key_file_get_string (key_file, GROUP, "Title", NULL);
      edited = g_key_file_get_string (key_file, GROUP, "Edited", NULL);
      draft->edited = edited != NULL ? g_date_time_new_from_iso8601 (edited, NULL) : NULL;
      if (draft->edited == NULL)
        draft->edited = g_date_time_new_from_unix_utc (0);
      if (draft->title == NULL)
        draft->title = g_strdup ("");

      g_ptr_array_add (drafts, draft);
    }

  g_ptr_array_sort (drafts, compare_newest_first);
  return drafts;
}

HpPlan *
hp_draft_load (HpDraft  *draft,
               GError  **error)
{
  g_return_val_if_fail (draft != NULL, NULL);

  return hp_plan_read_file (draft->plan_path, NULL, error);
}
