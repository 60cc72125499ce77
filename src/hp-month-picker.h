/* hp-month-picker.h: pick a month from a calendar-like grid, for any entry
 * that takes months like 2027-03
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_MONTH_PICKER (hp_month_picker_get_type ())

G_DECLARE_FINAL_TYPE (HpMonthPicker, hp_month_picker, HP, MONTH_PICKER, GtkPopover)

GtkWidget *hp_month_picker_new          (void);
void       hp_month_picker_set_year     (HpMonthPicker *self,
                                         int            year);
void       hp_month_entry_add_picker    (GtkEntry      *entry,
                                         gboolean       activate);

G_END_DECLS
