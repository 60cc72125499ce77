/* fuzz-replay.c: runs a fuzz target's LLVMFuzzerTestOneInput on files
 *
 * The normal and the sanitizer builds have no libFuzzer: there each fuzz
 * target is linked with this main() instead and run, as a test, on its
 * seed corpus and on the inputs that once made it fail (tests/data/).
 * Arguments are files or folders; a folder stands for its files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
replay_file (const char *path,
             guint      *n_inputs)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);

  g_print ("%s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  (*n_inputs)++;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static void
replay (const char *path,
        guint      *n_inputs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      replay_file (path, n_inputs);
      return;
    }

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    g_error ("%s", error->message);

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    if (g_file_test (g_ptr_array_index (names, i), G_FILE_TEST_IS_REGULAR))
      replay_file (g_ptr_array_index (names, i), n_inputs);
}

int
main (int   argc,
      char *argv[])
{
  guint n_inputs = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE-OR-FOLDER...\n", argv[0]);
      return EXIT_FAILURE;
    }

  for (int i = 1; i < argc; i++)
    replay (argv[i], &n_inputs);

  if (n_inputs == 0)
    {
      g_printerr ("no input to replay\n");
      return EXIT_FAILURE;
    }

  g_print ("%u inputs replayed\n", n_inputs);
  return EXIT_SUCCESS;
}
