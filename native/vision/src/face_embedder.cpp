#include <cmath>

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

#include "internal.hpp"
#include "mgv_face_embedder.h"

struct mgv_face_embedder {
    cv::dnn::Net net;
    mgv_recognizer_descriptor descriptor;
};

using mgv::failure;
using mgv::guard;
using mgv::require;

MGV_API mgv_status mgv_face_embedder_create(const uint8_t* model, size_t model_length,
                                            const mgv_recognizer_descriptor* descriptor, mgv_face_embedder** out) {
    return guard(__func__, [&] {
        require(descriptor != nullptr && out != nullptr, "null argument");
        require(descriptor->input_width >= 32 && descriptor->input_height >= 32, "input size is too small");
        require(descriptor->embedding_size > 0 && descriptor->scale > 0, "bad embedding size or scale");
        *out = new mgv_face_embedder{mgv::load_onnx(model, model_length), *descriptor};
    });
}

MGV_API void mgv_face_embedder_destroy(mgv_face_embedder* embedder) { delete embedder; }

MGV_API mgv_status mgv_face_align(const mgv_image* frame, const float* landmarks10, const float* template10,
                                  int32_t width, int32_t height, mgv_image** out) {
    return guard(__func__, [&] {
        require(frame != nullptr && !frame->mat.empty() && landmarks10 != nullptr && template10 != nullptr &&
                    out != nullptr, "null argument");
        require(width >= 32 && height >= 32 && width <= 1024 && height <= 1024, "aligned size is out of range");
        std::vector<cv::Point2f> from, to;
        for (int i = 0; i < 5; ++i) {
            require(std::isfinite(landmarks10[2 * i]) && std::isfinite(landmarks10[2 * i + 1]), "landmark is not finite");
            require(std::isfinite(template10[2 * i]) && std::isfinite(template10[2 * i + 1]), "template is not finite");
            from.emplace_back(landmarks10[2 * i], landmarks10[2 * i + 1]);
            to.emplace_back(template10[2 * i] * width, template10[2 * i + 1] * height);
        }
        // Least-squares similarity over all five points: every point is an inlier under a huge threshold.
        cv::Mat similarity = cv::estimateAffinePartial2D(from, to, cv::noArray(), cv::RANSAC, 1e6);
        require(!similarity.empty(), "landmarks are degenerate");
        cv::Mat aligned;
        cv::warpAffine(mgv::as_bgr(frame->mat), aligned, similarity, cv::Size(width, height), cv::INTER_LINEAR,
                       cv::BORDER_REPLICATE);
        *out = mgv::wrap(std::move(aligned));
    });
}

MGV_API mgv_status mgv_face_embedder_embed(mgv_face_embedder* embedder, const mgv_image* aligned, float* embedding,
                                           int32_t length) {
    return guard(__func__, [&] {
        require(embedder != nullptr && aligned != nullptr && !aligned->mat.empty() && embedding != nullptr,
                "null argument");
        const mgv_recognizer_descriptor& d = embedder->descriptor;
        require(length == d.embedding_size, "embedding length differs from the descriptor");
        require(aligned->mat.cols == d.input_width && aligned->mat.rows == d.input_height, "face is not aligned");
        cv::Mat blob = cv::dnn::blobFromImage(mgv::as_bgr(aligned->mat), d.scale, cv::Size(),
                                              cv::Scalar(d.mean[0], d.mean[1], d.mean[2]), d.swap_rb != 0, false);
        cv::Mat output;
        try {
            embedder->net.setInput(blob);
            output = embedder->net.forward().reshape(1, 1);
        } catch (const cv::Exception& e) {
            throw failure(MGV_MODEL_FAILED, std::string("recognizer failed: ") + e.err);
        }
        if (output.total() != size_t(d.embedding_size))
            throw failure(MGV_MODEL_FAILED, "recognizer output size differs from the descriptor");
        output.convertTo(output, CV_32F);
        double norm = cv::norm(output);
        if (!(norm > 1e-12)) throw failure(MGV_MODEL_FAILED, "recognizer produced a zero embedding");
        for (int i = 0; i < length; ++i) embedding[i] = float(output.at<float>(0, i) / norm);
    });
}
