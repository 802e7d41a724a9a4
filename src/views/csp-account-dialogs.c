/* csp-account-dialogs.c: the account page's small forms
 *
 * Add a health snapshot, raise a risk, resolve it, mark the account
 * saved, log an activity: each a CspRecordForm (a dialog of entry and
 * combo rows that builds its record on every change and validates it;
 * the message under the rows says what is wrong, or for a snapshot the
 * score it will have, and Save is enabled only for a valid record).
 * The caller writes the record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "csp-account-dialogs.h"
#include "csp-format.h"
#include "csp-record-form.h"

/* What a form's build function needs besides its fields. */
typedef struct
{
  gint64             account_id;
  CspRisk           *risk;      /* resolve, saved: a copy to change */
  CspHealthSnapshot *snapshot;  /* edit: the snapshot to change */
  GListModel        *snapshots; /* snapshot: the dates taken */
  CspHealthWeights   weights;
} Context;

/* Auxiliary methods */

static void
context_free (gpointer data)
{
  Context *context = data;

  g_clear_object (&context->risk);
  g_clear_object (&context->snapshot);
  g_clear_object (&context->snapshots);
  g_free (context);
}

static Context *
context_new (gint64 account_id)
{
  Context *context = g_new0 (Context, 1);

  context->account_id = account_id;
  return context;
}

static void
set_error (GError     **error,
           const char  *format,
           ...) G_GNUC_PRINTF (2, 3);

static void
set_error (GError     **error,
           const char  *format,
           ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID,
                                                format, args));
  va_end (args);
}

/* A score 0–100 or, when empty, CSP_UNSET. */
static gboolean
parse_score (const char  *text,
             const char  *field,
             int         *out_value,
             GError     **error)
{
  gint64 value;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  *out_value = CSP_UNSET;
  if (*stripped == '\0')
    return TRUE;
  if (!g_ascii_string_to_signed (stripped, 10, 0, 100, &value, NULL))
    {
      /* Translators: %s names the field, e.g. “Usage” */
      set_error (error, _("%s: enter a whole number from 0 to 100, or leave it empty"), field);
      return FALSE;
    }

  *out_value = (int) value;
  return TRUE;
}

/* Snapshot */

/* Another snapshot of the account has @date. */
static gboolean
date_taken (Context    *context,
            const char *date)
{
  gint64 own = context->snapshot ? csp_record_get_id (CSP_RECORD (context->snapshot)) : 0;

  for (guint i = 0; i < g_list_model_get_n_items (context->snapshots); i++)
    {
      g_autoptr(CspHealthSnapshot) snapshot = g_list_model_get_item (context->snapshots, i);

      if (g_strcmp0 (csp_health_snapshot_get_taken_on (snapshot), date) == 0 &&
          csp_record_get_id (CSP_RECORD (snapshot)) != own)
        return TRUE;
    }

  return FALSE;
}

static void
show_score (CspRecordForm     *form,
            Context           *context,
            CspHealthSnapshot *snapshot)
{
  int computed = csp_health_snapshot_get_effective_score (snapshot, &context->weights);
  const char *band = csp_enum_to_label (CSP_TYPE_HEALTH_BAND, csp_health_band_for_score (computed));
  g_autofree char *text = NULL;

  if (csp_health_snapshot_get_score (snapshot) != CSP_UNSET)
    /* Translators: the score of the snapshot being entered */
    text = g_strdup_printf (_("Score %d (entered) — %s"), computed, band);
  else
    text = g_strdup_printf (_("Score %d (from the components) — %s"), computed, band);
  csp_record_form_set_note (form, text);
}

/* The snapshot's fields, by the keys of the form's rows: "taken_on",
 * each component's key, "score". */
static gboolean
read_scores (CspRecordForm      *form,
             CspHealthSnapshot  *snapshot,
             GError            **error)
{
  int value;

  for (guint c = 0; c < CSP_N_COMPONENTS; c++)
    {
      if (!parse_score (csp_record_form_get_text (form, csp_health_component_key (c)),
                        csp_health_component_label (c), &value, error))
        return FALSE;
      csp_health_snapshot_set_component (snapshot, c, value);
    }
  if (!parse_score (csp_record_form_get_text (form, "score"), _("Score"), &value, error))
    return FALSE;
  csp_health_snapshot_set_score (snapshot, value);
  return TRUE;
}

static CspRecord *
build_snapshot (CspRecordForm  *form,
                gpointer        data,
                GError        **error)
{
  Context *context = data;
  g_autoptr(CspHealthSnapshot) snapshot = context->snapshot
    ? CSP_HEALTH_SNAPSHOT (csp_record_copy (CSP_RECORD (context->snapshot)))
    : csp_health_snapshot_new (context->account_id, NULL);

  csp_record_form_set_note (form, NULL);
  csp_health_snapshot_set_taken_on (snapshot, csp_record_form_get_text (form, "taken_on"));
  if (!read_scores (form, snapshot, error))
    return NULL;

  if (csp_health_snapshot_get_score (snapshot) == CSP_UNSET &&
      csp_health_snapshot_get_effective_score (snapshot, &context->weights) == CSP_UNSET)
    {
      set_error (error, _("Enter a score, or at least one component with a weight"));
      return NULL;
    }
  if (!csp_record_validate (CSP_RECORD (snapshot), error))
    return NULL;
  if (date_taken (context, csp_health_snapshot_get_taken_on (snapshot)))
    {
      g_autofree char *date = csp_format_date (csp_health_snapshot_get_taken_on (snapshot));

      /* Translators: %s is a date */
      set_error (error, _("There is already a snapshot on %s; pick another date"), date);
      return NULL;
    }

  show_score (form, context, snapshot);
  return CSP_RECORD (g_steal_pointer (&snapshot));
}

/* Public API */

void
csp_snapshot_dialog_present (GtkWidget              *parent,
                             gint64                  account_id,
                             const char             *today,
                             GListModel             *snapshots,
                             const CspHealthWeights *weights,
                             CspHealthSnapshot      *existing,
                             CspRecordReady          ready,
                             gpointer                user_data)
{
  Context *context = context_new (account_id);
  CspRecordForm *form;

  context->snapshots = g_object_ref (snapshots);
  context->weights = *weights;
  context->snapshot = existing ? g_object_ref (existing) : NULL;
  form = csp_record_form_new (parent,
                              existing ? _("Edit Health Snapshot") : _("Add Health Snapshot"),
                              _("Enter the components you measured, 0 to 100. Without a score "
                                "of its own, the snapshot's score is their weighted mean."),
                              build_snapshot, context, context_free);
  /* Translators: a date field; the format is fixed */
  csp_record_form_add_entry (form, "taken_on", _("Date (YYYY-MM-DD)"),
                             existing ? csp_health_snapshot_get_taken_on (existing) : today);
  for (guint c = 0; c <= CSP_N_COMPONENTS; c++)
    {
      int value = existing == NULL ? CSP_UNSET
                  : c < CSP_N_COMPONENTS ? csp_health_snapshot_get_component (existing, c)
                  : csp_health_snapshot_get_score (existing);
      g_autofree char *text = value == CSP_UNSET ? NULL : g_strdup_printf ("%d", value);

      if (c < CSP_N_COMPONENTS)
        csp_record_form_add_entry (form, csp_health_component_key (c),
                                   csp_health_component_label (c), text);
      else
        csp_record_form_add_entry (form, "score", _("Score (optional)"), text);
    }
  csp_record_form_present (form, ready, user_data);
}

static CspRecord *
build_risk (CspRecordForm  *form,
            gpointer        data,
            GError        **error)
{
  Context *context = data;
  CspRisk *risk = csp_risk_new (context->account_id, csp_record_form_get_choice (form, "kind"),
                                csp_record_form_get_text (form, "raised_on"));

  csp_risk_set_severity (risk, csp_record_form_get_choice (form, "severity"));
  csp_risk_set_notes (risk, csp_record_form_get_text (form, "notes"));
  return csp_record_form_validated (CSP_RECORD (risk), error);
}

void
csp_risk_dialog_present (GtkWidget      *parent,
                         gint64          account_id,
                         const char     *today,
                         CspRecordReady  ready,
                         gpointer        user_data)
{
  CspRecordForm *form = csp_record_form_new (parent, _("Raise Risk"), NULL, build_risk,
                                             context_new (account_id), context_free);

  csp_record_form_add_enum (form, "kind", _("Kind"), CSP_TYPE_RISK_KIND, CSP_RISK_LOW_USAGE);
  csp_record_form_add_enum (form, "severity", _("Severity"), CSP_TYPE_PRIORITY,
                            CSP_PRIORITY_NORMAL);
  csp_record_form_add_entry (form, "raised_on", _("Raised on (YYYY-MM-DD)"), today);
  csp_record_form_add_entry (form, "notes", _("Notes"), NULL);
  csp_record_form_present (form, ready, user_data);
}

static CspRecord *
build_resolved (CspRecordForm  *form,
                gpointer        data,
                GError        **error)
{
  Context *context = data;
  CspRecord *risk = csp_record_copy (CSP_RECORD (context->risk));

  csp_risk_set_resolved_on (CSP_RISK (risk), csp_record_form_get_text (form, "resolved_on"));
  return csp_record_form_validated (risk, error);
}

void
csp_resolve_dialog_present (GtkWidget      *parent,
                            CspRisk        *risk,
                            const char     *today,
                            CspRecordReady  ready,
                            gpointer        user_data)
{
  Context *context = context_new (0);
  CspRecordForm *form;

  context->risk = g_object_ref (risk);
  form = csp_record_form_new (parent, _("Resolve Risk"),
                              csp_enum_to_label (CSP_TYPE_RISK_KIND, csp_risk_get_kind (risk)),
                              build_resolved, context, context_free);
  csp_record_form_add_entry (form, "resolved_on", _("Resolved on (YYYY-MM-DD)"), today);
  csp_record_form_present (form, ready, user_data);
}

/* An amount in major units ("12000", "12,000.50") as minor units. */
gboolean
csp_parse_money (const char *text,
                 gint64     *out_minor)
{
  g_autofree char *digits = g_strdup (text ? text : "");
  char *end = NULL;
  double value;
  guint j = 0;

  for (guint i = 0; digits[i] != '\0'; i++)
    if (digits[i] != ',' && digits[i] != ' ')
      digits[j++] = digits[i];
  digits[j] = '\0';

  value = g_ascii_strtod (digits, &end);
  if (j == 0 || end == NULL || *end != '\0' || !isfinite (value) || value < 0 || value > 1e15)
    return FALSE;

  *out_minor = (gint64) llround (value * 100);
  return TRUE;
}

static CspRecord *
build_saved (CspRecordForm  *form,
             gpointer        data,
             GError        **error)
{
  Context *context = data;
  CspRecord *risk = csp_record_copy (CSP_RECORD (context->risk));
  gint64 minor;

  if (!csp_parse_money (csp_record_form_get_text (form, "saved_arr_minor"), &minor))
    {
      g_object_unref (risk);
      set_error (error, _("Saved ARR: enter an amount such as 12000 or 12,000.50"));
      return NULL;
    }
  csp_risk_set_saved_arr_minor (CSP_RISK (risk), minor);
  if (csp_risk_get_resolved_on (context->risk) == NULL)
    csp_risk_set_resolved_on (CSP_RISK (risk), csp_record_form_get_text (form, "resolved_on"));

  return csp_record_form_validated (risk, error);
}

/* Saved: the risk was overcome and the account kept this much ARR. An
 * open risk is resolved at the same time. */
void
csp_saved_dialog_present (GtkWidget      *parent,
                          CspRisk        *risk,
                          const char     *currency,
                          const char     *today,
                          CspRecordReady  ready,
                          gpointer        user_data)
{
  g_autofree char *title = g_strdup_printf (_("Saved ARR (%s)"), currency);
  Context *context = context_new (0);
  CspRecordForm *form;

  context->risk = g_object_ref (risk);
  form = csp_record_form_new (parent, _("Mark Account Saved"),
                              _("The revenue kept by overcoming this risk."), build_saved,
                              context, context_free);
  csp_record_form_add_entry (form, "saved_arr_minor", title, NULL);
  if (csp_risk_get_resolved_on (risk) == NULL)
    csp_record_form_add_entry (form, "resolved_on", _("Resolved on (YYYY-MM-DD)"), today);
  csp_record_form_present (form, ready, user_data);
}

static CspRecord *
build_activity (CspRecordForm  *form,
                gpointer        data,
                GError        **error)
{
  Context *context = data;
  CspActivity *activity = csp_activity_new (context->account_id,
                                            csp_record_form_get_text (form, "occurred_on"),
                                            csp_record_form_get_text (form, "summary"));

  csp_activity_set_kind (activity, csp_record_form_get_choice (form, "kind"));
  csp_activity_set_details (activity, csp_record_form_get_text (form, "details"));
  return csp_record_form_validated (CSP_RECORD (activity), error);
}

void
csp_activity_dialog_present (GtkWidget      *parent,
                             gint64          account_id,
                             const char     *today,
                             CspRecordReady  ready,
                             gpointer        user_data)
{
  CspRecordForm *form = csp_record_form_new (parent, _("Log Activity"), NULL, build_activity,
                                             context_new (account_id), context_free);

  csp_record_form_add_enum (form, "kind", _("Kind"), CSP_TYPE_ACTIVITY_KIND, CSP_ACTIVITY_NOTE);
  csp_record_form_add_entry (form, "occurred_on", _("Date (YYYY-MM-DD)"), today);
  csp_record_form_add_entry (form, "summary", _("Summary"), NULL);
  csp_record_form_add_entry (form, "details", _("Details"), NULL);
  csp_record_form_present (form, ready, user_data);
}
