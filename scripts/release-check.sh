#!/usr/bin/env bash
# ./mynagate release check [DEB]: the reader's .deb on a clean system. debootstraps a minimal Debian 12 root, installs
# the package there with apt (which must find every dependency it declares), then runs, inside the root:
# mynagate-reader --version and --help, the shipped configuration up to its validation (exit 2: it names no card
# reader or root key yet), and the site tool's doctor --json, whose native-library, Tesseract and model checks must
# pass (a library the package forgot fails them). Checks the accounts and the configuration's permissions. DEB
# defaults to the newest dist/release/*/mynagate-reader_*.deb. Takes minutes; not part of ./mynagate test.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DEB=${1:-$(ls -t "$ROOT"/dist/release/*/mynagate-reader_*_amd64.deb 2>/dev/null | head -1)}
[ -n "$DEB" ] && [ -f "$DEB" ] || { echo "release check: no reader .deb (run ./mynagate release first)" >&2; exit 2; }
MIRROR=${MYNAGATE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
step() { echo "release check: $* ($SECONDS s)" >&2; }
if ! command -v debootstrap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

WORK=$(mktemp -d /var/tmp/mynagate-release-check.XXXXXX)
TARGET="$WORK/root"
cleanup() {
  [ -n "${KIOSK_PID:-}" ] && kill "$KIOSK_PID" 2>/dev/null
  [ -n "${PAGE_PID:-}" ] && kill "$PAGE_PID" 2>/dev/null
  for m in dev/shm dev/pts dev proc sys; do
    if mountpoint -q "$TARGET/$m" 2>/dev/null; then $SUDO umount -l "$TARGET/$m"; fi
  done
  $SUDO rm -rf "$WORK"
}
trap cleanup EXIT
in_root() { $SUDO chroot "$TARGET" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
failures=0
expect() { # expect DESCRIPTION COMMAND...: a check that must pass
  local what=$1; shift
  if "$@"; then echo "  ok      $what"; else echo "  FAILED  $what"; failures=$((failures + 1)); fi
}

step "debootstrap Debian 12 (bookworm, minbase) from $MIRROR"
$SUDO debootstrap --variant=minbase bookworm "$TARGET" "$MIRROR" > "$WORK/debootstrap.log" 2>&1 \
  || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
# the suites a Debian 12 machine has: the release, its updates and security (the package was built against them)
cat > "$TARGET/etc/apt/sources.list" <<SOURCES
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb ${MIRROR%/debian}/debian-security bookworm-security main
SOURCES
cp /etc/resolv.conf "$TARGET/etc/resolv.conf" 2>/dev/null || true
$SUDO mount -t proc proc "$TARGET/proc"
$SUDO mount -t sysfs sysfs "$TARGET/sys"
$SUDO mount --bind /dev "$TARGET/dev"
$SUDO mount --bind /dev/pts "$TARGET/dev/pts"
$SUDO mount -t tmpfs tmpfs "$TARGET/dev/shm"

step "apt install $(basename "$DEB")"
cp "$DEB" "$TARGET/tmp/"
in_root apt-get update -qq
if ! in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$DEB")" > "$WORK/apt.log" 2>&1; then
  tail -30 "$WORK/apt.log" >&2
  echo "release check: FAILED: apt could not install the package" >&2
  exit 1
fi

step "running the installed programs"
version=$(dpkg-deb -f "$DEB" Version)
expect "mynagate-reader --version prints the package's version" \
  bash -c "$SUDO chroot '$TARGET' /usr/bin/mynagate-reader --version | grep -qF 'mynagate-reader ${version/\~/-}'"
expect "mynagate-reader --help exits 0 with its usage" \
  bash -c "$SUDO chroot '$TARGET' /usr/bin/mynagate-reader --help | grep -q '^usage: mynagate-reader'"
expect "mynagate --version (the site tool) prints the same version" \
  bash -c "$SUDO chroot '$TARGET' /usr/bin/mynagate --version | grep -qF 'mynagate ${version/\~/-}'"
# the shipped configuration is an example: the reader reads it and stops at validation with one line, exit 2
set +e
start_output=$(in_root runuser -u mynagate -- /usr/bin/mynagate-reader --config /etc/mynagate/reader.json 2>&1)
start_exit=$?
set -e
echo "  (start with the shipped configuration: exit $start_exit: $start_output)" | head -3
expect "the service account reads the configuration and the reader stops at its validation (exit 2)" test "$start_exit" = 2
set +e
in_root /usr/bin/mynagate doctor --json > "$WORK/doctor.json" 2> "$WORK/doctor.err"
set -e
sed 's/^/    /' "$WORK/doctor.json"
for check in "native library" tesseract model voice; do
  expect "doctor: every '$check' check passes" \
    bash -c "grep -F '\"check\":\"$check\"' '$WORK/doctor.json' | grep -q . && ! grep -F '\"check\":\"$check\"' '$WORK/doctor.json' | grep -vq '\"result\":\"ok\"'"
done
expect "accounts mynagate and mynagate-kiosk exist" bash -c "$SUDO chroot '$TARGET' getent passwd mynagate mynagate-kiosk >/dev/null"
# owners are named inside the root, whose accounts the package made
expect "/etc/mynagate is 0750 root:mynagate, reader.json 0640 root:mynagate" \
  test "$(in_root stat -c '%a %U:%G' /etc/mynagate /etc/mynagate/reader.json | tr '\n' ' ')" = "750 root:mynagate 640 root:mynagate "
expect "doctor installed beside the reader checks the reader's own pairing, not the terminal's" \
  bash -c "grep -F '\"check\":\"pairing\"' '$WORK/doctor.json' | grep -qF 'this reader is not paired' && ! grep -qF '\"check\":\"face folder\"' '$WORK/doctor.json'"
expect "the reader and kiosk units are enabled" \
  test -L "$TARGET/etc/systemd/system/multi-user.target.wants/mynagate-reader.service" -a -L "$TARGET/etc/systemd/system/graphical.target.wants/mynagate-kiosk.service"

# the kiosk session as its unit starts it (the same command line, as mynagate-kiosk), on wlroots' headless backend
# since a chroot has no seat: cage must start and Chromium must open the kiosk's address under it
step "the kiosk session: the unit's cage and Chromium, headless"
command_line=$(sed -n '/^ExecStart=/,/[^\\]$/p' "$TARGET/lib/systemd/system/mynagate-kiosk.service" | sed 's/^ExecStart=//; s/\\$//' | tr '\n' ' ')
in_root install -d -m 0700 -o mynagate-kiosk /tmp/kiosk-runtime
kiosk_uid=$(in_root id -u mynagate-kiosk)
# a page where the reader's kiosk would be (the reader cannot start here: it has no root key)
python3 -m http.server 47101 --bind 127.0.0.1 --directory "$WORK" > /dev/null 2>&1 &
PAGE_PID=$!
# shellcheck disable=SC2086 # the unit's command line, split as systemd splits it (no quoted words in it)
in_root runuser -u mynagate-kiosk -- env HOME=/var/lib/mynagate-kiosk XDG_RUNTIME_DIR=/tmp/kiosk-runtime WLR_BACKENDS=headless \
  WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman $command_line --remote-debugging-port=9339 > "$WORK/kiosk.log" 2>&1 &
KIOSK_PID=$!
kiosk_seen=""
for _ in $(seq 60); do
  kiosk_seen=$(curl -s http://127.0.0.1:9339/json 2>/dev/null | grep -o '"url": "http://127.0.0.1:47101/"' || true)
  [ -n "$kiosk_seen" ] && break
  sleep 1
done
# cage and Chromium run as the kiosk's account, whose number is the same outside the root
$SUDO pkill -u "$kiosk_uid" 2>/dev/null || true
kill "$KIOSK_PID" "$PAGE_PID" 2>/dev/null || true
KIOSK_PID="" PAGE_PID=""
[ -n "$kiosk_seen" ] || tail -5 "$WORK/kiosk.log" | sed 's/^/    /'
expect "cage starts and Chromium opens the kiosk's address with the unit's command line, as mynagate-kiosk" test -n "$kiosk_seen"

step "apt remove keeps the configuration; purge removes it"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq mynagate-reader > /dev/null 2>&1
expect "after remove: /etc/mynagate/reader.json kept, programs gone" test -f "$TARGET/etc/mynagate/reader.json" -a ! -e "$TARGET/opt/mynagate/reader/mynagate-reader"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq mynagate-reader > /dev/null 2>&1
expect "after purge: /etc/mynagate and /var/lib/mynagate gone" test ! -e "$TARGET/etc/mynagate" -a ! -e "$TARGET/var/lib/mynagate"

# the Windows terminal's scripts cannot run here: PowerShell (the .NET tool) parses them and runs them with -WhatIf,
# which prints every step against the unpacked zip and changes nothing (the service, ACL, share and firewall calls
# themselves are not exercised)
ZIP=$(ls -t "$(dirname "$DEB")"/mynagate-terminal-*-win-x64.zip 2>/dev/null | head -1)
if [ -n "$ZIP" ]; then
  step "the Windows terminal's scripts under PowerShell ($(basename "$ZIP"))"
  (cd "$ROOT" && dotnet tool restore >/dev/null)
  unzip -q "$ZIP" -d "$WORK/windows"
  scripts=$(ls -d "$WORK"/windows/*/windows)
  cat > "$WORK/terminal.json" <<'JSON'
{ "Terminal": { "FaceFolder": "C:\\OQS\\Face", "StateDirectory": "C:\\ProgramData\\MynaGate\\terminal" } }
JSON
  # a PowerShell run that fails is a failed check below, not the end of this script
  pwsh() { (cd "$ROOT" && NO_COLOR=1 dotnet pwsh -NoProfile -NonInteractive -Command "\$PSStyle.OutputRendering='PlainText'; $1") 2>&1 || true; }
  for script in install-terminal uninstall-terminal; do
    pwsh "\$e = \$null; [void][System.Management.Automation.Language.Parser]::ParseFile('$scripts/$script.ps1', [ref]\$null, [ref]\$e); \$e | ForEach-Object { \$_.ToString() }" > "$WORK/$script.errors"
    sed 's/^/    /' "$WORK/$script.errors"
    expect "$script.ps1 parses" test ! -s "$WORK/$script.errors"
  done
  pwsh "& '$scripts/install-terminal.ps1' -Config '$WORK/terminal.json' -ReceiptAccount 'CLINIC\\rececon' -InstallDir '$WORK/win-install' -DataDir '$WORK/win-data' -WhatIf" > "$WORK/install.plan"
  sed 's/^/    /' "$WORK/install.plan"
  expect "install-terminal.ps1 -WhatIf plans the Face share, read-only for the receipt computer's account" \
    grep -qF 'share C:\OQS\Face as OQSFace, read-only for CLINIC\rececon' "$WORK/install.plan"
  expect "install-terminal.ps1 -WhatIf runs to its end and changes nothing" \
    bash -c "grep -qF 'install: done' '$WORK/install.plan' && [ ! -e '$WORK/win-install' ] && [ ! -e '$WORK/win-data' ]"
  pwsh "& '$scripts/uninstall-terminal.ps1' -InstallDir '$WORK/win-install' -DataDir '$WORK/win-data' -WhatIf" > "$WORK/uninstall.plan"
  sed 's/^/    /' "$WORK/uninstall.plan"
  expect "uninstall-terminal.ps1 -WhatIf keeps the data unless told" grep -qF "kept $WORK/win-data" "$WORK/uninstall.plan"
  expect "the terminal zip holds the terminal and its site tool: no test kit, no reader library" \
    bash -c "cd '$WORK/windows'/*/ && [ -f mynagate-terminal.exe ] && [ -f mynagate.exe ] && [ ! -e mynagate-reader.exe ] && ! ls | grep -qE 'Virtual|Synthetic|Chain|xunit|mynagate-dev|onnxruntime|mgvision|MynaGate.Ocr|MynaGate.Vision|MynaGate.Card'"
fi

if [ "$failures" -gt 0 ]; then echo "release check: FAILED ($failures checks) for $(basename "$DEB")"; exit 1; fi
echo "release check: passed for $(basename "$DEB") on a debootstrapped Debian 12 ($SECONDS s)"
