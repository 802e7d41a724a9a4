/* csp-import-cells.c: from a CSV cell to a record's property
 *
 * Each reason names what was wrong with the text and what was expected;
 * the plan adds `FILE:LINE: column NAME: ` in front.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "csp-csv-columns.h"
#include "csp-import-private.h"

/* In the order of csp-csv-columns.h, which test-import checks. */
const CspImportCell csp_import_account_cells[] = {
  { "name", "name", CSP_CELL_TEXT },
  { "external_id", "external-id", CSP_CELL_KEY },
  { "segment", "segment", CSP_CELL_ENUM },
  { "lifecycle_stage", "lifecycle-stage", CSP_CELL_ENUM },
  { "csm", "csm", CSP_CELL_TEXT },
  { "arr", "arr-minor", CSP_CELL_MONEY },
  { "currency", "currency", CSP_CELL_CURRENCY },
  { "renewal_on", "renewal-on", CSP_CELL_DATE },
  { "customer_since", "customer-since", CSP_CELL_DATE },
  { "industry", "industry", CSP_CELL_TEXT },
  { "region", "region", CSP_CELL_TEXT },
  { "notes", "notes", CSP_CELL_TEXT },
};
const guint csp_import_n_account_cells = G_N_ELEMENTS (csp_import_account_cells);
G_STATIC_ASSERT (G_N_ELEMENTS (csp_import_account_cells) == CSP_CSV_ACCOUNTS_N_COLUMNS);

/* account and date are the key: the health rows read them themselves. */
const CspImportCell csp_import_health_cells[] = {
  { "account", NULL, CSP_CELL_KEY },
  { "date", "taken-on", CSP_CELL_DATE },
  { "score", "score", CSP_CELL_SCORE },
  { "usage", "usage", CSP_CELL_SCORE },
  { "support", "support", CSP_CELL_SCORE },
  { "satisfaction", "satisfaction", CSP_CELL_SCORE },
  { "nps", "nps", CSP_CELL_SCORE },
  { "engagement", "engagement", CSP_CELL_SCORE },
  { "relationship", "relationship", CSP_CELL_SCORE },
};
const guint csp_import_n_health_cells = G_N_ELEMENTS (csp_import_health_cells);
G_STATIC_ASSERT (G_N_ELEMENTS (csp_import_health_cells) == CSP_CSV_HEALTH_N_COLUMNS);

/* The row's text for @cell, or NULL when the file has no such column. */
const char *
_csp_import_cell (CspImportRow *row,
                  guint         cell)
{
  int field = row->index[cell];

  return field < 0 ? NULL : row->fields[field];
}

void
_csp_import_error (CspImportRow *row,
                   const char   *column,
                   const char   *reason)
{
  csp_import_plan_add_error (row->plan, row->line, column, reason);
  row->row_failed = TRUE;
}

static gboolean
all_digits (const char *text,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  return len > 0;
}

/* "1234", "1234.5" or "1234.50" → minor units (cents); else the
 * reason, translated. No locale: the point is always '.'. The account
 * dialog parses ARR with it too. */
char *
csp_import_parse_money (const char *text,
                        gint64     *minor)
{
  const char *digits = text[0] == '-' ? text + 1 : text;
  const char *point = strchr (digits, '.');
  gsize whole = point ? (gsize) (point - digits) : strlen (digits);
  gsize fraction = point ? strlen (point + 1) : 0;

  if (!all_digits (digits, whole) || whole > 15 ||
      (point && (fraction > 2 || !all_digits (point + 1, fraction))))
    return g_strdup_printf (_("“%s” is not an amount like 1234.50"), text);
  if (digits != text)
    return g_strdup (_("an amount of money cannot be negative"));

  *minor = g_ascii_strtoll (digits, NULL, 10) * 100;
  if (fraction > 0)
    *minor += g_ascii_strtoll (point + 1, NULL, 10) * (fraction == 1 ? 10 : 1);
  return NULL;
}

static char *
parse_score (const char *text,
             int        *score)
{
  gint64 value;

  if (!g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &value, NULL))
    return g_strdup_printf (_("“%s” is not a whole number"), text);
  if (value < 0 || value > 100)
    return g_strdup_printf (_("%d is not a score from 0 to 100"), (int) value);

  *score = (int) value;
  return NULL;
}

static char *
parse_currency (char *text)
{
  g_autofree char *upper = g_ascii_strup (text, -1);

  if (strlen (upper) == 3 && g_ascii_isupper (upper[0]) &&
      g_ascii_isupper (upper[1]) && g_ascii_isupper (upper[2]))
    {
      strcpy (text, upper);
      return NULL;
    }

  return g_strdup_printf (_("“%s” is not a three-letter ISO 4217 currency code"), text);
}

static char *
error_reason (GError *error)
{
  char *reason = g_strdup (error->message);

  g_error_free (error);
  return reason;
}

/* Parses @text (stripped, not empty) as @kind into @record. */
static char *
set_value (CspRecord   *record,
           GParamSpec  *pspec,
           CspCellKind  kind,
           char        *text)
{
  GError *error = NULL;
  gint64 minor = 0;
  int value = 0;
  char *reason = NULL;

  switch (kind)
    {
    case CSP_CELL_DATE:
      if (!csp_date_parse (text, NULL, &error))
        return error_reason (error);
      csp_record_set_string (record, pspec, text);
      break;
    case CSP_CELL_ENUM:
      if (!csp_enum_from_nick (pspec->value_type, text, &value, &error))
        return error_reason (error);
      csp_record_set_enum (record, pspec, value);
      break;
    case CSP_CELL_MONEY:
      if ((reason = csp_import_parse_money (text, &minor)) == NULL)
        csp_record_set_int64 (record, pspec, minor);
      break;
    case CSP_CELL_CURRENCY:
      if ((reason = parse_currency (text)) == NULL)
        csp_record_set_string (record, pspec, text);
      break;
    case CSP_CELL_SCORE:
      if ((reason = parse_score (text, &value)) == NULL)
        csp_record_set_int (record, pspec, value);
      break;
    case CSP_CELL_TEXT:
    case CSP_CELL_KEY:
    default:
      g_assert_not_reached ();
    }

  return reason;
}

/* What an empty cell means: clear text, dates and scores; keep keys,
 * enums, money and currency (the stored value, or the default). */
static void
set_empty (CspRecord   *record,
           GParamSpec  *pspec,
           CspCellKind  kind)
{
  if (kind == CSP_CELL_TEXT || kind == CSP_CELL_DATE)
    csp_record_set_string (record, pspec, NULL);
  else if (kind == CSP_CELL_SCORE)
    csp_record_set_int (record, pspec, CSP_UNSET);
}

/* The export writes a text cell that a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR first) with a quote in front; reading it
 * back takes the quote off again, so an export imports as it was. */
const char *
_csp_import_unneutralise (const char *text)
{
  if (text[0] == '\'' && text[1] != '\0' && strchr ("=+-@\t\r", text[1]) != NULL)
    return text + 1;

  return text;
}

static void
set_cell (CspImportRow        *row,
          CspRecord           *record,
          const CspImportCell *cell,
          const char          *text)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), cell->property);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *reason = NULL;

  g_assert (pspec != NULL);

  /* Text is kept as written, spaces and all: it round-trips exactly. */
  if (cell->kind == CSP_CELL_TEXT || cell->kind == CSP_CELL_KEY)
    {
      if (*text != '\0')
        csp_record_set_string (record, pspec, _csp_import_unneutralise (text));
      else if (cell->kind == CSP_CELL_TEXT)
        csp_record_set_string (record, pspec, NULL);
    }
  else if (*stripped == '\0')
    set_empty (record, pspec, cell->kind);
  else if ((reason = set_value (record, pspec, cell->kind, stripped)) != NULL)
    _csp_import_error (row, cell->column, reason);
}

/* Sets every property whose column the file has. */
void
_csp_import_set_cells (CspImportRow *row,
                       CspRecord    *record)
{
  for (guint i = 0; i < row->n_cells; i++)
    {
      const char *text = _csp_import_cell (row, i);

      if (text != NULL && row->cells[i].property != NULL)
        set_cell (row, record, &row->cells[i], text);
    }
}

/* Whether @key is new in this file; if not, an error naming the line
 * that had it first. */
gboolean
_csp_import_check_seen (CspImportRow *row,
                        const char   *column,
                        const char   *key,
                        const char   *shown)
{
  gpointer first = g_hash_table_lookup (row->seen, key);
  g_autofree char *reason = NULL;

  if (first == NULL)
    {
      g_hash_table_insert (row->seen, g_strdup (key), GUINT_TO_POINTER (row->line));
      return TRUE;
    }

  reason = g_strdup_printf (_("“%s” appears again in the file; first on line %u"),
                            shown, GPOINTER_TO_UINT (first));
  _csp_import_error (row, column, reason);
  return FALSE;
}

/* Validates the row's record and puts it in the plan, unless the row
 * had errors or changes nothing. */
void
_csp_import_finish_row (CspImportRow *row,
                        CspRecord    *existing,
                        CspRecord    *record)
{
  g_autoptr(GError) error = NULL;

  if (row->row_failed)
    return;

  if (!csp_record_validate (record, &error))
    {
      /* The model's messages name their field already. */
      csp_import_plan_add_error (row->plan, row->line, NULL, error->message);
      return;
    }

  if (existing != NULL && csp_record_equal_values (existing, record))
    csp_import_plan_add_unchanged (row->plan);
  else
    csp_import_plan_add_row (row->plan, record, row->line);
}
