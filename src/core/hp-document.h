/* hp-document.h: a plan, the file it belongs to, and its drafts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-catalog.h"
#include "hp-drafts.h"
#include "hp-plan.h"

G_BEGIN_DECLS

#define HP_TYPE_DOCUMENT (hp_document_get_type ())

G_DECLARE_FINAL_TYPE (HpDocument, hp_document, HP, DOCUMENT, GObject)

/* What a window shows, apart from the window: the plan, its file, whether
 * it is saved, whether another program changed the file, and the drafts
 * autosaved a few seconds after the last edit.  Opening reads in a worker
 * thread; saving and autosaving copy the plan on the main thread in slices
 * of a few milliseconds and write it in a worker thread, so the main loop
 * never stops for long whatever the plan's size.
 *
 * Properties: "plan", "file", "title" (the plan's title, else the file's
 * name, else "Untitled Plan"), "dirty", "externally-modified", "loading"
 * and "progress", "saving", "exporting", "draft-id", "autosave-error" (the last
 * autosave's GError, NULL after one that worked), "autosave-delay"
 * (seconds; the default 3), and at construction "catalog" (nullable, read
 * only, also from the worker; it adds warnings to the saved summary) and
 * "drafts-dir" (default hp_drafts_get_dir()). */

HpDocument   *hp_document_new                     (HpCatalog            *catalog);

HpPlan       *hp_document_get_plan                (HpDocument           *self);
GFile        *hp_document_get_file                (HpDocument           *self);
const char   *hp_document_get_title               (HpDocument           *self);
gboolean      hp_document_get_dirty               (HpDocument           *self);
gboolean      hp_document_get_externally_modified (HpDocument           *self);
gboolean      hp_document_get_loading             (HpDocument           *self);
double        hp_document_get_progress            (HpDocument           *self);
gboolean      hp_document_get_saving              (HpDocument           *self);
gboolean      hp_document_get_exporting           (HpDocument           *self);
const char   *hp_document_get_draft_id            (HpDocument           *self);
const GError *hp_document_get_autosave_error      (HpDocument           *self);
int           hp_document_get_autosave_delay      (HpDocument           *self);
void          hp_document_set_autosave_delay      (HpDocument           *self,
                                                   int                   seconds);

/* A plan made in memory (a new plan, the sample) or read elsewhere becomes
 * the document, saved as it is; the previous draft is discarded. */
void          hp_document_set_plan                (HpDocument           *self,
                                                   HpPlan               *plan,
                                                   GFile                *file);

/* Reads @file in a worker thread; the plan changes only once the new one
 * has been read whole and found valid.  A load started before is
 * cancelled.  *out_notice: as hp_plan_read_file(). */
void          hp_document_load_async              (HpDocument           *self,
                                                   GFile                *file,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean      hp_document_load_finish             (HpDocument           *self,
                                                   GAsyncResult         *result,
                                                   char                **out_notice,
                                                   GError              **error);
void          hp_document_cancel_load             (HpDocument           *self);

/* Saves to @file (NULL: the document's own), which then becomes the
 * document's file; its draft goes.  One save at a time (G_IO_ERROR_PENDING
 * otherwise).  An edit made while the plan is copied starts the copy
 * again; one made while the copy is written stays unsaved. */
void          hp_document_save_async              (HpDocument           *self,
                                                   GFile                *file,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean      hp_document_save_finish             (HpDocument           *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);

/* The formats a plan is exported to. */
typedef enum
{
  HP_EXPORT_XLSX,   /* a workbook (hp-plan-xlsx.h) */
  HP_EXPORT_CSV,    /* CSV with a UTF-8 byte order mark, for a spreadsheet */
  HP_EXPORT_JSON,   /* the plan's own format, as saved */
} HpExportFormat;

/* The format of an export to @path: its extension (any case) decides,
 * then @choice ("xlsx", "csv", "json"; nullable), else a workbook. */
HpExportFormat hp_export_format_for_path          (const char           *path,
                                                   const char           *choice);

/* Exports the plan to @file (a local file) without stopping the main
 * loop: the plan is copied on the main thread in slices, as for a save
 * (the first slice at once, so a plan of a few thousand positions is
 * copied whole before this returns; an edit made while a larger one is
 * still being copied starts the copy again), and the copy is written in a
 * worker thread.  What the file holds is the plan as it was when the copy
 * was whole; later edits are not in it.  The document's file, its unsaved
 * mark and its drafts do not change.  One export at a time
 * (G_IO_ERROR_PENDING otherwise); "exporting" is TRUE meanwhile.
 * Cancelled, nothing is written (G_IO_ERROR_CANCELLED) and the file on
 * disk stays as it was; a workbook stops within a few hundred rows.
 * Errors name the file.  *out_notices: as hp_plan_write_xlsx(). */
void          hp_document_export_async            (HpDocument           *self,
                                                   GFile                *file,
                                                   HpExportFormat        format,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean      hp_document_export_finish           (HpDocument           *self,
                                                   GAsyncResult         *result,
                                                   char               ***out_notices,
                                                   GError              **error);

/* Writes a draft of the plan now (what the autosave does); sets or clears
 * "autosave-error". */
void          hp_document_save_draft_async        (HpDocument           *self,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean      hp_document_save_draft_finish       (HpDocument           *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
/* The changes are let go (or were saved): the draft is removed. */
void          hp_document_discard_draft           (HpDocument           *self);
/* A draft after a crash becomes the document: unsaved, still belonging to
 * its file, its draft kept until it is saved or discarded. */
gboolean      hp_document_restore_draft           (HpDocument           *self,
                                                   HpDraft              *draft,
                                                   GError              **error);

/* TRUE when the file on disk is no longer the one last read or written. */
gboolean      hp_document_changed_on_disk         (HpDocument           *self);
/* After "externally-modified": keep this version; it now differs from the
 * file, so it is unsaved. */
void          hp_document_keep_own_version        (HpDocument           *self);

G_END_DECLS
