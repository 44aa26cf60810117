#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "internal.hpp"
#include "mgv_document.h"

namespace {

using mgv::guard;
using mgv::require;

cv::Mat grey_of(const cv::Mat& m) {
    if (m.channels() == 1) return m;
    cv::Mat grey;
    cv::cvtColor(m, grey, cv::COLOR_BGR2GRAY);
    return grey;
}

// Orders four corners clockwise from the top-left, then turns the order so the first edge is the longer one.
std::vector<cv::Point2f> ordered(std::vector<cv::Point2f> pts) {
    cv::Point2f centre(0, 0);
    for (auto& p : pts) centre += p * 0.25f;
    std::sort(pts.begin(), pts.end(), [&](const cv::Point2f& a, const cv::Point2f& b) {
        return std::atan2(a.y - centre.y, a.x - centre.x) < std::atan2(b.y - centre.y, b.x - centre.x);
    });
    // atan2 order starts near −π (left); start at the corner with the smallest x + y (top-left)
    auto first = std::min_element(pts.begin(), pts.end(), [](auto& a, auto& b) { return a.x + a.y < b.x + b.y; });
    std::rotate(pts.begin(), first, pts.end());
    double top = cv::norm(pts[1] - pts[0]), left = cv::norm(pts[3] - pts[0]);
    if (left > top * 1.05) std::rotate(pts.begin(), pts.begin() + 3, pts.end());  // portrait: start at bottom-left
    return pts;
}

// Share of points along the segment a→b that lie on an edge pixel.
double edge_support(const cv::Mat& edges, cv::Point2f a, cv::Point2f b) {
    constexpr int samples = 40;
    int on = 0;
    for (int i = 0; i < samples; ++i) {
        cv::Point2f p = a + (b - a) * ((i + 0.5f) / samples);
        int x = std::clamp(static_cast<int>(p.x), 0, edges.cols - 1), y = std::clamp(static_cast<int>(p.y), 0, edges.rows - 1);
        on += edges.at<uchar>(y, x) != 0;
    }
    return static_cast<double>(on) / samples;
}

// Candidate outlines from two views of the frame: edges (card against any background) and Otsu (light card on a
// darker tray), each tried as a polygon approximation and as the minimum-area rectangle of the contour. `edges`
// receives the edge view, widened, for checking that a candidate's sides lie on edges.
std::vector<std::vector<cv::Point>> outlines(const cv::Mat& grey, cv::Mat& edges) {
    cv::Mat blurred, binary;
    cv::GaussianBlur(grey, blurred, cv::Size(5, 5), 0);
    cv::Canny(blurred, edges, 30, 90);
    cv::dilate(edges, edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    cv::threshold(blurred, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    std::vector<std::vector<cv::Point>> all;
    for (const cv::Mat* view : {&edges, &binary}) {
        std::vector<std::vector<cv::Point>> contours;
        // the edge view's holes too: a card whose edge runs into a blotch of the background merges with it on the
        // outside, while the inside of its edge still traces the card
        cv::findContours(*view, contours, view == &edges ? cv::RETR_LIST : cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
        all.insert(all.end(), contours.begin(), contours.end());
    }
    cv::dilate(edges, edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(5, 5)));
    return all;
}

}  // namespace

MGV_API mgv_status mgv_document_find_quad(const mgv_image* frame, float min_area_fraction, mgv_quad* out,
                                          int32_t* found) {
    return guard(__func__, [&] {
        require(frame != nullptr && !frame->mat.empty() && out != nullptr && found != nullptr, "bad argument");
        require(min_area_fraction > 0 && min_area_fraction < 1, "min_area_fraction must lie in (0, 1)");
        *found = 0;
        cv::Mat grey = grey_of(frame->mat);
        double scale = std::min(1.0, 800.0 / std::max(grey.cols, grey.rows));
        cv::Mat small;
        if (scale < 1) cv::resize(grey, small, cv::Size(), scale, scale, cv::INTER_AREA);
        else small = grey;
        double frame_area = static_cast<double>(small.cols) * small.rows;

        std::vector<cv::Point2f> best;
        double best_area = min_area_fraction * frame_area;
        cv::Mat edges;
        for (const auto& contour : outlines(small, edges)) {
            std::vector<cv::Point> hull;
            cv::convexHull(contour, hull);
            double hull_area = cv::contourArea(hull);
            // an outline as large as the frame is the frame itself (a blank or uniform view), not a document
            if (hull_area < best_area || hull_area > 0.97 * frame_area) continue;
            std::vector<cv::Point> poly;
            cv::approxPolyDP(hull, poly, 0.02 * cv::arcLength(hull, true), true);
            std::vector<cv::Point2f> corners;
            if (poly.size() == 4) {
                for (auto& p : poly) corners.emplace_back(static_cast<float>(p.x), static_cast<float>(p.y));
            } else {
                // rounded corners or a clipped edge: accept the bounding rectangle only when the outline fills it
                cv::RotatedRect box = cv::minAreaRect(hull);
                if (hull_area < 0.9 * box.size.area()) continue;
                cv::Point2f p[4];
                box.points(p);
                corners.assign(p, p + 4);
            }
            double area = cv::contourArea(corners);
            // a document's outline fills its quad; a document merged with a shadow or a blotch of the background
            // leaves a concave outline that does not
            if (area <= best_area || cv::contourArea(contour) < 0.85 * area) continue;
            // ... and each side of a document's quad runs along its edge; a side cutting across a blotch does not
            double weakest = 1;
            for (size_t i = 0; i < 4; ++i) weakest = std::min(weakest, edge_support(edges, corners[i], corners[(i + 1) % 4]));
            if (weakest < 0.6) continue;
            best_area = area;
            best = corners;
        }
        if (best.empty()) return;

        best = ordered(best);
        bool touches = false;
        for (int i = 0; i < 4; ++i) {
            const auto& p = best[static_cast<size_t>(i)];
            touches |= p.x <= 2 || p.y <= 2 || p.x >= small.cols - 3 || p.y >= small.rows - 3;
            out->corners[2 * i] = static_cast<float>(p.x / scale);
            out->corners[2 * i + 1] = static_cast<float>(p.y / scale);
        }
        out->area_fraction = static_cast<float>(best_area / frame_area);
        out->touches_edge = touches ? 1 : 0;
        *found = 1;
    });
}

MGV_API mgv_status mgv_document_text_lines(const mgv_image* image, int32_t x, int32_t y, int32_t width, int32_t height,
                                           int32_t join_gap, int32_t min_height, int32_t max_height,
                                           mgv_text_box* boxes, int32_t capacity, int32_t* count) {
    return guard(__func__, [&] {
        require(image != nullptr && !image->mat.empty() && count != nullptr, "bad argument");
        require(capacity >= 0 && (boxes != nullptr || capacity == 0), "bad output buffer");
        require(join_gap >= 1 && min_height >= 1 && max_height >= min_height, "bad line limits");
        cv::Rect rect = cv::Rect(x, y, width, height) & cv::Rect(0, 0, image->mat.cols, image->mat.rows);
        require(rect.width >= 8 && rect.height >= 8, "region is outside the image or too small");
        cv::Mat grey = grey_of(image->mat(rect));
        cv::Mat ink;
        // dark ink on a light ground, robust to uneven light: compare each pixel with its neighbourhood
        int block = std::max(15, (max_height * 2) | 1);
        cv::adaptiveThreshold(grey, ink, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV, block, 15);
        cv::morphologyEx(ink, ink, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(join_gap, 1)));
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(ink, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
        std::vector<cv::Rect> lines;
        for (const auto& c : contours) {
            cv::Rect r = cv::boundingRect(c);
            // a line is at least one character; one digit is about a third as wide as it is high
            if (r.height < min_height || r.height > max_height || r.width * 3 < r.height) continue;
            lines.push_back(r);
        }
        std::sort(lines.begin(), lines.end(), [](const cv::Rect& a, const cv::Rect& b) {
            return a.y + a.height / 2 < b.y + b.height / 2 || (a.y + a.height / 2 == b.y + b.height / 2 && a.x < b.x);
        });
        *count = static_cast<int32_t>(lines.size());
        for (int32_t i = 0; i < std::min(capacity, *count); ++i) {
            const cv::Rect& r = lines[static_cast<size_t>(i)];
            boxes[i] = mgv_text_box{r.x + rect.x, r.y + rect.y, r.width, r.height};
        }
    });
}

