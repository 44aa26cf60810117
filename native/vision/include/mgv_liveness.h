/* Passive liveness: MiniFASNet V2 (crop ×2.7) and V1SE (crop ×4.0), each 80×80 raw BGR, class 1 = real. */
#ifndef MGV_LIVENESS_H
#define MGV_LIVENESS_H

#include "mgv_image.h"

typedef struct mgv_liveness mgv_liveness;

typedef struct mgv_liveness_score {
    float real_v2;   /* softmax P(real) of MiniFASNetV2 */
    float real_v1se; /* softmax P(real) of MiniFASNetV1SE */
    float real;      /* their mean */
} mgv_liveness_score;

MGV_API mgv_status mgv_liveness_create(const uint8_t* v2_model, size_t v2_length, const uint8_t* v1se_model,
                                       size_t v1se_length, mgv_liveness** out);
MGV_API void mgv_liveness_destroy(mgv_liveness* liveness);
MGV_API mgv_status mgv_liveness_score_face(mgv_liveness* liveness, const mgv_image* frame, float x, float y,
                                           float width, float height, mgv_liveness_score* out);

#endif
