#!/usr/bin/env bash
# Install what Aidant needs on Debian or Ubuntu, then the app itself in .venv.
#
#   scripts/install-debian.sh          # the app: system libraries, then .venv with `pip install -e .`
#   scripts/install-debian.sh --test   # also what the tests need; `pip install -e ".[test]"`
#   scripts/install-debian.sh --list   # print the app's system packages, install nothing
#
# The one list of system packages: the README's quick start and .ci/run both call this
# script, and tests/platforms/test_install_debian.py checks that every system library Qt's
# platform plugins and libraries load directly comes from a package named here.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the app needs to run: Python's venv, Qt's X11 (xcb) and Wayland platform plugins and
# the libraries they load, OpenGL/EGL, fonts (without them every letter is a box), D-Bus and
# the Secret Service keyring (optional: without it the helper signs in at each start).
# fonts-noto-ui-core's Noto Sans Arabic UI draws every Arabic, Dari and Pashto letter
# (DejaVu Sans lacks Pashto's ۍ: a word drawn in two fonts loses its joins; ui/fonts.py,
# tests/ui/test_fonts.py); it is the smallest such package that reads well in an
# interface (5 MB; fonts-noto-core is 42 MB). espeak-ng is the voice of
# "Écouter" (read aloud; Arabic and Persian voices, none for Pashto); without it the button
# says there is no voice. The tests write its speech to WAV files.
APP_PACKAGES=(
    python3 python3-venv
    libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-randr0 libxcb-render0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
    libxcb-xkb1 libxcb-glx0 libxcb-util1 libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libzstd1
    fonts-dejavu-core fonts-noto-ui-core
    gnome-keyring
    espeak-ng
)
# What the tests add: Xvfb and xprop for real windows, a private D-Bus with an unlocked
# keyring, AT-SPI (what a screen reader sees), PDF text extraction, binutils for
# PyInstaller's strip, PostgreSQL (the server tests start their own cluster).
TEST_PACKAGES=(
    xvfb xauth x11-utils
    dbus dbus-x11 libsecret-tools
    at-spi2-core python3-pyatspi gir1.2-atspi-2.0
    poppler-utils binutils
    postgresql
)

mode="${1:-}"
if [ "$mode" = "--list" ]; then
    printf '%s\n' "${APP_PACKAGES[@]}"
    exit 0
fi
packages=("${APP_PACKAGES[@]}")
extra=""
if [ "$mode" = "--test" ]; then
    packages+=("${TEST_PACKAGES[@]}")
    extra="[test]"
elif [ -n "$mode" ]; then
    echo "usage: $0 [--test|--list]" >&2
    exit 2
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${packages[@]}"

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".${extra}"
echo "Aidant is installed: .venv/bin/aidant-app starts it; .venv/bin/aidant-app-self-test checks it."
