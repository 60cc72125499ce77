/* test-document-export.c: HpDocument's export in the background: the same
 * bytes as the writers on the main thread (CSV, JSON; a workbook's parts
 * but its date), the plan as it was when the export started, errors that
 * name the file, one export at a time, a cancelled export that leaves
 * nothing, and the main loop turning while a large workbook is written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "hp-document.h"
#include "hp-plan-file.h"
#include "hp-plan-xlsx.h"
#include "hp-test-util.h"
#include "hp-xlsx-private.h"

typedef struct
{
  char       *dir;
  HpCatalog  *catalog;
  HpDocument *document;
} Fixture;

static HpPlan *
make_plan (guint n)
{
  HpPlan *plan = hp_plan_new ();
  g_autoptr(GPtrArray) positions = g_ptr_array_new_with_free_func (g_object_unref);

  g_object_set (plan, "title", "Zürich Platform", NULL);
  for (guint i = 0; i < n; i++)
    {
      HpPosition *position = hp_position_new ();
      g_autofree char *title = g_strdup_printf ("Engineer, \"Team\" %u", i);

      hp_position_set_role_id (position, "backend-mid");
      hp_position_set_title (position, title);
      hp_position_set_count (position, 1 + i % 3);
      hp_position_set_annual_salary (position, 9000000 + 100 * (gint64) i);
      g_ptr_array_add (positions, position);
    }
  hp_plan_append_positions (plan, (HpPosition **) positions->pdata, positions->len);
  hp_plan_clear_history (plan);
  return plan;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *drafts = NULL;
  g_autoptr(HpPlan) plan = make_plan (GPOINTER_TO_UINT (data) != 0 ? GPOINTER_TO_UINT (data) : 40);

  f->dir = hp_test_make_temp_dir ("hp-export");
  f->catalog = hp_test_builtin_catalog ();
  drafts = g_build_filename (f->dir, "drafts", NULL);
  f->document = g_object_new (HP_TYPE_DOCUMENT, "catalog", f->catalog, "drafts-dir", drafts, NULL);
  hp_document_set_plan (f->document, plan, NULL);
  /* Drafts are not what these tests are about: an edit made during a slow
   * export (under a sanitizer a 20,000-position workbook takes longer than
   * the default three seconds) would start an autosave whose worker still
   * holds the document at tear-down. */
  hp_document_set_autosave_delay (f->document, 3600);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (f->document);
  g_object_unref (f->catalog);
  hp_test_remove_temp_dir (f->dir);
  g_free (f->dir);
}

static gboolean
export (Fixture         *f,
        const char      *path,
        HpExportFormat   format,
        char          ***notices,
        GError         **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  hp_document_export_async (f->document, file, format, NULL, hp_test_store_result_cb, &result);
  return hp_document_export_finish (f->document, hp_test_wait_result (&result), notices, error);
}

static char *
read_all (const char *path,
          gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, &error));
  g_assert_no_error (error);
  return contents;
}

/* The parts of a ZIP archive, by name, uncompressed: enough of the format
 * to read what libxlsxwriter writes (stored or deflated, zip64 sizes). */
static guint32
le32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static guint16
le16 (const guint8 *p)
{
  return (guint16) (p[0] | p[1] << 8);
}

static GBytes *
inflate_raw (const guint8 *data,
             gsize         length)
{
  g_autoptr(GZlibDecompressor) z = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW);
  g_autoptr(GInputStream) base = g_memory_input_stream_new_from_data (data, (gssize) length, NULL);
  g_autoptr(GInputStream) in = g_converter_input_stream_new (base, G_CONVERTER (z));
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_output_stream_splice (out, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, &error);
  g_assert_no_error (error);
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static GHashTable *
zip_parts (const char *path)
{
  gsize length = 0;
  g_autofree guint8 *zip = (guint8 *) read_all (path, &length);
  GHashTable *parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  gssize eocd = -1;
  guint32 entry;

  g_assert_cmpuint (length, >, 22);
  g_assert_cmpmem (zip, 4, "PK\x03\x04", 4);
  for (gssize i = (gssize) length - 22; i >= 0 && eocd < 0; i--)
    if (le32 (zip + i) == 0x06054b50)
      eocd = i;
  g_assert_cmpint (eocd, >=, 0);

  entry = le32 (zip + eocd + 16);
  for (guint16 n = le16 (zip + eocd + 10); n > 0; n--)
    {
      const guint8 *c = zip + entry;
      guint16 method = le16 (c + 10);
      guint64 csize = le32 (c + 20), usize = le32 (c + 24), offset = le32 (c + 42);
      guint16 name_len = le16 (c + 28), extra_len = le16 (c + 30), comment_len = le16 (c + 32);
      const guint8 *extra = c + 46 + name_len;
      const guint8 *local, *data;

      g_assert_cmphex (le32 (c), ==, 0x02014b50);
      /* zip64: the sizes and offset that did not fit, in this order */
      for (guint e = 0; e + 4 <= extra_len; e += 4u + le16 (extra + e + 2))
        if (le16 (extra + e) == 0x0001)
          {
            const guint8 *v = extra + e + 4;
            if (usize == 0xFFFFFFFF) { usize = le32 (v) | (guint64) le32 (v + 4) << 32; v += 8; }
            if (csize == 0xFFFFFFFF) { csize = le32 (v) | (guint64) le32 (v + 4) << 32; v += 8; }
            if (offset == 0xFFFFFFFF) { offset = le32 (v) | (guint64) le32 (v + 4) << 32; }
          }
      g_assert_cmpuint (offset + 30, <=, length);
      local = zip + offset;
      g_assert_cmphex (le32 (local), ==, 0x04034b50);
      data = local + 30 + le16 (local + 26) + le16 (local + 28);
      g_assert_cmpuint ((gsize) (data - zip) + csize, <=, length);

      g_assert_true (method == 0 || method == 8);
      g_hash_table_insert (parts, g_strndup ((const char *) c + 46, name_len),
                           method == 0 ? g_bytes_new (data, csize) : inflate_raw (data, csize));
      entry += 46u + name_len + extra_len + comment_len;
    }

  return parts;
}

static char *
without_generated_at (char  *json,
                      gsize *length)
{
  g_autoptr(GRegex) regex = g_regex_new ("\"generated_at\": \"[^\"]*\"", 0, 0, NULL);
  g_autofree char *owned = json;
  g_autoptr(GMatchInfo) match = NULL;
  char *result;

  /* There, once, in both. */
  g_assert_true (g_regex_match (regex, owned, 0, &match));
  result = g_regex_replace_literal (regex, owned, -1, 0, "\"generated_at\": \"\"", 0, NULL);
  *length = strlen (result);
  return result;
}

/* CSV and JSON: the very bytes the writers give on the main thread. */
static void
test_same_bytes (Fixture       *f,
                 gconstpointer  data)
{
  HpPlan *plan = hp_document_get_plan (f->document);
  g_autofree char *csv_path = g_build_filename (f->dir, "team.csv", NULL);
  g_autofree char *json_path = g_build_filename (f->dir, "team.json", NULL);
  g_autofree char *json_sync_path = g_build_filename (f->dir, "team-sync.json", NULL);
  g_autofree char *csv = NULL, *csv_sync = NULL, *json = NULL, *json_sync = NULL;
  gsize csv_len = 0, csv_sync_len = 0, json_len = 0, json_sync_len = 0;
  g_auto(GStrv) notices = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (export (f, csv_path, HP_EXPORT_CSV, &notices, &error));
  g_assert_no_error (error);
  g_assert_null (notices);
  csv = read_all (csv_path, &csv_len);
  csv_sync = hp_plan_to_csv_full (plan, f->catalog, HP_CSV_BOM, &csv_sync_len);
  g_assert_cmpmem (csv, csv_len, csv_sync, csv_sync_len);
  g_assert_nonnull (strstr (csv, "\"Engineer, \"\"Team\"\" 39\""));

  g_assert_true (export (f, json_path, HP_EXPORT_JSON, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hp_plan_write_file (plan, f->catalog, json_sync_path, &error));
  g_assert_no_error (error);
  /* The same bytes, but the time each was written at. */
  json = without_generated_at (read_all (json_path, &json_len), &json_len);
  json_sync = without_generated_at (read_all (json_sync_path, &json_sync_len), &json_sync_len);
  g_assert_cmpmem (json, json_len, json_sync, json_sync_len);

  /* An export is not a save. */
  g_assert_null (hp_document_get_file (f->document));
  g_assert_false (hp_document_get_exporting (f->document));
}

/* A workbook: its sheets, and every part as the writer on the main thread
 * makes it but the document properties (they hold the time). */
static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  HpPlan *plan = hp_document_get_plan (f->document);
  g_autofree char *path = g_build_filename (f->dir, "team.xlsx", NULL);
  g_autofree char *sync_path = g_build_filename (f->dir, "team-sync.xlsx", NULL);
  g_autoptr(GHashTable) parts = NULL;
  g_autoptr(GHashTable) sync_parts = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *workbook;
  GHashTableIter iter;
  gpointer key, value;

  g_assert_true (export (f, path, HP_EXPORT_XLSX, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hp_plan_write_xlsx (plan, f->catalog, sync_path, NULL, &error));
  g_assert_no_error (error);

  parts = zip_parts (path);
  sync_parts = zip_parts (sync_path);
  workbook = g_hash_table_lookup (parts, "xl/workbook.xml");
  g_assert_nonnull (workbook);
  {
    g_autofree char *xml = g_strndup (g_bytes_get_data (workbook, NULL), g_bytes_get_size (workbook));

    g_assert_nonnull (strstr (xml, "<sheet name=\"Summary\""));
    g_assert_nonnull (strstr (xml, "<sheet name=\"Positions\""));
    g_assert_nonnull (strstr (xml, "<sheet name=\"Months\""));
    g_assert_null (strstr (xml, "<sheet name=\"Scenarios\""));
  }
  g_assert_nonnull (g_hash_table_lookup (parts, "xl/worksheets/sheet2.xml"));

  g_assert_cmpuint (g_hash_table_size (parts), ==, g_hash_table_size (sync_parts));
  g_hash_table_iter_init (&iter, sync_parts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GBytes *part = g_hash_table_lookup (parts, key);

      g_assert_nonnull (part);
      if (!g_str_equal (key, "docProps/core.xml"))
        {
          g_test_message ("comparing %s", (const char *) key);
          g_assert_true (g_bytes_equal (part, value));
        }
    }
}

/* Edits made once the export has started are not in the file; the
 * window's plan keeps them. */
static void
test_snapshot_at_start (Fixture       *f,
                        gconstpointer  data)
{
  HpPlan *plan = hp_document_get_plan (f->document);
  g_autofree char *path = g_build_filename (f->dir, "team.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  gsize length = 0;

  hp_document_export_async (f->document, file, HP_EXPORT_CSV, NULL, hp_test_store_result_cb, &result);
  g_assert_true (hp_document_get_exporting (f->document));
  hp_plan_edit (plan, "title", "Renamed Plan", NULL);
  hp_plan_edit_position (plan, hp_plan_get_position (plan, 0), "title", "Edited After The Start", NULL);
  g_assert_true (hp_document_get_dirty (f->document));
  g_assert_true (hp_document_export_finish (f->document, hp_test_wait_result (&result), NULL, &error));
  g_assert_no_error (error);

  csv = read_all (path, &length);
  g_assert_null (strstr (csv, "Edited After The Start"));
  g_assert_nonnull (strstr (csv, "Engineer, \"\"Team\"\" 0\""));
  g_assert_cmpstr (hp_position_get_title (hp_plan_get_position (plan, 0)), ==, "Edited After The Start");
  g_assert_true (hp_document_get_dirty (f->document));
}

/* A file that cannot be written: the error names it, in every format, and
 * nothing is left behind. */
static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  static const HpExportFormat formats[] = { HP_EXPORT_XLSX, HP_EXPORT_CSV, HP_EXPORT_JSON };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "team.out", NULL);
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) notices = NULL;

      g_assert_false (export (f, path, formats[i], &notices, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_null (notices);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_false (hp_document_get_exporting (f->document));
    }
}

/* A stopped export: team.xlsx still holds "old", and no temporary file is
 * left beside it. */
static void
assert_old_workbook_kept (Fixture    *f,
                          const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GDir) dir = NULL;

  contents = read_all (path, &length);
  g_assert_cmpmem (contents, length, "old", 3);
  dir = g_dir_open (f->dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    g_assert_true (g_str_equal (name, "team.xlsx") || g_str_equal (name, "drafts"));
}

/* One at a time; a cancelled export writes nothing and keeps the old
 * file. */
static void
test_one_at_a_time_and_cancel (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "team.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) first = NULL;
  g_autoptr(GAsyncResult) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "old", 3, &error));
  hp_document_export_async (f->document, file, HP_EXPORT_XLSX, cancellable, hp_test_store_result_cb, &first);
  hp_document_export_async (f->document, file, HP_EXPORT_CSV, NULL, hp_test_store_result_cb, &second);
  g_assert_false (hp_document_export_finish (f->document, hp_test_wait_result (&second), NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PENDING);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_assert_false (hp_document_export_finish (f->document, hp_test_wait_result (&first), NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (hp_document_get_exporting (f->document));

  assert_old_workbook_kept (f, path);
}

/* The workbook writer stopped between rows (as the worker stops it):
 * nothing written, the old file kept, no temporary file left. */
static void
test_xlsx_writer_cancelled (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "team.xlsx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  HpXlsxOptions options = { .cancellable = cancellable };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) notices = NULL;

  g_assert_true (g_file_set_contents (path, "old", 3, &error));
  g_cancellable_cancel (cancellable);
  g_assert_false (hp_plan_write_xlsx_full (hp_document_get_plan (f->document), f->catalog, path, &options,
                                           &notices, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (notices);

  assert_old_workbook_kept (f, path);
}

/* A large workbook is written while the main loop keeps turning, and an
 * edit made while it is written is not in it. */
static void
test_large_xlsx (Fixture       *f,
                 gconstpointer  data)
{
  HpPlan *plan = hp_document_get_plan (f->document);
  guint n = hp_plan_get_n_positions (plan);
  g_autofree char *path = g_build_filename (f->dir, "large.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) parts = NULL;
  g_autofree char *sheet = NULL;
  GBytes *positions;
  HpTestTicker ticker;
  guint tick_id;

  tick_id = hp_test_ticker_start (&ticker);
  hp_document_export_async (f->document, file, HP_EXPORT_XLSX, NULL, hp_test_store_result_cb, &result);
  /* Edited while it is copied or written: the copy either starts again
   * (and holds the edit whole) or is whole already (and holds none). */
  while (hp_document_get_exporting (f->document) && ticker.ticks < 5)
    g_main_context_iteration (NULL, TRUE);
  hp_plan_edit_position (plan, hp_plan_get_position (plan, n - 1), "title", "Edited While Exporting", NULL);
  g_assert_true (hp_document_export_finish (f->document, hp_test_wait_result (&result), NULL, &error));
  g_assert_no_error (error);
  g_source_remove (tick_id);

  g_test_message ("exporting %u positions: the main loop turned %u times, its longest stall %.1f ms",
                  n, ticker.ticks, ticker.longest / 1000.0);
  /* Not a timing: a workbook written on the main thread turns it once. */
  g_assert_cmpuint (ticker.ticks, >, 10);

  parts = zip_parts (path);
  positions = g_hash_table_lookup (parts, "xl/worksheets/sheet2.xml");
  g_assert_nonnull (positions);
  sheet = g_strndup (g_bytes_get_data (positions, NULL), g_bytes_get_size (positions));
  {
    g_autofree char *last = g_strdup_printf ("Engineer, &quot;Team&quot; %u<", n - 1);
    gboolean has_old = strstr (sheet, last) != NULL;
    gboolean has_new = strstr (sheet, "Edited While Exporting") != NULL;

    /* The inline strings of constant-memory mode: one or the other. */
    g_assert_true (has_old != has_new);
  }
}

int
main (int   argc,
      char *argv[])
{
  guint large = g_getenv ("HP_TEST_UNDER_VALGRIND") != NULL ? 2000 : 20000;

  g_test_init (&argc, &argv, NULL);

#define ADD(name, n, func) \
  g_test_add (name, Fixture, GUINT_TO_POINTER (n), fixture_set_up, func, fixture_tear_down)
  ADD ("/document-export/same-bytes", 0, test_same_bytes);
  ADD ("/document-export/xlsx", 0, test_xlsx);
  ADD ("/document-export/snapshot-at-start", 0, test_snapshot_at_start);
  ADD ("/document-export/unwritable", 0, test_unwritable);
  /* Large enough that the cancel comes while the plan is being copied. */
  ADD ("/document-export/one-at-a-time-and-cancel", large, test_one_at_a_time_and_cancel);
  ADD ("/document-export/xlsx-writer-cancelled", 0, test_xlsx_writer_cancelled);
  ADD ("/document-export/large-xlsx", large, test_large_xlsx);
#undef ADD

  return g_test_run ();
}
