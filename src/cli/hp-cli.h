/* hp-cli.h: the pieces of the hiring-plan command-line tool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "hp-catalog.h"
#include "hp-plan.h"
#include "hp-scenario.h"

G_BEGIN_DECLS

#define HP_CLI_NAME "hiring-plan"

/* The exit status of the tool, as documented in its --help. */
typedef enum
{
  HP_CLI_OK      = 0,
  HP_CLI_INVALID = 1,   /* an invalid plan, validation problems, plans that do not merge */
  HP_CLI_USAGE   = 2,   /* an unknown command or option, a missing argument */
  HP_CLI_IO      = 3,   /* a file that cannot be read or written */
} HpCliStatus;

/* The subcommands: @argv[0] is the command's name. */
int             hp_cli_validate           (int          argc,
                                           char       **argv);
int             hp_cli_summary            (int          argc,
                                           char       **argv);
int             hp_cli_export             (int          argc,
                                           char       **argv);
int             hp_cli_merge              (int          argc,
                                           char       **argv);
int             hp_cli_roles              (int          argc,
                                           char       **argv);
int             hp_cli_scenarios          (int          argc,
                                           char       **argv);
int             hp_cli_diff               (int          argc,
                                           char       **argv);
int             hp_cli_fit_budget         (int          argc,
                                           char       **argv);

/* "hiring-plan: MESSAGE" on standard error, each line of MESSAGE prefixed. */
void            hp_cli_error              (const char  *format,
                                           ...) G_GNUC_PRINTF (1, 2);
/* "hiring-plan: warning: MESSAGE" on standard error. */
void            hp_cli_warning            (const char  *format,
                                           ...) G_GNUC_PRINTF (1, 2);
/* Prints the error and a hint at the command's help; returns HP_CLI_USAGE. */
int             hp_cli_usage_error        (const char  *command,
                                           const char  *format,
                                           ...) G_GNUC_PRINTF (2, 3);

#define HP_CLI_WRAP_WIDTH 79

/* @text with each line wrapped at HP_CLI_WRAP_WIDTH columns and indented by
 * @indent spaces; lines that start with a space are kept as they are. */
char           *hp_cli_wrap               (const char  *text,
                                           guint        indent);

/* A context whose usage line reads "hiring-plan COMMAND [OPTION…] PARAMETERS". */
GOptionContext *hp_cli_context_new        (const char         *command,
                                           const char         *parameters,
                                           const char         *summary,
                                           const char         *description,
                                           const GOptionEntry *entries);
/* FALSE, with the error printed, on a usage error. */
gboolean        hp_cli_parse              (GOptionContext     *context,
                                           const char         *command,
                                           int                *argc,
                                           char             ***argv);

/* "-" reads the standard input.  *out_display_name is the name in messages. */
HpPlan         *hp_cli_read_plan          (const char  *path,
                                           char       **out_display_name,
                                           char       **out_notice,
                                           GError     **error);
/* The same for a command that works on the plan: on failure prints the
 * problems on standard error and raises *status; prints a notice as a
 * warning.  @out_display_name is nullable. */
HpPlan         *hp_cli_load_plan          (const char  *path,
                                           char       **out_display_name,
                                           int         *status);
/* Every line of @message starts with "DISPLAY_NAME:". */
char           *hp_cli_prefix_lines       (const char  *message,
                                           const char  *display_name);
/* The plan of the scenario @scenario_id of @plan, or @plan itself (the
 * baseline) when @scenario_id is NULL; transfer none.  When the file has no
 * such scenario, prints so (naming the scenarios it has) and returns NULL
 * with *status set to HP_CLI_USAGE.  @out_scenario is nullable. */
HpPlan         *hp_cli_select_plan        (HpPlan      *plan,
                                           const char  *display_name,
                                           const char  *scenario_id,
                                           HpScenario **out_scenario,
                                           int         *status);
/* "+$1,200.00", "−$1,200.00", "$0.00"; "+2", "−1", "0". */
char           *hp_cli_format_money_delta (gint64       amount,
                                           const char  *currency);
char           *hp_cli_format_count_delta (gint64       value);

/* HP_CLI_IO for errors of files and streams, else HP_CLI_INVALID. */
int             hp_cli_status_for_error   (const GError *error);

/* The default catalog; its problems are printed as warnings. */
HpCatalog      *hp_cli_load_catalog       (void);

GDateTime      *hp_cli_parse_time         (const char  *text,
                                           GError     **error);

/* Writes to the standard output, or to @path ("-" or NULL: standard output)
 * atomically. */
gboolean        hp_cli_write_output       (const char  *path,
                                           const char  *data,
                                           gsize        length,
                                           GError     **error);

/* A text table: columns padded to their widest cell, in characters. */
typedef struct _HpCliTable HpCliTable;

HpCliTable     *hp_cli_table_new          (const char  *alignment); /* one 'l' or 'r' per column */
void            hp_cli_table_free         (HpCliTable  *table);
/* As many strings as the table has columns (copied; NULL is empty). */
void            hp_cli_table_add_row      (HpCliTable  *table,
                                           ...);
void            hp_cli_table_append       (HpCliTable  *table,
                                           GString     *out,
                                           const char  *indent);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HpCliTable, hp_cli_table_free)

G_END_DECLS
