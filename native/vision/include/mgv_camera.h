/* A V4L2 (UVC) camera through cv::VideoCapture. */
#ifndef MGV_CAMERA_H
#define MGV_CAMERA_H

#include "mgv_image.h"

typedef struct mgv_camera mgv_camera;

/* device: a path such as /dev/video0; width/height request a capture size (0 keeps the driver's). */
MGV_API mgv_status mgv_camera_open(const char* device, int32_t width, int32_t height, mgv_camera** out);
MGV_API void mgv_camera_destroy(mgv_camera* camera);
MGV_API mgv_status mgv_camera_read(mgv_camera* camera, mgv_image** out);

#endif
