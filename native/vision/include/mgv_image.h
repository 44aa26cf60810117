/* Images: decode with limits checked before decoding, encode, convert and warp. Pixels are 8-bit, 1 (grey) or
 * 3 (BGR) channels. Destroying an image zeroes its pixels first, because most images here are of a patient. */
#ifndef MGV_IMAGE_H
#define MGV_IMAGE_H

#include "mgv_common.h"

typedef struct mgv_image mgv_image;
typedef struct mgv_buffer mgv_buffer;

typedef enum mgv_image_format { MGV_FORMAT_PNG = 0, MGV_FORMAT_JPEG = 1, MGV_FORMAT_JP2 = 2 } mgv_image_format;

typedef struct mgv_decode_limits {
    int64_t max_bytes;  /* refuse larger inputs */
    int64_t max_pixels; /* refuse images whose header declares more width × height */
} mgv_decode_limits;

typedef struct mgv_region_stats {
    double mean;          /* mean grey level, 0–255 */
    double stddev;        /* grey-level standard deviation (contrast) */
    double laplacian_var; /* variance of the Laplacian (sharpness) */
} mgv_region_stats;

/* Decodes JPEG, PNG or JPEG 2000 (JP2 container or raw J2K codestream); grey != 0 gives one channel. */
MGV_API mgv_status mgv_image_decode(const uint8_t* data, size_t length, const mgv_decode_limits* limits, int32_t grey,
                                    mgv_image** out);
/* Copies tightly or loosely packed pixels (stride in bytes) into a new image. */
MGV_API mgv_status mgv_image_create(int32_t width, int32_t height, int32_t channels, const uint8_t* pixels,
                                    int64_t stride, mgv_image** out);
MGV_API void mgv_image_destroy(mgv_image* image);

MGV_API mgv_status mgv_image_info(const mgv_image* image, int32_t* width, int32_t* height, int32_t* channels);
/* Copies the pixels, rows packed without padding, into a caller buffer of width × height × channels bytes. */
MGV_API mgv_status mgv_image_copy_pixels(const mgv_image* image, uint8_t* destination, size_t length);

/* quality: JPEG 0–100, JP2 compression ratio ×1000 (OpenCV's IMWRITE_JPEG2000_COMPRESSION_X1000), ignored for PNG. */
MGV_API mgv_status mgv_image_encode(const mgv_image* image, mgv_image_format format, int32_t quality, mgv_buffer** out);
MGV_API mgv_status mgv_buffer_data(const mgv_buffer* buffer, const uint8_t** data, size_t* length);
MGV_API void mgv_buffer_destroy(mgv_buffer* buffer);

MGV_API mgv_status mgv_image_to_grey(const mgv_image* image, mgv_image** out);
MGV_API mgv_status mgv_image_to_bgr(const mgv_image* image, mgv_image** out);
MGV_API mgv_status mgv_image_resize(const mgv_image* image, int32_t width, int32_t height, mgv_image** out);
MGV_API mgv_status mgv_image_crop(const mgv_image* image, int32_t x, int32_t y, int32_t width, int32_t height,
                                  mgv_image** out);
/* matrix: 2×3 row-major affine, or 3×3 row-major homography; borders are replicated. */
MGV_API mgv_status mgv_image_warp_affine(const mgv_image* image, const double* matrix6, int32_t width, int32_t height,
                                         mgv_image** out);
MGV_API mgv_status mgv_image_warp_perspective(const mgv_image* image, const double* matrix9, int32_t width,
                                              int32_t height, mgv_image** out);
/* The 3×3 homography mapping four source points (x,y pairs) onto four destination points. */
MGV_API mgv_status mgv_perspective_transform(const float* source8, const float* destination8, double* matrix9);

/* Fills a polygon of point_count (x,y) pairs in place with one BGR (or grey: blue) colour. */
MGV_API mgv_status mgv_image_fill_polygon(mgv_image* image, const float* points, int32_t point_count, uint8_t blue,
                                          uint8_t green, uint8_t red);
/* Grey-level statistics of a rectangle (clipped to the image). */
MGV_API mgv_status mgv_image_region_stats(const mgv_image* image, int32_t x, int32_t y, int32_t width, int32_t height,
                                          mgv_region_stats* out);

#endif
