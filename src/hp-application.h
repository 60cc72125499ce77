/* hp-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-catalog.h"

G_BEGIN_DECLS

#define HP_TYPE_APPLICATION (hp_application_get_type ())

G_DECLARE_FINAL_TYPE (HpApplication, hp_application, HP, APPLICATION, GtkApplication)

HpApplication *hp_application_new         (void);
HpCatalog     *hp_application_get_catalog (HpApplication *self);
GSettings     *hp_application_get_settings (HpApplication *self);

G_END_DECLS
