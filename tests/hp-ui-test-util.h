/* hp-ui-test-util.h: helpers for the UI tests under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hp-application.h"
#include "hp-document.h"

G_BEGIN_DECLS

HpApplication *hp_test_application_new   (void);
void           hp_test_iterate           (guint        ms);
gboolean       hp_test_wait_for          (gboolean   (*predicate) (gpointer),
                                          gpointer     data,
                                          guint        timeout_ms);
gboolean       hp_test_wait_until        (gboolean   (*predicate) (gpointer),
                                          gpointer     data,
                                          guint        timeout_ms);
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
