#include <cmath>

#include <opencv2/imgproc.hpp>

#include "internal.hpp"
#include "mgv_effects.h"

namespace {

using mgv::guard;
using mgv::require;

cv::Mat& mat_of(mgv_image* image) {
    require(image != nullptr && !image->mat.empty(), "image is null or empty");
    return image->mat;
}

}  // namespace

MGV_API mgv_status mgv_image_blur(const mgv_image* image, double sigma, mgv_image** out) {
    return guard(__func__, [&] {
        require(image != nullptr && !image->mat.empty() && out != nullptr, "bad argument");
        require(sigma >= 0 && sigma <= 50, "sigma must lie in 0–50");
        *out = nullptr;
        cv::Mat blurred;
        if (sigma > 0) cv::GaussianBlur(image->mat, blurred, cv::Size(), sigma);
        else blurred = image->mat.clone();
        *out = mgv::wrap(std::move(blurred));
    });
}

MGV_API mgv_status mgv_image_add_noise(mgv_image* image, double sigma, uint64_t seed) {
    return guard(__func__, [&] {
        cv::Mat& m = mat_of(image);
        require(sigma >= 0 && sigma <= 128, "sigma must lie in 0–128");
        cv::Mat noise(m.size(), CV_MAKETYPE(CV_16S, m.channels()));
        cv::RNG rng(seed);
        rng.fill(noise, cv::RNG::NORMAL, 0, sigma);
        cv::Mat sum;
        m.convertTo(sum, noise.type());
        sum += noise;
        sum.convertTo(m, m.type());  // saturates to 0–255
    });
}

MGV_API mgv_status mgv_image_light(mgv_image* image, const mgv_lighting* lighting) {
    return guard(__func__, [&] {
        cv::Mat& m = mat_of(image);
        require(lighting != nullptr, "null argument");
        const mgv_lighting& l = *lighting;
        require(l.gain > 0 && l.gain < 4 && l.glare_radius >= 0, "bad lighting");
        double diagonal = std::hypot(m.cols, m.rows);
        double radius = l.glare_radius * diagonal;
        cv::Mat gain(m.size(), CV_32F), glare(m.size(), CV_32F);
        for (int y = 0; y < m.rows; ++y) {
            auto* g = gain.ptr<float>(y);
            auto* s = glare.ptr<float>(y);
            double fy = static_cast<double>(y) / m.rows;
            for (int x = 0; x < m.cols; ++x) {
                double fx = static_cast<double>(x) / m.cols;
                g[x] = static_cast<float>(l.gain + l.gradient_x * (fx - 0.5) + l.gradient_y * (fy - 0.5));
                double d = radius > 0 ? std::hypot(x - l.glare_x * m.cols, y - l.glare_y * m.rows) / radius : 1e9;
                s[x] = static_cast<float>(l.glare_strength * std::exp(-d * d));
            }
        }
        std::vector<cv::Mat> channels;
        cv::split(m, channels);
        for (auto& c : channels) {
            cv::Mat f;
            c.convertTo(f, CV_32F);
            f = f.mul(gain) + glare;
            f.convertTo(c, CV_8U);
        }
        cv::merge(channels, m);
    });
}

MGV_API mgv_status mgv_image_paste_warped(mgv_image* destination, const mgv_image* source, const double* matrix9) {
    return guard(__func__, [&] {
        cv::Mat& d = mat_of(destination);
        require(source != nullptr && !source->mat.empty() && matrix9 != nullptr, "bad argument");
        require(source->mat.channels() == d.channels(), "source and destination differ in channels");
        cv::Mat h(3, 3, CV_64F, const_cast<double*>(matrix9));
        cv::warpPerspective(source->mat, d, h, d.size(), cv::INTER_LINEAR, cv::BORDER_TRANSPARENT);
    });
}
