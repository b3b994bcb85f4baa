#!/bin/sh
# Install Runde for you only: no root, nothing outside your home folder.
#
#   ./install.sh                 install, or update an earlier install, into ~/.local
#   ./install.sh --prefix DIR    install into DIR (DIR/lib/runde, DIR/bin, DIR/share) instead
#
# What goes where (with XDG_DATA_HOME set, it replaces ~/.local/share):
#   ~/.local/lib/runde/                                   the program, and uninstall.sh
#   ~/.local/bin/runde                                    a link to it, for the command line
#   ~/.local/share/applications/dk.runde.Runde.desktop    the entry in the application menu
#   ~/.local/share/icons/hicolor/*/apps/dk.runde.Runde.*  the icon
#   ~/.local/share/metainfo/dk.runde.Runde.metainfo.xml   what software centres show about Runde
# ~/.local/lib/runde/uninstall.sh removes exactly these. Neither script touches your meetings and
# settings (~/.local/share/Runde and ~/.config/Runde).
set -eu

APP_ID=dk.runde.Runde
here=$(cd "$(dirname "$0")" && pwd)

usage() {
    sed -n '2,14s/^# \{0,1\}//p' "$0"
}

fail() {
    printf 'install.sh: %s\n' "$1" >&2
    exit 1
}

prefix=
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || fail "--prefix needs a folder"; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        -h|--help) usage; exit 0 ;;
        *) printf 'install.sh: unknown option: %s\n\n' "$1" >&2; usage >&2; exit 2 ;;
    esac
done

if [ -n "${SUDO_USER:-}" ]; then
    fail "run ./install.sh without sudo: it installs Runde for you only and needs no administrator."
fi
if [ -z "$prefix" ]; then
    [ -n "${HOME:-}" ] || fail "HOME is not set; give the folder with --prefix"
    prefix=$HOME/.local
    data=${XDG_DATA_HOME:-$HOME/.local/share}
else
    mkdir -p "$prefix" && prefix=$(cd "$prefix" && pwd) || fail "cannot use $prefix"
    data=$prefix/share
fi
lib=$prefix/lib/runde
bin=$prefix/bin/runde

[ -x "$here/Runde/Runde" ] || fail "the program folder Runde/ is missing next to install.sh; unpack the whole archive"
if [ -f "$here/runde-bundle.txt" ]; then
    arch=$(sed -n 's/^arch=//p' "$here/runde-bundle.txt")
    if [ -n "$arch" ] && [ "$arch" != "$(uname -m)" ]; then
        fail "this archive is for $arch computers; this one is $(uname -m)"
    fi
fi

# A .desktop file's Exec key takes one path as one argument: quoted and escaped if it has to be.
desktop_exec() {
    case $1 in
        *[!A-Za-z0-9/._+-]*)
            printf '"%s"' "$(printf '%s' "$1" | sed 's/[\\"`$]/\\&/g; s/\\/\\\\/g')" ;;
        *) printf '%s' "$1" ;;
    esac
}

# The program: copied beside the old one first, then swapped in, so a failed copy leaves the old one.
mkdir -p "$prefix/lib"
rm -rf "$lib.new"
cp -R "$here/Runde" "$lib.new"
cp "$here/uninstall.sh" "$lib.new/uninstall.sh"
chmod 755 "$lib.new/uninstall.sh"
if [ -d "$lib" ]; then
    rm -rf "$lib"
fi
mv "$lib.new" "$lib"
manifest=$lib/installed-files.txt
: > "$manifest"

# The command: a link, unless something else already answers to "runde" (pipx, uv, a package).
mkdir -p "$prefix/bin"
link_note=
if [ -L "$bin" ] && [ "$(readlink "$bin")" = "$lib/Runde" ]; then
    printf '%s\n' "$bin" >> "$manifest"
elif [ -e "$bin" ] || [ -L "$bin" ]; then
    link_note="$bin already exists (another Runde, e.g. from pipx); it was left as it is."
else
    ln -s "$lib/Runde" "$bin"
    printf '%s\n' "$bin" >> "$manifest"
fi

# The menu entry, started by its full path (a desktop session may not have ~/.local/bin on PATH).
mkdir -p "$data/applications"
entry=$data/applications/$APP_ID.desktop
exec_value=$(desktop_exec "$lib/Runde")
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        Exec=*) printf 'Exec=%s\n' "$exec_value" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/share/applications/$APP_ID.desktop" > "$entry.new"
mv "$entry.new" "$entry"
printf '%s\n' "$entry" >> "$manifest"

mkdir -p "$data/metainfo"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$data/metainfo/"
printf '%s\n' "$data/metainfo/$APP_ID.metainfo.xml" >> "$manifest"

for icon in "$here"/share/icons/hicolor/*/apps/"$APP_ID".*; do
    size_dir=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$data/icons/hicolor/$size_dir/apps"
    cp "$icon" "$data/icons/hicolor/$size_dir/apps/"
    printf '%s\n' "$data/icons/hicolor/$size_dir/apps/$(basename "$icon")" >> "$manifest"
done

# Tell the desktop: a newer folder time makes it look again; caches only where they already exist.
touch "$data/icons/hicolor" 2>/dev/null || true
if [ -f "$data/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache > /dev/null; then
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
fi
if command -v update-desktop-database > /dev/null; then
    update-desktop-database -q "$data/applications" 2>/dev/null || true
fi

echo "Runde is installed for you: find it in your application menu."
case ":${PATH:-}:" in
    *":$prefix/bin:"*) echo "From a terminal: runde" ;;
    *) echo "From a terminal: $lib/Runde ($prefix/bin is not on your PATH)" ;;
esac
[ -z "$link_note" ] || echo "$link_note"
echo "To remove it again: $lib/uninstall.sh"
