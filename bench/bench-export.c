/* bench-export.c: how long the main loop stalls while a plan is exported
 *
 *   bench-export [--repeat N] [--format xlsx|csv|json] PLAN.json
 *
 * Opens PLAN.json into an HpDocument and, N times each (medians printed):
 *   export-sync       the export as the window used to make it, on the main
 *                     thread (hp_plan_write_xlsx and the like): the loop
 *                     stalls for all of it
 *   export-async      hp_document_export_async(): the longest gap between
 *                     two turns of a 1 ms timeout while it runs (in wall
 *                     time, and in the main thread's own CPU time: on a
 *                     busy machine the first includes other threads' and
 *                     processes' turns), the whole export's time and how
 *                     often the loop turned
 *
 * Everything is written into a temporary folder that is removed at the
 * end.  Every figure goes to the standard output as "name value" lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <time.h>
#include <glib/gstdio.h>

#include "hp-document.h"
#include "hp-file-replace.h"
#include "hp-plan-file.h"
#include "hp-plan-xlsx.h"

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

/* The main thread's own CPU time: a gap in wall time that is not in it is
 * the machine's (other threads and processes ran), not the code's. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

typedef struct
{
  GAsyncResult *result;
  double        last_cpu;
  double        longest_busy;
  double        last_tick;
  double        longest_gap;
  guint         turns;
} Watch;

static gboolean
tick_cb (gpointer data)
{
  Watch *watch = data;
  double t = now_ms ();
  double cpu = thread_cpu_ms ();

  watch->longest_busy = MAX (watch->longest_busy, cpu - watch->last_cpu);
  watch->last_cpu = cpu;

  watch->longest_gap = MAX (watch->longest_gap, t - watch->last_tick);
  watch->last_tick = t;
  watch->turns++;
  return G_SOURCE_CONTINUE;
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  Watch *watch = data;

  watch->result = g_object_ref (result);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_double);
  return g_array_index (values, double, values->len / 2);
}

static void
print_median (const char *name,
              GArray     *values)
{
  printf ("%s %.3f\n", name, median (values));
}

/* Runs the loop, with a 1 ms timeout ticking, until the save is over. */
static void
watch_run (Watch *watch)
{
  guint tick;

  watch->last_tick = now_ms ();
  watch->last_cpu = thread_cpu_ms ();
  tick = g_timeout_add (1, tick_cb, watch);
  while (watch->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  /* The gap up to the end counts too. */
  tick_cb (watch);
}

static gboolean
export_sync (HpPlan          *plan,
             HpExportFormat   format,
             const char      *path,
             GError         **error)
{
  switch (format)
    {
    case HP_EXPORT_CSV:
      {
        gsize length = 0;
        g_autofree char *text = hp_plan_to_csv_full (plan, NULL, HP_CSV_BOM, &length);

        return hp_file_replace_contents (path, text, length, 0666, NULL, error);
      }
    case HP_EXPORT_JSON:
      return hp_plan_write_file (plan, NULL, path, error);
    case HP_EXPORT_XLSX:
    default:
      return hp_plan_write_xlsx (plan, NULL, path, NULL, error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("PLAN.json");
  int repeat = 3;
  g_autofree char *format_name = NULL;
  GOptionEntry entries[] = {
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Samples of each", "N" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, "xlsx (default), csv or json", "FORMAT" },
    { NULL }
  };
  HpExportFormat format;
  g_autofree char *dir = NULL;
  g_autofree char *target_path = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpDocument) document = NULL;
  g_autoptr(GArray) sync_time = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) async_time = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) async_stall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) async_busy = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) async_turns = g_array_new (FALSE, FALSE, sizeof (double));

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || repeat < 1)
    {
      g_printerr ("usage: bench-export [--repeat N] [--format xlsx|csv|json] PLAN.json%s%s\n",
                  error != NULL ? ": " : "", error != NULL ? error->message : "");
      return 2;
    }
  format = hp_export_format_for_path (NULL, format_name);

  plan = hp_plan_read_file (argv[1], NULL, &error);
  if (plan == NULL)
    {
      g_printerr ("bench-export: %s\n", error->message);
      return 1;
    }
  printf ("positions %u\n", hp_plan_get_n_positions (plan));

  dir = g_dir_make_tmp ("hp-bench-export-XXXXXX", &error);
  g_assert_no_error (error);
  target_path = g_build_filename (dir, "export.out", NULL);
  target = g_file_new_for_path (target_path);
  document = g_object_new (HP_TYPE_DOCUMENT, "drafts-dir", dir, "autosave-delay", 3600, NULL);
  hp_document_set_plan (document, plan, NULL);

  for (int i = 0; i < repeat; i++)
    {
      Watch watch = { 0 };
      double t0, value;

      /* As before: everything on the main thread. */
      t0 = now_ms ();
      if (!export_sync (plan, format, target_path, &error))
        g_error ("%s", error->message);
      value = now_ms () - t0;
      g_array_append_val (sync_time, value);

      /* In the background, as the window exports now. */
      t0 = now_ms ();
      hp_document_export_async (document, target, format, NULL, done_cb, &watch);
      watch_run (&watch);
      value = now_ms () - t0;
      if (!hp_document_export_finish (document, watch.result, NULL, &error))
        g_error ("%s", error->message);
      g_clear_object (&watch.result);
      g_array_append_val (async_time, value);
      g_array_append_val (async_stall, watch.longest_gap);
      g_array_append_val (async_busy, watch.longest_busy);
      value = watch.turns;
      g_array_append_val (async_turns, value);
    }

  print_median ("export-sync-stall-ms", sync_time);
  print_median ("export-async-ms", async_time);
  print_median ("export-async-longest-stall-ms", async_stall);
  print_median ("export-async-longest-busy-ms", async_busy);
  print_median ("export-async-loop-turns", async_turns);

  g_unlink (target_path);
  g_rmdir (dir);
  return 0;
}
