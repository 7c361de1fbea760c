#!/usr/bin/env bash
# Builds the Debian package from an existing build, then checks it as a user
# would meet it: its name and dependencies, the files it installs (menu entry,
# metainfo, icons, man page, completion), an install into a throw-away dpkg
# root, the installed program running, and a clean removal.
# Usage: check-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1 version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
    { cat "$scratch/cpack.log"; fail "cpack could not build the package"; }
deb="$scratch/out/switchboard_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $(basename "$deb"); cpack made: $(ls "$scratch/out")"

depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6widgets6 libqt6sql6 libqt6keychain1 libssl3 libqt6sql6-sqlite qt6-qpa-plugins; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/switchboard \
    ./usr/share/applications/io.switchboard.Switchboard.desktop \
    ./usr/share/metainfo/io.switchboard.Switchboard.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/io.switchboard.Switchboard.svg \
    ./usr/share/icons/hicolor/48x48/apps/io.switchboard.Switchboard.png \
    ./usr/share/icons/hicolor/256x256/apps/io.switchboard.Switchboard.png \
    ./usr/share/man/man1/switchboard.1.gz \
    ./usr/share/bash-completion/completions/switchboard; do
    grep -qx "$path" <<<"$files" || fail "the package does not install $path"
done

# A throw-away dpkg root: the package installs and removes as dpkg sees it.
root="$scratch/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
dpkg --root="$root" --force-depends --force-not-root --force-script-chrootless \
    --log=/dev/null -i "$deb" >"$scratch/dpkg.log" 2>&1 ||
    { cat "$scratch/dpkg.log"; fail "dpkg could not install the package"; }
desktop-file-validate "$root/usr/share/applications/io.switchboard.Switchboard.desktop" ||
    fail "the menu entry is not valid"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.switchboard.Switchboard.metainfo.xml" ||
    fail "the metainfo is not valid"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/io.switchboard.Switchboard.metainfo.xml" ||
    fail "the metainfo does not name release $version"
file "$root/usr/share/icons/hicolor/48x48/apps/io.switchboard.Switchboard.png" | grep -q '48 x 48' ||
    fail "the 48x48 icon is not 48 by 48"
zcat "$root/usr/share/man/man1/switchboard.1.gz" | grep -q '^\.TH SWITCHBOARD "1"' ||
    fail "the man page has no title line"
zcat "$root/usr/share/man/man1/switchboard.1.gz" | grep -q 'simulate' ||
    fail "the man page does not describe the commands"

bash -n "$root/usr/share/bash-completion/completions/switchboard" ||
    fail "the bash completion is not a valid script"

installed="$root/usr/bin/switchboard"
[ "$("$installed" --version)" = "switchboard $version" ] || fail "--version: $("$installed" --version)"
request='{"policies":[{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}],"action":"s3:GetObject","resource":"arn:aws:s3:::photos/cat.jpg"}'
answer=$(printf '%s\n' "$request" | "$installed" simulate --batch -)
grep -q '"decision":"allow"' <<<"$answer" || fail "the installed program's simulate answered: $answer"
# Reading the directory is a caller's: without one it is refused before anything is opened.
status=0
"$installed" --directory "$scratch/unread.sqlite" list users 2>"$scratch/list.err" >/dev/null || status=$?
[ "$status" = 2 ] || fail "list without a caller exited $status"
grep -q -- '--user' "$scratch/list.err" || fail "list without a caller said: $(cat "$scratch/list.err")"
[ ! -e "$scratch/unread.sqlite" ] || fail "list without a caller opened the directory"

# Removing the package takes its files and nothing else.
data="$root/home/alice/.local/share/Switchboard/switchboard/directory.sqlite"
mkdir -p "$(dirname "$data")"
echo kept >"$data"
dpkg --root="$root" --force-not-root --force-script-chrootless --log=/dev/null -r switchboard \
    >"$scratch/dpkg.log" 2>&1 || { cat "$scratch/dpkg.log"; fail "dpkg could not remove the package"; }
[ ! -e "$installed" ] || fail "the program is still there after removal"
[ "$(cat "$data")" = kept ] || fail "removal touched a user's directory"
echo "package $(basename "$deb") checked"
