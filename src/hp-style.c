/* hp-style.c
 *
 * GTK 4.8 without libadwaita does not follow the desktop's dark style by
 * itself.  The desktop says what it prefers through the settings portal
 * (org.freedesktop.appearance color-scheme: 1 prefers dark); this reads it,
 * asynchronously so that start-up never waits, and follows its changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "hp-style"

#include "config.h"

#include "hp-style.h"

#define PORTAL_BUS_NAME   "org.freedesktop.portal.Desktop"
#define PORTAL_PATH       "/org/freedesktop/portal/desktop"
#define SETTINGS_IFACE    "org.freedesktop.portal.Settings"
#define APPEARANCE        "org.freedesktop.appearance"

static GDBusProxy *portal;

void
hp_style_apply_color_scheme (guint32 scheme)
{
  GtkSettings *settings = gtk_settings_get_default ();

  if (settings != NULL)
    g_object_set (settings, "gtk-application-prefer-dark-theme", scheme == 1, NULL);
}

/* Read() wraps the value in one or two variants, depending on the portal. */
static guint32
unwrap_scheme (GVariant *value)
{
  g_autoptr(GVariant) inner = g_variant_ref (value);

  while (g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *next = g_variant_get_variant (inner);
      g_variant_unref (inner);
      inner = next;
    }

  return g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32) ? g_variant_get_uint32 (inner) : 0;
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GVariant) reply = g_dbus_proxy_call_finish (G_DBUS_PROXY (source), result, NULL);
  g_autoptr(GVariant) value = NULL;

  if (reply == NULL)
    return; /* no portal: keep the default style */

  g_variant_get (reply, "(v)", &value);
  hp_style_apply_color_scheme (unwrap_scheme (value));
}

static void
setting_changed_cb (GDBusProxy *proxy,
                    const char *sender,
                    const char *signal,
                    GVariant   *parameters,
                    gpointer    user_data)
{
  const char *ns, *key;
  g_autoptr(GVariant) value = NULL;

  if (!g_str_equal (signal, "SettingChanged"))
    return;

  g_variant_get (parameters, "(&s&sv)", &ns, &key, &value);
  if (g_str_equal (ns, APPEARANCE) && g_str_equal (key, "color-scheme"))
    hp_style_apply_color_scheme (unwrap_scheme (value));
}

static void
proxy_ready_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GVariant) params = NULL;

  portal = g_dbus_proxy_new_for_bus_finish (result, NULL);
  if (portal == NULL)
    return;

  g_signal_connect (portal, "g-signal", G_CALLBACK (setting_changed_cb), NULL);

  /* Held here, not floating: GLib 2.74 never frees floating arguments of
   * a call that gets no answer (no portal running). */
  params = g_variant_ref_sink (g_variant_new ("(ss)", APPEARANCE, "color-scheme"));
  g_dbus_proxy_call (portal, "Read", params,
                     G_DBUS_CALL_FLAGS_NO_AUTO_START, 2000, NULL, read_done_cb, NULL);
}

void
hp_style_follow_system (void)
{
  if (portal != NULL)
    return;

  g_dbus_proxy_new_for_bus (G_BUS_TYPE_SESSION,
                            G_DBUS_PROXY_FLAGS_DO_NOT_LOAD_PROPERTIES | G_DBUS_PROXY_FLAGS_DO_NOT_AUTO_START,
                            NULL, PORTAL_BUS_NAME, PORTAL_PATH, SETTINGS_IFACE,
                            NULL, proxy_ready_cb, NULL);
}
