/* csp-meetings-filters.c: the filters of the Meetings tab
 *
 * A popover that narrows the meetings by kind, status and account. The
 * accounts offered are those with meetings, by name (typing in the list
 * finds one among hundreds); an account chosen elsewhere ("Show in
 * Meetings" on the account page) is offered even before the list has
 * read its meetings. Each change emits "changed"; the page copies the
 * choices into its CspMeetingFilter with csp_meetings_filters_apply().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-enum-types.h"
#include "csp-meeting.h"
#include "csp-meetings-filters.h"

/* Every drop-down's first choice lets every value through. */
#define ANY_CHOICE 0

struct _CspMeetingsFilters
{
  GtkPopover     parent_instance;

  GtkDropDown   *kind_drop;
  GtkDropDown   *status_drop;
  GtkDropDown   *account_drop;
  GtkWidget     *clear_button;

  GtkStringList *account_names; /* "Any", then the accounts by name */
  GArray        *account_ids;   /* gint64, in step with account_names */
  gboolean       quiet;         /* choices made here are reported once */
};

G_DEFINE_FINAL_TYPE (CspMeetingsFilters, csp_meetings_filters, GTK_TYPE_POPOVER)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  gint64      id;
  const char *name;
} AccountChoice;

/* Auxiliary methods */

static GListModel *
enum_choices (GType enum_type)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  /* Translators: the filter choice that lets every value through */
  gtk_string_list_append (list, _("Any"));
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, csp_enum_to_label (enum_type, klass->values[i].value));
  return G_LIST_MODEL (list);
}

/* The enum value chosen in @drop, or CSP_MEETING_FILTER_ANY. */
static int
chosen_value (GtkDropDown *drop)
{
  guint selected = gtk_drop_down_get_selected (drop);

  if (selected == GTK_INVALID_LIST_POSITION || selected == ANY_CHOICE)
    return CSP_MEETING_FILTER_ANY;
  return (int) selected - 1;
}

static gint64
chosen_account (CspMeetingsFilters *self)
{
  guint selected = gtk_drop_down_get_selected (self->account_drop);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->account_ids->len)
    return 0;
  return g_array_index (self->account_ids, gint64, selected);
}

static guint
n_active (CspMeetingsFilters *self)
{
  return (chosen_value (self->kind_drop) != CSP_MEETING_FILTER_ANY) +
         (chosen_value (self->status_drop) != CSP_MEETING_FILTER_ANY) +
         (chosen_account (self) != 0);
}

static void
report (CspMeetingsFilters *self)
{
  gtk_widget_set_sensitive (self->clear_button, n_active (self) > 0);
  if (!self->quiet)
    g_signal_emit (self, signals[CHANGED], 0);
}

static int
compare_choices (gconstpointer a,
                 gconstpointer b)
{
  const AccountChoice *ca = a, *cb = b;
  int by_name = g_utf8_collate (ca->name, cb->name);

  return by_name != 0 ? by_name : (ca->id > cb->id) - (ca->id < cb->id);
}

/* Offers @choices (sorted here) and chooses @chosen_id among them. */
static void
offer_accounts (CspMeetingsFilters *self,
                GArray             *choices,
                gint64              chosen_id)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint chosen = ANY_CHOICE;
  gint64 any = 0;

  g_array_sort (choices, compare_choices);
  g_array_set_size (self->account_ids, 0);
  g_array_append_val (self->account_ids, any);
  for (guint i = 0; i < choices->len; i++)
    {
      AccountChoice *choice = &g_array_index (choices, AccountChoice, i);

      if (choice->id == chosen_id)
        chosen = i + 1;
      g_array_append_val (self->account_ids, choice->id);
      g_ptr_array_add (names, (gpointer) choice->name);
    }
  g_ptr_array_add (names, NULL);

  self->quiet = TRUE;
  gtk_string_list_splice (self->account_names, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->account_names)) - 1,
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->account_drop, chosen);
  self->quiet = FALSE;
}

/* Callbacks */

static void
choice_changed_cb (CspMeetingsFilters *self)
{
  report (self);
}

/* Overrides */

static void
csp_meetings_filters_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), CSP_TYPE_MEETINGS_FILTERS);

  G_OBJECT_CLASS (csp_meetings_filters_parent_class)->dispose (object);
}

static void
csp_meetings_filters_finalize (GObject *object)
{
  CspMeetingsFilters *self = CSP_MEETINGS_FILTERS (object);

  g_clear_object (&self->account_names);
  g_array_unref (self->account_ids);

  G_OBJECT_CLASS (csp_meetings_filters_parent_class)->finalize (object);
}

static void
csp_meetings_filters_class_init (CspMeetingsFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = csp_meetings_filters_dispose;
  object_class->finalize = csp_meetings_filters_finalize;

  /* A choice changed. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/csp-meetings-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsFilters, kind_drop);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsFilters, status_drop);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsFilters, account_drop);
  gtk_widget_class_bind_template_child (widget_class, CspMeetingsFilters, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, csp_meetings_filters_clear);
}

static void
csp_meetings_filters_init (CspMeetingsFilters *self)
{
  gint64 any = 0;
  g_autoptr(GListModel) kinds = enum_choices (CSP_TYPE_MEETING_KIND);
  g_autoptr(GListModel) statuses = enum_choices (CSP_TYPE_MEETING_STATUS);

  self->account_names = gtk_string_list_new ((const char *[]) { _("Any"), NULL });
  self->account_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->account_ids, any);

  self->quiet = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->kind_drop, kinds);
  gtk_drop_down_set_model (self->status_drop, statuses);
  gtk_drop_down_set_model (self->account_drop, G_LIST_MODEL (self->account_names));
  /* Typing in the list of accounts finds one by name. */
  gtk_drop_down_set_expression (self->account_drop,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT,
                                                             NULL, "string"));
  self->quiet = FALSE;
}

/* Public API */

GtkWidget *
csp_meetings_filters_new (void)
{
  return g_object_new (CSP_TYPE_MEETINGS_FILTERS, NULL);
}

/* Copies the kind, status and account chosen into @filter. */
void
csp_meetings_filters_apply (CspMeetingsFilters *self,
                            CspMeetingFilter   *filter)
{
  g_return_if_fail (CSP_IS_MEETINGS_FILTERS (self));
  g_return_if_fail (filter != NULL);

  filter->kind = chosen_value (self->kind_drop);
  filter->status = chosen_value (self->status_drop);
  filter->account_id = chosen_account (self);
}

/* Back to every meeting, reported as one change. */
void
csp_meetings_filters_clear (CspMeetingsFilters *self)
{
  g_return_if_fail (CSP_IS_MEETINGS_FILTERS (self));

  if (n_active (self) == 0)
    return;
  self->quiet = TRUE;
  gtk_drop_down_set_selected (self->kind_drop, ANY_CHOICE);
  gtk_drop_down_set_selected (self->status_drop, ANY_CHOICE);
  gtk_drop_down_set_selected (self->account_drop, ANY_CHOICE);
  self->quiet = FALSE;
  report (self);
}

/* Offers the accounts of @summaries (CspMeetingSummary rows). The
 * account chosen stays chosen, and offered, even without meetings. */
void
csp_meetings_filters_set_accounts (CspMeetingsFilters *self,
                                   GListModel         *summaries)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) choices = g_array_new (FALSE, FALSE, sizeof (AccountChoice));
  g_autofree char *chosen_name = g_strdup (csp_meetings_filters_get_account_name (self));
  gint64 chosen_id = chosen_account (self);
  guint n = g_list_model_get_n_items (summaries);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CspMeetingSummary) summary = g_list_model_get_item (summaries, i);
      AccountChoice choice;

      if (summary == NULL)
        continue;
      choice.id = csp_meeting_get_account_id (csp_meeting_summary_get_meeting (summary));
      /* The rows live on in the model, and their names with them. */
      choice.name = csp_meeting_summary_get_account_name (summary);
      if (choice.name != NULL &&
          g_hash_table_add (seen, g_memdup2 (&choice.id, sizeof choice.id)))
        g_array_append_val (choices, choice);
    }
  if (chosen_id != 0 && !g_hash_table_contains (seen, &chosen_id))
    {
      AccountChoice choice = { chosen_id, chosen_name };

      g_array_append_val (choices, choice);
    }
  offer_accounts (self, choices, chosen_id);
}

/* Chooses the account @account_id, named @account_name (0 for any),
 * offering it if the list does not yet. */
void
csp_meetings_filters_set_account (CspMeetingsFilters *self,
                                  gint64              account_id,
                                  const char         *account_name)
{
  g_return_if_fail (CSP_IS_MEETINGS_FILTERS (self));

  for (guint i = 0; i < self->account_ids->len; i++)
    if (g_array_index (self->account_ids, gint64, i) == account_id)
      {
        gtk_drop_down_set_selected (self->account_drop, i);
        return;
      }

  self->quiet = TRUE;
  gtk_string_list_append (self->account_names, account_name ? account_name : "");
  g_array_append_val (self->account_ids, account_id);
  self->quiet = FALSE;
  gtk_drop_down_set_selected (self->account_drop, self->account_ids->len - 1);
}

/* Chooses the meetings of kind @kind (a CspMeetingKind, or
 * CSP_MEETING_FILTER_ANY). */
void
csp_meetings_filters_set_kind (CspMeetingsFilters *self,
                               int                 kind)
{
  g_return_if_fail (CSP_IS_MEETINGS_FILTERS (self));

  gtk_drop_down_set_selected (self->kind_drop, kind + 1);
}

/* Chooses the meetings of status @status (a CspMeetingStatus, or
 * CSP_MEETING_FILTER_ANY). */
void
csp_meetings_filters_set_status (CspMeetingsFilters *self,
                                 int                 status)
{
  g_return_if_fail (CSP_IS_MEETINGS_FILTERS (self));

  gtk_drop_down_set_selected (self->status_drop, status + 1);
}

/* The name of the account chosen, or NULL for any. */
const char *
csp_meetings_filters_get_account_name (CspMeetingsFilters *self)
{
  guint selected;

  g_return_val_if_fail (CSP_IS_MEETINGS_FILTERS (self), NULL);

  selected = gtk_drop_down_get_selected (self->account_drop);
  if (chosen_account (self) == 0)
    return NULL;
  return gtk_string_list_get_string (self->account_names, selected);
}
