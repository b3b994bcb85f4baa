#!/bin/sh
# Pack dist/Runde.app into dist/Runde-<version>-macos.dmg, a disk image that opens on Runde.app and a
# link to Applications: drag one onto the other to install.
#
#   python3 scripts/build_bundle.py && sh packaging/macos/make_dmg.sh
#
# PREPARED, NOT BUILT on the Linux machines Runde is developed on (hdiutil exists only on macOS):
# .github/workflows/release.yml runs it on a macOS runner. The app is not signed or notarised unless
# CODESIGN_IDENTITY names a "Developer ID Application" certificate in the keychain; an unsigned app
# is opened the first time with right-click > Open (or IT allows it in System Settings).
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/app/__init__.py")
app=$root/dist/Runde.app
out=$root/dist/Runde-$version-macos.dmg

[ "$(uname -s)" = Darwin ] || { echo "make_dmg.sh: hdiutil needs macOS" >&2; exit 1; }
[ -d "$app" ] || { echo "make_dmg.sh: $app is missing; run python3 scripts/build_bundle.py first" >&2; exit 1; }
[ -n "$version" ] || { echo "make_dmg.sh: no __version__ in app/__init__.py" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
ditto "$app" "$stage/Runde.app"  # keeps the bundle's symbolic links and extended attributes
ln -s /Applications "$stage/Applications"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$stage/Runde.app"
fi

rm -f "$out"
hdiutil create -volname "Runde $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
hdiutil verify "$out"
echo "macOS disk image: $out"
