/* hp-error.h: the error domain of the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HP_ERROR (hp_error_quark ())

typedef enum
{
  HP_ERROR_SYNTAX,      /* not JSON, or JSON we refuse (comments, trailing data) */
  HP_ERROR_INVALID,     /* JSON, but not a valid document of its kind */
  HP_ERROR_TOO_DEEP,    /* nesting beyond the limit */
  HP_ERROR_VERSION,     /* a format version we do not read */
  HP_ERROR_RANGE,       /* a number or an amount out of range */
  HP_ERROR_PRECISION,   /* an amount with more decimals than its currency has */
} HpError;

GQuark hp_error_quark (void);

G_END_DECLS
