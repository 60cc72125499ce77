/* hp-file-replace.h: the one way the project replaces a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every file the project writes (plans, drafts, CSV, PDF, workbooks, and
 * whatever the command-line tool writes) is replaced the same way:
 *
 * - the new contents go to a temporary file beside the target, which is
 *   synced and then renamed over it, so a reader (or a crash) sees the old
 *   file or the new one, never a part;
 * - through a symbolic link the file it points to is replaced and the link
 *   is kept;
 * - an existing file keeps its permissions; a new one gets @new_mode less
 *   the umask;
 * - the folder is synced after the rename, so the rename itself survives a
 *   power cut;
 * - on any failure the temporary file is removed and the old file is
 *   untouched.
 *
 * Errors are G_FILE_ERROR, worded "PREFIX: reason", where PREFIX is
 * @error_prefix or, when NULL, "Could not write “NAME”". */
typedef struct _HpFileReplace HpFileReplace;

HpFileReplace *hp_file_replace_begin          (const char      *path,
                                               int              new_mode,
                                               const char      *error_prefix,
                                               GError         **error);
const char    *hp_file_replace_get_temp_path  (HpFileReplace   *replace);
int            hp_file_replace_get_fd         (HpFileReplace   *replace);
gboolean       hp_file_replace_write          (HpFileReplace   *replace,
                                               const void      *data,
                                               gsize            length,
                                               GError         **error);
gboolean       hp_file_replace_commit         (HpFileReplace   *replace,
                                               GError         **error);
void           hp_file_replace_abort          (HpFileReplace   *replace);

gboolean       hp_file_replace_contents       (const char      *path,
                                               const void      *data,
                                               gsize            length,
                                               int              new_mode,
                                               const char      *error_prefix,
                                               GError         **error);

void           hp_file_set_error_from_errno   (GError         **error,
                                               int              saved_errno,
                                               const char      *prefix);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpFileReplace, hp_file_replace_abort)

G_END_DECLS
