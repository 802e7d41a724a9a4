/* csp-template-json.c: user plan templates, kept as JSON in plan_template
 *
 * The row holds the key, name, stage and description; its body the
 * rest, in the shape of the built-in templates:
 *
 *   { "version": 1, "outcome": "…", "duration_days": 90,
 *     "objectives": [ { "key": "o1", "title": "…", "metric": "…",
 *                       "target": "…", "due_days": 30 } ],
 *     "actions": [ { "title": "…", "owner_side": "ours",
 *                    "priority": "normal", "due_days": 7,
 *                    "objective": "o1", "notes": "…" } ] }
 *
 * Every member but the titles may be left out. Errors name the
 * template, the element and the member.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "csp-template-json.h"

#define BODY_VERSION 1

/* Auxiliary methods */

static gboolean
fail (GError     **error,
      const char  *key,
      const char  *where,
      const char  *member,
      const char  *reason)
{
  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID,
               /* Translators: template “key”, action 2, owner_side: reason */
               _("Template “%s”, %s, %s: %s"), key, where, member, reason);
  return FALSE;
}

/* The string member @member of @object, or NULL when absent or null. */
static gboolean
get_text (JsonObject  *object,
          const char  *member,
          char       **out,
          const char  *key,
          const char  *where,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, key, where, member, _("not a text"));
  *out = json_node_dup_string (node);
  return TRUE;
}

static gboolean
get_days (JsonObject  *object,
          const char  *member,
          int         *out,
          const char  *key,
          const char  *where,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 days;

  *out = CSP_UNSET;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, key, where, member, _("not a whole number of days"));
  days = json_node_get_int (node);
  if (days < 0 || days > 36500)
    return fail (error, key, where, member, _("must be from 0 to 36500 days"));
  *out = (int) days;
  return TRUE;
}

static gboolean
get_enum (JsonObject  *object,
          const char  *member,
          GType        type,
          int         *out,
          const char  *key,
          const char  *where,
          GError     **error)
{
  g_autofree char *nick = NULL;
  g_autoptr(GError) local = NULL;

  if (!get_text (object, member, &nick, key, where, error))
    return FALSE;
  if (nick == NULL || csp_enum_from_nick (type, nick, out, &local))
    return TRUE;
  return fail (error, key, where, member, local->message);
}

/* The array member @member of the body, each element an object. */
static JsonArray *
get_objects (JsonObject  *body,
             const char  *member,
             const char  *key,
             GError     **error)
{
  JsonNode *node = json_object_get_member (body, member);
  JsonArray *array;

  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (error, key, _("body"), member, _("not a list"));
      return NULL;
    }
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, i)))
      {
        g_autofree char *where = g_strdup_printf ("%s[%u]", member, i);

        fail (error, key, _("body"), where, _("not an object"));
        return NULL;
      }
  return array;
}

static gboolean
read_objective (CspTemplateSpec  *spec,
                JsonObject       *object,
                guint             index,
                GError          **error)
{
  g_autofree char *where = g_strdup_printf (_("objective %u"), index + 1);
  g_autofree char *key = NULL, *title = NULL;
  g_autofree char *fallback = g_strdup_printf ("o%u", index + 1);
  CspTemplateObjective *objective;

  if (!get_text (object, "key", &key, spec->key, where, error) ||
      !get_text (object, "title", &title, spec->key, where, error))
    return FALSE;
  /* Without a key, an objective can still be referred to by place. */
  objective = csp_template_spec_add_objective (spec, key ? key : fallback, title);
  return get_text (object, "metric", &objective->metric, spec->key, where, error) &&
         get_text (object, "target", &objective->target, spec->key, where, error) &&
         get_days (object, "due_days", &objective->due_days, spec->key, where, error);
}

static gboolean
read_action (CspTemplateSpec  *spec,
             JsonObject       *object,
             guint             index,
             GError          **error)
{
  g_autofree char *where = g_strdup_printf (_("action %u"), index + 1);
  g_autofree char *title = NULL;
  CspTemplateAction *action;
  int side = CSP_SIDE_OURS, priority = CSP_PRIORITY_NORMAL;

  if (!get_text (object, "title", &title, spec->key, where, error))
    return FALSE;
  action = csp_template_spec_add_action (spec, title);
  if (!get_enum (object, "owner_side", CSP_TYPE_SIDE, &side, spec->key, where, error) ||
      !get_enum (object, "priority", CSP_TYPE_PRIORITY, &priority, spec->key, where, error))
    return FALSE;
  action->owner_side = side;
  action->priority = priority;
  return get_text (object, "objective", &action->objective, spec->key, where, error) &&
         get_text (object, "notes", &action->notes, spec->key, where, error) &&
         get_days (object, "due_days", &action->due_days, spec->key, where, error);
}

static gboolean
read_body (CspTemplateSpec  *spec,
           JsonObject       *body,
           GError          **error)
{
  g_autoptr(GError) local = NULL;
  JsonArray *objectives, *actions = NULL;

  if (json_object_has_member (body, "version") &&
      json_object_get_int_member_with_default (body, "version", 0) != BODY_VERSION)
    return fail (error, spec->key, _("body"), "version", _("not a version this program reads"));
  if (!get_text (body, "outcome", &spec->outcome, spec->key, _("body"), error) ||
      !get_days (body, "duration_days", &spec->duration_days, spec->key, _("body"), error))
    return FALSE;

  objectives = get_objects (body, "objectives", spec->key, &local);
  if (local == NULL)
    actions = get_objects (body, "actions", spec->key, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }

  for (guint i = 0; objectives && i < json_array_get_length (objectives); i++)
    if (!read_objective (spec, json_array_get_object_element (objectives, i), i, error))
      return FALSE;
  for (guint i = 0; actions && i < json_array_get_length (actions); i++)
    if (!read_action (spec, json_array_get_object_element (actions, i), i, error))
      return FALSE;
  return TRUE;
}

static void
add_text (JsonBuilder *builder,
          const char  *member,
          const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_days (JsonBuilder *builder,
          const char  *member,
          int          days)
{
  if (days == CSP_UNSET)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, days);
}

static void
add_objective (JsonBuilder          *builder,
               CspTemplateObjective *objective)
{
  json_builder_begin_object (builder);
  add_text (builder, "key", objective->key);
  add_text (builder, "title", objective->title);
  add_text (builder, "metric", objective->metric);
  add_text (builder, "target", objective->target);
  add_days (builder, "due_days", objective->due_days);
  json_builder_end_object (builder);
}

static void
add_action (JsonBuilder       *builder,
            CspTemplateAction *action)
{
  json_builder_begin_object (builder);
  add_text (builder, "title", action->title);
  add_text (builder, "owner_side", csp_enum_to_nick (CSP_TYPE_SIDE, action->owner_side));
  add_text (builder, "priority", csp_enum_to_nick (CSP_TYPE_PRIORITY, action->priority));
  add_days (builder, "due_days", action->due_days);
  add_text (builder, "objective", action->objective);
  add_text (builder, "notes", action->notes);
  json_builder_end_object (builder);
}

/* Public API */

/* The template of a plan_template row, validated. */
CspTemplateSpec *
csp_template_spec_from_record (CspPlanTemplate  *record,
                               GError          **error)
{
  const char *key = csp_plan_template_get_key (record);
  g_autoptr(CspTemplateSpec) spec = csp_template_spec_new (key, csp_plan_template_get_name (record));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  JsonNode *root;

  spec->stage = csp_plan_template_get_lifecycle_stage (record);
  spec->description = g_strdup (csp_plan_template_get_description (record));
  spec->record_id = csp_record_get_id (CSP_RECORD (record));

  if (!json_parser_load_from_data (parser, csp_plan_template_get_body (record), -1, &local))
    {
      fail (error, key ? key : "", _("body"), "JSON", local->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (error, key ? key : "", _("body"), "JSON", _("not an object"));
      return NULL;
    }
  if (!read_body (spec, json_node_get_object (root), error) ||
      !csp_template_spec_validate (spec, error))
    return NULL;
  return g_steal_pointer (&spec);
}

/* The body of a plan_template row holding @spec. */
char *
csp_template_spec_to_body (CspTemplateSpec *spec)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, BODY_VERSION);
  add_text (builder, "outcome", spec->outcome);
  add_days (builder, "duration_days", spec->duration_days);
  json_builder_set_member_name (builder, "objectives");
  json_builder_begin_array (builder);
  for (guint i = 0; i < spec->objectives->len; i++)
    add_objective (builder, g_ptr_array_index (spec->objectives, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "actions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < spec->actions->len; i++)
    add_action (builder, g_ptr_array_index (spec->actions, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}
