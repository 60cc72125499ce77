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

G_END_DECLS
