/* Finding a document (card or paper certificate) in a camera frame and the text lines on it, before OCR. */
#ifndef MGV_DOCUMENT_H
#define MGV_DOCUMENT_H

#include "mgv_common.h"
#include "mgv_image.h"

typedef struct mgv_quad {
    float corners[8];    /* x,y of top-left, top-right, bottom-right, bottom-left; the first edge is the longer one */
    float area_fraction; /* quad area / frame area */
    int32_t touches_edge; /* non-zero when a corner lies on the frame border (the document may be cut off) */
} mgv_quad;

/* The largest convex four-cornered outline covering at least min_area_fraction of the frame. *found is 0 when none. */
MGV_API mgv_status mgv_document_find_quad(const mgv_image* frame, float min_area_fraction, mgv_quad* out,
                                          int32_t* found);

typedef struct mgv_text_box {
    int32_t x, y, width, height;
} mgv_text_box;

/* Boxes of dark text lines inside a rectangle of a light document image, top to bottom: glyphs are binarised
 * adaptively and joined horizontally over gaps up to join_gap pixels. Lines lower than min_height or higher than
 * max_height are dropped. Writes at most capacity boxes and the number found (which may be larger) to *count. */
MGV_API mgv_status mgv_document_text_lines(const mgv_image* image, int32_t x, int32_t y, int32_t width, int32_t height,
                                           int32_t join_gap, int32_t min_height, int32_t max_height,
                                           mgv_text_box* boxes, int32_t capacity, int32_t* count);

#endif
