/* csp-template-library.c: the built-in and the user's plan templates
 *
 * Built-in templates are XML files in their own GResource (compiled
 * into this library, so the CLI and tests have them too) and are read,
 * translated, each time they are listed: there are a handful. User
 * templates are plan_template rows. Built-in keys are plain words; user
 * keys start with "user-", so the two never meet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "csp-store-records.h"
#include "csp-store-templates.h"
#include "csp-template-json.h"
#include "csp-template-library.h"
#include "csp-template-resources.h"
#include "csp-template-xml.h"

#define BUILTIN_PATH RESOURCE_BASE "/templates/"

/* Auxiliary methods */

/* Built-ins by lifecycle stage, then by name. */
static int
compare_specs (gconstpointer a,
               gconstpointer b)
{
  const CspTemplateSpec *x = *(CspTemplateSpec * const *) a;
  const CspTemplateSpec *y = *(CspTemplateSpec * const *) b;

  if (x->stage != y->stage)
    return x->stage < y->stage ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

static char *
new_user_key (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strconcat ("user-", uuid, NULL);
}

/* Public API */

/* The file names of the built-in templates, sorted. */
GStrv
csp_template_library_builtin_files (void)
{
  GStrv names = g_resource_enumerate_children (csp_template_get_resource (), BUILTIN_PATH,
                                               G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  if (names == NULL)
    return g_new0 (char *, 1);
  qsort (names, g_strv_length (names), sizeof (char *), (GCompareFunc) g_strcmp0);
  return names;
}

/* The built-in template in @file_name, its texts translated or as
 * written. */
CspTemplateSpec *
csp_template_library_read_builtin (const char  *file_name,
                                   gboolean     translate,
                                   GError     **error)
{
  g_autofree char *path = g_strconcat (BUILTIN_PATH, file_name, NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (csp_template_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  gsize length;
  const char *text;

  if (bytes == NULL)
    return NULL;
  text = g_bytes_get_data (bytes, &length);
  return csp_template_spec_from_xml (text, (gssize) length, file_name, translate, error);
}

/* The built-in templates, translated, by stage. */
GPtrArray *
csp_template_library_list_builtin (GError **error)
{
  g_auto(GStrv) files = csp_template_library_builtin_files ();
  g_autoptr(GPtrArray) specs =
    g_ptr_array_new_with_free_func ((GDestroyNotify) csp_template_spec_unref);

  for (guint i = 0; files[i] != NULL; i++)
    {
      CspTemplateSpec *spec = csp_template_library_read_builtin (files[i], TRUE, error);

      if (spec == NULL)
        return NULL;
      g_ptr_array_add (specs, spec);
    }
  g_ptr_array_sort (specs, compare_specs);
  return g_steal_pointer (&specs);
}

/* The user's templates, by name. One whose body cannot be read (written
 * by hand or by a newer version) is left out rather than hiding all. */
GPtrArray *
csp_template_library_list_user (CspStore  *store,
                                GError   **error)
{
  g_autoptr(GListModel) records = csp_store_list_plan_templates (store, error);
  GPtrArray *specs;

  if (records == NULL)
    return NULL;
  specs = g_ptr_array_new_with_free_func ((GDestroyNotify) csp_template_spec_unref);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(CspPlanTemplate) record = g_list_model_get_item (records, i);
      g_autoptr(GError) local = NULL;
      CspTemplateSpec *spec = csp_template_spec_from_record (record, &local);

      if (spec != NULL)
        g_ptr_array_add (specs, spec);
      else
        g_debug ("Left out a plan template: %s", local->message);
    }
  return specs;
}

/* The template with @key, built-in or the user's. */
CspTemplateSpec *
csp_template_library_lookup (CspStore    *store,
                             const char  *key,
                             GError     **error)
{
  g_autoptr(GPtrArray) builtin = csp_template_library_list_builtin (error);
  g_autoptr(GPtrArray) user = NULL;

  if (builtin == NULL)
    return NULL;
  for (guint i = 0; i < builtin->len; i++)
    if (g_strcmp0 (((CspTemplateSpec *) g_ptr_array_index (builtin, i))->key, key) == 0)
      return csp_template_spec_ref (g_ptr_array_index (builtin, i));

  if (!(user = csp_template_library_list_user (store, error)))
    return NULL;
  for (guint i = 0; i < user->len; i++)
    if (g_strcmp0 (((CspTemplateSpec *) g_ptr_array_index (user, i))->key, key) == 0)
      return csp_template_spec_ref (g_ptr_array_index (user, i));

  g_set_error (error, CSP_STORE_ERROR, CSP_STORE_ERROR_NOT_FOUND,
               _("There is no plan template “%s”"), key);
  return NULL;
}

/* Saves the plan @plan_id as a new user template named @name. */
CspPlanTemplate *
csp_template_library_save_plan (CspStore    *store,
                                gint64       plan_id,
                                const char  *name,
                                GError     **error)
{
  g_autofree char *key = new_user_key ();
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  g_autoptr(CspTemplateSpec) spec = NULL;
  g_autoptr(CspPlanTemplate) record = NULL;
  g_autofree char *body = NULL;

  if (!csp_check_required ("name", stripped, error))
    return NULL;
  spec = csp_store_plan_to_template (store, plan_id, key, stripped, error);
  if (spec == NULL || !csp_template_spec_validate (spec, error))
    return NULL;

  body = csp_template_spec_to_body (spec);
  record = csp_plan_template_new (key, stripped);
  csp_plan_template_set_lifecycle_stage (record, spec->stage);
  csp_plan_template_set_body (record, body);
  if (!csp_store_add_plan_template (store, record, error))
    return NULL;
  return g_steal_pointer (&record);
}
