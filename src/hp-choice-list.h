/* hp-choice-list.h: a short list that answers the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HP_TYPE_CHOICE_LIST (hp_choice_list_get_type ())

G_DECLARE_FINAL_TYPE (HpChoiceList, hp_choice_list, HP, CHOICE_LIST, GtkPopover)

GtkWidget *hp_choice_list_new      (const char * const *names,
                                    guint               n_names,
                                    int                 selected,
                                    const char         *accessible_name);
int        hp_choice_list_get_selected (HpChoiceList   *self);
void       hp_choice_list_select   (HpChoiceList       *self,
                                    int                 index); /* and focus it */
/* Picks the next choice whose name starts with @text, any case. */
gboolean   hp_choice_list_type     (HpChoiceList       *self,
                                    const char         *text);

G_END_DECLS
