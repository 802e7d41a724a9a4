/* csp-plan-dialogs.c: the plan page's forms
 *
 * Edit the plan's title, outcome and dates; add or edit an objective;
 * add or edit an action item, including which objective it serves.
 * Each is a CspRecordForm: the row at fault is marked and the reason
 * named under the list. Dates are typed as YYYY-MM-DD; an empty
 * optional field is NULL. An action set to done here records today as
 * its completion day, as the row's check button does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-plan-dialogs.h"
#include "csp-record-form.h"

typedef struct
{
  gint64      plan_id;
  CspRecord  *existing;    /* the record edited, or NULL for a new one */
  GListModel *objectives;  /* action: the plan's objectives */
  char       *today;
} FormData;

/* Auxiliary methods */

static void
form_data_free (FormData *data)
{
  g_clear_object (&data->existing);
  g_clear_object (&data->objectives);
  g_free (data->today);
  g_free (data);
}

static FormData *
form_data_new (gint64      plan_id,
               gpointer    existing,
               GListModel *objectives,
               const char *today)
{
  FormData *data = g_new0 (FormData, 1);

  data->plan_id = plan_id;
  data->existing = existing ? g_object_ref (existing) : NULL;
  data->objectives = objectives ? g_object_ref (objectives) : NULL;
  data->today = g_strdup (today);
  return data;
}

/* The field's text without surrounding spaces; NULL when empty. */
static char *
optional_text (CspRecordForm *form,
               const char    *column)
{
  char *text = g_strstrip (g_strdup (csp_record_form_get_text (form, column)));

  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
set_text (CspRecord     *record,
          CspRecordForm *form,
          const char    *column,
          const char    *property)
{
  g_autofree char *text = optional_text (form, column);

  g_object_set (record, property, text, NULL);
}

static gpointer
copy_or_new (FormData *data,
             gpointer  fresh)
{
  if (data->existing == NULL)
    return fresh;

  g_object_unref (fresh);
  return csp_record_copy (data->existing);
}

/* Plan */

static CspRecord *
build_plan (CspRecordForm  *form,
            gpointer        user_data,
            GError        **error)
{
  FormData *data = user_data;
  CspRecord *plan = csp_record_copy (data->existing);

  set_text (plan, form, "title", "title");
  set_text (plan, form, "desired_outcome", "desired-outcome");
  set_text (plan, form, "start_on", "start-on");
  set_text (plan, form, "target_on", "target-on");
  return csp_record_form_validated (plan, error);
}

AdwMessageDialog *
csp_plan_dialog_present (GtkWidget      *parent,
                         CspSuccessPlan *plan,
                         CspRecordReady  ready,
                         gpointer        user_data)
{
  CspRecordForm *form = csp_record_form_new (parent, _("Edit Plan"), NULL, build_plan,
                                             form_data_new (0, plan, NULL, NULL),
                                             (GDestroyNotify) form_data_free);

  csp_record_form_add_entry (form, "title", _("Title"), csp_success_plan_get_title (plan));
  csp_record_form_add_entry (form, "desired_outcome", _("Desired Outcome"),
                             csp_success_plan_get_desired_outcome (plan));
  csp_record_form_add_entry (form, "start_on", _("Start (YYYY-MM-DD)"),
                             csp_success_plan_get_start_on (plan));
  csp_record_form_add_entry (form, "target_on", _("Target Date (YYYY-MM-DD)"),
                             csp_success_plan_get_target_on (plan));
  csp_record_form_present (form, ready, user_data);
  return csp_record_form_get_dialog (form);
}

/* Objective */

static CspRecord *
build_objective (CspRecordForm  *form,
                 gpointer        user_data,
                 GError        **error)
{
  FormData *data = user_data;
  CspObjective *objective = copy_or_new (data, csp_objective_new (data->plan_id, NULL));

  set_text (CSP_RECORD (objective), form, "title", "title");
  set_text (CSP_RECORD (objective), form, "metric", "metric");
  set_text (CSP_RECORD (objective), form, "baseline", "baseline");
  set_text (CSP_RECORD (objective), form, "target", "target");
  set_text (CSP_RECORD (objective), form, "current", "current");
  set_text (CSP_RECORD (objective), form, "due_on", "due-on");
  csp_objective_set_status (objective, csp_record_form_get_choice (form, "status"));
  return csp_record_form_validated (CSP_RECORD (objective), error);
}

AdwMessageDialog *
csp_objective_dialog_present (GtkWidget      *parent,
                              gint64          plan_id,
                              CspObjective   *existing,
                              CspRecordReady  ready,
                              gpointer        user_data)
{
  CspRecordForm *form = csp_record_form_new (
    parent, existing ? _("Edit Objective") : _("Add Objective"),
    _("A measurable outcome. When baseline, current value and target are numbers, progress "
      "is read from them; otherwise from the objective's actions."),
    build_objective, form_data_new (plan_id, existing, NULL, NULL),
    (GDestroyNotify) form_data_free);

  csp_record_form_add_entry (form, "title", _("Title"),
                             existing ? csp_objective_get_title (existing) : NULL);
  csp_record_form_add_entry (form, "metric", _("Metric"),
                             existing ? csp_objective_get_metric (existing) : NULL);
  csp_record_form_add_entry (form, "baseline", _("Baseline"),
                             existing ? csp_objective_get_baseline (existing) : NULL);
  csp_record_form_add_entry (form, "target", _("Target"),
                             existing ? csp_objective_get_target (existing) : NULL);
  csp_record_form_add_entry (form, "current", _("Current Value"),
                             existing ? csp_objective_get_current (existing) : NULL);
  csp_record_form_add_entry (form, "due_on", _("Due (YYYY-MM-DD)"),
                             existing ? csp_objective_get_due_on (existing) : NULL);
  csp_record_form_add_enum (form, "status", _("Status"), CSP_TYPE_OBJECTIVE_STATUS,
                            existing ? csp_objective_get_status (existing)
                                     : CSP_OBJECTIVE_NOT_STARTED);
  csp_record_form_present (form, ready, user_data);
  return csp_record_form_get_dialog (form);
}

/* Action */

/* The objective chosen: 0 for the first choice, "None". */
static gint64
chosen_objective (CspRecordForm *form,
                  FormData      *data)
{
  guint choice = csp_record_form_get_choice (form, "objective_id");
  g_autoptr(CspRecord) objective = NULL;

  if (choice == 0 || choice == GTK_INVALID_LIST_POSITION)
    return 0;
  objective = g_list_model_get_item (data->objectives, choice - 1);
  return objective ? csp_record_get_id (objective) : 0;
}

/* Done records today; leaving done drops the completion day. */
static void
set_status (CspActionItem   *action,
            CspActionStatus  status,
            const char      *today)
{
  if (status == CSP_ACTION_DONE && csp_action_item_get_status (action) != CSP_ACTION_DONE)
    csp_action_item_mark_done (action, today);
  else
    csp_action_item_reopen (action, status);
}

static CspRecord *
build_action (CspRecordForm  *form,
              gpointer        user_data,
              GError        **error)
{
  FormData *data = user_data;
  CspActionItem *action = copy_or_new (data, csp_action_item_new (data->plan_id, NULL));

  set_text (CSP_RECORD (action), form, "title", "title");
  csp_action_item_set_owner_side (action, csp_record_form_get_choice (form, "owner_side"));
  set_text (CSP_RECORD (action), form, "owner_name", "owner-name");
  set_text (CSP_RECORD (action), form, "due_on", "due-on");
  csp_action_item_set_priority (action, csp_record_form_get_choice (form, "priority"));
  set_status (action, csp_record_form_get_choice (form, "status"), data->today);
  csp_action_item_set_objective_id (action, chosen_objective (form, data));
  set_text (CSP_RECORD (action), form, "notes", "notes");
  return csp_record_form_validated (CSP_RECORD (action), error);
}

static guint
objective_index (GListModel *objectives,
                 gint64      objective_id)
{
  for (guint i = 0; objective_id != 0 && i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(CspRecord) objective = g_list_model_get_item (objectives, i);

      if (csp_record_get_id (objective) == objective_id)
        return i + 1;
    }

  return 0;
}

static void
add_objective_choice (CspRecordForm *form,
                      GListModel    *objectives,
                      gint64         objective_id)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  /* Translators: an action item that serves no objective */
  gtk_string_list_append (labels, C_("objective", "None"));
  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(CspObjective) objective = g_list_model_get_item (objectives, i);

      gtk_string_list_append (labels, csp_objective_get_title (objective));
    }
  csp_record_form_add_choice (form, "objective_id", _("Objective"), G_LIST_MODEL (labels),
                              objective_index (objectives, objective_id));
}

AdwMessageDialog *
csp_action_dialog_present (GtkWidget      *parent,
                           gint64          plan_id,
                           CspActionItem  *existing,
                           GListModel     *objectives,
                           const char     *today,
                           CspRecordReady  ready,
                           gpointer        user_data)
{
  CspRecordForm *form = csp_record_form_new (
    parent, existing ? _("Edit Action") : _("Add Action"), NULL, build_action,
    form_data_new (plan_id, existing, objectives, today), (GDestroyNotify) form_data_free);

  csp_record_form_add_entry (form, "title", _("Title"),
                             existing ? csp_action_item_get_title (existing) : NULL);
  csp_record_form_add_enum (form, "owner_side", _("Owner Side"), CSP_TYPE_SIDE,
                            existing ? csp_action_item_get_owner_side (existing) : CSP_SIDE_OURS);
  csp_record_form_add_entry (form, "owner_name", _("Owner Name"),
                             existing ? csp_action_item_get_owner_name (existing) : NULL);
  csp_record_form_add_entry (form, "due_on", _("Due (YYYY-MM-DD)"),
                             existing ? csp_action_item_get_due_on (existing) : NULL);
  csp_record_form_add_enum (form, "priority", _("Priority"), CSP_TYPE_PRIORITY,
                            existing ? csp_action_item_get_priority (existing)
                                     : CSP_PRIORITY_NORMAL);
  csp_record_form_add_enum (form, "status", _("Status"), CSP_TYPE_ACTION_STATUS,
                            existing ? csp_action_item_get_status (existing) : CSP_ACTION_OPEN);
  add_objective_choice (form, objectives,
                        existing ? csp_action_item_get_objective_id (existing) : 0);
  csp_record_form_add_entry (form, "notes", _("Notes"),
                             existing ? csp_action_item_get_notes (existing) : NULL);
  csp_record_form_present (form, ready, user_data);
  return csp_record_form_get_dialog (form);
}
