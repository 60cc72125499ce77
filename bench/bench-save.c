/* bench-save.c: how long the main loop stalls while a plan is saved
 *
 *   bench-save [--repeat N] PLAN.json
 *
 * Opens PLAN.json into an HpDocument and, N times each (medians printed):
 *   save-sync         the save as the window used to make it, on the main
 *                     thread (hp_plan_write_file): the loop stalls for all
 *                     of it
 *   save-async        hp_document_save_async(): the longest gap between
 *                     two turns of a 1 ms timeout while it runs (in wall
 *                     time, and in the main thread's own CPU time: on a
 *                     busy machine the first includes other threads' and
 *                     processes' turns), the whole save's time and how
 *                     often the loop turned
 *   draft-sync        a draft (the autosave) written on the main thread
 *                     (hp_drafts_save), as before
 *   draft-async       hp_document_save_draft_async(), as the autosave runs
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
#include "hp-drafts.h"
#include "hp-plan-file.h"

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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("PLAN.json");
  int repeat = 3;
  GOptionEntry entries[] = {
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, "Samples of each", "N" },
    { NULL }
  };
  g_autofree char *dir = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *drafts_dir = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpDocument) document = NULL;
  g_autoptr(GArray) save_sync = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_time = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_stall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_turns = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_busy = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) draft_busy = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) draft_sync = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) draft_time = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) draft_stall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) draft_turns = g_array_new (FALSE, FALSE, sizeof (double));

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || repeat < 1)
    {
      g_printerr ("usage: bench-save [--repeat N] PLAN.json%s%s\n",
                  error != NULL ? ": " : "", error != NULL ? error->message : "");
      return 2;
    }

  plan = hp_plan_read_file (argv[1], NULL, &error);
  if (plan == NULL)
    {
      g_printerr ("bench-save: %s\n", error->message);
      return 1;
    }
  printf ("positions %u\n", hp_plan_get_n_positions (plan));

  dir = g_dir_make_tmp ("hp-bench-save-XXXXXX", &error);
  g_assert_no_error (error);
  target_path = g_build_filename (dir, "plan.json", NULL);
  drafts_dir = g_build_filename (dir, "drafts", NULL);
  target = g_file_new_for_path (target_path);
  document = g_object_new (HP_TYPE_DOCUMENT, "drafts-dir", drafts_dir, "autosave-delay", 3600, NULL);
  hp_document_set_plan (document, plan, target);

  for (int i = 0; i < repeat; i++)
    {
      g_autofree char *id = hp_draft_new_id ();
      g_autoptr(GDateTime) edited = g_date_time_new_now_utc ();
      Watch save = { 0 }, draft = { 0 };
      double t0, value;

      /* As before: everything on the main thread. */
      t0 = now_ms ();
      if (!hp_plan_write_file (plan, NULL, target_path, &error))
        g_error ("%s", error->message);
      value = now_ms () - t0;
      g_array_append_val (save_sync, value);

      t0 = now_ms ();
      if (!hp_drafts_save (drafts_dir, id, plan, NULL, edited, &error))
        g_error ("%s", error->message);
      value = now_ms () - t0;
      g_array_append_val (draft_sync, value);
      hp_drafts_remove (drafts_dir, id, NULL);

      /* In the background, as the window saves now. */
      hp_plan_edit (plan, "notes", i % 2 == 0 ? "edited" : "edited again", NULL);
      t0 = now_ms ();
      hp_document_save_async (document, NULL, NULL, done_cb, &save);
      watch_run (&save);
      value = now_ms () - t0;
      if (!hp_document_save_finish (document, save.result, &error))
        g_error ("%s", error->message);
      g_clear_object (&save.result);
      g_array_append_val (save_time, value);
      g_array_append_val (save_stall, save.longest_gap);
      g_array_append_val (save_busy, save.longest_busy);
      value = save.turns;
      g_array_append_val (save_turns, value);

      hp_plan_edit (plan, "notes", i % 2 == 0 ? "drafted" : "drafted again", NULL);
      t0 = now_ms ();
      hp_document_save_draft_async (document, NULL, done_cb, &draft);
      watch_run (&draft);
      value = now_ms () - t0;
      if (!hp_document_save_draft_finish (document, draft.result, &error))
        g_error ("%s", error->message);
      g_clear_object (&draft.result);
      g_array_append_val (draft_time, value);
      g_array_append_val (draft_stall, draft.longest_gap);
      g_array_append_val (draft_busy, draft.longest_busy);
      value = draft.turns;
      g_array_append_val (draft_turns, value);
    }

  print_median ("save-sync-stall-ms", save_sync);
  print_median ("save-async-ms", save_time);
  print_median ("save-async-longest-stall-ms", save_stall);
  print_median ("save-async-longest-busy-ms", save_busy);
  print_median ("save-async-loop-turns", save_turns);
  print_median ("draft-sync-stall-ms", draft_sync);
  print_median ("draft-async-ms", draft_time);
  print_median ("draft-async-longest-stall-ms", draft_stall);
  print_median ("draft-async-longest-busy-ms", draft_busy);
  print_median ("draft-async-loop-turns", draft_turns);

  hp_document_discard_draft (document);
  g_unlink (target_path);
  g_rmdir (drafts_dir);
  g_rmdir (dir);
  return 0;
}
