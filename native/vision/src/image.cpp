#include <algorithm>
#include <cstring>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "image_header.hpp"
#include "internal.hpp"
#include "mgv_image.h"

namespace {

using mgv::failure;
using mgv::guard;
using mgv::require;

const cv::Mat& mat_of(const mgv_image* image) {
    require(image != nullptr && !image->mat.empty(), "image is null or empty");
    return image->mat;
}

// libjpeg fills a truncated scan with grey and only warns, so a JPEG must reach its end-of-image marker.
bool jpeg_is_complete(const uint8_t* data, size_t length) {
    size_t tail = std::min<size_t>(length, 64);
    for (size_t i = length - tail; i + 1 < length; ++i)
        if (data[i] == 0xFF && data[i + 1] == 0xD9) return true;
    return false;
}

cv::Rect clipped(const cv::Mat& mat, int32_t x, int32_t y, int32_t width, int32_t height) {
    return cv::Rect(x, y, width, height) & cv::Rect(0, 0, mat.cols, mat.rows);
}

}  // namespace

MGV_API mgv_status mgv_image_decode(const uint8_t* data, size_t length, const mgv_decode_limits* limits, int32_t grey,
                                    mgv_image** out) {
    return guard(__func__, [&] {
        require(limits != nullptr && out != nullptr, "null argument");
        *out = nullptr;
        if (length == 0) throw failure(MGV_DECODE_FAILED, "no bytes to decode");
        require(data != nullptr, "null data");
        if (static_cast<int64_t>(length) > limits->max_bytes)
            throw failure(MGV_LIMIT_EXCEEDED, "encoded image is larger than the byte limit");
        mgv::image_header header;
        if (!mgv::read_image_header(data, length, header))
            throw failure(MGV_DECODE_FAILED, "not a JPEG, PNG or JPEG 2000 image, or its header is truncated");
        if (header.width > limits->max_pixels / header.height)
            throw failure(MGV_LIMIT_EXCEEDED, "image dimensions exceed the pixel limit");
        if (header.format == mgv::encoded_format::jpeg && !jpeg_is_complete(data, length))
            throw failure(MGV_DECODE_FAILED, "JPEG data is truncated (no end-of-image marker)");
        cv::Mat encoded(1, static_cast<int>(length), CV_8U, const_cast<uint8_t*>(data));
        cv::Mat decoded = cv::imdecode(encoded, grey ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR);
        if (decoded.empty()) throw failure(MGV_DECODE_FAILED, "the image data is corrupt or truncated");
        // JPEG EXIF orientation may turn the image by 90°, swapping the header's width and height.
        bool as_declared = decoded.cols == header.width && decoded.rows == header.height;
        bool turned = decoded.cols == header.height && decoded.rows == header.width;
        if (!as_declared && !turned) throw failure(MGV_DECODE_FAILED, "decoded size differs from the header");
        *out = mgv::wrap(std::move(decoded));
    });
}

MGV_API mgv_status mgv_image_create(int32_t width, int32_t height, int32_t channels, const uint8_t* pixels,
                                    int64_t stride, mgv_image** out) {
    return guard(__func__, [&] {
        require(pixels != nullptr && out != nullptr, "null argument");
        require(width > 0 && height > 0 && (channels == 1 || channels == 3), "bad size or channel count");
        require(stride >= int64_t(width) * channels, "stride is shorter than a row");
        cv::Mat view(height, width, CV_8UC(channels), const_cast<uint8_t*>(pixels), static_cast<size_t>(stride));
        *out = mgv::wrap(view.clone());
    });
}

MGV_API void mgv_image_destroy(mgv_image* image) {
    if (image == nullptr) return;
    if (!image->mat.empty()) image->mat.setTo(cv::Scalar::all(0));  // frames are personal data
    delete image;
}

MGV_API mgv_status mgv_image_info(const mgv_image* image, int32_t* width, int32_t* height, int32_t* channels) {
    return guard(__func__, [&] {
        require(width != nullptr && height != nullptr && channels != nullptr, "null argument");
        const cv::Mat& m = mat_of(image);
        *width = m.cols;
        *height = m.rows;
        *channels = m.channels();
    });
}

MGV_API mgv_status mgv_image_copy_pixels(const mgv_image* image, uint8_t* destination, size_t length) {
    return guard(__func__, [&] {
        const cv::Mat& m = mat_of(image);
        size_t row = size_t(m.cols) * m.channels();
        require(destination != nullptr && length == row * m.rows, "destination length must be width*height*channels");
        for (int y = 0; y < m.rows; ++y) std::memcpy(destination + row * y, m.ptr(y), row);
    });
}

MGV_API mgv_status mgv_image_encode(const mgv_image* image, mgv_image_format format, int32_t quality,
                                    mgv_buffer** out) {
    return guard(__func__, [&] {
        require(out != nullptr, "null argument");
        const cv::Mat& m = mat_of(image);
        std::vector<int> params;
        const char* extension;
        switch (format) {
            case MGV_FORMAT_PNG: extension = ".png"; break;
            case MGV_FORMAT_JPEG:
                require(quality >= 0 && quality <= 100, "JPEG quality must be 0-100");
                extension = ".jpg";
                params = {cv::IMWRITE_JPEG_QUALITY, quality};
                break;
            case MGV_FORMAT_JP2:
                require(quality > 0 && quality <= 1000, "JPEG 2000 rate must be 1-1000");
                extension = ".jp2";
                params = {cv::IMWRITE_JPEG2000_COMPRESSION_X1000, quality};
                break;
            default: throw failure(MGV_INVALID_ARGUMENT, "unknown image format");
        }
        auto buffer = std::make_unique<mgv_buffer>();
        if (!cv::imencode(extension, m, buffer->bytes, params)) throw failure(MGV_INTERNAL, "encoder failed");
        *out = buffer.release();
    });
}

MGV_API mgv_status mgv_buffer_data(const mgv_buffer* buffer, const uint8_t** data, size_t* length) {
    return guard(__func__, [&] {
        require(buffer != nullptr && data != nullptr && length != nullptr, "null argument");
        *data = buffer->bytes.data();
        *length = buffer->bytes.size();
    });
}

MGV_API void mgv_buffer_destroy(mgv_buffer* buffer) {
    if (buffer == nullptr) return;
    std::fill(buffer->bytes.begin(), buffer->bytes.end(), uint8_t{0});
    delete buffer;
}

MGV_API mgv_status mgv_image_to_grey(const mgv_image* image, mgv_image** out) {
    return guard(__func__, [&] {
        require(out != nullptr, "null argument");
        const cv::Mat& m = mat_of(image);
        cv::Mat grey;
        if (m.channels() == 1) grey = m.clone();
        else cv::cvtColor(m, grey, cv::COLOR_BGR2GRAY);
        *out = mgv::wrap(std::move(grey));
    });
}

MGV_API mgv_status mgv_image_to_bgr(const mgv_image* image, mgv_image** out) {
    return guard(__func__, [&] {
        require(out != nullptr, "null argument");
        const cv::Mat& m = mat_of(image);
        *out = mgv::wrap(m.channels() == 3 ? m.clone() : mgv::as_bgr(m));
    });
}

MGV_API mgv_status mgv_image_resize(const mgv_image* image, int32_t width, int32_t height, mgv_image** out) {
    return guard(__func__, [&] {
        require(out != nullptr && width > 0 && height > 0, "bad size");
        const cv::Mat& m = mat_of(image);
        cv::Mat resized;
        bool shrinking = width < m.cols || height < m.rows;
        cv::resize(m, resized, cv::Size(width, height), 0, 0, shrinking ? cv::INTER_AREA : cv::INTER_LINEAR);
        *out = mgv::wrap(std::move(resized));
    });
}

MGV_API mgv_status mgv_image_crop(const mgv_image* image, int32_t x, int32_t y, int32_t width, int32_t height,
                                  mgv_image** out) {
    return guard(__func__, [&] {
        require(out != nullptr, "null argument");
        const cv::Mat& m = mat_of(image);
        require(x >= 0 && y >= 0 && width > 0 && height > 0 && x <= m.cols - width && y <= m.rows - height,
                "crop rectangle is outside the image");
        *out = mgv::wrap(m(cv::Rect(x, y, width, height)).clone());
    });
}

MGV_API mgv_status mgv_image_warp_affine(const mgv_image* image, const double* matrix6, int32_t width, int32_t height,
                                         mgv_image** out) {
    return guard(__func__, [&] {
        require(out != nullptr && matrix6 != nullptr && width > 0 && height > 0, "bad argument");
        cv::Mat warped, matrix(2, 3, CV_64F, const_cast<double*>(matrix6));
        cv::warpAffine(mat_of(image), warped, matrix, cv::Size(width, height), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        *out = mgv::wrap(std::move(warped));
    });
}

MGV_API mgv_status mgv_image_warp_perspective(const mgv_image* image, const double* matrix9, int32_t width,
                                              int32_t height, mgv_image** out) {
    return guard(__func__, [&] {
        require(out != nullptr && matrix9 != nullptr && width > 0 && height > 0, "bad argument");
        cv::Mat warped, matrix(3, 3, CV_64F, const_cast<double*>(matrix9));
        cv::warpPerspective(mat_of(image), warped, matrix, cv::Size(width, height), cv::INTER_LINEAR,
                            cv::BORDER_REPLICATE);
        *out = mgv::wrap(std::move(warped));
    });
}

MGV_API mgv_status mgv_perspective_transform(const float* source8, const float* destination8, double* matrix9) {
    return guard(__func__, [&] {
        require(source8 != nullptr && destination8 != nullptr && matrix9 != nullptr, "null argument");
        std::vector<cv::Point2f> from, to;
        for (int i = 0; i < 4; ++i) {
            from.emplace_back(source8[2 * i], source8[2 * i + 1]);
            to.emplace_back(destination8[2 * i], destination8[2 * i + 1]);
        }
        cv::Mat h = cv::getPerspectiveTransform(from, to);
        require(!h.empty() && std::isfinite(h.at<double>(2, 2)), "the four points are degenerate");
        std::memcpy(matrix9, h.ptr<double>(), 9 * sizeof(double));
    });
}

MGV_API mgv_status mgv_image_fill_polygon(mgv_image* image, const float* points, int32_t point_count, uint8_t blue,
                                          uint8_t green, uint8_t red) {
    return guard(__func__, [&] {
        require(image != nullptr && !image->mat.empty() && points != nullptr && point_count >= 3, "bad argument");
        std::vector<cv::Point> polygon;
        for (int i = 0; i < point_count; ++i)
            polygon.emplace_back(cvRound(points[2 * i]), cvRound(points[2 * i + 1]));
        cv::fillPoly(image->mat, std::vector<std::vector<cv::Point>>{polygon}, cv::Scalar(blue, green, red), cv::LINE_AA);
    });
}

MGV_API mgv_status mgv_image_region_stats(const mgv_image* image, int32_t x, int32_t y, int32_t width, int32_t height,
                                          mgv_region_stats* out) {
    return guard(__func__, [&] {
        require(out != nullptr, "null argument");
        const cv::Mat& m = mat_of(image);
        cv::Rect rect = clipped(m, x, y, width, height);
        require(rect.width >= 3 && rect.height >= 3, "region is outside the image or too small");
        cv::Mat grey;
        if (m.channels() == 1) grey = m(rect);
        else cv::cvtColor(m(rect), grey, cv::COLOR_BGR2GRAY);
        cv::Scalar mean, stddev;
        cv::meanStdDev(grey, mean, stddev);
        cv::Mat laplacian;
        cv::Laplacian(grey, laplacian, CV_64F);
        cv::Scalar lap_mean, lap_stddev;
        cv::meanStdDev(laplacian, lap_mean, lap_stddev);
        *out = mgv_region_stats{mean[0], stddev[0], lap_stddev[0] * lap_stddev[0]};
    });
}
