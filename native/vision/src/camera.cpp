#include <opencv2/videoio.hpp>

#include "internal.hpp"
#include "mgv_camera.h"

struct mgv_camera {
    cv::VideoCapture capture;
};

using mgv::failure;
using mgv::guard;
using mgv::require;

MGV_API mgv_status mgv_camera_open(const char* device, int32_t width, int32_t height, mgv_camera** out) {
    return guard(__func__, [&] {
        require(device != nullptr && out != nullptr && width >= 0 && height >= 0, "bad argument");
        auto camera = std::make_unique<mgv_camera>();
        if (!camera->capture.open(device, cv::CAP_V4L2))
            throw failure(MGV_DEVICE_FAILED, "the camera device could not be opened");
        if (width > 0) camera->capture.set(cv::CAP_PROP_FRAME_WIDTH, width);
        if (height > 0) camera->capture.set(cv::CAP_PROP_FRAME_HEIGHT, height);
        *out = camera.release();
    });
}

MGV_API void mgv_camera_destroy(mgv_camera* camera) { delete camera; }

MGV_API mgv_status mgv_camera_read(mgv_camera* camera, mgv_image** out) {
    return guard(__func__, [&] {
        require(camera != nullptr && out != nullptr, "null argument");
        cv::Mat frame;
        if (!camera->capture.read(frame) || frame.empty()) throw failure(MGV_END_OF_STREAM, "the camera gave no frame");
        *out = mgv::wrap(std::move(frame));
    });
}
