/* csp-record.c: base class of every stored entity
 *
 * Every entity (account, stakeholder, …) is a GObject whose properties
 * mirror its table's columns, so views can bind to them and the store
 * can map rows generically. The values live here, in one table keyed by
 * the property, so the dozen entity classes only declare their
 * properties, typed accessors and validation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "csp-date.h"
#include "csp-model-error.h"
#include "csp-record.h"

typedef struct
{
  gint64      id;
  char       *created_at;
  char       *updated_at;
  GHashTable *values; /* GParamSpec* → GValue* */
} CspRecordPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (CspRecord, csp_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
free_value (gpointer data)
{
  GValue *value = data;

  g_value_unset (value);
  g_free (value);
}

/* g_set_str() arrived in GLib 2.76; this is our 2.74 equivalent. */
static gboolean
replace_string (char       **slot,
                const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;

  g_free (*slot);
  *slot = g_strdup (value);
  return TRUE;
}

static const GValue *
peek_value (CspRecord  *self,
            GParamSpec *pspec)
{
  CspRecordPrivate *priv = csp_record_get_instance_private (self);

  return g_hash_table_lookup (priv->values, pspec);
}

/* Stores @value for @pspec; notifies only when it really changed. */
static void
store_value (CspRecord    *self,
             GParamSpec   *pspec,
             const GValue *value)
{
  CspRecordPrivate *priv = csp_record_get_instance_private (self);
  const GValue *old = peek_value (self, pspec);
  GValue *copy;

  if (old != NULL && g_param_values_cmp (pspec, old, value) == 0)
    return;

  if (old == NULL && g_param_value_defaults (pspec, (GValue *) value))
    return;

  copy = g_new0 (GValue, 1);
  g_value_init (copy, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (value, copy);
  g_hash_table_replace (priv->values, pspec, copy);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
csp_record_finalize (GObject *object)
{
  CspRecord *self = CSP_RECORD (object);
  CspRecordPrivate *priv = csp_record_get_instance_private (self);

  g_clear_pointer (&priv->values, g_hash_table_unref);
  g_free (priv->created_at);
  g_free (priv->updated_at);

  G_OBJECT_CLASS (csp_record_parent_class)->finalize (object);
}

static void
csp_record_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CspRecord *self = CSP_RECORD (object);
  CspRecordPrivate *priv = csp_record_get_instance_private (self);
  const GValue *stored;

  if (pspec == properties[PROP_ID])
    g_value_set_int64 (value, priv->id);
  else if (pspec == properties[PROP_CREATED_AT])
    g_value_set_string (value, priv->created_at);
  else if (pspec == properties[PROP_UPDATED_AT])
    g_value_set_string (value, priv->updated_at);
  else if ((stored = peek_value (self, pspec)) != NULL)
    g_value_copy (stored, value);
  else
    g_param_value_set_default (pspec, value);
}

static void
csp_record_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CspRecord *self = CSP_RECORD (object);
  CspRecordPrivate *priv = csp_record_get_instance_private (self);

  if (pspec == properties[PROP_ID])
    csp_record_set_id (self, g_value_get_int64 (value));
  else if (pspec == properties[PROP_CREATED_AT])
    csp_record_set_timestamps (self, g_value_get_string (value), priv->updated_at);
  else if (pspec == properties[PROP_UPDATED_AT])
    csp_record_set_timestamps (self, priv->created_at, g_value_get_string (value));
  else
    store_value (self, pspec, value);
}

static gboolean
csp_record_real_validate (CspRecord  *self,
                          GError    **error)
{
  return TRUE;
}

static void
csp_record_class_init (CspRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = csp_record_finalize;
  object_class->get_property = csp_record_get_property;
  object_class->set_property = csp_record_set_property;

  klass->validate = csp_record_real_validate;

  properties[PROP_ID] = csp_param_int64 ("id", 0);
  properties[PROP_CREATED_AT] = csp_param_string ("created-at", NULL);
  properties[PROP_UPDATED_AT] = csp_param_string ("updated-at", NULL);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
csp_record_init (CspRecord *self)
{
  CspRecordPrivate *priv = csp_record_get_instance_private (self);

  priv->values = g_hash_table_new_full (NULL, NULL, NULL, free_value);
}

gint64
csp_record_get_id (CspRecord *self)
{
  CspRecordPrivate *priv = csp_record_get_instance_private (self);

  g_return_val_if_fail (CSP_IS_RECORD (self), 0);

  return priv->id;
}

void
csp_record_set_id (CspRecord *self,
                   gint64     id)
{
  CspRecordPrivate *priv = csp_record_get_instance_private (self);

  g_return_if_fail (CSP_IS_RECORD (self));

  if (priv->id == id)
    return;

  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
csp_record_get_created_at (CspRecord *self)
{
  CspRecordPrivate *priv = csp_record_get_instance_private (self);

  g_return_val_if_fail (CSP_IS_RECORD (self), NULL);

  return priv->created_at;
}

const char *
csp_record_get_updated_at (CspRecord *self)
{
  CspRecordPrivate *priv = csp_record_get_instance_private (self);

  g_return_val_if_fail (CSP_IS_RECORD (self), NULL);

  return priv->updated_at;
}

void
csp_record_set_timestamps (CspRecord  *self,
                           const char *created_at,
                           const char *updated_at)
{
  CspRecordPrivate *priv = csp_record_get_instance_private (self);

  g_return_if_fail (CSP_IS_RECORD (self));

  if (replace_string (&priv->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
  if (replace_string (&priv->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

gboolean
csp_record_validate (CspRecord  *self,
                     GError    **error)
{
  g_return_val_if_fail (CSP_IS_RECORD (self), FALSE);

  return CSP_RECORD_GET_CLASS (self)->validate (self, error);
}

/* A new record of the same type with the same id and values: what undo
 * keeps of a deleted row. */
CspRecord *
csp_record_copy (CspRecord *self)
{
  CspRecordPrivate *priv = csp_record_get_instance_private (self);
  CspRecord *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (CSP_IS_RECORD (self), NULL);

  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  csp_record_set_id (copy, priv->id);
  csp_record_set_timestamps (copy, priv->created_at, priv->updated_at);

  g_hash_table_iter_init (&iter, priv->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    store_value (copy, key, value);

  return copy;
}

/* Whether both records hold the same column values (timestamps aside). */
gboolean
csp_record_equal_values (CspRecord *a,
                         CspRecord *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_return_val_if_fail (CSP_IS_RECORD (a) && CSP_IS_RECORD (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b) || csp_record_get_id (a) != csp_record_get_id (b))
    return FALSE;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      if (pspecs[i]->owner_type == CSP_TYPE_RECORD)
        continue;

      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (a), pspecs[i]->name, &va);
      g_object_get_property (G_OBJECT (b), pspecs[i]->name, &vb);
      if (g_param_values_cmp (pspecs[i], &va, &vb) != 0)
        return FALSE;
    }

  return TRUE;
}

/* Installs a subclass's properties. GObject does not inherit
 * get_property/set_property, so this points the subclass at the
 * record's own, which keep every property's value here. */
void
csp_record_class_install_properties (CspRecordClass  *klass,
                                     guint            n_pspecs,
                                     GParamSpec     **pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = csp_record_get_property;
  object_class->set_property = csp_record_set_property;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);
}

/* Typed access for subclasses. */

const char *
csp_record_peek_string (CspRecord  *self,
                        GParamSpec *pspec)
{
  const GValue *value = peek_value (self, pspec);

  return value ? g_value_get_string (value)
               : G_PARAM_SPEC_STRING (pspec)->default_value;
}

void
csp_record_set_string (CspRecord  *self,
                       GParamSpec *pspec,
                       const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  store_value (self, pspec, &v);
}

int
csp_record_peek_int (CspRecord  *self,
                     GParamSpec *pspec)
{
  const GValue *value = peek_value (self, pspec);

  return value ? g_value_get_int (value) : G_PARAM_SPEC_INT (pspec)->default_value;
}

void
csp_record_set_int (CspRecord  *self,
                    GParamSpec *pspec,
                    int         value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT);
  g_value_set_int (&v, value);
  store_value (self, pspec, &v);
}

gint64
csp_record_peek_int64 (CspRecord  *self,
                       GParamSpec *pspec)
{
  const GValue *value = peek_value (self, pspec);

  return value ? g_value_get_int64 (value) : G_PARAM_SPEC_INT64 (pspec)->default_value;
}

void
csp_record_set_int64 (CspRecord  *self,
                      GParamSpec *pspec,
                      gint64      value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT64);
  g_value_set_int64 (&v, value);
  store_value (self, pspec, &v);
}

gboolean
csp_record_peek_boolean (CspRecord  *self,
                         GParamSpec *pspec)
{
  const GValue *value = peek_value (self, pspec);

  return value ? g_value_get_boolean (value) : G_PARAM_SPEC_BOOLEAN (pspec)->default_value;
}

void
csp_record_set_boolean (CspRecord  *self,
                        GParamSpec *pspec,
                        gboolean    value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, !!value);
  store_value (self, pspec, &v);
}

int
csp_record_peek_enum (CspRecord  *self,
                      GParamSpec *pspec)
{
  const GValue *value = peek_value (self, pspec);

  return value ? g_value_get_enum (value) : G_PARAM_SPEC_ENUM (pspec)->default_value;
}

void
csp_record_set_enum (CspRecord  *self,
                     GParamSpec *pspec,
                     int         value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_set_enum (&v, value);
  store_value (self, pspec, &v);
}

/* Property constructors. Ranges are wide on purpose: out-of-range
 * values are user errors, reported by validate() as GError, not
 * programmer errors that GObject would clamp with a warning. */

#define RECORD_PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

GParamSpec *
csp_param_string (const char *name,
                  const char *default_value)
{
  return g_param_spec_string (name, NULL, NULL, default_value, RECORD_PARAM_FLAGS);
}

GParamSpec *
csp_param_int (const char *name,
               int         default_value)
{
  return g_param_spec_int (name, NULL, NULL, G_MININT, G_MAXINT, default_value,
                           RECORD_PARAM_FLAGS);
}

GParamSpec *
csp_param_int64 (const char *name,
                 gint64      default_value)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, default_value,
                             RECORD_PARAM_FLAGS);
}

GParamSpec *
csp_param_boolean (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE, RECORD_PARAM_FLAGS);
}

GParamSpec *
csp_param_enum (const char *name,
                GType       enum_type,
                int         default_value)
{
  return g_param_spec_enum (name, NULL, NULL, enum_type, default_value, RECORD_PARAM_FLAGS);
}

/* Validation helpers. */

gboolean
csp_check_required (const char  *field,
                    const char  *value,
                    GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (value ? value : ""));

  if (*stripped != '\0')
    return TRUE;

  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_REQUIRED,
               _("%s: a value is required"), field);
  return FALSE;
}

static gboolean
prefix_error (const char  *field,
              GError      *local_error,
              GError     **error)
{
  g_prefix_error (&local_error, "%s: ", field);
  g_propagate_error (error, local_error);
  return FALSE;
}

gboolean
csp_check_date (const char  *field,
                const char  *value,
                GError     **error)
{
  GError *local_error = NULL;

  if (value == NULL || csp_date_parse (value, NULL, &local_error))
    return TRUE;

  return prefix_error (field, local_error, error);
}

gboolean
csp_check_timestamp (const char  *field,
                     const char  *value,
                     GError     **error)
{
  GError *local_error = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *canonical = NULL;

  if (value == NULL)
    return TRUE;
  if (!csp_timestamp_parse (value, &time, &local_error))
    return prefix_error (field, local_error, error);

  /* The parser also takes offsets and fractions ("…+08:00"), which the
   * schema's CHECK refuses: only the stored UTC form is valid here. */
  canonical = csp_timestamp_to_text (time);
  if (g_strcmp0 (canonical, value) == 0)
    return TRUE;

  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID_DATE,
               _("%s: “%s” is not a UTC time in the form YYYY-MM-DDTHH:MM:SSZ"),
               field, value);
  return FALSE;
}

gboolean
csp_check_score (const char  *field,
                 int          value,
                 gboolean     optional,
                 GError     **error)
{
  if ((value >= 0 && value <= 100) || (optional && value == CSP_UNSET))
    return TRUE;

  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_OUT_OF_RANGE,
               _("%s: %d is not a score from 0 to 100"), field, value);
  return FALSE;
}

gboolean
csp_check_money (const char  *field,
                 gint64       value,
                 gboolean     optional,
                 GError     **error)
{
  if (value >= 0 || (optional && value == CSP_UNSET))
    return TRUE;

  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_OUT_OF_RANGE,
               _("%s: an amount of money cannot be negative"), field);
  return FALSE;
}

gboolean
csp_check_non_negative (const char  *field,
                        gint64       value,
                        GError     **error)
{
  g_autofree char *number = NULL;

  if (value >= 0)
    return TRUE;

  /* xgettext cannot see through G_GINT64_FORMAT: format the number first. */
  number = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_OUT_OF_RANGE,
               _("%s: %s is negative"), field, number);
  return FALSE;
}

gboolean
csp_check_currency (const char  *field,
                    const char  *value,
                    GError     **error)
{
  if (value != NULL && strlen (value) == 3 &&
      g_ascii_isupper (value[0]) && g_ascii_isupper (value[1]) && g_ascii_isupper (value[2]))
    return TRUE;

  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID,
               _("%s: “%s” is not a three-letter ISO 4217 currency code"),
               field, value ? value : "");
  return FALSE;
}

gboolean
csp_check_date_order (const char  *first_field,
                      const char  *first,
                      const char  *second_field,
                      const char  *second,
                      GError     **error)
{
  if (first == NULL || second == NULL || g_strcmp0 (first, second) <= 0)
    return TRUE;

  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_OUT_OF_RANGE,
               _("%s (%s) is after %s (%s)"), first_field, first, second_field, second);
  return FALSE;
}

gboolean
csp_check_required_date (const char  *field,
                         const char  *value,
                         GError     **error)
{
  return csp_check_required (field, value, error) &&
         csp_check_date (field, value, error);
}

gboolean
csp_check_positive (const char  *field,
                    gint64       value,
                    GError     **error)
{
  g_autofree char *number = NULL;

  if (value > 0)
    return TRUE;

  number = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_OUT_OF_RANGE,
               _("%s: %s is not greater than zero"), field, number);
  return FALSE;
}

/* The model links no JSON parser: this catches empty text and text that
 * is plainly not an object; the store's json_valid() CHECK does the rest. */
gboolean
csp_check_json_object (const char  *field,
                       const char  *value,
                       GError     **error)
{
  const char *p = value ? value : "";

  while (g_ascii_isspace (*p))
    p++;

  if (*p == '{')
    return TRUE;

  g_set_error (error, CSP_MODEL_ERROR, CSP_MODEL_ERROR_INVALID,
               _("%s: the text is not a JSON object"), field);
  return FALSE;
}
