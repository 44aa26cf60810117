/* Camera effects for the synthetic generators: everything a phone-grade card camera does to a printed card.
 * All randomness comes from the caller's seed, so a generator run is reproducible. */
#ifndef MGV_EFFECTS_H
#define MGV_EFFECTS_H

#include "mgv_common.h"
#include "mgv_image.h"

/* Gaussian blur with the given sigma in pixels (0 leaves the image unchanged). */
MGV_API mgv_status mgv_image_blur(const mgv_image* image, double sigma, mgv_image** out);
/* Adds zero-mean Gaussian noise of the given standard deviation (grey levels) in place. */
MGV_API mgv_status mgv_image_add_noise(mgv_image* image, double sigma, uint64_t seed);

typedef struct mgv_lighting {
    double gain;          /* overall brightness factor at the image centre */
    double gradient_x;    /* brightness change from the left edge to the right edge, as a factor difference */
    double gradient_y;    /* same, top to bottom */
    double glare_x;       /* centre of a specular glare, as a fraction of width and height */
    double glare_y;
    double glare_radius;  /* as a fraction of the image diagonal; 0 for none */
    double glare_strength; /* grey levels added at the glare centre */
} mgv_lighting;

/* Uneven light and glare in place. */
MGV_API mgv_status mgv_image_light(mgv_image* image, const mgv_lighting* lighting);
/* Warps source through a 3×3 homography onto destination in place, leaving destination pixels outside the warped
 * source untouched (a card laid on a background). */
MGV_API mgv_status mgv_image_paste_warped(mgv_image* destination, const mgv_image* source, const double* matrix9);

#endif
