#!/usr/bin/env bash
# ./mynagate release: every artifact a clinic installs, for the version MinVer reads from the git tag, in
# dist/release/<version>/ with one SBOM per artifact and SHA256SUMS over everything:
#   mynagate-reader_<v>_amd64.deb               the reader, its site tool, models and kiosk session (Debian 12)
#   mynagate-terminal-<v>-win-x64.zip           the terminal with its site tool and install scripts (Windows)
#   mynagate-terminal-<v>-linux-x64.tar.gz      the same for Linux, with its systemd unit
#   mynagate-onshi-<v>-linux-x64.tar.gz         the national-service emulator (test sites and vendors)
#   mynagate-site-<v>-linux-x64.tar.gz / -win-x64.zip   the site tool alone (for a staff PC or a second machine)
# Each program is self-contained (no .NET to install) and carries the site tool (`mynagate`) beside it. Models come
# from $MYNAGATE_MODELS, checked against their SHA256SUMS; only those deploy/release/models.tsv lists ship.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
MODELS=${MYNAGATE_MODELS:-$ROOT/models}
NUGET_PACKAGES_DIR=${NUGET_PACKAGES:-$HOME/.nuget/packages}
step() { echo "release: $* ($SECONDS s)" >&2; }

# dpkg-dev for dpkg-shlibdeps and dpkg-deb, zip for the Windows archives
for p in dpkg-dev zip; do
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$p" >/dev/null
  fi
done
dotnet tool restore >/dev/null

step "version"
VERSION=$(dotnet msbuild src/MynaGate.Hosting/MynaGate.Hosting.csproj -nologo -t:MinVer -getProperty:MinVerVersion | tail -1)
[ -n "$VERSION" ] || { echo "release: MinVer gave no version" >&2; exit 1; }
# Debian orders "~" before anything, so a pre-release sorts before its release
DEB_VERSION=${VERSION/-/\~}
OUT="$ROOT/dist/release/$VERSION"
STAGE="$ROOT/dist/release/.stage"
rm -rf "$OUT" "$STAGE"
mkdir -p "$OUT" "$STAGE"
echo "release: $VERSION -> $OUT" >&2

dotnet build release/MynaGate.Release -c Release -nologo -v quiet -clp:"ErrorsOnly;NoSummary"
compose() { dotnet "$ROOT/release/MynaGate.Release/bin/Release/net10.0/mynagate-release.dll" compose "$@"; }

# publish PROJECT RID DIR [PROPERTY...]: self-contained, Release, no symbols (a clinic's machine has no debugger to feed)
publish() {
  dotnet publish "src/$1" -c Release -r "$2" --self-contained -o "$3" -p:DebugType=none -p:DebugSymbols=false "${@:4}" \
    -nologo -v quiet -clp:"ErrorsOnly;NoSummary"
}
# sbom PROJECT RID NAME: the CycloneDX tool's SBOM of one project's packages for one runtime, read from the restore the
# publish just made (-dpr: a restore of its own would undo the site tool's terminal variant)
sbom() { dotnet dotnet-CycloneDX "src/$1/$1.csproj" -rt "$2" -o "$STAGE/sbom" -fn "$3.cdx.json" -F Json -dhc -dpr >/dev/null; }
# docs DIR: what an installer reads, in the archive (the staff manual with its pictures, the install guide, …)
docs() { mkdir -p "$1/docs"; cp -r docs/. "$1/docs/"; cp README.md README.ja.md "$1/"; }

step "checking the models against their SHA256SUMS"
(cd "$MODELS" && sha256sum -c --quiet SHA256SUMS && cd ppocr && sha256sum -c --quiet SHA256SUMS)

# program HOST RID: a host and the site tool published into one folder (they share every assembly, one runtime)
program() {
  local host=$1 rid=$2 dir="$STAGE/$1-$2"
  step "publishing $host ($rid) with the site tool"
  publish "MynaGate.$host.Host" "$rid" "$dir"
  # a terminal's site tool has no reader checks, so the terminal's folder holds no OCR, vision or card library
  local variant=(); [ "$host" = Terminal ] && variant=(-p:SiteToolFor=Terminal)
  publish MynaGate.Site "$rid" "$dir" "${variant[@]}"
  # LTTng tracing is loaded only when present; shipping it would make the reader depend on liblttng-ust
  rm -f "$dir/libcoreclrtraceptprovider.so"
  # the site tool reads the other hosts' setting declarations from their assemblies, and the build copies their
  # launchers along: a folder holds one program and the site tool, so the other launchers go
  for other in reader terminal onshi; do
    [ "$other" = "$(tr '[:upper:]' '[:lower:]' <<<"$host")" ] && continue
    rm -f "$dir/mynagate-$other" "$dir/mynagate-$other.exe" "$dir/mynagate-$other.runtimeconfig.json" "$dir/mynagate-$other.deps.json"
  done
  sbom MynaGate.Site "$rid" "site-$rid"
  dotnet restore "src/MynaGate.$host.Host" -r "$rid" -nologo -v quiet >/dev/null
  sbom "MynaGate.$host.Host" "$rid" "$host-$rid"
}

# ---- the reader's .deb ----
program Reader linux-x64
ROOTFS="$STAGE/deb"
install -d "$ROOTFS/opt/mynagate" "$ROOTFS/usr/bin" "$ROOTFS/DEBIAN"
cp -r "$STAGE/Reader-linux-x64" "$ROOTFS/opt/mynagate/reader"
ln -s /opt/mynagate/reader/mynagate-reader "$ROOTFS/usr/bin/mynagate-reader"
ln -s /opt/mynagate/reader/mynagate "$ROOTFS/usr/bin/mynagate"
step "models for the reader"
MODELDIR="$ROOTFS/opt/mynagate/models"
install -d "$MODELDIR/licenses" "$MODELDIR/ppocr"
# the Japanese voice for Open JTalk, with its licence (scripts/voice.sh)
scripts/voice.sh "$MODELDIR/voice"
mv "$MODELDIR/voice/nitech_jp_atr503_m001.CC-BY-3.0.txt" "$MODELDIR/licenses/"
grep -v '^#' deploy/release/models.tsv | grep -v '^voice/' | awk -F'\t' '$2 ~ /reader/ {print $1 "\t" $4}' | while IFS=$'\t' read -r file licence; do
  cp "$MODELS/$file" "$MODELDIR/$file"
  # PP-OCR's licence is the standard Apache-2.0 text (PaddleOCR's LICENSE), the same as MiniFASNet's
  if [ -f "$MODELS/licenses/$licence" ]; then cp "$MODELS/licenses/$licence" "$MODELDIR/licenses/$licence"
  else cp "$MODELS/licenses/minifasnet.Apache-2.0.txt" "$MODELDIR/licenses/$licence"; fi
done
# the sums in the layout the programs check: the face models' folder and ppocr/ each with its own SHA256SUMS
(cd "$MODELDIR" && find . -maxdepth 1 -type f -name '*.onnx' -printf '%P\n' | sort | xargs sha256sum > SHA256SUMS)
(cd "$MODELDIR/ppocr" && find . -type f ! -name SHA256SUMS -printf '%P\n' | sort | xargs sha256sum > SHA256SUMS)
install -D -m 0644 deploy/systemd/mynagate-reader.service "$ROOTFS/lib/systemd/system/mynagate-reader.service"
install -D -m 0644 deploy/debian/mynagate-kiosk.service "$ROOTFS/lib/systemd/system/mynagate-kiosk.service"
install -D -m 0644 deploy/debian/journald-mynagate.conf "$ROOTFS/usr/lib/systemd/journald.conf.d/60-mynagate.conf"
install -D -m 0644 deploy/debian/pam-mynagate-kiosk "$ROOTFS/etc/pam.d/mynagate-kiosk"
install -D -m 0640 deploy/config/reader.json "$ROOTFS/etc/mynagate/reader.json"
DOCDIR="$ROOTFS/usr/share/doc/mynagate-reader"
install -d "$DOCDIR/examples"
cp deploy/debian/nftables-reader.conf "$DOCDIR/examples/"
docs "$DOCDIR"

step "the reader's dependencies (dpkg-shlibdeps over what it links, and what it loads at run time)"
SHLIB=$(mktemp -d)
mkdir -p "$SHLIB/debian"
printf 'Source: mynagate\n\nPackage: mynagate-reader\nArchitecture: amd64\n' > "$SHLIB/debian/control"
mapfile -t elves < <(find "$ROOTFS/opt/mynagate/reader" -type f \( -name '*.so' -o -name mynagate-reader -o -name mynagate -o -name createdump \))
SHLIBS=$(cd "$SHLIB" && dpkg-shlibdeps -O --ignore-missing-info "${elves[@]}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
rm -rf "$SHLIB"
# loaded by name at run time, which dpkg-shlibdeps cannot see: ICU and OpenSSL (.NET), pcsc-lite and Tesseract
# (P/Invoke) with its Japanese and English data; beside it: the card slot's daemon, the kiosk's browser, compositor,
# Japanese fonts and speech (Open JTalk speaks Japanese: JapaneseVoice); Debian 12's cage does not start without
# Xwayland, which it does not declare, and Chromium run by an account of its own needs its sandbox helper, which
# it only recommends (both found by release check); time sync, since the terminal refuses a
# reader 5 minutes off (T201); adduser and systemd for the maintainer scripts
RUNTIME="libicu72, libssl3, ca-certificates, tzdata, libpcsclite1, pcscd, libtesseract5, tesseract-ocr-jpn, tesseract-ocr-script-jpan, tesseract-ocr-eng, chromium, chromium-sandbox, cage, xwayland, libpam-systemd, fonts-noto-cjk, speech-dispatcher, speech-dispatcher-espeak-ng, open-jtalk, open-jtalk-mecab-naist-jdic, systemd-timesyncd | time-daemon, adduser, systemd"
DEPENDS="$SHLIBS, $RUNTIME"
sed -e "s/@VERSION@/$DEB_VERSION/" -e "s/@DEPENDS@/$DEPENDS/" \
    -e "s/@SIZE@/$(du -sk "$ROOTFS" | cut -f1)/" deploy/debian/control > "$ROOTFS/DEBIAN/control"
install -m 0755 deploy/debian/postinst deploy/debian/prerm deploy/debian/postrm "$ROOTFS/DEBIAN/"
echo /etc/mynagate/reader.json > "$ROOTFS/DEBIAN/conffiles"

READER_DEB="mynagate-reader_${DEB_VERSION}_amd64"
mapfile -t depends < <(tr ',' '\n' <<<"$DEPENDS" | sed -E 's/^ +//; s/ .*//' | sort -u)
depend_args=(); for d in "${depends[@]}"; do depend_args+=(--depends "$d"); done
compose --artifact mynagate-reader --version "$VERSION" --out-dir "$DOCDIR" --nuget-packages "$NUGET_PACKAGES_DIR" --rid linux-x64 \
  --bom "$STAGE/sbom/Reader-linux-x64.cdx.json" --bom "$STAGE/sbom/site-linux-x64.cdx.json" \
  --runtimeconfig "$ROOTFS/opt/mynagate/reader/mynagate-reader.runtimeconfig.json" \
  --native "$ROOTFS/opt/mynagate/reader/libmgvision.so" \
  --models-manifest deploy/release/models.tsv --program reader --models-dir "$MODELDIR" "${depend_args[@]}"
cp "$DOCDIR/THIRD-PARTY-NOTICES.txt" "$DOCDIR/copyright"
cp "$DOCDIR/mynagate-reader.cdx.json" "$OUT/$READER_DEB.cdx.json"
step "building $READER_DEB.deb"
dpkg-deb --root-owner-group -Zxz --build "$ROOTFS" "$OUT/$READER_DEB.deb" >/dev/null

# ---- the terminal, the emulator, the site tool alone ----
# archive NAME HOST RID EXTRA...: the program folder, its docs, notices and SBOM, as .zip on Windows, else .tar.gz
archive() {
  local name=$1 host=$2 rid=$3; shift 3
  local dir="$STAGE/$name"
  mv "$STAGE/$host-$rid" "$dir"
  for extra in "$@"; do cp -r "$extra" "$dir/"; done
  docs "$dir"
  local boms=(--bom "$STAGE/sbom/site-$rid.cdx.json")
  [ "$host" = Site ] || boms+=(--bom "$STAGE/sbom/$host-$rid.cdx.json")
  local entry=mynagate; [ "$host" = Site ] || entry="mynagate-$(tr '[:upper:]' '[:lower:]' <<<"$host")"
  compose --artifact "${name%-"$VERSION"-*}" --version "$VERSION" --out-dir "$dir" --nuget-packages "$NUGET_PACKAGES_DIR" --rid "$rid" \
    "${boms[@]}" --runtimeconfig "$dir/$entry.runtimeconfig.json"
  cp "$dir"/*.cdx.json "$OUT/$name.cdx.json"
  step "packing $name"
  if [[ $rid == win-* ]]; then (cd "$STAGE" && zip -qr -9 "$OUT/$name.zip" "$name")
  else tar -C "$STAGE" -czf "$OUT/$name.tar.gz" --owner=0 --group=0 "$name"; fi
}

program Terminal win-x64
archive "mynagate-terminal-$VERSION-win-x64" Terminal win-x64 deploy/windows deploy/config/terminal.json
program Terminal linux-x64
archive "mynagate-terminal-$VERSION-linux-x64" Terminal linux-x64 deploy/systemd/mynagate-terminal.service deploy/config/terminal.json
program Onshi linux-x64
archive "mynagate-onshi-$VERSION-linux-x64" Onshi linux-x64 deploy/systemd/mynagate-onshi.service deploy/config/onshi.json
for rid in linux-x64 win-x64; do
  step "publishing the site tool ($rid)"
  publish MynaGate.Site "$rid" "$STAGE/Site-$rid"
  rm -f "$STAGE/Site-$rid/libcoreclrtraceptprovider.so"
  sbom MynaGate.Site "$rid" "site-$rid"
  archive "mynagate-site-$VERSION-$rid" Site "$rid"
done

(cd "$OUT" && sha256sum -- * > SHA256SUMS)
rm -rf "$STAGE"
step "done"
ls -l "$OUT"
