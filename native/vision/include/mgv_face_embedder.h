/* Face recognition embedding through cv::dnn, for any recognizer described by an mgv_recognizer_descriptor. */
#ifndef MGV_FACE_EMBEDDER_H
#define MGV_FACE_EMBEDDER_H

#include "mgv_image.h"

typedef struct mgv_face_embedder mgv_face_embedder;

typedef struct mgv_recognizer_descriptor {
    int32_t input_width;
    int32_t input_height;
    int32_t swap_rb;         /* 0: the network takes BGR, 1: RGB */
    float mean[3];           /* subtracted per channel (in the network's channel order) before scaling */
    float scale;             /* multiplied after the mean */
    int32_t embedding_size;
} mgv_recognizer_descriptor;

MGV_API mgv_status mgv_face_embedder_create(const uint8_t* model, size_t model_length,
                                            const mgv_recognizer_descriptor* descriptor, mgv_face_embedder** out);
MGV_API void mgv_face_embedder_destroy(mgv_face_embedder* embedder);
/* Similarity-transforms the frame so the 5 landmarks (detector order) land on the template (fractions of
   width × height, image order); out is BGR. Independent of any network, so every runtime aligns the same way. */
MGV_API mgv_status mgv_face_align(const mgv_image* frame, const float* landmarks10, const float* template10,
                                  int32_t width, int32_t height, mgv_image** out);
/* Runs the network on an aligned face and writes the L2-normalised embedding. */
MGV_API mgv_status mgv_face_embedder_embed(mgv_face_embedder* embedder, const mgv_image* aligned, float* embedding,
                                           int32_t length);

#endif
