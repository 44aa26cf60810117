#!/usr/bin/env bash
# Idempotent set-up: Debian packages the project needs (installed only when missing), then restore and build.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

# pcsc-lite daemon + vpcd driver for the card slot; djpeg/opj_compress/netpbm make the virtual cards' images;
# a C++ toolchain, CMake and Debian's OpenCV 4.6 modules (contrib for freetype) for native/vision; Tesseract 5 with
# its Japanese (language and script models) and English data for OCR; Japanese fonts for the synthetic card and certificate generators
# (tuning and held-out families: src/MynaGate.Ocr.Synthetic/FontCatalogue.cs);
# Chromium shows the kiosk (and the browser tests drive it), speaking through speech-dispatcher's espeak-ng voices,
# and Japanese through the reader's own Open JTalk with its dictionary (the voice file: scripts/voice.sh);
# python3 runs the reader API's example client (docs/examples)
PACKAGES=(pcscd libpcsclite1 vsmartcard-vpcd libopenjp2-tools libjpeg-turbo-progs netpbm
  cmake g++ make curl ca-certificates
  libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev libopencv-dnn-dev libopencv-objdetect-dev
  libopencv-videoio-dev libopencv-calib3d-dev libopencv-contrib-dev
  libtesseract5 tesseract-ocr-jpn tesseract-ocr-script-jpan tesseract-ocr-eng fonts-noto-cjk fonts-ipafont-gothic fonts-ipafont-mincho
  fonts-ipaexfont-gothic fonts-ipaexfont-mincho fonts-vlgothic fonts-sawarabi-gothic fonts-sawarabi-mincho fonts-horai-umefont
  fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho fonts-motoya-l-cedar fonts-motoya-l-maruberi fonts-hanazono
  chromium speech-dispatcher-espeak-ng open-jtalk open-jtalk-mecab-naist-jdic python3)

# progress on stderr, one line per step, so a first run of minutes is never silent
step() { echo "setup: $* ($SECONDS s)" >&2; }
step "checking Debian packages"
missing=()
for p in "${PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then missing+=("$p"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cd "$ROOT"
step "vpcd slots"
scripts/vpcd-slots.sh
step "models"
scripts/models.sh
step "the reader's Japanese voice"
scripts/voice.sh || echo "setup: without the voice file the reader speaks through the browser; its tests fail" >&2
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
step "restoring and building (Debug; the native library through CMake)"
dotnet build MynaGate.sln -nologo -v quiet -clp:"ErrorsOnly;NoSummary"
step "done"
