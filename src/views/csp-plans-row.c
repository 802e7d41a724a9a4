/* csp-plans-row.c: one line of the Plans page: a heading or an action item
 *
 * The Plans page's list view shows headings and action items in one
 * flat list (see csp-action-sections.c), and a list view recycles its
 * rows for any item, so one row widget shows either: a section heading
 * with its count, or an action item with a check button to mark it done,
 * its title, account and plan, owner, due date and priority. Toggling
 * the check button by hand emits "done-toggled"; the page writes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-action-group.h"
#include "csp-action-item.h"
#include "csp-action-section.h"
#include "csp-action-summary.h"
#include "csp-enum-types.h"
#include "csp-format.h"
#include "csp-plans-row.h"

struct _CspPlansRow
{
  AdwBin          parent_instance;

  GObject        *item;     /* CspActionSection or CspActionSummary */
  gboolean        binding;  /* setting the check button, not the user */

  GtkStack       *stack;
  GtkLabel       *heading_label;
  GtkLabel       *count_label;
  GtkCheckButton *done_check;
  GtkLabel       *title_label;
  GtkLabel       *context_label;
  GtkLabel       *owner_label;
  GtkWidget      *overdue_icon;
  GtkLabel       *due_label;
  GtkLabel       *priority_label;
};

G_DEFINE_FINAL_TYPE (CspPlansRow, csp_plans_row, ADW_TYPE_BIN)

enum {
  DONE_TOGGLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
show_section (CspPlansRow      *self,
              CspActionSection *section)
{
  g_autofree char *count = g_strdup_printf ("%u", csp_action_section_get_n_items (section));

  gtk_label_set_text (self->heading_label,
                      csp_action_group_label (csp_action_section_get_group (section)));
  gtk_label_set_text (self->count_label, count);
  gtk_stack_set_visible_child_name (self->stack, "heading");
}

static char *
owner_text (CspActionItem *action)
{
  const char *side = csp_enum_to_label (CSP_TYPE_SIDE, csp_action_item_get_owner_side (action));
  const char *name = csp_action_item_get_owner_name (action);

  if (name == NULL || *name == '\0')
    return g_strdup (side);
  /* Translators: the owner of an action item: the side (“Customer” or
   * “Ours”), then the person's name */
  return g_strdup_printf (_("%s · %s"), side, name);
}

/* The due date, or for a done item the day it was done. */
static void
show_dates (CspPlansRow   *self,
            CspActionItem *action,
            const char    *today)
{
  CspActionStatus status = csp_action_item_get_status (action);
  const char *due_on = csp_action_item_get_due_on (action);
  g_autofree char *text = NULL;
  gboolean overdue = csp_action_group_for (status, due_on, NULL, today, G_DATE_MONDAY)
                     == CSP_ACTION_GROUP_OVERDUE;

  if (status == CSP_ACTION_DONE)
    {
      g_autofree char *done_on = csp_format_date (csp_action_item_get_completed_on (action));

      /* Translators: %s is the date an action item was marked done */
      text = g_strdup_printf (_("Done %s"), done_on);
    }
  else if (due_on != NULL && *due_on != '\0')
    text = csp_format_date (due_on);
  else
    text = g_strdup (_("No due date"));

  gtk_label_set_text (self->due_label, text);
  gtk_widget_set_visible (self->overdue_icon, overdue);
  set_class (gtk_widget_get_parent (self->overdue_icon), "error", overdue);
}

static void
show_priority (CspPlansRow *self,
               CspPriority  priority)
{
  gtk_label_set_text (self->priority_label, csp_enum_to_label (CSP_TYPE_PRIORITY, priority));
  set_class (GTK_WIDGET (self->priority_label), "error", priority == CSP_PRIORITY_CRITICAL);
  set_class (GTK_WIDGET (self->priority_label), "warning", priority == CSP_PRIORITY_URGENT);
  set_class (GTK_WIDGET (self->priority_label), "dim-label", priority >= CSP_PRIORITY_NORMAL);
}

static void
show_action (CspPlansRow      *self,
             CspActionSummary *summary,
             const char       *today)
{
  CspActionItem *action = csp_action_summary_get_action (summary);
  gboolean done = csp_action_item_get_status (action) == CSP_ACTION_DONE;
  g_autofree char *context = NULL;
  g_autofree char *owner = owner_text (action);

  /* Translators: an action item's account, then its success plan */
  context = g_strdup_printf (_("%s · %s"), csp_action_summary_get_account_name (summary),
                             csp_action_summary_get_plan_title (summary));
  self->binding = TRUE;
  gtk_check_button_set_active (self->done_check, done);
  self->binding = FALSE;
  gtk_label_set_text (self->title_label, csp_action_item_get_title (action));
  set_class (GTK_WIDGET (self->title_label), "dim-label", done);
  gtk_label_set_text (self->context_label, context);
  gtk_label_set_text (self->owner_label, owner);
  show_dates (self, action, today);
  show_priority (self, csp_action_item_get_priority (action));
  gtk_stack_set_visible_child_name (self->stack, "action");
}

/* Callbacks */

static void
done_toggled_cb (CspPlansRow *self)
{
  if (self->binding || !CSP_IS_ACTION_SUMMARY (self->item))
    return;

  g_signal_emit (self, signals[DONE_TOGGLED], 0,
                 gtk_check_button_get_active (self->done_check));
}

/* Overrides */

static void
csp_plans_row_dispose (GObject *object)
{
  CspPlansRow *self = CSP_PLANS_ROW (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (csp_plans_row_parent_class)->dispose (object);
}

static void
csp_plans_row_class_init (CspPlansRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_plans_row_dispose;

  /* The user ticked (TRUE) or cleared (FALSE) the row's check button. */
  signals[DONE_TOGGLED] =
    g_signal_new ("done-toggled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-plans-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CspPlansRow, stack);
  gtk_widget_class_bind_template_child (widget_class, CspPlansRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, CspPlansRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, CspPlansRow, done_check);
  gtk_widget_class_bind_template_child (widget_class, CspPlansRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, CspPlansRow, context_label);
  gtk_widget_class_bind_template_child (widget_class, CspPlansRow, owner_label);
  gtk_widget_class_bind_template_child (widget_class, CspPlansRow, overdue_icon);
  gtk_widget_class_bind_template_child (widget_class, CspPlansRow, due_label);
  gtk_widget_class_bind_template_child (widget_class, CspPlansRow, priority_label);
  gtk_widget_class_bind_template_callback (widget_class, done_toggled_cb);
}

static void
csp_plans_row_init (CspPlansRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
csp_plans_row_new (void)
{
  return g_object_new (CSP_TYPE_PLANS_ROW, NULL);
}

/* Shows @item, a CspActionSection heading or a CspActionSummary, judging
 * what is overdue on the day @today. */
void
csp_plans_row_set_item (CspPlansRow *self,
                        GObject     *item,
                        const char  *today)
{
  g_return_if_fail (CSP_IS_PLANS_ROW (self));
  g_return_if_fail (CSP_IS_ACTION_SECTION (item) || CSP_IS_ACTION_SUMMARY (item));

  g_set_object (&self->item, item);
  if (CSP_IS_ACTION_SECTION (item))
    show_section (self, CSP_ACTION_SECTION (item));
  else
    show_action (self, CSP_ACTION_SUMMARY (item), today);
}

GObject *
csp_plans_row_get_item (CspPlansRow *self)
{
  g_return_val_if_fail (CSP_IS_PLANS_ROW (self), NULL);

  return self->item;
}
