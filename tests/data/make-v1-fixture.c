/* make-v1-fixture.c: wrote planner-v1.db with schema version 1.
 *
 * Kept as the record of what the fixture holds; it is not built, and must
 * not be re-run by later versions (the point of the fixture is that it was
 * written by version 1). Built once with:
 *   gcc make-v1-fixture.c -I../../src/model -I../../src/store -I<build> \
 *       -I<build>/src/model <build>/src/store/libcsp-store.a \
 *       <build>/src/model/libcsp-model.a $(pkg-config --cflags --libs gio-2.0 sqlite3) -lm
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "csp-store-records.h"
#define ADD(obj) do { if (!csp_store_insert (store, CSP_RECORD (obj), &error)) g_error ("%s", error->message); } while (0)
static gint64 id (gpointer o) { return csp_record_get_id (CSP_RECORD (o)); }
int main (int argc, char **argv) {
  g_autoptr(GError) error = NULL;
  g_autoptr(CspStore) store = csp_store_open (argv[1], &error);
  if (!store) g_error ("%s", error->message);
  const char *names[] = { "华远科技", "Northwind Analytics", "蓝海物流 Blue Sea" };
  for (int i = 0; i < 3; i++) {
    CspAccount *a = g_object_new (CSP_TYPE_ACCOUNT, "name", names[i], "external-id", i ? g_strdup_printf ("CRM-%d", i) : NULL,
      "segment", i, "lifecycle-stage", i + 1, "csm", "李娜", "arr-minor", (gint64) (i + 1) * 12000000, "currency", i == 1 ? "USD" : "CNY",
      "renewal-on", "2027-03-31", "customer-since", "2024-01-15", "industry", "物流", "region", "华东", "notes", "Fixture, \"quoted\"", NULL);
    ADD (a);
    CspStakeholder *s = g_object_new (CSP_TYPE_STAKEHOLDER, "account-id", id (a), "name", "张伟", "title", "CIO", "level", 0, "role", 0,
      "counterpart", 0, "email", "zw@example.com", "preferred-channel", 3, NULL);
    ADD (s);
    for (int w = 0; w < 3; w++) {
      g_autofree char *d = g_strdup_printf ("2026-0%d-01", w + 1);
      CspHealthSnapshot *h = g_object_new (CSP_TYPE_HEALTH_SNAPSHOT, "account-id", id (a), "taken-on", d,
        "score", w == 0 ? 55 : -1, "usage", 60 + w * 10, "support", 70, "nps", 40 + w, NULL);
      ADD (h); g_object_unref (h);
    }
    CspSuccessPlan *p = g_object_new (CSP_TYPE_SUCCESS_PLAN, "account-id", id (a), "title", "Onboarding 上线计划", "desired-outcome", "Go live",
      "status", 1, "start-on", "2026-01-01", "target-on", "2026-06-30", "template-key", "onboarding", NULL);
    ADD (p);
    CspObjective *o = g_object_new (CSP_TYPE_OBJECTIVE, "plan-id", id (p), "title", "Weekly active users", "metric", "WAU",
      "baseline", "120", "target", "400", "current", "250", "due-on", "2026-06-30", "status", 1, NULL);
    ADD (o);
    CspMeeting *m = g_object_new (CSP_TYPE_MEETING, "account-id", id (a), "kind", 0, "title", "战略会议 Strategy", "scheduled-at", "2026-02-10T06:00:00Z",
      "duration-minutes", 90, "channel", 1, "status", 1, "agenda", "1. Health\n2. Plan", "notes", "Agreed next steps", NULL);
    ADD (m);
    CspActionItem *act = g_object_new (CSP_TYPE_ACTION_ITEM, "plan-id", id (p), "objective-id", id (o), "meeting-id", id (m), "position", 0,
      "title", "Run admin training", "owner-side", 1, "owner-name", "Emily Chen", "due-on", "2026-02-28", "priority", 1, "status", 3,
      "completed-on", "2026-02-20", "notes", "done", NULL);
    ADD (act);
    CspActionItem *act2 = g_object_new (CSP_TYPE_ACTION_ITEM, "plan-id", id (p), "position", 1,
      "title", "提供使用数据", "owner-side", 0, "owner-name", "张伟", "due-on", "2026-03-15", "priority", 2, "status", 2, "notes", "Waiting for IT", NULL);
    ADD (act2);
    CspAttendee *at = g_object_new (CSP_TYPE_ATTENDEE, "meeting-id", id (m), "stakeholder-id", id (s), "name", "张伟", "side", 0, "role", "Sponsor", NULL);
    ADD (at);
    CspAttendee *at2 = g_object_new (CSP_TYPE_ATTENDEE, "meeting-id", id (m), "name", "李娜", "side", 1, "role", "CSM", NULL);
    ADD (at2);
    CspDecision *dcs = g_object_new (CSP_TYPE_DECISION, "meeting-id", id (m), "action-id", id (act), "position", 0, "body", "Train admins in February", NULL);
    ADD (dcs);
    CspRisk *r = g_object_new (CSP_TYPE_RISK, "account-id", id (a), "kind", 0, "severity", 1, "raised-on", "2026-01-10",
      "resolved-on", "2026-02-20", "saved-arr-minor", (gint64) 5000000, "notes", "Usage recovered", NULL);
    ADD (r);
    CspActivity *ac = g_object_new (CSP_TYPE_ACTIVITY, "account-id", id (a), "occurred-on", "2026-02-11", "kind", 4, "summary", "Go-live", "details", "All regions", NULL);
    ADD (ac);
  }
  CspPlanTemplate *t = g_object_new (CSP_TYPE_PLAN_TEMPLATE, "key", "user-fixture", "name", "My template", "lifecycle-stage", 2,
    "description", "Saved from a plan", "body", "{\"objectives\":[]}", NULL);
  ADD (t);
  return 0;
}
