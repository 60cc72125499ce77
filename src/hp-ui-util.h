/* hp-ui-util.h: small builders shared by the profile and comparison views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *hp_bullet_list_new       (const char * const *items);
GtkWidget *hp_paragraph_new         (const char         *text);
GtkWidget *hp_section_heading_new   (const char         *text);
GtkWidget *hp_chip_box_new          (const char * const *items,
                                     const char * const *highlight);
void       hp_box_remove_all        (GtkBox             *box);
void       hp_menu_button_suggest   (GtkMenuButton      *button);
void       hp_drop_down_name_button (GtkDropDown        *drop_down,
                                     const char         *name);
void       hp_dialog_dismiss        (GtkWindow          *dialog);

/* Called just before the popover is shown, its parent allocated: where it
 * points is set here. */
typedef void (*HpPopoverPrepareFunc) (GtkPopover *popover,
                                      GtkWidget  *parent);
void       hp_popover_popup_when_allocated (GtkPopover           *popover,
                                            HpPopoverPrepareFunc  prepare);

G_END_DECLS
