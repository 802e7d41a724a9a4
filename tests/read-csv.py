#!/usr/bin/python3
# read-csv.py FILE: reads FILE with Python's csv module, a reader that
# shares no code with the program under test, and prints its rows as a
# JSON array of arrays of strings. Strict: a malformed file exits 1.
# A leading UTF-8 byte order mark is reported as {"bom": true} first.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import json
import sys


def main():
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    bom = data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    # RFC 4180: every record ends in CRLF, including the last.
    if text and not text.endswith("\r\n"):
        print(f"{sys.argv[1]}: the last record does not end in CRLF", file=sys.stderr)
        return 1
    rows = list(csv.reader(_records(text), dialect="excel", strict=True))
    json.dump({"bom": bom, "rows": rows}, sys.stdout, ensure_ascii=False)
    return 0


def _records(text):
    # csv wants an iterable of lines that keep their endings; splitting
    # only at CRLF keeps the bare LF and CR inside quoted cells intact.
    parts = text.split("\r\n")
    for part in parts[:-1]:
        yield part + "\r\n"
    if parts[-1]:
        yield parts[-1]


if __name__ == "__main__":
    sys.exit(main())
