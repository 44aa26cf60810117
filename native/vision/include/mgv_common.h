/* Shared ABI conventions of libmgvision: every call returns an mgv_status, results come back through
 * out-parameters, and the message of the last failure on the calling thread is kept for mgv_last_error. */
#ifndef MGV_COMMON_H
#define MGV_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
#define MGV_EXTERN_C extern "C"
#else
#define MGV_EXTERN_C
#endif
#define MGV_API MGV_EXTERN_C __attribute__((visibility("default")))

typedef enum mgv_status {
    MGV_OK = 0,
    MGV_INVALID_ARGUMENT = 1, /* a null handle, a bad size, a rectangle outside the image */
    MGV_DECODE_FAILED = 2,    /* the bytes are not a complete image of a supported format */
    MGV_LIMIT_EXCEEDED = 3,   /* the input is larger than the caller's byte or pixel limit */
    MGV_MODEL_FAILED = 4,     /* a network could not be loaded or run */
    MGV_DEVICE_FAILED = 5,    /* a camera could not be opened or read */
    MGV_END_OF_STREAM = 6,    /* a camera returned no frame */
    MGV_INTERNAL = 7          /* an unexpected OpenCV or C++ error; see mgv_last_error */
} mgv_status;

/* The message of the last failed call on this thread ("" when none); valid until the next call on this thread. */
MGV_API const char* mgv_last_error(void);

#endif
