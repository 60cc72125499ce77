/* bench-plan.c: what a plan costs to open, total, edit, save and export
 *
 *   bench-plan [--repeat R] [--edits K] [--tsv FILE] PLAN.json...
 *
 * Every step runs in a child process of its own, R times (the median is
 * reported), so that the peaks of memory are the step's own: the child
 * sets up what the step needs (opening the plan, untimed), then resets its
 * high-water mark (/proc/self/clear_refs) and runs the step alone.  In the
 * same run, on the same file, the references: `jq '.positions | length'`
 * (wall time, and its peak from wait4()), json-glib's parser alone, and
 * the reader this program had before (the strict checker, then json-glib's
 * tree, then the fields).
 *
 * Timings are printed, never judged: benchmarks are not tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "bench-util.h"
#include "hp-catalog.h"
#include "hp-plan-file.h"
#include "hp-plan-file-private.h"
#include "hp-plan-xlsx.h"
#include "hp-summary-tracker.h"

typedef enum
{
  STEP_OPEN,
  STEP_RECOMPUTE,
  STEP_EDIT,
  STEP_SAVE,
  STEP_CSV,
  STEP_XLSX,
  STEP_JSON_GLIB,
  STEP_OLD_READER,
  STEP_JQ,
  N_STEPS
} Step;

static const char * const step_names[N_STEPS] = {
  "open (read, validate, build, summary)",
  "recompute the whole summary",
  "one edit, every total up to date",
  "save (JSON, fsync, rename)",
  "export CSV (write, fsync)",
  "export XLSX (constant memory, fsync, rename)",
  "json-glib parser alone",
  "previous reader (checker + json-glib tree)",
  "jq '.positions | length'",
};

typedef struct
{
  double  seconds;     /* the step; for edits the median of K */
  double  worst;       /* edits: the slowest of K */
  gint64  peak_kb;     /* the step's high-water mark of resident memory */
  gint64  n_positions;
  gint64  out_bytes;
} Sample;

static guint repeat = 3;
static guint n_edits = 200;

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

static gint64
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  if (line == NULL)
    return -1;
  return g_ascii_strtoll (line + strlen (field), NULL, 10);
}

/* From here on, the high-water mark counts from what is resident now. */
static gboolean
reset_peak (void)
{
  int fd = open ("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = write (fd, "5", 1) == 1;
  close (fd);
  return ok;
}

static HpCatalog *
catalog_new (void)
{
  HpCatalog *catalog = hp_catalog_new ();

  if (!hp_catalog_add_builtin (catalog, NULL))
    g_error ("the built-in catalog could not be read");
  return catalog;
}

static HpPlan *
open_plan (const char *path)
{
  g_autoptr(GError) error = NULL;
  HpPlan *plan = hp_plan_read_file (path, NULL, &error);

  if (plan == NULL)
    g_error ("%s", error->message);
  return plan;
}

/* In the child: sets up, resets the peak, runs the step. */
static Sample
run_step (Step        step,
          const char *path,
          const char *scratch)
{
  g_autoptr(HpCatalog) catalog = catalog_new ();
  g_autoptr(HpPlan) plan = NULL;
  g_autoptr(HpSummaryTracker) tracker = NULL;
  g_autoptr(GError) error = NULL;
  Sample sample = { 0 };
  double t0;

  if (step != STEP_OPEN && step != STEP_JSON_GLIB && step != STEP_OLD_READER)
    {
      plan = open_plan (path);
      sample.n_positions = hp_plan_get_n_positions (plan);
    }
  if (step == STEP_EDIT)
    {
      tracker = hp_summary_tracker_new (plan, catalog);
      hp_summary_tracker_get_summary (tracker);
    }

  if (!reset_peak ())
    g_printerr ("bench-plan: cannot reset the peak of memory: peaks include the set-up\n");

  t0 = now ();
  switch (step)
    {
    case STEP_OPEN:
      /* What the app does: read the file, then the view's summary. */
      plan = open_plan (path);
      tracker = hp_summary_tracker_new (plan, catalog);
      hp_summary_tracker_get_summary (tracker);
      sample.n_positions = hp_plan_get_n_positions (plan);
      break;

    case STEP_RECOMPUTE:
      {
        g_autoptr(HpSummary) summary = hp_summary_compute (plan, catalog);
        sample.out_bytes = summary->warnings->len;
      }
      break;

    case STEP_EDIT:
      {
        g_autoptr(GRand) rand = g_rand_new_with_seed (7);
        g_autofree double *times = g_new0 (double, n_edits);
        guint n = hp_plan_get_n_positions (plan);

        for (guint i = 0; i < n_edits; i++)
          {
            HpPosition *p = hp_plan_get_position (plan, (guint) g_rand_int_range (rand, 0, (gint32) n));
            double t;

            t = now ();
            switch (i % 3)
              {
              case 0:
                hp_plan_type_position (plan, p, "annual-salary",
                                       hp_position_get_annual_salary (p) + 100 * (gint64) (i + 1), NULL);
                break;
              case 1:
                hp_plan_edit_position (plan, p, "count", (guint) (hp_position_get_count (p) % 5 + 1), NULL);
                break;
              default:
                hp_plan_edit_position (plan, p, "start", (int) (hp_position_get_start (p) + 1), NULL);
                break;
              }
            hp_summary_tracker_get_summary (tracker);
            times[i] = now () - t;
          }

        qsort (times, n_edits, sizeof (double), bench_compare_double);
        sample.seconds = times[n_edits / 2];
        sample.worst = times[n_edits - 1];
      }
      break;

    case STEP_SAVE:
      if (!hp_plan_write_file (plan, catalog, scratch, &error))
        g_error ("%s", error->message);
      break;

    case STEP_CSV:
      {
        gsize length = 0;
        g_autofree char *text = hp_plan_to_csv (plan, catalog, &length);

        /* As the window exports. */
        if (!g_file_set_contents_full (scratch, text, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT, 0644,
                                       &error))
          g_error ("%s", error->message);
      }
      break;

    case STEP_XLSX:
      if (!hp_plan_write_xlsx (plan, catalog, scratch, NULL, &error))
        g_error ("%s", error->message);
      break;

    case STEP_JSON_GLIB:
      {
        g_autoptr(JsonParser) parser = json_parser_new_immutable ();

        if (!json_parser_load_from_mapped_file (parser, path, &error))
          g_error ("%s", error->message);
        sample.n_positions = json_array_get_length (json_object_get_array_member (
                                                      json_node_get_object (json_parser_get_root (parser)),
                                                      "positions"));
      }
      break;

    case STEP_OLD_READER:
      {
        g_autofree char *contents = NULL;
        gsize length = 0;

        if (!g_file_get_contents (path, &contents, &length, &error))
          g_error ("%s", error->message);
        plan = hp_plan_read_tree (contents, length, path, NULL, &error);
        if (plan == NULL)
          g_error ("%s", error->message);
        sample.n_positions = hp_plan_get_n_positions (plan);
      }
      break;

    case STEP_JQ:
    case N_STEPS:
    default:
      g_assert_not_reached ();
    }

  if (step != STEP_EDIT)
    sample.seconds = now () - t0;
  sample.peak_kb = status_kb ("VmHWM:");

  if (step == STEP_SAVE || step == STEP_CSV || step == STEP_XLSX)
    {
      GStatBuf st;
      if (g_stat (scratch, &st) == 0)
        sample.out_bytes = st.st_size;
    }

  return sample;
}

static Sample
run_jq (const char *path)
{
  Sample sample = { 0 };
  struct rusage usage;
  int status = 0;
  double t0 = now ();
  pid_t pid = fork ();

  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);
      dup2 (null, STDOUT_FILENO);
      execlp ("jq", "jq", ".positions | length", path, (char *) NULL);
      _exit (127);
    }

  if (wait4 (pid, &status, 0, &usage) < 0)
    g_error ("wait4: %s", g_strerror (errno));
  sample.seconds = now () - t0;
  sample.peak_kb = usage.ru_maxrss;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    sample.seconds = -1;

  return sample;
}

/* One sample of a step, in a child of its own. */
static Sample
sample_step (Step        step,
             const char *path,
             const char *scratch)
{
  Sample sample = { 0 };
  int fds[2];
  pid_t pid;
  int status = 0;

  if (step == STEP_JQ)
    return run_jq (path);

  if (pipe (fds) != 0)
    g_error ("pipe: %s", g_strerror (errno));

  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));
  if (pid == 0)
    {
      Sample child;

      close (fds[0]);
      child = run_step (step, path, scratch);
      if (write (fds[1], &child, sizeof child) != sizeof child)
        _exit (1);
      _exit (0);
    }

  close (fds[1]);
  if (read (fds[0], &sample, sizeof sample) != sizeof sample)
    sample.seconds = -1;
  close (fds[0]);
  waitpid (pid, &status, 0);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    sample.seconds = -1;

  return sample;
}

static int
compare_samples (gconstpointer a,
                 gconstpointer b)
{
  return bench_compare_double (&((const Sample *) a)->seconds, &((const Sample *) b)->seconds);
}

static Sample
median_step (Step        step,
             const char *path,
             const char *scratch)
{
  g_autofree Sample *samples = g_new0 (Sample, repeat);
  Sample median;
  gint64 peak = 0;

  for (guint i = 0; i < repeat; i++)
    {
      samples[i] = sample_step (step, path, scratch);
      peak = MAX (peak, samples[i].peak_kb);
    }
  qsort (samples, repeat, sizeof (Sample), compare_samples);
  median = samples[repeat / 2];
  median.peak_kb = peak;   /* the highest of the runs: a peak is a peak */

  return median;
}

static char *
format_time (double seconds)
{
  if (seconds < 0)
    return g_strdup ("failed");
  if (seconds < 1e-3)
    return g_strdup_printf ("%.1f µs", seconds * 1e6);
  if (seconds < 1.0)
    return g_strdup_printf ("%.1f ms", seconds * 1e3);
  return g_strdup_printf ("%.2f s", seconds);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("PLAN.json...");
  g_autoptr(GError) error = NULL;
  g_autofree char *tsv_path = NULL;
  g_autofree char *scratch_dir = NULL;
  g_autoptr(GString) tsv = g_string_new ("file\tpositions\tfile_bytes\tstep\tseconds\tworst_seconds\tpeak_kb\tout_bytes\n");
  int repeat_arg = 3, edits_arg = 200;
  GOptionEntry entries[] = {
    { "repeat", 'r', 0, G_OPTION_ARG_INT, &repeat_arg, "Samples of each step (the median is reported)", "R" },
    { "edits", 'e', 0, G_OPTION_ARG_INT, &edits_arg, "Edits timed one by one", "K" },
    { "tsv", 0, 0, G_OPTION_ARG_FILENAME, &tsv_path, "Also write every figure to FILE", "FILE" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("bench-plan: %s\n", error != NULL ? error->message : "no plan files given");
      return 2;
    }
  repeat = (guint) MAX (repeat_arg, 1);
  n_edits = (guint) MAX (edits_arg, 1);

  scratch_dir = g_dir_make_tmp ("hp-bench-XXXXXX", &error);
  if (scratch_dir == NULL)
    g_error ("%s", error->message);

  for (int f = 1; f < argc; f++)
    {
      const char *path = argv[f];
      g_autofree char *scratch = g_build_filename (scratch_dir, "out", NULL);
      Sample results[N_STEPS];
      GStatBuf st;
      gint64 n = 0;

      if (g_stat (path, &st) != 0)
        g_error ("%s: %s", path, g_strerror (errno));

      for (int s = 0; s < N_STEPS; s++)
        {
          results[s] = median_step ((Step) s, path, scratch);
          n = MAX (n, results[s].n_positions);
          g_unlink (scratch);
        }

      printf ("\n%s: %" G_GINT64_FORMAT " positions, %.1f MB\n\n", path, n, (double) st.st_size / 1e6);
      printf ("| step | time | peak memory |\n|---|---:|---:|\n");
      for (int s = 0; s < N_STEPS; s++)
        {
          g_autofree char *t = format_time (results[s].seconds);
          g_autofree char *worst = format_time (results[s].worst);

          if (s == STEP_EDIT)
            printf ("| %s | %s (slowest of %u: %s) | %.1f MB |\n", step_names[s], t, n_edits, worst,
                     (double) results[s].peak_kb / 1024.0);
          else
            printf ("| %s | %s | %.1f MB |\n", step_names[s], t, (double) results[s].peak_kb / 1024.0);

          g_string_append_printf (tsv, "%s\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%d\t%.9f\t%.9f\t%" G_GINT64_FORMAT
                                  "\t%" G_GINT64_FORMAT "\n",
                                  path, n, (gint64) st.st_size, s, results[s].seconds, results[s].worst,
                                  results[s].peak_kb, results[s].out_bytes);
        }
    }

  g_rmdir (scratch_dir);

  if (tsv_path != NULL && !g_file_set_contents (tsv_path, tsv->str, (gssize) tsv->len, &error))
    g_error ("%s", error->message);

  return 0;
}
