/* bench-util.h: what the benchmarks share: clocks, medians, and the
 * main-loop stall watch of bench-save and bench-export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-plan.h"

G_BEGIN_DECLS

/* Wall time (monotonic), and the calling thread's own CPU time: a gap in
 * wall time that is not in the second is the machine's (other threads and
 * processes ran), not the code's. */
double bench_now_ms        (void);
double bench_thread_cpu_ms (void);

/* The plan in @path, its size printed as a "positions N" line; NULL, said
 * on the standard error after "@program: ", when it cannot be read. */
HpPlan *bench_read_plan    (const char *program,
                            const char *path);

/* Prints "NAME MEDIAN" (three decimals) on the standard output; sorts
 * @values. */
/* Two doubles in order, for qsort() and g_array_sort(). */
int    bench_compare_double (gconstpointer a,
                             gconstpointer b);
void   bench_print_median  (const char *name,
                            GArray     *values);

/* One asynchronous call, watched: bench_watch_start() before the call is
 * made (with bench_watch_done_cb and the watch as its callback and data),
 * then bench_watch_run() runs the main loop, with a 1 ms timeout ticking,
 * until the call is over.  The longest gap between two ticks in wall time
 * and in the main thread's own CPU time (the gap up to the end counts
 * too), how often the loop turned, and the whole call's time. */
typedef struct
{
  GAsyncResult *result;   /* owned, once the call is over */
  double        start;
  double        elapsed;
  double        last_cpu;
  double        longest_busy;
  double        last_tick;
  double        longest_gap;
  guint         turns;
} BenchWatch;

void   bench_watch_start   (BenchWatch   *watch);
void   bench_watch_done_cb (GObject      *source,
                            GAsyncResult *result,
                            gpointer      data);
void   bench_watch_run     (BenchWatch   *watch);
void   bench_watch_clear   (BenchWatch   *watch);

/* The figures of a watched call, one sample per run, and their medians
 * printed as "PREFIX-ms", "PREFIX-longest-stall-ms",
 * "PREFIX-longest-busy-ms" and "PREFIX-loop-turns" lines (build-aux/bench
 * reads them by these names). */
typedef struct _BenchStalls BenchStalls;

BenchStalls *bench_stalls_new   (void);
void         bench_stalls_free  (BenchStalls      *stalls);
void         bench_stalls_add   (BenchStalls      *stalls,
                                 const BenchWatch *watch);
void         bench_stalls_print (BenchStalls      *stalls,
                                 const char       *prefix);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BenchStalls, bench_stalls_free)

G_END_DECLS
