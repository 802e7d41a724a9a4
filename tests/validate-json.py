#!/usr/bin/python3
# validate-json.py SCHEMA FILE: validates FILE against the JSON Schema
# (draft 2020-12) with python3-jsonschema, an implementation independent
# of the program under test. Prints each violation; exits 1 on any.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        document = json.load(f)

    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors:
        path = "/".join(str(p) for p in error.absolute_path)
        print(f"{sys.argv[2]}: /{path}: {error.message}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
