/* hp-role-browser.c
 *
 * The list is a tree model flattened into rows: each family is a heading
 * row followed by its roles in rank order.  Searching filters the roles and
 * hides the families left without any.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-role-browser"

#include "config.h"

#include <string.h>

#include "hp-role-browser.h"
#include "hp-role-profile.h"
#include "hp-role-row.h"

struct _HpRoleBrowser
{
  GtkWidget           parent_instance;

  HpCatalog          *catalog;
  char               *query;         /* casefolded */
  GtkCustomFilter    *role_filter;
  GtkCustomFilter    *family_filter;
  GtkSingleSelection *selection;
  guint               n_matches;

  GtkPaned           *paned;
  GtkSearchEntry     *search_entry;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  HpRoleProfile      *profile;
};

G_DEFINE_FINAL_TYPE (HpRoleBrowser, hp_role_browser, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_N_MATCHES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
role_filter_func (gpointer item,
                  gpointer user_data)
{
  HpRoleBrowser *self = user_data;

  return hp_role_matches (HP_ROLE (item), self->query);
}

static gboolean
family_filter_func (gpointer item,
                    gpointer user_data)
{
  HpRoleBrowser *self = user_data;
  GListModel *roles = hp_role_family_get_roles (HP_ROLE_FAMILY (item));
  guint n = g_list_model_get_n_items (roles);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HpRole) role = g_list_model_get_item (roles, i);
      if (hp_role_matches (role, self->query))
        return TRUE;
    }

  return FALSE;
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  HpRoleBrowser *self = user_data;
  GListModel *roles;

  if (!HP_IS_ROLE_FAMILY (item))
    return NULL;

  roles = g_object_ref (hp_role_family_get_roles (HP_ROLE_FAMILY (item)));
  return G_LIST_MODEL (gtk_filter_list_model_new (roles, g_object_ref (GTK_FILTER (self->role_filter))));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, hp_role_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
  gboolean is_role = HP_IS_ROLE (item);

  hp_role_row_set_item (HP_ROLE_ROW (gtk_list_item_get_child (list_item)), item);
  /* Family headings are neither selected nor activated. */
  gtk_list_item_set_selectable (list_item, is_role);
  gtk_list_item_set_activatable (list_item, is_role);
}

static HpRole *
role_at (HpRoleBrowser *self,
         guint          position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  g_autoptr(GObject) item = NULL;

  if (row == NULL)
    return NULL;

  item = gtk_tree_list_row_get_item (row);
  return HP_IS_ROLE (item) ? HP_ROLE (item) : NULL; /* owned by the catalog */
}

static void
count_matches (HpRoleBrowser *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint matches = 0;

  for (guint i = 0; i < n; i++)
    if (role_at (self, i) != NULL)
      matches++;

  gtk_stack_set_visible_child_name (self->list_stack, matches > 0 ? "list" : "empty");

  if (matches != self->n_matches)
    {
      self->n_matches = matches;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);
    }
}

static void
selection_changed_cb (HpRoleBrowser *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  HpRole *role;

  if (position == GTK_INVALID_LIST_POSITION)
    return; /* the profile keeps the last role shown */

  role = role_at (self, position);
  if (role != NULL)
    hp_role_profile_set_role (self->profile, role);
}

static void
search_changed_cb (HpRoleBrowser *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_free (self->query);
  self->query = g_utf8_casefold (stripped, -1);

  gtk_filter_changed (GTK_FILTER (self->role_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->family_filter), GTK_FILTER_CHANGE_DIFFERENT);
  count_matches (self);

  /* Keep the shown role selected when it is still listed. */
  if (hp_role_profile_get_role (self->profile) != NULL)
    hp_role_browser_select_role (self, hp_role_get_id (hp_role_profile_get_role (self->profile)));
}

/* Enter in the search field shows the first role found, and the Down
 * arrow moves into the list, so the keyboard never has to leave home. */
static guint
first_role_position (HpRoleBrowser *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; i < n; i++)
    if (role_at (self, i) != NULL)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/* The role Enter picks: the first whose title or level has the words
 * typed ("senior" means the Senior role, not a junior whose summary
 * mentions seniors), else the first found. */
static guint
best_match_position (HpRoleBrowser *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; self->query != NULL && *self->query != '\0' && i < n; i++)
    {
      HpRole *role = role_at (self, i);
      g_autofree char *title = NULL;
      g_autofree char *level = NULL;

      if (role == NULL)
        continue;
      title = g_utf8_casefold (hp_role_get_title (role), -1);
      level = g_utf8_casefold (hp_role_get_level_name (role), -1);
      if (strstr (title, self->query) != NULL || strstr (level, self->query) != NULL)
        return i;
    }

  return first_role_position (self);
}

static void
search_activate_cb (HpRoleBrowser *self)
{
  guint best;

  /* Enter may come before the delayed search-changed: search now. */
  search_changed_cb (self);

  best = best_match_position (self);
  if (best != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, best);
}

/* While the search field has the focus, Up and Down walk the roles found,
 * so a manager types, arrows to the role and reads it, never leaving the
 * keyboard's home row; Tab moves on as usual. */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       HpRoleBrowser         *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint position = gtk_single_selection_get_selected (self->selection);
  int step;

  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    step = 1;
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    step = -1;
  else
    return GDK_EVENT_PROPAGATE;

  if (position == GTK_INVALID_LIST_POSITION)
    position = first_role_position (self);
  else
    for (int i = (int) position + step; i >= 0 && i < (int) n; i += step)
      if (role_at (self, (guint) i) != NULL)
        {
          position = (guint) i;
          break;
        }

  if (position == GTK_INVALID_LIST_POSITION)
    return GDK_EVENT_STOP;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  return GDK_EVENT_STOP;
}

static void
stop_search_cb (HpRoleBrowser *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
hp_role_browser_dispose (GObject *object)
{
  HpRoleBrowser *self = HP_ROLE_BROWSER (object);

  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), HP_TYPE_ROLE_BROWSER);

  g_clear_object (&self->selection);
  g_clear_object (&self->role_filter);
  g_clear_object (&self->family_filter);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (hp_role_browser_parent_class)->dispose (object);
}

static void
hp_role_browser_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  HpRoleBrowser *self = HP_ROLE_BROWSER (object);

  switch (prop_id)
    {
    case PROP_N_MATCHES:
      g_value_set_uint (value, self->n_matches);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hp_role_browser_class_init (HpRoleBrowserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hp_role_browser_dispose;
  object_class->get_property = hp_role_browser_get_property;

  properties[PROP_N_MATCHES] =
    g_param_spec_uint ("n-matches", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (HP_TYPE_ROLE_PROFILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/hiringplanner/HiringPlanner/hp-role-browser.ui");
  gtk_widget_class_bind_template_child (widget_class, HpRoleBrowser, paned);
  gtk_widget_class_bind_template_child (widget_class, HpRoleBrowser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, HpRoleBrowser, list_stack);
  gtk_widget_class_bind_template_child (widget_class, HpRoleBrowser, list_view);
  gtk_widget_class_bind_template_child (widget_class, HpRoleBrowser, profile);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rolebrowser");
}

static void
hp_role_browser_init (HpRoleBrowser *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->query = g_strdup ("");
  self->role_filter = gtk_custom_filter_new (role_filter_func, self, NULL);
  self->family_filter = gtk_custom_filter_new (family_filter_func, self, NULL);

  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    /* Before the text inside takes the arrow for itself. */
    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
    g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self);
  }

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

void
hp_role_browser_set_catalog (HpRoleBrowser *self,
                             HpCatalog     *catalog)
{
  GtkFilterListModel *families;
  GtkTreeListModel *tree;

  g_return_if_fail (HP_IS_ROLE_BROWSER (self));
  g_return_if_fail (HP_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  hp_role_profile_set_catalog (self->profile, catalog);

  families = gtk_filter_list_model_new (g_object_ref (hp_catalog_get_families (catalog)),
                                        g_object_ref (GTK_FILTER (self->family_filter)));
  tree = gtk_tree_list_model_new (G_LIST_MODEL (families), FALSE, TRUE,
                                  create_children_cb, self, NULL);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  g_clear_object (&self->selection);

  self->selection = gtk_single_selection_new (G_LIST_MODEL (tree));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  count_matches (self);

  /* Start on the first role so the window never opens empty. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->selection)); i++)
    if (role_at (self, i) != NULL)
      {
        gtk_single_selection_set_selected (self->selection, i);
        break;
      }
}

gboolean
hp_role_browser_select_role (HpRoleBrowser *self,
                             const char    *role_id)
{
  guint n;

  g_return_val_if_fail (HP_IS_ROLE_BROWSER (self), FALSE);

  if (self->selection == NULL || role_id == NULL)
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; i < n; i++)
    {
      HpRole *role = role_at (self, i);

      if (role != NULL && g_str_equal (hp_role_get_id (role), role_id))
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  /* Not listed (filtered out): show it all the same. */
  if (self->catalog != NULL && hp_catalog_lookup (self->catalog, role_id) != NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      hp_role_profile_set_role (self->profile, hp_catalog_lookup (self->catalog, role_id));
      return TRUE;
    }

  return FALSE;
}

HpRole *
hp_role_browser_get_selected_role (HpRoleBrowser *self)
{
  g_return_val_if_fail (HP_IS_ROLE_BROWSER (self), NULL);
  return hp_role_profile_get_role (self->profile);
}

guint
hp_role_browser_get_n_matches (HpRoleBrowser *self)
{
  g_return_val_if_fail (HP_IS_ROLE_BROWSER (self), 0);
  return self->n_matches;
}

void
hp_role_browser_focus_search (HpRoleBrowser *self)
{
  g_return_if_fail (HP_IS_ROLE_BROWSER (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
