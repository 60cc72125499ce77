/* hp-document.c: a plan, the file it belongs to, and whether it is saved
 *
 * The one place that follows the plan's edits (dirty, the autosave), its
 * file on disk (the monitor and the etag) and its title.  Saving and the
 * drafts are in hp-document-save.c, exports in hp-document-export.c, what
 * they share (a copy in slices, written in a worker) in
 * hp-document-runner.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hp-document-private.h"
#include "hp-scenario.h"
#include "hp-plan-file.h"

G_DEFINE_FINAL_TYPE (HpDocument, hp_document, G_TYPE_OBJECT)

GParamSpec *hp_document_properties[HP_DOCUMENT_N_PROPS];

#define DEFAULT_AUTOSAVE_DELAY 3

void
_hp_document_notify (HpDocument *self,
                     guint       prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), hp_document_properties[prop]);
}

static void
update_title (HpDocument *self)
{
  g_autofree char *title = NULL;
  const char *plan_title = self->plan != NULL ? hp_plan_get_title (self->plan) : "";

  if (*plan_title != '\0')
    title = g_strdup (plan_title);
  else if (self->file != NULL)
    title = g_file_get_basename (self->file);
  else
    title = g_strdup (_("Untitled Plan"));

  if (g_strcmp0 (title, self->title) == 0)
    return;

  g_free (self->title);
  self->title = g_steal_pointer (&title);
  _hp_document_notify (self, HP_DOCUMENT_PROP_TITLE);
}

void
_hp_document_set_dirty (HpDocument *self,
                        gboolean    dirty)
{
  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  _hp_document_notify (self, HP_DOCUMENT_PROP_DIRTY);
}

static void
set_externally_modified (HpDocument *self,
                         gboolean    modified)
{
  modified = !!modified;
  if (self->externally_modified == modified)
    return;

  self->externally_modified = modified;
  _hp_document_notify (self, HP_DOCUMENT_PROP_EXTERNALLY_MODIFIED);
}

/* What tells one version of the file from another: its etag (the time it
 * was last written) is not enough alone, as file systems stamp times by
 * the clock tick: a program that replaces the file within a few
 * milliseconds of our save leaves the same time.  A replaced file (every
 * careful writer renames a new file over the old) has another inode, and
 * a rewritten one usually another size. */
char *
_hp_document_query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file,
                                                 G_FILE_ATTRIBUTE_ETAG_VALUE ","
                                                 G_FILE_ATTRIBUTE_UNIX_INODE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return NULL;

  return g_strdup_printf ("%s/%" G_GUINT64_FORMAT "/%" G_GINT64_FORMAT,
                          g_file_info_get_etag (info) != NULL ? g_file_info_get_etag (info) : "",
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE),
                          (gint64) g_file_info_get_size (info));
}

gboolean
hp_document_changed_on_disk (HpDocument *self)
{
  g_autofree char *etag = NULL;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);

  if (self->file == NULL || self->etag == NULL)
    return FALSE;

  etag = _hp_document_query_etag (self->file);
  return g_strcmp0 (etag, self->etag) != 0;
}

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    HpDocument        *self)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT &&
      event != G_FILE_MONITOR_EVENT_DELETED &&
      event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_MOVED_IN &&
      event != G_FILE_MONITOR_EVENT_RENAMED &&
      event != G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;

  /* Our own save: its etag is known once it is over. */
  if (self->saving)
    return;

  if (hp_document_changed_on_disk (self))
    set_externally_modified (self, TRUE);
}

/* The file the plan belongs to, as it is on disk now (@etag: as the save
 * that wrote it found it, NULL to look). */
void
_hp_document_set_file (HpDocument *self,
                       GFile      *file,
                       const char *etag)
{
  gboolean same = self->file != NULL && file != NULL && g_file_equal (self->file, file);

  if (!same)
    {
      if (self->monitor != NULL)
        {
          g_signal_handlers_disconnect_by_func (self->monitor, monitor_changed_cb, self);
          g_file_monitor_cancel (self->monitor);
          g_clear_object (&self->monitor);
        }
      if (g_set_object (&self->file, file))
        _hp_document_notify (self, HP_DOCUMENT_PROP_FILE);
      if (file != NULL)
        {
          self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
          if (self->monitor != NULL)
            g_signal_connect (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self);
        }
    }

  g_free (self->etag);
  self->etag = etag != NULL ? g_strdup (etag) : (file != NULL ? _hp_document_query_etag (file) : NULL);
  set_externally_modified (self, FALSE);
  update_title (self);
}

/* Every edit goes through here: one place sets "dirty" and the autosave. */
static void
plan_changed_cb (HpDocument *self)
{
  self->generation++;
  _hp_document_set_dirty (self, TRUE);
  _hp_document_schedule_autosave (self);
}

static void
unfollow_scenarios (HpDocument *self)
{
  if (self->scenario_plans == NULL)
    return;

  for (guint i = 0; i < self->scenario_plans->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->scenario_plans, i), plan_changed_cb, self);
  g_clear_pointer (&self->scenario_plans, g_ptr_array_unref);
}

/* An edit inside a scenario is an edit of the document too: each
 * scenario's plan is followed as the baseline is.  (A scenario put in or
 * taken out is a step of the baseline, which says "changed" itself.) */
static void
follow_scenarios (HpDocument *self)
{
  GListModel *scenarios = hp_plan_get_scenarios (self->plan);
  guint n = g_list_model_get_n_items (scenarios);

  unfollow_scenarios (self);
  self->scenario_plans = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpScenario) scenario = g_list_model_get_item (scenarios, i);
      HpPlan *plan = hp_scenario_get_plan (scenario);

      g_ptr_array_add (self->scenario_plans, g_object_ref (plan));
      g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
    }
}

static void
disconnect_plan (HpDocument *self)
{
  if (self->plan == NULL)
    return;

  unfollow_scenarios (self);
  g_signal_handlers_disconnect_by_func (hp_plan_get_scenarios (self->plan), follow_scenarios, self);
  g_signal_handlers_disconnect_by_func (self->plan, plan_changed_cb, self);
  g_signal_handlers_disconnect_by_func (self->plan, update_title, self);
}

void
hp_document_set_plan (HpDocument *self,
                      HpPlan     *plan,
                      GFile      *file)
{
  g_return_if_fail (HP_IS_DOCUMENT (self));
  g_return_if_fail (HP_IS_PLAN (plan));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_object_freeze_notify (G_OBJECT (self));

  hp_document_discard_draft (self);
  disconnect_plan (self);
  if (g_set_object (&self->plan, plan))
    _hp_document_notify (self, HP_DOCUMENT_PROP_PLAN);
  self->generation = 0;
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (plan_changed_cb), self);
  g_signal_connect_swapped (plan, "notify::title", G_CALLBACK (update_title), self);
  g_signal_connect_swapped (hp_plan_get_scenarios (plan), "items-changed", G_CALLBACK (follow_scenarios), self);
  follow_scenarios (self);

  _hp_document_set_file (self, file, NULL);
  _hp_document_set_dirty (self, FALSE);
  if (self->autosave_error != NULL)
    {
      g_clear_error (&self->autosave_error);
      _hp_document_notify (self, HP_DOCUMENT_PROP_AUTOSAVE_ERROR);
    }
  update_title (self);

  g_object_thaw_notify (G_OBJECT (self));
}

void
hp_document_keep_own_version (HpDocument *self)
{
  g_return_if_fail (HP_IS_DOCUMENT (self));

  set_externally_modified (self, FALSE);
  _hp_document_set_dirty (self, TRUE);
}

/* Opening */

typedef struct
{
  GFile        *file;
  GCancellable *cancellable;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_object_unref (data->file);
  g_object_unref (data->cancellable);
  g_free (data);
}

static void
set_progress (HpDocument *self,
              double      progress)
{
  if (self->progress == progress)
    return;

  self->progress = progress;
  _hp_document_notify (self, HP_DOCUMENT_PROP_PROGRESS);
}

static void
load_progress_cb (double   fraction,
                  gpointer user_data)
{
  GTask *task = user_data;
  HpDocument *self = g_task_get_source_object (task);
  LoadData *data = g_task_get_task_data (task);

  if (data->cancellable == self->load_cancellable)
    set_progress (self, fraction);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  HpDocument *self = g_task_get_source_object (task);
  LoadData *data = g_task_get_task_data (task);
  g_autofree char *notice = NULL;
  GError *error = NULL;
  g_autoptr(HpPlan) plan = hp_plan_read_file_finish (result, &notice, &error);

  /* Only the newest load says when loading is over. */
  if (data->cancellable == self->load_cancellable)
    {
      g_clear_object (&self->load_cancellable);
      _hp_document_notify (self, HP_DOCUMENT_PROP_LOADING);
    }

  if (plan == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  hp_document_set_plan (self, plan, data->file);
  g_task_return_pointer (task, g_steal_pointer (&notice), g_free);
}

void
hp_document_load_async (HpDocument          *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  LoadData *data;

  g_return_if_fail (HP_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hp_document_load_async);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Plans can only be opened from local files"));
      return;
    }

  hp_document_cancel_load (self);
  self->load_cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);
  data->cancellable = g_object_ref (self->load_cancellable);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);

  set_progress (self, 0.0);
  _hp_document_notify (self, HP_DOCUMENT_PROP_LOADING);

  /* The progress never comes after the end, which holds the task: it
   * needs no reference of its own (one would outlive the read, in its
   * thread). */
  hp_plan_read_file_async (path, self->load_cancellable,
                           load_progress_cb, task, NULL,
                           load_done_cb, g_object_ref (task));
}

gboolean
hp_document_load_finish (HpDocument    *self,
                         GAsyncResult  *result,
                         char         **out_notice,
                         GError       **error)
{
  g_autofree char *notice = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  notice = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (out_notice != NULL)
    *out_notice = g_steal_pointer (&notice);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

void
hp_document_cancel_load (HpDocument *self)
{
  g_return_if_fail (HP_IS_DOCUMENT (self));

  if (self->load_cancellable == NULL)
    return;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  _hp_document_notify (self, HP_DOCUMENT_PROP_LOADING);
}

/* The object */

static void
hp_document_dispose (GObject *object)
{
  HpDocument *self = HP_DOCUMENT (object);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  _hp_document_stop_autosave (self);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, monitor_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
    }
  g_clear_object (&self->monitor);
  disconnect_plan (self);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (hp_document_parent_class)->dispose (object);
}

static void
hp_document_finalize (GObject *object)
{
  HpDocument *self = HP_DOCUMENT (object);

  g_free (self->drafts_dir);
  g_free (self->title);
  g_free (self->etag);
  g_free (self->draft_id);
  g_clear_error (&self->autosave_error);

  G_OBJECT_CLASS (hp_document_parent_class)->finalize (object);
}

static void
hp_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HpDocument *self = HP_DOCUMENT (object);

  switch (prop_id)
    {
    case HP_DOCUMENT_PROP_PLAN:                g_value_set_object (value, self->plan); break;
    case HP_DOCUMENT_PROP_FILE:                g_value_set_object (value, self->file); break;
    case HP_DOCUMENT_PROP_TITLE:               g_value_set_string (value, self->title); break;
    case HP_DOCUMENT_PROP_DIRTY:               g_value_set_boolean (value, self->dirty); break;
    case HP_DOCUMENT_PROP_EXTERNALLY_MODIFIED: g_value_set_boolean (value, self->externally_modified); break;
    case HP_DOCUMENT_PROP_LOADING:             g_value_set_boolean (value, hp_document_get_loading (self)); break;
    case HP_DOCUMENT_PROP_PROGRESS:            g_value_set_double (value, self->progress); break;
    case HP_DOCUMENT_PROP_SAVING:              g_value_set_boolean (value, self->saving); break;
    case HP_DOCUMENT_PROP_EXPORTING:           g_value_set_boolean (value, self->exporting); break;
    case HP_DOCUMENT_PROP_DRAFT_ID:            g_value_set_string (value, self->draft_id); break;
    case HP_DOCUMENT_PROP_AUTOSAVE_ERROR:      g_value_set_boxed (value, self->autosave_error); break;
    case HP_DOCUMENT_PROP_AUTOSAVE_DELAY:      g_value_set_int (value, self->autosave_delay); break;
    case HP_DOCUMENT_PROP_CATALOG:             g_value_set_object (value, self->catalog); break;
    case HP_DOCUMENT_PROP_DRAFTS_DIR:          g_value_set_string (value, self->drafts_dir); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HpDocument *self = HP_DOCUMENT (object);

  switch (prop_id)
    {
    case HP_DOCUMENT_PROP_AUTOSAVE_DELAY:
      hp_document_set_autosave_delay (self, g_value_get_int (value));
      break;
    case HP_DOCUMENT_PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case HP_DOCUMENT_PROP_DRAFTS_DIR:
      self->drafts_dir = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_document_constructed (GObject *object)
{
  HpDocument *self = HP_DOCUMENT (object);
  g_autoptr(HpPlan) plan = hp_plan_new ();

  G_OBJECT_CLASS (hp_document_parent_class)->constructed (object);

  if (self->drafts_dir == NULL)
    self->drafts_dir = hp_drafts_get_dir ();
  hp_document_set_plan (self, plan, NULL);
}

static void
hp_document_class_init (HpDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamSpec **props = hp_document_properties;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = hp_document_dispose;
  object_class->finalize = hp_document_finalize;
  object_class->get_property = hp_document_get_property;
  object_class->set_property = hp_document_set_property;
  object_class->constructed = hp_document_constructed;

  props[HP_DOCUMENT_PROP_PLAN] = g_param_spec_object ("plan", NULL, NULL, HP_TYPE_PLAN, ro);
  props[HP_DOCUMENT_PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, ro);
  props[HP_DOCUMENT_PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  props[HP_DOCUMENT_PROP_DIRTY] = g_param_spec_boolean ("dirty", NULL, NULL, FALSE, ro);
  props[HP_DOCUMENT_PROP_EXTERNALLY_MODIFIED] =
    g_param_spec_boolean ("externally-modified", NULL, NULL, FALSE, ro);
  props[HP_DOCUMENT_PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, ro);
  props[HP_DOCUMENT_PROP_PROGRESS] = g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0, ro);
  props[HP_DOCUMENT_PROP_SAVING] = g_param_spec_boolean ("saving", NULL, NULL, FALSE, ro);
  props[HP_DOCUMENT_PROP_EXPORTING] = g_param_spec_boolean ("exporting", NULL, NULL, FALSE, ro);
  props[HP_DOCUMENT_PROP_DRAFT_ID] = g_param_spec_string ("draft-id", NULL, NULL, NULL, ro);
  props[HP_DOCUMENT_PROP_AUTOSAVE_ERROR] = g_param_spec_boxed ("autosave-error", NULL, NULL, G_TYPE_ERROR, ro);
  props[HP_DOCUMENT_PROP_AUTOSAVE_DELAY] =
    g_param_spec_int ("autosave-delay", NULL, NULL, 0, 3600, DEFAULT_AUTOSAVE_DELAY,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  props[HP_DOCUMENT_PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, HP_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  props[HP_DOCUMENT_PROP_DRAFTS_DIR] =
    g_param_spec_string ("drafts-dir", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, HP_DOCUMENT_N_PROPS, props);
}

static void
hp_document_init (HpDocument *self)
{
  self->autosave_delay = DEFAULT_AUTOSAVE_DELAY;
}

HpDocument *
hp_document_new (HpCatalog *catalog)
{
  g_return_val_if_fail (catalog == NULL || HP_IS_CATALOG (catalog), NULL);

  return g_object_new (HP_TYPE_DOCUMENT, "catalog", catalog, NULL);
}

HpPlan *
hp_document_get_plan (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  return self->plan;
}

GFile *
hp_document_get_file (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  return self->file;
}

const char *
hp_document_get_title (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  return self->title;
}

gboolean
hp_document_get_dirty (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  return self->dirty;
}

gboolean
hp_document_get_externally_modified (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  return self->externally_modified;
}

gboolean
hp_document_get_loading (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  return self->load_cancellable != NULL;
}

double
hp_document_get_progress (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), 0.0);
  return self->progress;
}

gboolean
hp_document_get_saving (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), FALSE);
  return self->saving;
}

const char *
hp_document_get_draft_id (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  return self->draft_id;
}

const GError *
hp_document_get_autosave_error (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), NULL);
  return self->autosave_error;
}

int
hp_document_get_autosave_delay (HpDocument *self)
{
  g_return_val_if_fail (HP_IS_DOCUMENT (self), 0);
  return self->autosave_delay;
}

void
hp_document_set_autosave_delay (HpDocument *self,
                                int         seconds)
{
  g_return_if_fail (HP_IS_DOCUMENT (self));

  seconds = CLAMP (seconds, 0, 3600);
  if (self->autosave_delay == seconds)
    return;

  self->autosave_delay = seconds;
  _hp_document_notify (self, HP_DOCUMENT_PROP_AUTOSAVE_DELAY);
}
