/* test-file-replace.c: the one way the project replaces a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "hp-file-replace.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hp-replace-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static char *
contents_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_symlink (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *target = g_build_filename (dir, "real.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *pointed = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.json", link), ==, 0);

  g_assert_true (hp_file_replace_contents (link, "new", 3, 0666, NULL, &error));
  g_assert_no_error (error);

  /* The link is still a link, to the same file, which has the new text. */
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  pointed = g_file_read_link (link, NULL);
  g_assert_cmpstr (pointed, ==, "real.json");
  text = contents_of (target);
  g_assert_cmpstr (text, ==, "new");
  g_assert_cmpuint (count_entries (dir), ==, 2);

  remove_dir (dir);
}

static void
test_mode_kept (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (hp_file_replace_contents (path, "new", 3, 0666, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);

  remove_dir (dir);
}

static void
test_new_mode (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *shared = g_build_filename (dir, "shared.csv", NULL);
  g_autofree char *private = g_build_filename (dir, "draft.json", NULL);
  g_autoptr(GError) error = NULL;
  mode_t old_umask = umask (022);
  GStatBuf st;

  g_assert_true (hp_file_replace_contents (shared, "a", 1, 0666, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hp_file_replace_contents (private, "b", 1, 0600, NULL, &error));
  g_assert_no_error (error);
  umask (old_umask);

  g_assert_cmpint (g_stat (shared, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0644);
  g_assert_cmpint (g_stat (private, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  remove_dir (dir);
}

static void
test_failure_keeps_old (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *link = g_build_filename (dir, "device.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  HpFileReplace *replace;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  /* Written, then given up: the old file as it was, no temporary left. */
  replace = hp_file_replace_begin (path, 0666, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (replace);
  g_assert_true (g_file_test (hp_file_replace_get_temp_path (replace), G_FILE_TEST_EXISTS));
  g_assert_true (hp_file_replace_write (replace, "half a pl", 9, &error));
  hp_file_replace_abort (replace);
  text = contents_of (path);
  g_assert_cmpstr (text, ==, "old");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  /* Not a regular file behind the link: refused, the link untouched. */
  g_assert_cmpint (symlink ("/dev/null", link), ==, 0);
  g_assert_false (hp_file_replace_contents (link, "x", 1, 0666, "Could not export", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_assert_cmpstr (error->message, ==, "Could not export: it is not a regular file");
  g_assert_cmpuint (count_entries (dir), ==, 2);
  g_clear_error (&error);

  /* A folder where the file should be. */
  g_assert_false (hp_file_replace_contents (dir, "x", 1, 0666, "Could not save", &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
  g_assert_cmpstr (error->message, ==, "Could not save: it is a folder");

  remove_dir (dir);
}

static void
test_folder_missing (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *missing = g_build_filename (dir, "gone", NULL);
  g_autofree char *path = g_build_filename (missing, "plan.json", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (hp_file_replace_contents (path, "x", 1, 0666, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  /* Names the file and the folder that is missing. */
  expected = g_strdup_printf ("Could not write “%s”: the folder “%s” does not exist", path, missing);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-replace/symlink", test_symlink);
  g_test_add_func ("/file-replace/mode-kept", test_mode_kept);
  g_test_add_func ("/file-replace/new-mode", test_new_mode);
  g_test_add_func ("/file-replace/failure-keeps-old", test_failure_keeps_old);
  g_test_add_func ("/file-replace/folder-missing", test_folder_missing);

  return g_test_run ();
}
