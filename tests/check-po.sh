#!/bin/sh
# Checks the translations against the sources, as the data suite runs it:
#
#   check-po.sh SRCDIR potfiles      po/POTFILES.in names every file with strings,
#                                    and every string survives extraction
#   check-po.sh SRCDIR LANG          po/LANG.po is complete: no untranslated or
#                                    fuzzy entry, also against a pot freshly
#                                    extracted from the sources
#
# Tools come from $XGETTEXT, $MSGFMT, $MSGMERGE, $MSGATTRIB (meson passes
# the ones it found) or from PATH. The xgettext arguments are meson's glib
# preset plus the extra ones of po/meson.build: keep them in step.
set -eu

if [ $# -ne 2 ]; then
  echo "usage: $0 SRCDIR potfiles|LANG" >&2
  exit 2
fi
srcdir=$1
what=$2
XGETTEXT=${XGETTEXT:-xgettext}
MSGFMT=${MSGFMT:-msgfmt}
MSGMERGE=${MSGMERGE:-msgmerge}
MSGATTRIB=${MSGATTRIB:-msgattrib}
export LC_ALL=C

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$srcdir"

# data/its tells xgettext which texts of the plan templates to extract
# (po/meson.build passes the same folder).
GETTEXTDATADIRS="$PWD/data${GETTEXTDATADIRS:+:$GETTEXTDATADIRS}"
export GETTEXTDATADIRS

# Runs xgettext on the files listed in $1 into $2.
extract () {
  "$XGETTEXT" --package-name=success-planner -f "$1" -D . -o "$2" --force-po \
    --from-code=UTF-8 --add-comments \
    --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
    --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
    --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format \
    --flag=NC_:2:pass-c-format --flag=g_dngettext:2:pass-c-format \
    --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
    --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
    --flag=g_set_error:4:c-format --flag=g_markup_printf_escaped:1:c-format \
    --flag=g_log:3:c-format --flag=g_print:1:c-format --flag=g_printerr:1:c-format \
    --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format \
    --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
    --keyword=ngettext:1,2 --flag=g_prefix_error:2:c-format
}

# The listed files, without comments and blank lines.
listed () {
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' po/POTFILES.in
}

# Counts from msgfmt --statistics, e.g. "3 translated messages, 1 fuzzy
# translation, 2 untranslated messages."
count () {
  sed -n "s/.* \([0-9][0-9]*\) $1.*/\1/p; s/^\([0-9][0-9]*\) $1.*/\1/p" "$2" | head -n 1
}

check_potfiles () {
  status=0
  listed >"$tmp/listed"
  while IFS= read -r f; do
    if [ ! -f "$f" ]; then
      echo "po/POTFILES.in names $f, which does not exist"
      status=1
    fi
  done <"$tmp/listed"

  # Sources not listed (nor in POTFILES.skip) that still hold strings.
  touch "$tmp/skip"
  [ -f po/POTFILES.skip ] && sed -e 's/#.*//' -e '/^[[:space:]]*$/d' po/POTFILES.skip >"$tmp/skip"
  { find src ui -type f \( -name '*.c' -o -name '*.h' -o -name '*.ui' \) 2>/dev/null
    find data/templates -type f -name '*.xml' ! -name '*.gresource.xml' 2>/dev/null; } \
    | sort | grep -vxF -f "$tmp/listed" | grep -vxF -f "$tmp/skip" >"$tmp/unlisted" || true
  if [ -s "$tmp/unlisted" ]; then
    extract "$tmp/unlisted" "$tmp/unlisted.pot"
    sed -n 's/^#: //p' "$tmp/unlisted.pot" | tr ' ' '\n' | sed 's/:[0-9]*$//' \
      | sort -u >"$tmp/missing"
    if [ -s "$tmp/missing" ]; then
      echo "files with translatable strings missing from po/POTFILES.in:"
      sed 's/^/  /' "$tmp/missing"
      status=1
    fi
  fi

  # A macro inside _("…") (e.g. "%" G_GINT64_FORMAT) cuts the msgid at the
  # macro: the catalog then never matches the string the program looks up.
  extract "$tmp/listed" "$tmp/all.pot"
  awk '
    /^#: / { where = $0 }
    /^msgid / { id = 1; s = ""; }
    /^msgstr/ { id = 0;
                if (match (s, /%+$/) && RLENGTH % 2 == 1) {
                  print "string cut by a macro (use a format xgettext knows, e.g. %lld with a cast):"
                  print "  " substr (where, 4) ": \"" s "\""
                  bad = 1
                } }
    id && /^(msgid )?"/ { line = $0; sub (/^msgid /, "", line);
                          s = s substr (line, 2, length (line) - 2) }
    END { exit bad }
  ' "$tmp/all.pot" || status=1

  [ $status -eq 0 ] && echo "po/POTFILES.in lists all $(wc -l <"$tmp/listed") files with strings"
  return $status
}

check_lang () {
  po="po/$1.po"
  if [ ! -f "$po" ]; then
    echo "$po does not exist"
    return 1
  fi
  status=0

  # The catalog as committed: valid, and nothing untranslated or fuzzy.
  if ! "$MSGFMT" --check --statistics -o /dev/null "$po" 2>"$tmp/stats"; then
    cat "$tmp/stats"
    return 1
  fi
  echo "$po: $(cat "$tmp/stats")"
  fuzzy=$(count fuzzy "$tmp/stats")
  untranslated=$(count untranslated "$tmp/stats")
  if [ -n "$fuzzy$untranslated" ]; then
    echo "$po has ${fuzzy:-0} fuzzy and ${untranslated:-0} untranslated entries:"
    "$MSGATTRIB" --untranslated --no-obsolete "$po" | sed '1,/^$/d'
    "$MSGATTRIB" --only-fuzzy --no-obsolete "$po" | sed '1,/^$/d'
    status=1
  fi

  # Against the sources: strings added since the last update show up as
  # untranslated after a merge.
  listed >"$tmp/listed"
  extract "$tmp/listed" "$tmp/fresh.pot"
  "$MSGMERGE" --no-fuzzy-matching -q -o "$tmp/merged.po" "$po" "$tmp/fresh.pot"
  "$MSGFMT" --check --statistics -o /dev/null "$tmp/merged.po" 2>"$tmp/mstats"
  fuzzy=$(count fuzzy "$tmp/mstats")
  untranslated=$(count untranslated "$tmp/mstats")
  if [ -n "$fuzzy$untranslated" ]; then
    echo "against the sources, $po has ${fuzzy:-0} fuzzy and ${untranslated:-0} untranslated entries"
    echo "(run: meson compile -C _build success-planner-update-po, then translate):"
    # (without the header entry, which comes first and ends at a blank line)
    "$MSGATTRIB" --untranslated --no-obsolete "$tmp/merged.po" | sed '1,/^$/d'
    "$MSGATTRIB" --only-fuzzy --no-obsolete "$tmp/merged.po" | sed '1,/^$/d'
    status=1
  fi
  return $status
}

case "$what" in
  potfiles) check_potfiles ;;
  *) check_lang "$what" ;;
esac
