/* csp-brief-print-layout.c: the brief's blocks placed on pages
 *
 * Each block becomes one or two pieces (a Pango layout at an indent, in
 * a colour); their lines are placed one at a time from the top of the
 * first page, a line that does not fit starting the next page. So a
 * piece longer than a page (pages of notes) simply flows on. Headings
 * keep the first lines after them on their page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "csp-brief-document.h"
#include "csp-brief-print-layout.h"

/* Latin text in Cantarell, Chinese in WenQuanYi Micro Hei, then
 * whatever fontconfig offers. */
#define FONTS "Cantarell, WenQuanYi Micro Hei, Noto Sans CJK SC, sans"

#define HEADER_HEIGHT 32.0 /* points kept for the header at the top */
#define KEEP_WITH_HEADING 30.0 /* room a heading wants for what follows */

typedef struct
{
  PangoLayout *layout;
  double       x;
  GdkRGBA      color;
  double       space_before;
  gboolean     keep_with_next;
} Piece;

/* A line of a piece, placed on a page at a baseline. */
typedef struct
{
  guint  piece;
  int    line;
  double baseline;
} Placed;

struct _CspPrintLayout
{
  GPtrArray *pieces;      /* Piece */
  GArray    *placed;      /* Placed, page by page */
  GArray    *page_starts; /* guint: the first Placed of each page */
  char      *header;
  double     width;
  double     height;
};

typedef struct
{
  double      size;
  PangoWeight weight;
  PangoStyle  style;
} Font;

static const GdkRGBA tone_colors[] = {
  [CSP_BRIEF_TONE_NORMAL] = { 0.0, 0.0, 0.0, 1.0 },
  [CSP_BRIEF_TONE_GOOD] = { 0.15, 0.47, 0.25, 1.0 },
  [CSP_BRIEF_TONE_WARNING] = { 0.61, 0.43, 0.01, 1.0 },
  [CSP_BRIEF_TONE_ERROR] = { 0.75, 0.11, 0.16, 1.0 },
};
static const GdkRGBA grey = { 0.37, 0.36, 0.39, 1.0 };

static const Font body_font = { 10, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL };
static const Font detail_font = { 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL };

static void
piece_free (gpointer data)
{
  Piece *piece = data;

  g_object_unref (piece->layout);
  g_free (piece);
}

static PangoLayout *
new_layout (GtkPrintContext *context,
            const Font      *font,
            double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (FONTS);

  pango_font_description_set_size (desc, (int) (font->size * PANGO_SCALE));
  pango_font_description_set_weight (desc, font->weight);
  pango_font_description_set_style (desc, font->style);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/* Adds a piece showing @text; returns its layout (owned by the piece). */
static PangoLayout *
add_piece (CspPrintLayout  *self,
           GtkPrintContext *context,
           const char      *text,
           const Font      *font,
           double           x,
           const GdkRGBA   *color,
           double           space_before,
           gboolean         keep_with_next)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->layout = new_layout (context, font, self->width - x);
  piece->x = x;
  piece->color = *color;
  piece->space_before = space_before;
  piece->keep_with_next = keep_with_next;
  pango_layout_set_text (piece->layout, text, -1);
  g_ptr_array_add (self->pieces, piece);
  return piece->layout;
}

/* "Label: value" with the label in bold. */
static void
add_fact (CspPrintLayout      *self,
          GtkPrintContext     *context,
          const CspBriefBlock *block)
{
  /* Translators: a fact on a printed brief, e.g. “Renews: 2026-12-31” */
  g_autofree char *text = g_strdup_printf (_("%s: %s"), block->title,
                                           block->detail ? block->detail : "");
  PangoLayout *layout = add_piece (self, context, text, &body_font, 12,
                                   &tone_colors[block->tone], 4, FALSE);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

  bold->start_index = 0;
  bold->end_index = (guint) strlen (block->title);
  pango_attr_list_insert (attrs, bold);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

static void
add_block (CspPrintLayout      *self,
           GtkPrintContext     *context,
           const CspBriefBlock *block)
{
  static const Font title_font = { 16, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL };
  static const Font heading_font = { 13, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL };
  static const Font subheading_font = { 10.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL };
  static const Font none_font = { 10, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC };
  const GdkRGBA *color = &tone_colors[block->tone];
  g_autofree char *bullet = NULL;

  switch (block->kind)
    {
    case CSP_BRIEF_BLOCK_TITLE:
      add_piece (self, context, block->title, &title_font, 0, color, 0, TRUE);
      break;
    case CSP_BRIEF_BLOCK_HEADING:
      add_piece (self, context, block->title, &heading_font, 0, color, 14, TRUE);
      break;
    case CSP_BRIEF_BLOCK_SUBHEADING:
      add_piece (self, context, block->title, &subheading_font, 6, color, 8, TRUE);
      break;
    case CSP_BRIEF_BLOCK_FACT:
      add_fact (self, context, block);
      return;
    case CSP_BRIEF_BLOCK_ITEM:
      bullet = g_strconcat ("• ", block->title, NULL);
      add_piece (self, context, bullet, &body_font, 12, color, 4, block->detail != NULL);
      break;
    case CSP_BRIEF_BLOCK_TEXT:
      add_piece (self, context, block->title, &body_font, 0, color, 4, FALSE);
      return;
    case CSP_BRIEF_BLOCK_NONE:
    default:
      add_piece (self, context, block->title, &none_font, 12, &grey, 4, FALSE);
      return;
    }

  /* A heading's summary stays with what follows, as the heading does. */
  if (block->detail != NULL)
    add_piece (self, context, block->detail, &detail_font,
               block->kind == CSP_BRIEF_BLOCK_ITEM ? 22 : 0, &grey, 1,
               block->kind != CSP_BRIEF_BLOCK_ITEM);
}

/* Placing lines */

static double
piece_height (Piece *piece)
{
  int height;

  pango_layout_get_size (piece->layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
new_page (CspPrintLayout *self,
          double         *y)
{
  guint start = self->placed->len;

  g_array_append_val (self->page_starts, start);
  *y = HEADER_HEIGHT;
}

static void
place_piece (CspPrintLayout *self,
             guint           index,
             double         *y)
{
  Piece *piece = g_ptr_array_index (self->pieces, index);
  PangoLayoutIter *iter = pango_layout_get_iter (piece->layout);
  int line = 0;

  if (*y > HEADER_HEIGHT)
    *y += piece->space_before;

  do
    {
      PangoRectangle logical;
      double height, above;
      Placed placed;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      height = (double) logical.height / PANGO_SCALE;
      above = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;
      if (*y + height > self->height && *y > HEADER_HEIGHT)
        new_page (self, y);

      placed = (Placed) { index, line++, *y + above };
      g_array_append_val (self->placed, placed);
      *y += height;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static gboolean
chain_starts (CspPrintLayout *self,
              guint           index)
{
  Piece *piece = g_ptr_array_index (self->pieces, index);

  return piece->keep_with_next &&
         (index == 0 || !((Piece *) g_ptr_array_index (self->pieces, index - 1))->keep_with_next);
}

/* The room a chain of pieces kept together needs from @first on: the
 * pieces that keep with the next (a heading, its summary) and a first
 * line of the piece after them, or half a page at most. */
static double
chain_height (CspPrintLayout *self,
              guint           first)
{
  double height = 0;

  for (guint i = first; i < self->pieces->len; i++)
    {
      Piece *piece = g_ptr_array_index (self->pieces, i);

      height += piece->space_before;
      if (!piece->keep_with_next)
        return MIN (height + MIN (piece_height (piece), KEEP_WITH_HEADING), self->height / 2);
      height += piece_height (piece);
    }

  return MIN (height, self->height / 2);
}

/* The blocks of @doc (CspBriefBlock) laid out on the pages of
 * @context, each under @header. */
CspPrintLayout *
csp_print_layout_new (GtkPrintContext *context,
                      GPtrArray       *doc,
                      const char      *header)
{
  CspPrintLayout *self = g_new0 (CspPrintLayout, 1);
  double y;

  self->pieces = g_ptr_array_new_with_free_func (piece_free);
  self->placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->header = g_strdup (header);
  self->width = gtk_print_context_get_width (context);
  self->height = gtk_print_context_get_height (context);

  for (guint i = 0; i < doc->len; i++)
    add_block (self, context, g_ptr_array_index (doc, i));

  new_page (self, &y);
  for (guint i = 0; i < self->pieces->len; i++)
    {
      if (chain_starts (self, i) && y > HEADER_HEIGHT &&
          y + chain_height (self, i) > self->height)
        new_page (self, &y);
      place_piece (self, i, &y);
    }

  return self;
}

int
csp_print_layout_get_n_pages (CspPrintLayout *self)
{
  return (int) self->page_starts->len;
}

/* Drawing */

/* The header: the account, meeting and day on the left, "Page N of M"
 * on the right, a rule below. */
static void
draw_header (CspPrintLayout  *self,
             GtkPrintContext *context,
             int              page)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  g_autoptr(PangoLayout) left = new_layout (context, &detail_font, self->width * 0.75);
  g_autoptr(PangoLayout) right = new_layout (context, &detail_font, self->width * 0.25);
  /* Translators: the page number in a printout's header */
  g_autofree char *number = g_strdup_printf (_("Page %d of %d"), page + 1,
                                             csp_print_layout_get_n_pages (self));

  pango_layout_set_text (left, self->header, -1);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (right, number, -1);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);

  gdk_cairo_set_source_rgba (cr, &grey);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, self->width * 0.75, 0);
  pango_cairo_show_layout (cr, right);

  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, HEADER_HEIGHT - 12);
  cairo_line_to (cr, self->width, HEADER_HEIGHT - 12);
  cairo_stroke (cr);
}

void
csp_print_layout_draw_page (CspPrintLayout  *self,
                            GtkPrintContext *context,
                            int              page)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  guint first, end;

  g_return_if_fail (page >= 0 && (guint) page < self->page_starts->len);

  draw_header (self, context, page);
  first = g_array_index (self->page_starts, guint, page);
  end = (guint) page + 1 < self->page_starts->len
        ? g_array_index (self->page_starts, guint, page + 1) : self->placed->len;
  for (guint i = first; i < end; i++)
    {
      const Placed *placed = &g_array_index (self->placed, Placed, i);
      Piece *piece = g_ptr_array_index (self->pieces, placed->piece);

      gdk_cairo_set_source_rgba (cr, &piece->color);
      cairo_move_to (cr, piece->x, placed->baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (piece->layout,
                                                                        placed->line));
    }
}

void
csp_print_layout_free (CspPrintLayout *self)
{
  g_ptr_array_unref (self->pieces);
  g_array_unref (self->placed);
  g_array_unref (self->page_starts);
  g_free (self->header);
  g_free (self);
}
