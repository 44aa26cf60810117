/* YuNet face detection (cv::FaceDetectorYN, 2022mar model). The network input size follows each frame. */
#ifndef MGV_FACE_DETECTOR_H
#define MGV_FACE_DETECTOR_H

#include "mgv_image.h"

typedef struct mgv_face_detector mgv_face_detector;

typedef struct mgv_detector_options {
    float score_threshold;
    float nms_threshold;
    int32_t top_k;
    int32_t max_side; /* frames are downscaled so their longer side is at most this before detection; 0 = never */
} mgv_detector_options;

typedef struct mgv_face {
    float x, y, width, height; /* box in frame pixels */
    float landmarks[10];       /* right eye, left eye, nose tip, right and left mouth corner (subject's sides) */
    float score;
} mgv_face;

/* OpenCV 4.6's FaceDetectorYN loads from a path only; check the file's sha256 before calling. */
MGV_API mgv_status mgv_face_detector_create(const char* model_path, const mgv_detector_options* options,
                                            mgv_face_detector** out);
MGV_API void mgv_face_detector_destroy(mgv_face_detector* detector);
/* Writes up to capacity faces; *count receives how many were found (may exceed capacity). */
MGV_API mgv_status mgv_face_detector_detect(mgv_face_detector* detector, const mgv_image* frame, mgv_face* faces,
                                            int32_t capacity, int32_t* count);

#endif
