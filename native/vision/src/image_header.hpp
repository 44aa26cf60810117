// Reads an encoded image's declared dimensions from its header, so limits are enforced before any pixel buffer is
// allocated (cv::imdecode allocates whatever the header declares).
#pragma once

#include <cstddef>
#include <cstdint>

namespace mgv {

enum class encoded_format { unknown, png, jpeg, jp2_container, j2k_codestream };

struct image_header {
    encoded_format format = encoded_format::unknown;
    int64_t width = 0;
    int64_t height = 0;
};

// Returns false when the format is unknown or the header is truncated or inconsistent.
bool read_image_header(const uint8_t* data, size_t length, image_header& header);

}  // namespace mgv
