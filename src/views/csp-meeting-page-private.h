/* csp-meeting-page-private.h: what the meeting page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-date-button.h"
#include "csp-meeting-brief-view.h"
#include "csp-meeting-page.h"

G_BEGIN_DECLS

/* Text and the title are saved this long after the last keystroke. */
#define CSP_MEETING_SAVE_DELAY_MS 500

struct _CspMeetingPage
{
  AdwBin           parent_instance;

  CspStore        *store;
  CspMeeting      *meeting;
  CspAccount      *account;
  GListModel      *stakeholders;  /* the account's, CspStakeholder */
  GListModel      *attendees;     /* the meeting's, CspAttendee */
  GTimeZone       *zone;          /* the user's; times show in it */
  guint            save_id;       /* a save waiting for typing to pause */
  gboolean         filling;       /* setting the widgets from the meeting */
  gulong           store_changed_id;
  CspRecord       *removed;       /* the last attendee or decision removed, for undo */

  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  AdwComboRow     *kind_row;
  AdwEntryRow     *title_row;
  AdwActionRow    *date_row;
  CspDateButton   *date_button;
  AdwEntryRow     *time_row;
  GtkSpinButton   *duration_spin;
  AdwComboRow     *channel_row;
  AdwComboRow     *status_row;
  GtkLabel        *details_error;

  GtkRevealer     *coverage_revealer;
  AdwActionRow    *coverage_row;
  GtkListBox      *attendees_list;
  GtkListBox      *stakeholder_choices;
  GtkLabel        *choices_placeholder;
  GtkPopover      *stakeholder_popover;
  GtkEntry        *our_name_entry;
  GtkDropDown     *our_role_dropdown;
  GtkPopover      *our_popover;

  GtkStack        *text_stack;
  GtkTextView     *agenda_view;
  GtkTextView     *notes_view;
  CspMeetingBriefView *brief_view;

  GtkListBox      *decisions_list;
  AdwEntryRow     *new_decision_row;
};

/* csp-meeting-page.c */
void     _csp_meeting_page_clear_list     (GtkListBox     *list);
void     _csp_meeting_page_toast          (CspMeetingPage *self,
                                           const char     *title,
                                           const char     *undo_action);
void     _csp_meeting_page_error          (CspMeetingPage *self,
                                           const GError   *error);
gboolean _csp_meeting_page_save_now       (CspMeetingPage *self,
                                           GError        **error);
void     _csp_meeting_page_schedule_save  (CspMeetingPage *self);
void     _csp_meeting_page_flush          (CspMeetingPage *self);
void     _csp_meeting_page_install_delete (GtkWidgetClass *widget_class);

/* csp-meeting-schedule.c */
void     _csp_meeting_page_init_details   (CspMeetingPage *self);
void     _csp_meeting_page_fill_details   (CspMeetingPage *self);
void     _csp_meeting_page_bind_details   (GtkWidgetClass *widget_class);

/* csp-meeting-notes.c */
void     _csp_meeting_page_init_notes     (CspMeetingPage *self);
void     _csp_meeting_page_fill_notes     (CspMeetingPage *self);
void     _csp_meeting_page_take_notes     (CspMeetingPage *self);

/* csp-meeting-attendees.c */
void     _csp_meeting_page_init_attendees (CspMeetingPage *self);
void     _csp_meeting_page_fill_attendees (CspMeetingPage *self);
void     _csp_meeting_page_bind_attendees (GtkWidgetClass *widget_class);
void     _csp_meeting_page_update_coverage (CspMeetingPage *self);

/* csp-meeting-decisions.c */
void     _csp_meeting_page_fill_decisions (CspMeetingPage *self);
void     _csp_meeting_page_bind_decisions (GtkWidgetClass *widget_class);
void     _csp_meeting_page_update_action_states (CspMeetingPage *self);

G_END_DECLS
