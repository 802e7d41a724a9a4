#!/bin/sh
# Runs a UI test on a private Xvfb display (and a private session bus),
# so the ui suite works the same from `meson test`, build-aux/test and
# CI. -noreset keeps the server up when a second client comes and goes.
set -eu

if [ -n "${CSP_TEST_DISPLAY:-}" ]; then
  DISPLAY="$CSP_TEST_DISPLAY" exec dbus-run-session -- "$@"
fi

fifo=$(mktemp -u)
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$fifo" 2>/dev/null &
xvfb_pid=$!
read -r display_number <"$fifo"
rm -f "$fifo"
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT INT TERM

DISPLAY=":$display_number" dbus-run-session -- "$@"
