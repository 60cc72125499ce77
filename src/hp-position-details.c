/* hp-position-details.c
 *
 * Every field of one position, each beside its label: the fields the
 * table shows and the ones it leaves out (location, kind, one-time cost,
 * notes).  A field is stored when Enter is pressed in it, when a choice is
 * picked, or when the keyboard leaves it; Escape puts back what it held.
 * What a typed value means is the core's: each field goes through
 * hp_plan_input_position(), one named undo step per edit, and a value the
 * core refuses is shown with its reason and never stored.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-position-details"

#include "config.h"

#include <glib/gi18n.h>

#include "hp-level.h"
#include "hp-month-picker.h"
#include "hp-position-details.h"
#include "hp-position-input.h"

struct _HpPositionDetails
{
  GtkWidget    parent_instance;

  HpPlan      *plan;
  HpCatalog   *catalog;
  HpPosition  *position;
  gulong       notify_id;
  gboolean     updating;   /* the fields are being filled, not edited */
  char        *error;

  /* By HpPositionField: entries, drop-downs, the notes' text view. */
  GtkWidget   *widgets[HP_N_FIELDS];
  char        *shown[HP_N_FIELDS]; /* the text each field was last given; NULL: to fill */

  GtkLabel    *heading_label;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (HpPositionDetails, hp_position_details, GTK_TYPE_WIDGET)

static gboolean
is_choice (HpPositionField field)
{
  return field == HP_FIELD_LEVEL || field == HP_FIELD_STATUS || field == HP_FIELD_KIND;
}

static HpPositionField
field_of (HpPositionDetails *self,
          GtkWidget         *widget)
{
  for (guint i = 0; i < HP_N_FIELDS; i++)
    if (self->widgets[i] == widget)
      return (HpPositionField) i;
  g_return_val_if_reached (HP_N_FIELDS);
}

static char *
field_text (HpPositionDetails *self,
            HpPositionField    field)
{
  if (field == HP_FIELD_NOTES)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->widgets[field]));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  if (is_choice (field))
    return g_strdup_printf ("%u", gtk_drop_down_get_selected (GTK_DROP_DOWN (self->widgets[field])));
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->widgets[field])));
}

static void
set_field_error (HpPositionDetails *self,
                 HpPositionField    field,
                 const char        *message)
{
  GtkWidget *widget = self->widgets[field];

  if (message != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
show_error (HpPositionDetails *self,
            const char        *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  if (message != NULL)
    gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The fields from the position; a field being typed into keeps its text. */
static void
refresh (HpPositionDetails *self)
{
  gboolean has = self->position != NULL && self->plan != NULL;

  self->updating = TRUE;
  gtk_label_set_text (self->heading_label, has ? hp_position_get_title (self->position) : _("No Position"));
  for (guint i = 0; i < HP_N_FIELDS; i++)
    {
      GtkWidget *widget = self->widgets[i];
      g_autofree char *text = has ? hp_position_field_to_text (self->plan, self->position, i) : g_strdup ("");
      g_autofree char *now = field_text (self, i);

      gtk_widget_set_sensitive (widget, has);
      if (!is_choice (i) && self->shown[i] != NULL && gtk_widget_has_focus (widget) &&
          g_strcmp0 (now, self->shown[i]) != 0)
        continue; /* typed and not stored yet */

      if (is_choice (i))
        {
          int index = 0;

          if (has && i == HP_FIELD_LEVEL)
            index = hp_position_get_level (self->position);
          else if (has && i == HP_FIELD_STATUS)
            index = hp_position_get_status (self->position);
          else if (has && i == HP_FIELD_KIND)
            index = hp_position_get_kind (self->position);
          gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), (guint) index);
        }
      else if (i == HP_FIELD_NOTES)
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
      else
        gtk_editable_set_text (GTK_EDITABLE (widget), text);

      g_free (self->shown[i]);
      self->shown[i] = field_text (self, i);
    }
  self->updating = FALSE;
}

/* @text for @field through the core: stored as one step, or refused with
 * its reason.  With @restore, a refused field shows the stored value
 * again (the keyboard has left it). */
static gboolean
store (HpPositionDetails *self,
       HpPositionField    field,
       gboolean           restore)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->updating || self->plan == NULL || self->position == NULL)
    return FALSE;

  text = field_text (self, field);
  if (!hp_plan_input_position (self->plan, self->catalog, self->position, field, text, FALSE, &error))
    {
      /* TRANSLATORS: "Start: “2027-13” is not a month: the month must be 01 to 12" */
      g_autofree char *message = g_strdup_printf (_("%s: %s"), hp_position_field_display_name (field),
                                                  error->message);

      set_field_error (self, field, error->message);
      show_error (self, message);
      if (restore)
        {
          g_clear_pointer (&self->shown[field], g_free);
          refresh (self);
        }
      return FALSE;
    }

  set_field_error (self, field, NULL);
  show_error (self, NULL);
  /* The stored value in its own form ("151,000.00" for "151000"). */
  g_clear_pointer (&self->shown[field], g_free);
  refresh (self);
  return TRUE;
}

static void
entry_activate_cb (HpPositionDetails *self,
                   GtkEntry          *entry)
{
  store (self, field_of (self, GTK_WIDGET (entry)), FALSE);
}

static void
drop_selected_cb (HpPositionDetails *self,
                  GParamSpec        *pspec,
                  GtkDropDown       *drop)
{
  store (self, field_of (self, GTK_WIDGET (drop)), FALSE);
}

static void
field_leave_cb (HpPositionDetails       *self,
                GtkEventControllerFocus *controller)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  HpPositionField field = field_of (self, widget);
  g_autofree char *text = field_text (self, field);

  if (g_strcmp0 (text, self->shown[field]) != 0)
    store (self, field, TRUE);
}

/* Escape puts back what the field held; with nothing typed, it goes on to
 * close what holds the details. */
static gboolean
field_key_pressed_cb (HpPositionDetails     *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  HpPositionField field = field_of (self, widget);
  g_autofree char *text = field_text (self, field);

  if (field == HP_FIELD_NOTES && (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) &&
      (state & GDK_CONTROL_MASK))
    {
      store (self, field, FALSE);
      return TRUE;
    }

  if (keyval != GDK_KEY_Escape || g_strcmp0 (text, self->shown[field]) == 0)
    return FALSE;

  set_field_error (self, field, NULL);
  show_error (self, NULL);
  g_clear_pointer (&self->shown[field], g_free);
  refresh (self);
  return TRUE;
}

static GListModel *
choices_model (HpPositionField field)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  switch (field)
    {
    case HP_FIELD_LEVEL:
      for (guint i = 0; i < HP_N_LEVELS; i++)
        gtk_string_list_append (list, hp_level_display_name ((HpLevel) i));
      break;
    case HP_FIELD_STATUS:
      for (guint i = 0; i < HP_N_POSITION_STATUSES; i++)
        gtk_string_list_append (list, hp_position_status_display_name ((HpPositionStatus) i));
      break;
    case HP_FIELD_KIND:
      for (guint i = 0; i < HP_N_POSITION_KINDS; i++)
        gtk_string_list_append (list, hp_position_kind_display_name ((HpPositionKind) i));
      break;
    default:
      g_assert_not_reached ();
    }
  return G_LIST_MODEL (list);
}

static gboolean
hp_position_details_grab_focus (GtkWidget *widget)
{
  HpPositionDetails *self = HP_POSITION_DETAILS (widget);

  return gtk_widget_grab_focus (self->widgets[HP_FIELD_TITLE]);
}

static void
hp_position_details_dispose (GObject *object)
{
  HpPositionDetails *self = HP_POSITION_DETAILS (object);
  GtkWidget *child;

  if (self->position != NULL)
    g_clear_signal_handler (&self->notify_id, self->position);
  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_POSITION_DETAILS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  for (guint i = 0; i < HP_N_FIELDS; i++)
    {
      self->widgets[i] = NULL;
      g_clear_pointer (&self->shown[i], g_free);
    }
  g_clear_object (&self->position);
  g_clear_object (&self->plan);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (hp_position_details_parent_class)->dispose (object);
}

static void
bind_field (GtkWidgetClass  *widget_class,
            const char      *name,
            HpPositionField  field)
{
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,
                                             G_STRUCT_OFFSET (HpPositionDetails, widgets)
                                             + (gssize) (field * sizeof (GtkWidget *)));
}

static void
hp_position_details_class_init (HpPositionDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_position_details_dispose;
  widget_class->grab_focus = hp_position_details_grab_focus;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/hiringplanner/HiringPlanner/hp-position-details.ui");
  gtk_widget_class_bind_template_child (widget_class, HpPositionDetails, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HpPositionDetails, error_label);
  bind_field (widget_class, "title_entry", HP_FIELD_TITLE);
  bind_field (widget_class, "level_drop", HP_FIELD_LEVEL);
  bind_field (widget_class, "count_entry", HP_FIELD_COUNT);
  bind_field (widget_class, "start_entry", HP_FIELD_START);
  bind_field (widget_class, "end_entry", HP_FIELD_END);
  bind_field (widget_class, "status_drop", HP_FIELD_STATUS);
  bind_field (widget_class, "salary_entry", HP_FIELD_SALARY);
  bind_field (widget_class, "location_entry", HP_FIELD_LOCATION);
  bind_field (widget_class, "kind_drop", HP_FIELD_KIND);
  bind_field (widget_class, "one_time_cost_entry", HP_FIELD_ONE_TIME_COST);
  bind_field (widget_class, "notes_view", HP_FIELD_NOTES);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, drop_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "positiondetails");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
hp_position_details_init (HpPositionDetails *self)
{
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < HP_N_FIELDS; i++)
    {
      GtkEventController *focus;
      GtkEventController *keys;

      g_assert (self->widgets[i] != NULL);
      if (is_choice (i))
        {
          g_autoptr(GListModel) model = choices_model (i);

          gtk_drop_down_set_model (GTK_DROP_DOWN (self->widgets[i]), model);
          continue;
        }

      focus = gtk_event_controller_focus_new ();
      g_signal_connect_swapped (focus, "leave", G_CALLBACK (field_leave_cb), self);
      gtk_widget_add_controller (self->widgets[i], focus);
      keys = gtk_event_controller_key_new ();
      gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
      g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (field_key_pressed_cb), self);
      gtk_widget_add_controller (self->widgets[i], keys);
    }
  hp_month_entry_add_picker (GTK_ENTRY (self->widgets[HP_FIELD_START]), TRUE);
  hp_month_entry_add_picker (GTK_ENTRY (self->widgets[HP_FIELD_END]), TRUE);
  self->updating = FALSE;
  refresh (self);
}

GtkWidget *
hp_position_details_new (void)
{
  return g_object_new (HP_TYPE_POSITION_DETAILS, NULL);
}

void
hp_position_details_set_position (HpPositionDetails *self,
                                  HpPlan            *plan,
                                  HpCatalog         *catalog,
                                  HpPosition        *position)
{
  g_return_if_fail (HP_IS_POSITION_DETAILS (self));
  g_return_if_fail (plan == NULL || HP_IS_PLAN (plan));
  g_return_if_fail (catalog == NULL || HP_IS_CATALOG (catalog));
  g_return_if_fail (position == NULL || HP_IS_POSITION (position));

  if (self->position != NULL)
    g_clear_signal_handler (&self->notify_id, self->position);
  g_set_object (&self->plan, plan);
  g_set_object (&self->catalog, catalog);
  g_set_object (&self->position, position);
  if (position != NULL)
    self->notify_id = g_signal_connect_object (position, "notify", G_CALLBACK (refresh), self,
                                               G_CONNECT_SWAPPED);

  for (guint i = 0; i < HP_N_FIELDS; i++)
    {
      set_field_error (self, i, NULL);
      g_clear_pointer (&self->shown[i], g_free);
    }
  show_error (self, NULL);
  refresh (self);
}

HpPosition *
hp_position_details_get_position (HpPositionDetails *self)
{
  g_return_val_if_fail (HP_IS_POSITION_DETAILS (self), NULL);
  return self->position;
}

const char *
hp_position_details_get_error (HpPositionDetails *self)
{
  g_return_val_if_fail (HP_IS_POSITION_DETAILS (self), NULL);
  return self->error;
}

GtkWidget *
hp_position_details_get_editor (HpPositionDetails *self,
                                HpPositionField    field)
{
  g_return_val_if_fail (HP_IS_POSITION_DETAILS (self), NULL);
  g_return_val_if_fail (field < HP_N_FIELDS, NULL);
  return self->widgets[field];
}
