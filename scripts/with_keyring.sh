#!/bin/sh
# Run a command inside a private D-Bus session with an unlocked gnome-keyring
# (Secret Service), so the vault's tests use a real OS keyring without a desktop.
#
#   scripts/with_keyring.sh pytest -q
#
# The keyring lives in a throwaway directory with a throwaway password; the daemon
# is stopped and the directory removed when the command ends. The command's exit
# status is passed through. Inside, AIDANT_KEYRING_DATA_DIR names the directory
# where gnome-keyring keeps its files.
# Needs: dbus-run-session and dbus-send (dbus), gnome-keyring-daemon (gnome-keyring).
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: '$tool' is missing; install: gnome-keyring libsecret-tools dbus dbus-x11" >&2
        exit 127
    fi
done

if [ "${AIDANT_KEYRING_INNER:-}" != "1" ]; then
    AIDANT_KEYRING_DIR=$(mktemp -d "${TMPDIR:-/tmp}/aidant-keyring.XXXXXX")
    export AIDANT_KEYRING_DIR
    # The daemon's control socket is CONTROL/control, and a Unix socket's path holds at most
    # 107 bytes: under a deep TMPDIR (a test's own folder, a parallel worker's, a long user
    # name) the daemon would fail to start, so the socket then goes in a short folder of /tmp.
    AIDANT_KEYRING_CONTROL="$AIDANT_KEYRING_DIR/control"
    if [ "${#AIDANT_KEYRING_CONTROL}" -gt 90 ]; then
        AIDANT_KEYRING_CONTROL=$(mktemp -d /tmp/akr.XXXXXX)
    fi
    export AIDANT_KEYRING_CONTROL
    # The daemon may still be finishing a write when the bus closes: retry the cleanup.
    cleanup() {
        for _ in 1 2 3 4 5; do
            rm -rf "$AIDANT_KEYRING_DIR" "$AIDANT_KEYRING_CONTROL" 2>/dev/null && return 0
            sleep 0.2
        done
        rm -rf "$AIDANT_KEYRING_DIR" "$AIDANT_KEYRING_CONTROL" || true
    }
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    status=0
    AIDANT_KEYRING_INNER=1 dbus-run-session -- sh "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the session: run the daemon as our own child (so we can stop it for sure), its
# files in the throwaway directory only, unlocked, and with no display so that no
# invisible unlock prompt can ever hang a call.
unset AIDANT_KEYRING_INNER
mkdir -m 700 -p "$AIDANT_KEYRING_DIR/data" "$AIDANT_KEYRING_CONTROL"
password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s' "$password" | env -u DISPLAY -u WAYLAND_DISPLAY \
    XDG_DATA_HOME="$AIDANT_KEYRING_DIR/data" \
    gnome-keyring-daemon --foreground --unlock --components=secrets \
    --control-directory="$AIDANT_KEYRING_CONTROL" >/dev/null 2>&1 &
daemon=$!
unset password
trap 'kill "$daemon" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM

# The daemon takes a moment to claim the Secret Service name; if we did not wait,
# D-Bus activation would start a second daemon with the user's real keyring files.
owned=no
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q 'boolean true'; then
        owned=yes
        break
    fi
    sleep 0.05
done
if [ "$owned" != yes ]; then
    echo "$0: gnome-keyring-daemon did not start a Secret Service" >&2
    exit 1
fi

# Where gnome-keyring keeps its files (tests check that nothing there is readable).
AIDANT_KEYRING_DATA_DIR="$AIDANT_KEYRING_DIR/data/keyrings"
export AIDANT_KEYRING_DATA_DIR
status=0
"$@" || status=$?
exit "$status"
