/* csp-record.h: base class of every stored entity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "csp-model-types.h"

G_BEGIN_DECLS

#define CSP_TYPE_RECORD (csp_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (CspRecord, csp_record, CSP, RECORD, GObject)

struct _CspRecordClass
{
  GObjectClass parent_class;

  /* Checks the values a user could have typed or imported. */
  gboolean (*validate) (CspRecord  *self,
                        GError    **error);
};

gint64      csp_record_get_id         (CspRecord   *self);
void        csp_record_set_id         (CspRecord   *self,
                                       gint64       id);
const char *csp_record_get_created_at (CspRecord   *self);
const char *csp_record_get_updated_at (CspRecord   *self);
void        csp_record_set_timestamps (CspRecord   *self,
                                       const char  *created_at,
                                       const char  *updated_at);
gboolean    csp_record_validate       (CspRecord   *self,
                                       GError     **error);
CspRecord  *csp_record_copy           (CspRecord   *self);
gboolean    csp_record_equal_values   (CspRecord   *a,
                                       CspRecord   *b);

void        csp_record_class_install_properties (CspRecordClass  *klass,
                                                 guint            n_pspecs,
                                                 GParamSpec     **pspecs);

/* For subclasses: their properties keep their values in the record, so
 * subclasses need no get_property/set_property of their own. */
const char *csp_record_peek_string    (CspRecord   *self,
                                       GParamSpec  *pspec);
void        csp_record_set_string     (CspRecord   *self,
                                       GParamSpec  *pspec,
                                       const char  *value);
int         csp_record_peek_int       (CspRecord   *self,
                                       GParamSpec  *pspec);
void        csp_record_set_int        (CspRecord   *self,
                                       GParamSpec  *pspec,
                                       int          value);
gint64      csp_record_peek_int64     (CspRecord   *self,
                                       GParamSpec  *pspec);
void        csp_record_set_int64      (CspRecord   *self,
                                       GParamSpec  *pspec,
                                       gint64       value);
gboolean    csp_record_peek_boolean   (CspRecord   *self,
                                       GParamSpec  *pspec);
void        csp_record_set_boolean    (CspRecord   *self,
                                       GParamSpec  *pspec,
                                       gboolean     value);
int         csp_record_peek_enum      (CspRecord   *self,
                                       GParamSpec  *pspec);
void        csp_record_set_enum       (CspRecord   *self,
                                       GParamSpec  *pspec,
                                       int          value);

/* Property constructors with the flags every record property shares. */
GParamSpec *csp_param_string          (const char  *name,
                                       const char  *default_value);
GParamSpec *csp_param_int             (const char  *name,
                                       int          default_value);
GParamSpec *csp_param_int64           (const char  *name,
                                       gint64       default_value);
GParamSpec *csp_param_boolean         (const char  *name);
GParamSpec *csp_param_enum            (const char  *name,
                                       GType        enum_type,
                                       int          default_value);

/* Validation helpers shared by the entities: each names the field. */
gboolean    csp_check_required        (const char  *field,
                                       const char  *value,
                                       GError     **error);
gboolean    csp_check_date            (const char  *field,
                                       const char  *value,
                                       GError     **error);
gboolean    csp_check_timestamp       (const char  *field,
                                       const char  *value,
                                       GError     **error);
gboolean    csp_check_score           (const char  *field,
                                       int          value,
                                       gboolean     optional,
                                       GError     **error);
gboolean    csp_check_money           (const char  *field,
                                       gint64       value,
                                       gboolean     optional,
                                       GError     **error);
gboolean    csp_check_non_negative    (const char  *field,
                                       gint64       value,
                                       GError     **error);
gboolean    csp_check_currency        (const char  *field,
                                       const char  *value,
                                       GError     **error);
gboolean    csp_check_date_order      (const char  *first_field,
                                       const char  *first,
                                       const char  *second_field,
                                       const char  *second,
                                       GError     **error);
gboolean    csp_check_required_date   (const char  *field,
                                       const char  *value,
                                       GError     **error);
gboolean    csp_check_positive        (const char  *field,
                                       gint64       value,
                                       GError     **error);
gboolean    csp_check_json_object     (const char  *field,
                                       const char  *value,
                                       GError     **error);

G_END_DECLS

/* Accessor definitions for entity files: each expands to the getter
 * and setter of one property kept in the record. The entity file must
 * have a `properties` array indexed by @PROP. */
#define CSP_RECORD_DEFINE_STRING(TypeName, type_name, prop, PROP)                   \
  const char *type_name##_get_##prop (TypeName *self)                                 \
  { return csp_record_peek_string (CSP_RECORD (self), properties[PROP]); }            \
  void type_name##_set_##prop (TypeName *self, const char *value)                     \
  { csp_record_set_string (CSP_RECORD (self), properties[PROP], value); }

#define CSP_RECORD_DEFINE_INT(TypeName, type_name, prop, PROP)                      \
  int type_name##_get_##prop (TypeName *self)                                         \
  { return csp_record_peek_int (CSP_RECORD (self), properties[PROP]); }               \
  void type_name##_set_##prop (TypeName *self, int value)                             \
  { csp_record_set_int (CSP_RECORD (self), properties[PROP], value); }

#define CSP_RECORD_DEFINE_INT64(TypeName, type_name, prop, PROP)                    \
  gint64 type_name##_get_##prop (TypeName *self)                                      \
  { return csp_record_peek_int64 (CSP_RECORD (self), properties[PROP]); }             \
  void type_name##_set_##prop (TypeName *self, gint64 value)                          \
  { csp_record_set_int64 (CSP_RECORD (self), properties[PROP], value); }

#define CSP_RECORD_DEFINE_BOOLEAN(TypeName, type_name, prop, PROP)                  \
  gboolean type_name##_get_##prop (TypeName *self)                                    \
  { return csp_record_peek_boolean (CSP_RECORD (self), properties[PROP]); }           \
  void type_name##_set_##prop (TypeName *self, gboolean value)                        \
  { csp_record_set_boolean (CSP_RECORD (self), properties[PROP], value); }

#define CSP_RECORD_DEFINE_ENUM(TypeName, type_name, prop, PROP, EnumType)           \
  EnumType type_name##_get_##prop (TypeName *self)                                    \
  { return (EnumType) csp_record_peek_enum (CSP_RECORD (self), properties[PROP]); }   \
  void type_name##_set_##prop (TypeName *self, EnumType value)                        \
  { csp_record_set_enum (CSP_RECORD (self), properties[PROP], (int) value); }
