/* csp-template-xml.c: built-in plan templates, read from XML
 *
 * A built-in template is one file in data/templates, compiled into the
 * templates GResource:
 *
 *   <plan-template key="onboarding" stage="onboarding" duration="90">
 *     <name>…</name> <description>…</description> <outcome>…</outcome>
 *     <objective key="training" due="45">
 *       <title>…</title> <metric>…</metric> <target>…</target>
 *     </objective>
 *     <action objective="training" owner="ours|customer" due="21"
 *             priority="critical|urgent|normal|low">
 *       <title>…</title> <notes>…</notes>
 *     </action>
 *   </plan-template>
 *
 * "due" and "duration" are days from the plan's start; only titles are
 * required. The texts are translated (data/its tells xgettext which):
 * xgettext collapses white space and keeps entities escaped in the
 * msgid, so the lookup does the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-enum-types.h"
#include "csp-model-error.h"
#include "csp-model-types.h"
#include "csp-template-xml.h"

typedef struct
{
  CspTemplateSpec       *spec;
  CspTemplateObjective  *objective; /* inside <objective> */
  CspTemplateAction     *action;    /* inside <action> */
  char                 **text;      /* where the text being read goes */
  GString               *buffer;
  gboolean               translate;
} Reader;

/* Auxiliary methods */

/* White space collapsed as xgettext does for ITS content. */
static char *
collapse_space (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (out, "%s%s", out->len ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
translate_text (const char *text)
{
  g_autoptr(GString) msgid = g_string_new (text);

  g_string_replace (msgid, "&", "&amp;", 0);
  g_string_replace (msgid, "<", "&lt;", 0);
  return g_strdup (g_dgettext (GETTEXT_PACKAGE, msgid->str));
}

static gboolean
parse_days (const char  *element,
            const char  *attribute,
            const char  *value,
            int         *days,
            GError     **error)
{
  guint64 number;

  *days = CSP_UNSET;
  if (value == NULL)
    return TRUE;
  if (g_ascii_string_to_unsigned (value, 10, 0, 36500, &number, NULL))
    {
      *days = (int) number;
      return TRUE;
    }
  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
               _("<%s>: %s “%s” is not a number of days from 0 to 36500"),
               element, attribute, value);
  return FALSE;
}

static gboolean
parse_enum (const char  *element,
            const char  *attribute,
            GType        type,
            const char  *value,
            int         *out,
            GError     **error)
{
  g_autoptr(GError) local = NULL;

  if (value == NULL || csp_enum_from_nick (type, value, out, &local))
    return TRUE;
  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
               "<%s>: %s: %s", element, attribute, local->message);
  return FALSE;
}

static gboolean
start_template (Reader       *reader,
                const char  **names,
                const char  **values,
                GError      **error)
{
  const char *key, *stage = NULL, *duration = NULL;
  int value = CSP_LIFECYCLE_NEW;

  if (!g_markup_collect_attributes ("plan-template", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "key", &key,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "stage", &stage,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "duration", &duration,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;

  reader->spec = csp_template_spec_new (key, NULL);
  reader->spec->builtin = TRUE;
  if (!parse_enum ("plan-template", "stage", CSP_TYPE_LIFECYCLE_STAGE, stage, &value, error))
    return FALSE;
  reader->spec->stage = value;
  return parse_days ("plan-template", "duration", duration, &reader->spec->duration_days, error);
}

static gboolean
start_objective (Reader       *reader,
                 const char  **names,
                 const char  **values,
                 GError      **error)
{
  const char *key, *due = NULL;

  if (!g_markup_collect_attributes ("objective", names, values, error,
                                    G_MARKUP_COLLECT_STRING, "key", &key,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "due", &due,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;

  reader->objective = csp_template_spec_add_objective (reader->spec, key, NULL);
  return parse_days ("objective", "due", due, &reader->objective->due_days, error);
}

static gboolean
start_action (Reader       *reader,
              const char  **names,
              const char  **values,
              GError      **error)
{
  const char *objective = NULL, *owner = NULL, *due = NULL, *priority = NULL;
  CspTemplateAction *action;
  int side = CSP_SIDE_OURS, level = CSP_PRIORITY_NORMAL;

  if (!g_markup_collect_attributes ("action", names, values, error,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "objective", &objective,
                                    G_MARKUP_COLLECT_STRING, "owner", &owner,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "due", &due,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "priority", &priority,
                                    G_MARKUP_COLLECT_INVALID))
    return FALSE;

  action = reader->action = csp_template_spec_add_action (reader->spec, NULL);
  action->objective = g_strdup (objective);
  if (!parse_enum ("action", "owner", CSP_TYPE_SIDE, owner, &side, error) ||
      !parse_enum ("action", "priority", CSP_TYPE_PRIORITY, priority, &level, error))
    return FALSE;
  action->owner_side = side;
  action->priority = level;
  return parse_days ("action", "due", due, &action->due_days, error);
}

/* Where the text of a text element goes, or NULL when @element has no
 * business inside @parent. */
static char **
text_slot (Reader     *reader,
           const char *parent,
           const char *element)
{
  CspTemplateSpec *spec = reader->spec;

  if (g_strcmp0 (parent, "plan-template") == 0)
    return g_str_equal (element, "name") ? &spec->name
         : g_str_equal (element, "description") ? &spec->description
         : g_str_equal (element, "outcome") ? &spec->outcome : NULL;
  if (g_strcmp0 (parent, "objective") == 0)
    return g_str_equal (element, "title") ? &reader->objective->title
         : g_str_equal (element, "metric") ? &reader->objective->metric
         : g_str_equal (element, "target") ? &reader->objective->target : NULL;
  if (g_strcmp0 (parent, "action") == 0)
    return g_str_equal (element, "title") ? &reader->action->title
         : g_str_equal (element, "notes") ? &reader->action->notes : NULL;
  return NULL;
}

/* Callbacks */

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Reader *reader = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char *parent = stack->next ? stack->next->data : NULL;
  char **slot;

  if (parent == NULL && g_str_equal (element, "plan-template"))
    start_template (reader, names, values, error);
  else if (g_strcmp0 (parent, "plan-template") == 0 && g_str_equal (element, "objective"))
    start_objective (reader, names, values, error);
  else if (g_strcmp0 (parent, "plan-template") == 0 && g_str_equal (element, "action"))
    start_action (reader, names, values, error);
  else if ((slot = text_slot (reader, parent, element)) != NULL &&
           g_markup_collect_attributes (element, names, values, error,
                                        G_MARKUP_COLLECT_INVALID, NULL))
    {
      if (*slot != NULL)
        g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                     _("<%s> is given twice in <%s>"), element, parent);
      reader->text = slot;
      g_string_truncate (reader->buffer, 0);
    }
  else if (error != NULL && *error == NULL)
    g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ELEMENT,
                 _("<%s> is not expected inside <%s>"), element, parent ? parent : "");
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Reader *reader = user_data;
  g_autofree char *text = NULL;

  if (reader->text == NULL)
    {
      if (g_str_equal (element, "objective"))
        reader->objective = NULL;
      else if (g_str_equal (element, "action"))
        reader->action = NULL;
      return;
    }

  text = collapse_space (reader->buffer->str);
  *reader->text = reader->translate && text[0] != '\0' ? translate_text (text)
                                                       : g_steal_pointer (&text);
  reader->text = NULL;
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Reader *reader = user_data;

  if (reader->text != NULL)
    g_string_append_len (reader->buffer, text, (gssize) length);
}

static const GMarkupParser parser = {
  start_element_cb, end_element_cb, text_cb, NULL, NULL,
};

/* Public API */

/* Reads the template in @text (named @file_name in errors), its texts
 * translated when @translate; validated. */
CspTemplateSpec *
csp_template_spec_from_xml (const char  *text,
                            gssize       length,
                            const char  *file_name,
                            gboolean     translate,
                            GError     **error)
{
  Reader reader = { .buffer = g_string_new (NULL), .translate = translate };
  g_autoptr(GMarkupParseContext) context =
    g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &reader, NULL);
  g_autoptr(CspTemplateSpec) spec = NULL;
  gboolean parsed;

  parsed = g_markup_parse_context_parse (context, text, length, error) &&
           g_markup_parse_context_end_parse (context, error);
  spec = reader.spec;
  g_string_free (reader.buffer, TRUE);

  if (parsed && spec == NULL)
    g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_EMPTY, _("The document is empty"));
  if (!parsed || spec == NULL || !csp_template_spec_validate (spec, error))
    {
      g_prefix_error (error, "%s: ", file_name);
      return NULL;
    }
  return g_steal_pointer (&spec);
}
