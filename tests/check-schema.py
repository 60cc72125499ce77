#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates hiring-plan files against data/hiring-plan.schema.json.

usage: check-schema.py [--expect-invalid] SCHEMA FILE...

Uses Debian's python3-jsonschema (draft 2020-12), independently of the
application's own reader.  Exits 0 when every file is valid (with
--expect-invalid: when every file is invalid), 1 otherwise, and 77 when
the jsonschema module is missing.  Run it with /usr/bin/python3.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed", file=sys.stderr)
    sys.exit(77)


def reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError(f"duplicate key in object: {keys}")
    return dict(pairs)


def main(argv):
    args = argv[1:]
    expect_invalid = False
    if args and args[0] == "--expect-invalid":
        expect_invalid = True
        args = args[1:]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2

    with open(args[0], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    status = 0
    for path in args[1:]:
        with open(path, "rb") as f:
            raw = f.read()
        try:
            if raw.startswith(b"\xef\xbb\xbf"):
                raise ValueError("starts with a byte order mark")
            document = json.loads(raw.decode("utf-8"),
                                  parse_constant=reject_constant,
                                  object_pairs_hook=no_duplicates)
            errors = sorted(validator.iter_errors(document),
                            key=lambda e: [str(p) for p in e.absolute_path])
            problems = [f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}"
                        for e in errors]
        except ValueError as e:
            problems = [f"not valid JSON: {e}"]

        if problems and not expect_invalid:
            status = 1
            print(f"{path}: INVALID")
            for problem in problems:
                print(f"  {problem}")
        elif not problems and expect_invalid:
            status = 1
            print(f"{path}: valid, but it should not be")
        else:
            print(f"{path}: {'invalid, as expected' if problems else 'valid'}")

    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
