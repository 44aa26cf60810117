#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include "internal.hpp"
#include "mgv_face_detector.h"

struct mgv_face_detector {
    cv::Ptr<cv::FaceDetectorYN> yunet;
    int32_t max_side;
};

using mgv::failure;
using mgv::guard;
using mgv::require;

// OpenCV 4.6's FaceDetectorYN::create only takes a file path; the caller checks the file's sha256 first.
MGV_API mgv_status mgv_face_detector_create(const char* model_path, const mgv_detector_options* options,
                                            mgv_face_detector** out) {
    return guard(__func__, [&] {
        require(model_path != nullptr && options != nullptr && out != nullptr, "null argument");
        require(options->score_threshold > 0 && options->score_threshold < 1, "score threshold must be in (0,1)");
        require(options->nms_threshold > 0 && options->nms_threshold < 1, "NMS threshold must be in (0,1)");
        require(options->top_k > 0 && options->max_side >= 0, "bad top_k or max_side");
        cv::Ptr<cv::FaceDetectorYN> yunet;
        try {
            yunet = cv::FaceDetectorYN::create(model_path, "", cv::Size(320, 320), options->score_threshold,
                                               options->nms_threshold, options->top_k);
        } catch (const cv::Exception& e) {
            throw failure(MGV_MODEL_FAILED, std::string("YuNet model could not be loaded: ") + e.err);
        }
        if (yunet.empty()) throw failure(MGV_MODEL_FAILED, "YuNet model could not be loaded");
        *out = new mgv_face_detector{yunet, options->max_side};
    });
}

MGV_API void mgv_face_detector_destroy(mgv_face_detector* detector) { delete detector; }

MGV_API mgv_status mgv_face_detector_detect(mgv_face_detector* detector, const mgv_image* frame, mgv_face* faces,
                                            int32_t capacity, int32_t* count) {
    return guard(__func__, [&] {
        require(detector != nullptr && frame != nullptr && !frame->mat.empty() && count != nullptr, "null argument");
        require(capacity >= 0 && (faces != nullptr || capacity == 0), "bad output capacity");
        cv::Mat bgr = mgv::as_bgr(frame->mat);
        double scale = 1.0;
        int longer = std::max(bgr.cols, bgr.rows);
        if (detector->max_side > 0 && longer > detector->max_side) {
            scale = double(detector->max_side) / longer;
            // a sliver must keep a row: cv::resize refuses a side of 0
            cv::Size size(std::max(1, int(std::lround(bgr.cols * scale))), std::max(1, int(std::lround(bgr.rows * scale))));
            cv::Mat small;
            cv::resize(bgr, small, size, 0, 0, cv::INTER_AREA);
            bgr = small;
        }
        // YuNet halves the input five times and OpenCV 4.6 throws when a layer ends up empty (a frame under 64 px a
        // side, or one whose sides are not whole multiples of 32). A black border on the right and bottom makes any
        // frame searchable and leaves every coordinate where it was.
        auto padded_side = [](int side) { return std::max(64, (side + 31) / 32 * 32); };
        int right = padded_side(bgr.cols) - bgr.cols, bottom = padded_side(bgr.rows) - bgr.rows;
        if (right > 0 || bottom > 0) {
            cv::Mat padded;
            cv::copyMakeBorder(bgr, padded, 0, bottom, 0, right, cv::BORDER_CONSTANT, cv::Scalar::all(0));
            bgr = padded;
        }
        detector->yunet->setInputSize(bgr.size());
        cv::Mat found;
        detector->yunet->detect(bgr, found);
        *count = found.rows;
        for (int i = 0; i < std::min(found.rows, capacity); ++i) {
            const float* row = found.ptr<float>(i);
            mgv_face& face = faces[i];
            face.x = float(row[0] / scale);
            face.y = float(row[1] / scale);
            face.width = float(row[2] / scale);
            face.height = float(row[3] / scale);
            for (int k = 0; k < 10; ++k) face.landmarks[k] = float(row[4 + k] / scale);
            face.score = row[14];
        }
    });
}
