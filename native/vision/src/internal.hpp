// Internals shared by the translation units: the opaque structs and the one place that turns C++ failures into
// an mgv_status, so no exception ever crosses the C boundary (unwinding through .NET frames is undefined).
#pragma once

#include <exception>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>

#include "mgv_common.h"

struct mgv_image {
    cv::Mat mat;
};

struct mgv_buffer {
    std::vector<uint8_t> bytes;
};

namespace mgv {

// Thrown inside mgv_try to fail with a specific status and message.
struct failure : std::exception {
    mgv_status status;
    std::string message;
    failure(mgv_status s, std::string m) : status(s), message(std::move(m)) {}
    const char* what() const noexcept override { return message.c_str(); }
};

void set_last_error(const std::string& message);

template <typename Body>
mgv_status guard(const char* function, Body&& body) noexcept {
    try {
        set_last_error("");
        body();
        return MGV_OK;
    } catch (const failure& f) {
        set_last_error(std::string(function) + ": " + f.message);
        return f.status;
    } catch (const cv::Exception& e) {
        set_last_error(std::string(function) + ": OpenCV " + e.err + " (" + e.func + ")");
        return MGV_INTERNAL;
    } catch (const std::bad_alloc&) {
        set_last_error(std::string(function) + ": out of memory");
        return MGV_LIMIT_EXCEEDED;
    } catch (const std::exception& e) {
        set_last_error(std::string(function) + ": " + e.what());
        return MGV_INTERNAL;
    } catch (...) {
        set_last_error(std::string(function) + ": unknown error");
        return MGV_INTERNAL;
    }
}

inline void require(bool condition, const char* message) {
    if (!condition) throw failure(MGV_INVALID_ARGUMENT, message);
}

// Wraps a Mat in a new handle, taking ownership of its pixels.
mgv_image* wrap(cv::Mat mat);

// A 3-channel BGR view (copied only when the source is grey).
cv::Mat as_bgr(const cv::Mat& mat);

// Loads an ONNX network from memory; the caller has already checked its sha256.
cv::dnn::Net load_onnx(const uint8_t* model, size_t length);

}  // namespace mgv
