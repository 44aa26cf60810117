#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "internal.hpp"
#include "mgv_liveness.h"

struct mgv_liveness {
    cv::dnn::Net v2;
    cv::dnn::Net v1se;
};

namespace {

using mgv::failure;
using mgv::guard;
using mgv::require;

// Silent-Face's crop: the box scaled about its centre (shrunk if it cannot fit), shifted to lie inside the frame.
cv::Mat crop_for(const cv::Mat& frame, float x, float y, float w, float h, float scale) {
    float fw = float(frame.cols), fh = float(frame.rows);
    scale = std::min({(fh - 1) / h, (fw - 1) / w, scale});
    float cw = w * scale, ch = h * scale, cx = x + w / 2, cy = y + h / 2;
    float left = std::clamp(cx - cw / 2, 0.0f, fw - cw), top = std::clamp(cy - ch / 2, 0.0f, fh - ch);
    cv::Rect rect = cv::Rect(cvRound(left), cvRound(top), cvRound(cw), cvRound(ch)) & cv::Rect(0, 0, frame.cols, frame.rows);
    require(rect.width > 0 && rect.height > 0, "face box is outside the frame");
    cv::Mat crop;
    cv::resize(frame(rect), crop, cv::Size(80, 80), 0, 0, cv::INTER_LINEAR);
    return crop;
}

float real_probability(cv::dnn::Net& net, const cv::Mat& crop) {
    cv::Mat blob = cv::dnn::blobFromImage(crop, 1.0, cv::Size(), cv::Scalar(), false, false);
    net.setInput(blob);
    cv::Mat logits = net.forward().reshape(1, 1);
    if (logits.total() != 3) throw failure(MGV_MODEL_FAILED, "liveness model does not output 3 classes");
    logits.convertTo(logits, CV_32F);
    const float* l = logits.ptr<float>(0);
    float top = std::max({l[0], l[1], l[2]});
    float e0 = std::exp(l[0] - top), e1 = std::exp(l[1] - top), e2 = std::exp(l[2] - top);
    return e1 / (e0 + e1 + e2);
}

}  // namespace

MGV_API mgv_status mgv_liveness_create(const uint8_t* v2_model, size_t v2_length, const uint8_t* v1se_model,
                                       size_t v1se_length, mgv_liveness** out) {
    return guard(__func__, [&] {
        require(out != nullptr, "null argument");
        *out = new mgv_liveness{mgv::load_onnx(v2_model, v2_length), mgv::load_onnx(v1se_model, v1se_length)};
    });
}

MGV_API void mgv_liveness_destroy(mgv_liveness* liveness) { delete liveness; }

MGV_API mgv_status mgv_liveness_score_face(mgv_liveness* liveness, const mgv_image* frame, float x, float y,
                                           float width, float height, mgv_liveness_score* out) {
    return guard(__func__, [&] {
        require(liveness != nullptr && frame != nullptr && !frame->mat.empty() && out != nullptr, "null argument");
        require(width >= 1 && height >= 1 && std::isfinite(x) && std::isfinite(y), "bad face box");
        cv::Mat bgr = mgv::as_bgr(frame->mat);
        try {
            out->real_v2 = real_probability(liveness->v2, crop_for(bgr, x, y, width, height, 2.7f));
            out->real_v1se = real_probability(liveness->v1se, crop_for(bgr, x, y, width, height, 4.0f));
        } catch (const cv::Exception& e) {
            throw failure(MGV_MODEL_FAILED, std::string("liveness model failed: ") + e.err);
        }
        out->real = (out->real_v2 + out->real_v1se) / 2;
    });
}
