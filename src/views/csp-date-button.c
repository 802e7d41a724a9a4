/* csp-date-button.c: a day picked from a calendar in a popover
 *
 * A button labelled with the day (in the locale's format) that opens a
 * GtkCalendar; picking a day sets "date" (YYYY-MM-DD) and closes the
 * popover. The date is a plain day: no time zone is involved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-date-button.h"
#include "csp-format.h"
#include "csp-model.h"

struct _CspDateButton
{
  AdwBin         parent_instance;

  char          *date;
  GtkMenuButton *button;
  GtkCalendar   *calendar;
  GtkPopover    *popover;
};

G_DEFINE_FINAL_TYPE (CspDateButton, csp_date_button, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (CspDateButton *self)
{
  g_autofree char *text = self->date ? csp_format_date (self->date) : NULL;

  gtk_menu_button_set_label (self->button, text && *text ? text : _("Pick a Date"));
}

static void
day_selected_cb (CspDateButton *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (day, "%Y-%m-%d");

  csp_date_button_set_date (self, text);
  gtk_popover_popdown (self->popover);
}

/* The calendar opens on the chosen day (or today). */
static void
popover_show_cb (CspDateButton *self)
{
  g_autoptr(GDateTime) day = NULL;
  GDate date;

  if (self->date != NULL && csp_date_parse (self->date, &date, NULL))
    day = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                 g_date_get_day (&date), 12, 0, 0);
  else
    day = g_date_time_new_now_local ();
  g_signal_handlers_block_by_func (self->calendar, day_selected_cb, self);
  gtk_calendar_select_day (self->calendar, day);
  g_signal_handlers_unblock_by_func (self->calendar, day_selected_cb, self);
}

static void
csp_date_button_finalize (GObject *object)
{
  g_free (CSP_DATE_BUTTON (object)->date);
  G_OBJECT_CLASS (csp_date_button_parent_class)->finalize (object);
}

static void
csp_date_button_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, CSP_DATE_BUTTON (object)->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_date_button_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_DATE:
      csp_date_button_set_date (CSP_DATE_BUTTON (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
csp_date_button_class_init (CspDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = csp_date_button_finalize;
  object_class->get_property = csp_date_button_get_property;
  object_class->set_property = csp_date_button_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
csp_date_button_init (CspDateButton *self)
{
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, GTK_WIDGET (self->calendar));
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
  gtk_menu_button_set_always_show_arrow (self->button, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Pick a date from the calendar"));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->button));

  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (popover_show_cb), self);
  update_label (self);
}

GtkWidget *
csp_date_button_new (void)
{
  return g_object_new (CSP_TYPE_DATE_BUTTON, NULL);
}

/* The day picked, YYYY-MM-DD; NULL before one is. */
const char *
csp_date_button_get_date (CspDateButton *self)
{
  g_return_val_if_fail (CSP_IS_DATE_BUTTON (self), NULL);

  return self->date;
}

void
csp_date_button_set_date (CspDateButton *self,
                          const char    *date)
{
  g_return_if_fail (CSP_IS_DATE_BUTTON (self));

  if (g_strcmp0 (self->date, date) == 0)
    return;
  g_free (self->date);
  self->date = g_strdup (date);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
