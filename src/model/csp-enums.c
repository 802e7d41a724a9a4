/* csp-enums.c: enum values as stored text and as translated labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-enum-types.h"
#include "csp-enums.h"
#include "csp-model-error.h"

G_DEFINE_QUARK (csp-model-error-quark, csp_model_error)

const char *
csp_enum_to_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  g_return_val_if_fail (ev != NULL, NULL);

  return ev->value_nick;
}

/* The value whose stored text is @nick; an error naming the accepted
 * values otherwise, so an import can say what it expected. */
gboolean
csp_enum_from_nick (GType        enum_type,
                    const char  *nick,
                    int         *value,
                    GError     **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr(GString) accepted = g_string_new (NULL);
  GEnumValue *ev = nick ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (ev != NULL)
    {
      *value = ev->value;
      return TRUE;
    }

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (accepted, "%s%s", i ? ", " : "", klass->values[i].value_nick);

  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_UNKNOWN_VALUE,
               _("“%s” is not one of %s"), nick ? nick : "", accepted->str);
  return FALSE;
}

static const char * const segment_labels[] = {
  N_("Enterprise"), N_("Mid-market"), N_("SMB"),
};

static const char * const lifecycle_labels[] = {
  /* Translators: the lifecycle stage of a brand-new customer */
  NC_("lifecycle", "New"), N_("Onboarding"), N_("Growth"), N_("Expansion"),
  N_("Renewal"), N_("Advocacy"), N_("Churned"),
};

static const char * const level_labels[] = {
  N_("Executive"), N_("Project lead"), N_("Team member"),
};

static const char * const role_labels[] = {
  N_("Sponsor"), N_("Champion"), N_("Decision maker"), N_("User"), N_("Detractor"),
};

static const char * const counterpart_labels[] = {
  N_("Executive sponsor"), N_("Account manager"), N_("Support team"),
};

static const char * const channel_labels[] = {
  N_("Email"), N_("Phone"), N_("SMS"), N_("WeChat"), N_("DingTalk"),
  N_("In product"), N_("In person"), N_("Other"),
};

static const char * const plan_status_labels[] = {
  N_("Draft"), N_("Active"), N_("Completed"), N_("Cancelled"),
};

static const char * const objective_status_labels[] = {
  N_("Not started"), N_("On track"), N_("At risk"), N_("Achieved"), N_("Missed"),
};

static const char * const side_labels[] = {
  N_("Customer"), N_("Ours"),
};

static const char * const priority_labels[] = {
  N_("Critical"), N_("Urgent"), N_("Normal"), N_("Low"),
};

static const char * const action_status_labels[] = {
  /* Translators: the status of an action item that is not started */
  NC_("action", "Open"), N_("In progress"), N_("Blocked"), N_("Done"), N_("Cancelled"),
};

static const char * const meeting_kind_labels[] = {
  N_("Strategy"), N_("EBR"), N_("Kickoff"), N_("Check-in"), N_("Escalation"),
};

static const char * const meeting_channel_labels[] = {
  N_("In person"), N_("Video"), N_("Phone"), N_("WeChat"), N_("DingTalk"), N_("Other"),
};

static const char * const meeting_status_labels[] = {
  N_("Planned"), N_("Held"), N_("Cancelled"),
};

static const char * const risk_kind_labels[] = {
  N_("Low usage"), N_("Data export request"), N_("Billing question"),
  N_("Champion left"), N_("Unresolved critical issue"), N_("Competitor"),
  N_("Budget cut"), N_("Other"),
};

static const char * const activity_kind_labels[] = {
  N_("Note"), N_("Call"), N_("Email"), N_("Escalation"), N_("Milestone"),
};

static const char * const health_band_labels[] = {
  N_("Healthy"), N_("Watch"), N_("At risk"),
};

typedef struct {
  GType (*get_type) (void);
  const char * const *labels;
  guint n_labels;
  const char *context; /* set where a label needs a msgctxt */
} LabelTable;

#define TABLE(getter, labels, ctx) { getter, labels, G_N_ELEMENTS (labels), ctx }

static const LabelTable label_tables[] = {
  TABLE (csp_segment_get_type, segment_labels, NULL),
  TABLE (csp_lifecycle_stage_get_type, lifecycle_labels, "lifecycle"),
  TABLE (csp_stakeholder_level_get_type, level_labels, NULL),
  TABLE (csp_stakeholder_role_get_type, role_labels, NULL),
  TABLE (csp_counterpart_get_type, counterpart_labels, NULL),
  TABLE (csp_channel_get_type, channel_labels, NULL),
  TABLE (csp_plan_status_get_type, plan_status_labels, NULL),
  TABLE (csp_objective_status_get_type, objective_status_labels, NULL),
  TABLE (csp_side_get_type, side_labels, NULL),
  TABLE (csp_priority_get_type, priority_labels, NULL),
  TABLE (csp_action_status_get_type, action_status_labels, "action"),
  TABLE (csp_meeting_kind_get_type, meeting_kind_labels, NULL),
  TABLE (csp_meeting_channel_get_type, meeting_channel_labels, NULL),
  TABLE (csp_meeting_status_get_type, meeting_status_labels, NULL),
  TABLE (csp_risk_kind_get_type, risk_kind_labels, NULL),
  TABLE (csp_activity_kind_get_type, activity_kind_labels, NULL),
  TABLE (csp_health_band_get_type, health_band_labels, NULL),
};

/* The translated, human label of an enum value, for the UI. */
const char *
csp_enum_to_label (GType enum_type,
                   int   value)
{
  for (guint i = 0; i < G_N_ELEMENTS (label_tables); i++)
    {
      const LabelTable *table = &label_tables[i];

      if (table->get_type () != enum_type)
        continue;

      g_return_val_if_fail (value >= 0 && (guint) value < table->n_labels, "");

      /* Only the first label of a context table carries the context. */
      if (table->context != NULL && value == 0)
        return g_dpgettext2 (GETTEXT_PACKAGE, table->context, table->labels[0]);

      return _(table->labels[value]);
    }

  g_return_val_if_reached ("");
}
