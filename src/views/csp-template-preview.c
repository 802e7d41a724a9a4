/* csp-template-preview.c: what a plan template will create
 *
 * A preferences group listing a template's objectives, each expandable
 * to its actions, with the due dates they get from the start date (or
 * "day N" while the start date is not valid) and the owner side, so the
 * user sees the plan before creating it. Built in code: its rows change
 * with each template chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-format.h"
#include "csp-model.h"
#include "csp-template-preview.h"

struct _CspTemplatePreview
{
  AdwPreferencesGroup  parent_instance;

  GPtrArray           *rows; /* the rows added to the group */
};

G_DEFINE_FINAL_TYPE (CspTemplatePreview, csp_template_preview, ADW_TYPE_PREFERENCES_GROUP)

/* Auxiliary methods */

/* "Due Mar 1, 2026" from the start date, or "Day 30" without one. */
static char *
due_text (const char *start,
          int         days)
{
  g_autofree char *date = NULL;
  g_autofree char *shown = NULL;

  if (days == CSP_UNSET)
    return g_strdup (_("No due date"));
  if (start == NULL)
    /* Translators: a due date counted from the plan's start */
    return g_strdup_printf (_("Day %d"), days);
  date = csp_date_add_days (start, days);
  shown = csp_format_date (date);
  /* Translators: %s is a date */
  return g_strdup_printf (_("Due %s"), shown);
}

static void
add_row (CspTemplatePreview *self,
         GtkWidget          *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

static GtkWidget *
action_row (CspTemplateAction *action,
            const char        *start)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *due = due_text (start, action->due_days);
  g_autofree char *subtitle = NULL;
  const char *side = csp_enum_to_label (CSP_TYPE_SIDE, action->owner_side);

  if (action->priority == CSP_PRIORITY_NORMAL)
    /* Translators: owner side · due date of an action in a template */
    subtitle = g_strdup_printf (C_("template action", "%s · %s"), side, due);
  else
    /* Translators: owner side · due date · priority of an action */
    subtitle = g_strdup_printf (_("%s · %s · %s"), side, due,
                                csp_enum_to_label (CSP_TYPE_PRIORITY, action->priority));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), action->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  return row;
}

static guint
count_actions (CspTemplateSpec *spec,
               const char      *key)
{
  guint n = 0;

  for (guint i = 0; i < spec->actions->len; i++)
    n += g_strcmp0 (((CspTemplateAction *) g_ptr_array_index (spec->actions, i))->objective,
                    key) == 0;
  return n;
}

/* An expander of the actions under the objective @key (NULL: those
 * under none), with @when (its due date) before their count. */
static GtkWidget *
objective_row (CspTemplateSpec *spec,
               const char      *key,
               const char      *title,
               const char      *when,
               const char      *start)
{
  GtkWidget *row = adw_expander_row_new ();
  guint n = count_actions (spec, key);
  g_autofree char *count = g_strdup_printf (ngettext ("%u action item", "%u action items", n), n);
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < spec->actions->len; i++)
    {
      CspTemplateAction *action = g_ptr_array_index (spec->actions, i);

      if (g_strcmp0 (action->objective, key) == 0)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (row), action_row (action, start));
    }

  /* Translators: an objective's due date · how many actions it has */
  subtitle = when ? g_strdup_printf (_("%s · %s"), when, count) : g_strdup (count);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), n > 0);
  return row;
}

static void
clear (CspTemplatePreview *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
show_blank (CspTemplatePreview *self)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("An empty plan"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Add objectives and action items on the plan’s page."));
  add_row (self, row);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), NULL);
}

/* Overrides */

static void
csp_template_preview_finalize (GObject *object)
{
  CspTemplatePreview *self = CSP_TEMPLATE_PREVIEW (object);

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (csp_template_preview_parent_class)->finalize (object);
}

static void
csp_template_preview_class_init (CspTemplatePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = csp_template_preview_finalize;
}

static void
csp_template_preview_init (CspTemplatePreview *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("What It Creates"));
}

/* Public API */

GtkWidget *
csp_template_preview_new (void)
{
  return g_object_new (CSP_TYPE_TEMPLATE_PREVIEW, NULL);
}

/* Shows what @spec (NULL: a blank plan) creates when the plan starts on
 * @start (NULL when not yet a valid date). */
void
csp_template_preview_show (CspTemplatePreview *self,
                           CspTemplateSpec    *spec,
                           const char         *start)
{
  g_autofree char *counts = NULL;

  g_return_if_fail (CSP_IS_TEMPLATE_PREVIEW (self));

  clear (self);
  if (spec == NULL)
    {
      show_blank (self);
      return;
    }

  counts = g_strdup_printf (ngettext ("%u objective", "%u objectives", spec->objectives->len),
                            spec->objectives->len);
  {
    g_autofree char *actions = g_strdup_printf (ngettext ("%u action item", "%u action items",
                                                          spec->actions->len),
                                                spec->actions->len);
    /* Translators: “3 objectives and 9 action items” */
    g_autofree char *both = g_strdup_printf (_("%s and %s"), counts, actions);
    g_autofree char *description = spec->description
                                   ? g_strdup_printf ("%s\n%s", spec->description, both)
                                   : g_strdup (both);

    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
  }

  for (guint i = 0; i < spec->objectives->len; i++)
    {
      CspTemplateObjective *objective = g_ptr_array_index (spec->objectives, i);
      g_autofree char *when = due_text (start, objective->due_days);

      add_row (self, objective_row (spec, objective->key, objective->title, when, start));
    }
  if (count_actions (spec, NULL) > 0)
    add_row (self, objective_row (spec, NULL, _("Other Action Items"), NULL, start));
}

/* The rows shown (objectives, "other", or the blank row): for tests. */
guint
csp_template_preview_get_n_rows (CspTemplatePreview *self)
{
  g_return_val_if_fail (CSP_IS_TEMPLATE_PREVIEW (self), 0);

  return self->rows->len;
}
