/* Text drawing with TrueType/OpenType fonts through OpenCV's freetype module, for the synthetic card and certificate
 * generators. A font handle is not thread-safe: use one per thread or serialise calls. */
#ifndef MGV_TEXT_H
#define MGV_TEXT_H

#include "mgv_common.h"
#include "mgv_image.h"

typedef struct mgv_font mgv_font;

/* face_index selects a face inside a collection (.ttc); 0 for plain .ttf/.otf files. */
MGV_API mgv_status mgv_font_load(const char* path, int32_t face_index, mgv_font** out);
MGV_API void mgv_font_destroy(mgv_font* font);

/* Size of UTF-8 text drawn with a pixel height: advance width, height above the baseline, depth below it. */
MGV_API mgv_status mgv_font_measure(mgv_font* font, const char* utf8, int32_t pixel_height, int32_t* width,
                                    int32_t* ascent, int32_t* descent);
/* Draws UTF-8 text in place with its baseline starting at (x, baseline_y). */
MGV_API mgv_status mgv_image_draw_text(mgv_image* image, mgv_font* font, const char* utf8, int32_t x, int32_t baseline_y,
                                       int32_t pixel_height, uint8_t blue, uint8_t green, uint8_t red);

#endif
