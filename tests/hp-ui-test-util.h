/* hp-ui-test-util.h: helpers for the UI tests under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-application.h"
#include "hp-document.h"
#include "hp-test-util.h"

G_BEGIN_DECLS

/* A data folder of the test's own (XDG_DATA_HOME), its drafts folder with
 * it, so that UI tests running at the same time never meet each other's
 * drafts; first thing in main(), before GLib reads the variable.  Remove
 * it with hp_test_remove_if_any() at the end. */
char          *hp_test_use_own_data_home (const char *name);
/* g_test_init() and GTK's: FALSE, the test skipped, when there is no
 * display (main() then returns 77, the skip status). */
gboolean       hp_test_init_ui           (int         *argc,
                                          char      ***argv);
HpApplication *hp_test_application_new   (void);
void           hp_test_iterate           (guint        ms);
gboolean       hp_test_wait_for          (gboolean   (*predicate) (gpointer),
                                          gpointer     data,
                                          guint        timeout_ms);
gboolean       hp_test_wait_until        (gboolean   (*predicate) (gpointer),
                                          gpointer     data,
                                          guint        timeout_ms);
/* Predicates for hp_test_wait_for() and hp_test_wait_until(). */
gboolean       hp_test_is_mapped         (gpointer     widget);
gboolean       hp_test_has_message_dialog (gpointer    unused);
/* The first message dialog shown (transient for @parent, any if NULL);
 * every message dialog closed. */
GtkMessageDialog *hp_test_find_message_dialog (GtkWindow *parent);
void           hp_test_close_message_dialogs (void);
GtkWidget     *hp_test_find_widget       (GtkWidget   *root,
                                          GType        type);
GtkLabel      *hp_test_find_shown_label  (GtkWidget   *root,
                                          const char  *text);
GtkLabel      *hp_test_wait_for_shown_label (GtkWidget *root,
                                             const char *text,
                                             guint      timeout_ms);
const char    *hp_test_window_page       (GtkWidget   *window);
/* The document's own asynchronous calls, waited for. */
gboolean       hp_test_document_save     (HpDocument  *document,
                                          GFile       *file,
                                          GError     **error);
gboolean       hp_test_document_load     (HpDocument  *document,
                                          GFile       *file,
                                          GError     **error);
gboolean       hp_test_document_save_draft (HpDocument *document,
                                          GError     **error);

G_END_DECLS
