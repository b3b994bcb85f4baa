#!/bin/sh
# Remove Runde installed by install.sh: the program, the command link, the menu entry, the icon and
# the software-centre metadata, exactly the files install.sh listed in installed-files.txt.
# Your meetings and settings (~/.local/share/Runde and ~/.config/Runde) are kept.
#
#   ~/.local/lib/runde/uninstall.sh         (install.sh puts a copy there)
#   ./uninstall.sh [--prefix DIR]           from the unpacked archive; DIR as given to install.sh
set -eu

usage() {
    sed -n '2,7s/^# \{0,1\}//p' "$0"
}

fail() {
    printf 'uninstall.sh: %s\n' "$1" >&2
    exit 1
}

prefix=
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || fail "--prefix needs a folder"; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        -h|--help) usage; exit 0 ;;
        *) printf 'uninstall.sh: unknown option: %s\n\n' "$1" >&2; usage >&2; exit 2 ;;
    esac
done

here=$(cd "$(dirname "$0")" && pwd)
if [ -z "$prefix" ] && [ -f "$here/installed-files.txt" ]; then
    lib=$here  # the copy inside the installed program
else
    [ -n "$prefix" ] || { [ -n "${HOME:-}" ] || fail "HOME is not set; give the folder with --prefix"; prefix=$HOME/.local; }
    lib=$prefix/lib/runde
fi
manifest=$lib/installed-files.txt
[ -f "$manifest" ] && [ -x "$lib/Runde" ] || fail "no Runde installed by install.sh in $lib"

while IFS= read -r path; do
    [ -n "$path" ] || continue
    if [ -L "$path" ] || [ -f "$path" ]; then
        rm -f "$path"
    fi
done < "$manifest"

case $lib in
    */lib/runde) rm -rf "$lib" ;;
    *) fail "refusing to delete $lib: not a Runde program folder" ;;
esac

data=${XDG_DATA_HOME:-${HOME:-~}/.local/share}
if command -v update-desktop-database > /dev/null && [ -d "$data/applications" ]; then
    update-desktop-database -q "$data/applications" 2>/dev/null || true
fi
echo "Runde was removed. Your meetings and settings were kept (in $data/Runde and ${XDG_CONFIG_HOME:-${HOME:-~}/.config}/Runde); delete those folders yourself if you want them gone."
