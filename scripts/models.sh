#!/usr/bin/env bash
# Provides the face models in $MYNAGATE_MODELS: a link to ../shared/models when that folder exists, otherwise the
# official files downloaded and checked against the sha256 sums the engine's configuration pins.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODELS=${MYNAGATE_MODELS:-$ROOT/models}
SHARED=${MYNAGATE_SHARED:-$(cd "$ROOT/.." && pwd)/shared}

if [ -d "$SHARED/models" ] && [ ! -e "$MODELS" ]; then
  ln -s "$SHARED/models" "$MODELS"
fi
if [ -L "$MODELS" ] || [ -f "$MODELS/face_detection_yunet_2022mar.onnx" ]; then exit 0; fi

# file | sha256 | official source (the provenance in ../shared/models/README.md)
OFFICIAL=(
  "face_detection_yunet_2022mar.onnx|50ef07f702a31741ca46a4c0d947773b64143b9362780237bf0d427d6c79bab7|https://github.com/opencv/opencv_zoo/raw/main/models/face_detection_yunet/face_detection_yunet_2022mar.onnx"
  "MiniFASNetV2.onnx|4eed38f0bde33c9b805942a5f25e42ce1161e2bda545254be622be957727794e|https://github.com/yakhyo/face-anti-spoofing/raw/c175efe/weights/MiniFASNetV2.onnx"
  "MiniFASNetV1SE.onnx|d819a69bac6b9ade2a0f4d9b60b618e1260f7bf3ba1fddff6c5d82131cb1083f|https://github.com/yakhyo/face-anti-spoofing/raw/c175efe/weights/MiniFASNetV1SE.onnx"
  "face_recognition_sface_2021dec.onnx|0ba9fbfa01b5270c96627c4ef784da859931e02f04419c829e83484087c34e79|https://github.com/opencv/opencv_zoo/raw/main/models/face_recognition_sface/face_recognition_sface_2021dec.onnx"
)
mkdir -p "$MODELS"
for entry in "${OFFICIAL[@]}"; do
  IFS='|' read -r file sum url <<< "$entry"
  [ -f "$MODELS/$file" ] && continue
  echo "models: downloading $file"
  if curl -fsSL --retry 2 -o "$MODELS/$file.part" "$url" && echo "$sum  $MODELS/$file.part" | sha256sum -c --quiet -; then
    mv "$MODELS/$file.part" "$MODELS/$file"
  else
    rm -f "$MODELS/$file.part"
    echo "models: could not obtain $file (no network, or the download did not match sha256 $sum)" >&2
  fi
done
# Intel's face-reidentification-retail-0095 is published as OpenVINO IR only; its ONNX conversion has to be supplied.
[ -f "$MODELS/face_reidentification_retail_0095.onnx" ] || \
  echo "models: put face_reidentification_retail_0095.onnx (ONNX conversion of Intel OMZ's IR) in $MODELS, or select sface-2021dec" >&2
