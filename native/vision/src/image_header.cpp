#include "image_header.hpp"

#include <cstring>

namespace mgv {
namespace {

uint32_t be16(const uint8_t* p) { return (uint32_t(p[0]) << 8) | p[1]; }
uint32_t be32(const uint8_t* p) { return (be16(p) << 16) | be16(p + 2); }

bool png_header(const uint8_t* d, size_t n, image_header& h) {
    // signature (8) + IHDR length (4) + "IHDR" (4) + width (4) + height (4)
    if (n < 24 || std::memcmp(d + 12, "IHDR", 4) != 0) return false;
    h.width = be32(d + 16);
    h.height = be32(d + 20);
    return true;
}

bool jpeg_header(const uint8_t* d, size_t n, image_header& h) {
    size_t i = 2;
    while (i + 4 <= n) {
        if (d[i] != 0xFF) return false;
        uint8_t marker = d[i + 1];
        if (marker == 0xFF) { ++i; continue; }  // fill byte
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { i += 2; continue; }  // no length
        size_t segment = be16(d + i + 2);
        if (segment < 2) return false;
        bool start_of_frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (start_of_frame) {
            if (i + 9 > n) return false;
            h.height = be16(d + i + 5);
            h.width = be16(d + i + 7);
            return true;
        }
        if (marker == 0xDA || marker == 0xD9) return false;  // scan data or end before any frame header
        i += 2 + segment;
    }
    return false;
}

bool codestream_header(const uint8_t* d, size_t n, image_header& h) {
    // SOC FF4F, SIZ FF51: Lsiz, Rsiz, Xsiz, Ysiz, XOsiz, YOsiz
    if (n < 4 + 2 + 2 + 16 || d[0] != 0xFF || d[1] != 0x4F || d[2] != 0xFF || d[3] != 0x51) return false;
    uint32_t xsiz = be32(d + 8), ysiz = be32(d + 12), xo = be32(d + 16), yo = be32(d + 20);
    if (xo >= xsiz || yo >= ysiz) return false;
    h.width = xsiz - xo;
    h.height = ysiz - yo;
    return true;
}

bool jp2_header(const uint8_t* d, size_t n, image_header& h) {
    size_t i = 0;
    while (i + 8 <= n) {
        uint64_t box = be32(d + i);
        size_t header = 8;
        if (box == 1) {
            if (i + 16 > n) return false;
            box = (uint64_t(be32(d + i + 8)) << 32) | be32(d + i + 12);
            header = 16;
        } else if (box == 0) {
            box = n - i;  // the last box runs to the end
        }
        if (box < header || box > n - i) return false;
        if (std::memcmp(d + i + 4, "jp2c", 4) == 0) return codestream_header(d + i + header, box - header, h);
        i += box;
    }
    return false;
}

}  // namespace

bool read_image_header(const uint8_t* d, size_t n, image_header& h) {
    static const uint8_t png_signature[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    static const uint8_t jp2_signature[] = {0, 0, 0, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, 0x87, 0x0A};
    bool ok = false;
    if (n >= 8 && std::memcmp(d, png_signature, 8) == 0) {
        h.format = encoded_format::png;
        ok = png_header(d, n, h);
    } else if (n >= 3 && d[0] == 0xFF && d[1] == 0xD8 && d[2] == 0xFF) {
        h.format = encoded_format::jpeg;
        ok = jpeg_header(d, n, h);
    } else if (n >= 12 && std::memcmp(d, jp2_signature, 12) == 0) {
        h.format = encoded_format::jp2_container;
        ok = jp2_header(d, n, h);
    } else if (n >= 4 && d[0] == 0xFF && d[1] == 0x4F && d[2] == 0xFF && d[3] == 0x51) {
        h.format = encoded_format::j2k_codestream;
        ok = codestream_header(d, n, h);
    }
    return ok && h.width > 0 && h.height > 0;
}

}  // namespace mgv
