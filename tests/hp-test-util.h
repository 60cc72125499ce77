/* hp-test-util.h: what the core tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hp-catalog.h"
#include "hp-plan.h"

G_BEGIN_DECLS

/* Every field of the plan and its positions (every readable property,
 * extensions included), as text: equal texts mean equal plans.  The
 * history (can-undo, labels) is not part of it. */
char      *hp_test_plan_snapshot   (HpPlan     *plan);
void       hp_test_assert_plans_equal (HpPlan  *a,
                                       HpPlan  *b);

/* The six built-in back-end roles. */
HpCatalog *hp_test_builtin_catalog (void);

/* A fresh folder under the system's temporary folder, and its removal
 * with what it holds (files, FIFOs, folders): every removal must succeed,
 * as it must for a folder the test alone wrote into. */
char      *hp_test_make_temp_dir   (const char *prefix);
void       hp_test_remove_temp_dir (const char *dir);
/* A file or folder (with what it holds) removed if it is there, what
 * cannot be removed left: for a folder the application writes into too,
 * such as its drafts. */
void       hp_test_remove_if_any   (const char *path);
char      *hp_test_write_temp      (const char *dir,
                                    const char *name,
                                    const char *data,
                                    gssize      length);

/* An asynchronous call's result kept (@user_data: a GAsyncResult ** set
 * to NULL), and the main loop turned until it is there. */
void          hp_test_store_result_cb (GObject       *source,
                                       GAsyncResult  *result,
                                       gpointer       user_data);
GAsyncResult *hp_test_wait_result     (GAsyncResult **slot);

/* The main loop's turns while something runs: a 1 ms timeout counts them
 * and keeps the longest gap between two (µs). */
typedef struct
{
  gint64 last;
  gint64 longest;
  guint  ticks;
} HpTestTicker;

gboolean   hp_test_ticker_tick_cb  (gpointer    ticker);
guint      hp_test_ticker_start    (HpTestTicker *ticker);

G_END_DECLS
