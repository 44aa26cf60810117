#include <cstring>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>

#include "internal.hpp"

namespace {
thread_local std::string last_error;
}

namespace mgv {

void set_last_error(const std::string& message) { last_error = message; }

mgv_image* wrap(cv::Mat mat) { return new mgv_image{std::move(mat)}; }

cv::Mat as_bgr(const cv::Mat& mat) {
    if (mat.channels() == 3) return mat;
    cv::Mat bgr;
    cv::cvtColor(mat, bgr, cv::COLOR_GRAY2BGR);
    return bgr;
}

cv::dnn::Net load_onnx(const uint8_t* model, size_t length) {
    require(model != nullptr && length > 0, "model bytes are empty");
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(reinterpret_cast<const char*>(model), length);
        if (net.empty()) throw failure(MGV_MODEL_FAILED, "the model has no layers");
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        return net;
    } catch (const cv::Exception& e) {
        throw failure(MGV_MODEL_FAILED, std::string("not a loadable ONNX model: ") + e.err);
    }
}

}  // namespace mgv

MGV_API const char* mgv_last_error(void) { return last_error.c_str(); }
