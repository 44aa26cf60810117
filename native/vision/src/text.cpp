#include <opencv2/freetype.hpp>
#include <opencv2/imgproc.hpp>

#include "internal.hpp"
#include "mgv_text.h"

struct mgv_font {
    cv::Ptr<cv::freetype::FreeType2> face;
};

namespace {

using mgv::guard;
using mgv::require;

cv::freetype::FreeType2& face_of(mgv_font* font) {
    require(font != nullptr && !font->face.empty(), "font is null");
    return *font->face;
}

}  // namespace

MGV_API mgv_status mgv_font_load(const char* path, int32_t face_index, mgv_font** out) {
    return guard(__func__, [&] {
        require(path != nullptr && out != nullptr && face_index >= 0, "bad argument");
        *out = nullptr;
        auto face = cv::freetype::createFreeType2();
        try {
            face->loadFontData(path, face_index);
        } catch (const cv::Exception&) {
            throw mgv::failure(MGV_INVALID_ARGUMENT, "the font file cannot be read or has no such face");
        }
        *out = new mgv_font{face};
    });
}

MGV_API void mgv_font_destroy(mgv_font* font) { delete font; }

MGV_API mgv_status mgv_font_measure(mgv_font* font, const char* utf8, int32_t pixel_height, int32_t* width,
                                    int32_t* ascent, int32_t* descent) {
    return guard(__func__, [&] {
        require(utf8 != nullptr && width != nullptr && ascent != nullptr && descent != nullptr, "null argument");
        require(pixel_height > 0, "pixel height must be positive");
        int baseline = 0;
        cv::Size size = face_of(font).getTextSize(utf8, pixel_height, -1, &baseline);
        *width = size.width;
        *ascent = size.height;
        *descent = baseline;
    });
}

MGV_API mgv_status mgv_image_draw_text(mgv_image* image, mgv_font* font, const char* utf8, int32_t x, int32_t baseline_y,
                                       int32_t pixel_height, uint8_t blue, uint8_t green, uint8_t red) {
    return guard(__func__, [&] {
        require(image != nullptr && !image->mat.empty() && utf8 != nullptr, "bad argument");
        require(image->mat.channels() == 3, "text is drawn on BGR images");
        require(pixel_height > 0, "pixel height must be positive");
        // bottomLeftOrigin = true: org is the start of the baseline
        face_of(font).putText(image->mat, utf8, cv::Point(x, baseline_y), pixel_height, cv::Scalar(blue, green, red),
                              -1, cv::LINE_AA, true);
    });
}
