/* bench-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <time.h>

#include "bench-util.h"
#include "hp-plan-file.h"

static double
clock_ms (clockid_t id)
{
  struct timespec ts;

  clock_gettime (id, &ts);
  return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

double
bench_now_ms (void)
{
  return clock_ms (CLOCK_MONOTONIC);
}

double
bench_thread_cpu_ms (void)
{
  return clock_ms (CLOCK_THREAD_CPUTIME_ID);
}

HpPlan *
bench_read_plan (const char *program,
                 const char *path)
{
  g_autoptr(GError) error = NULL;
  HpPlan *plan = hp_plan_read_file (path, NULL, &error);

  if (plan == NULL)
    {
      g_printerr ("%s: %s\n", program, error->message);
      return NULL;
    }
  printf ("positions %u\n", hp_plan_get_n_positions (plan));
  return plan;
}

int
bench_compare_double (gconstpointer a,
                      gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : (x > y ? 1 : 0);
}

void
bench_print_median (const char *name,
                    GArray     *values)
{
  g_array_sort (values, bench_compare_double);
  printf ("%s %.3f\n", name, g_array_index (values, double, values->len / 2));
}

void
bench_watch_start (BenchWatch *watch)
{
  *watch = (BenchWatch) { 0 };
  watch->start = bench_now_ms ();
}

void
bench_watch_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      data)
{
  BenchWatch *watch = data;

  watch->result = g_object_ref (result);
}

static gboolean
tick_cb (gpointer data)
{
  BenchWatch *watch = data;
  double t = bench_now_ms ();
  double cpu = bench_thread_cpu_ms ();

  watch->longest_busy = MAX (watch->longest_busy, cpu - watch->last_cpu);
  watch->last_cpu = cpu;

  watch->longest_gap = MAX (watch->longest_gap, t - watch->last_tick);
  watch->last_tick = t;
  watch->turns++;
  return G_SOURCE_CONTINUE;
}

void
bench_watch_run (BenchWatch *watch)
{
  guint tick;

  watch->last_tick = bench_now_ms ();
  watch->last_cpu = bench_thread_cpu_ms ();
  tick = g_timeout_add (1, tick_cb, watch);
  while (watch->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  /* The gap up to the end counts too. */
  tick_cb (watch);
  watch->elapsed = bench_now_ms () - watch->start;
}

void
bench_watch_clear (BenchWatch *watch)
{
  g_clear_object (&watch->result);
}

struct _BenchStalls
{
  GArray *elapsed;
  GArray *stall;
  GArray *busy;
  GArray *turns;
};

BenchStalls *
bench_stalls_new (void)
{
  BenchStalls *stalls = g_new0 (BenchStalls, 1);

  stalls->elapsed = g_array_new (FALSE, FALSE, sizeof (double));
  stalls->stall = g_array_new (FALSE, FALSE, sizeof (double));
  stalls->busy = g_array_new (FALSE, FALSE, sizeof (double));
  stalls->turns = g_array_new (FALSE, FALSE, sizeof (double));
  return stalls;
}

void
bench_stalls_free (BenchStalls *stalls)
{
  g_array_unref (stalls->elapsed);
  g_array_unref (stalls->stall);
  g_array_unref (stalls->busy);
  g_array_unref (stalls->turns);
  g_free (stalls);
}

void
bench_stalls_add (BenchStalls      *stalls,
                  const BenchWatch *watch)
{
  double turns = watch->turns;

  g_array_append_val (stalls->elapsed, watch->elapsed);
  g_array_append_val (stalls->stall, watch->longest_gap);
  g_array_append_val (stalls->busy, watch->longest_busy);
  g_array_append_val (stalls->turns, turns);
}

void
bench_stalls_print (BenchStalls *stalls,
                    const char  *prefix)
{
  static const char *const suffixes[] = {
    "ms", "longest-stall-ms", "longest-busy-ms", "loop-turns",
  };
  GArray *arrays[] = { stalls->elapsed, stalls->stall, stalls->busy, stalls->turns };

  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s", prefix, suffixes[i]);

      bench_print_median (name, arrays[i]);
    }
}
