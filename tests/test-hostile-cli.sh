#!/bin/sh
# Hostile input through the hiring-plan command-line tool, as a pipeline
# would feed it: each case must end in time with its exit status and its
# message, never a crash.  test-hostile.c has the whole table through the
# library; this checks what the tool adds (standard input, exit statuses,
# files that are not files).  Prints TAP.
# usage: test-hostile-cli.sh HIRING_PLAN SOURCE_ROOT
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

tool=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
sample=$src/data/examples/sample-team.json
plans=$src/tests/data/plans

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

n=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok () {
  n=$((n + 1))
  echo "not ok $n - $1"
  [ -f out ] && head -c 2000 out | sed 's/^/# stdout: /'
  [ -f err ] && head -c 2000 err | sed 's/^/# stderr: /'
}

# hostile DESCRIPTION STATUS MESSAGE COMMAND...: COMMAND exits with STATUS
# within 60 seconds and prints the line MESSAGE, on its output or its errors.
hostile () {
  desc=$1 want=$2 message=$3
  shift 3
  timeout 60 "$@" >out 2>err
  status=$?
  if [ "$status" -ne "$want" ]; then
    not_ok "$desc (exit status $status, expected $want)"
  elif ! grep -qxF -- "$message" out err; then
    not_ok "$desc (no line “$message”)"
  else
    ok "$desc"
  fi
}

hostile "an empty file" 1 "$plans/empty.json: the file is empty" \
  "$tool" validate "$plans/empty.json"

hostile "an empty standard input" 1 "<stdin>: the file is empty" \
  sh -c '"$1" validate - </dev/null' sh "$tool"

head -c 3000 "$sample" >cut.json
hostile "a truncated plan" 1 "$tmp/cut.json:102:7: this string is never closed" \
  "$tool" validate "$tmp/cut.json"

hostile "a truncated plan on standard input" 1 "<stdin>:102:7: this string is never closed" \
  sh -c '"$1" validate - <"$2"' sh "$tool" "$tmp/cut.json"

printf '{"format": "hiring-plan"}\0' >nul.json
hostile "a NUL byte" 1 "$tmp/nul.json:1:26: the file contains a NUL byte: it is not a text file" \
  "$tool" validate "$tmp/nul.json"

/usr/bin/python3 -c 'import sys; sys.stdout.write("[" * 100000)' >deep.json
hostile "nesting 100,000 deep" 1 "$tmp/deep.json:1:33: nesting deeper than 32 levels" \
  "$tool" validate "$tmp/deep.json"

hostile "a byte order mark, in summary" 1 \
  "hiring-plan: $plans/bom.json:1:1: the file starts with a byte order mark; save it as UTF-8 without one" \
  "$tool" summary "$plans/bom.json"

hostile "invalid UTF-8, in export" 1 "hiring-plan: $plans/invalid-utf8.json:5:22: this string is not valid UTF-8" \
  "$tool" export "$plans/invalid-utf8.json" --format csv

hostile "a later version" 1 \
  "$plans/later-version.json: version: this plan is format version 3; this version of Hiring Planner reads version 2" \
  "$tool" validate "$plans/later-version.json"

mkdir folder.json
hostile "a folder" 3 "hiring-plan: “$tmp/folder.json” is a folder, not a plan file" \
  "$tool" validate "$tmp/folder.json"

mkfifo pipe.json
hostile "a FIFO without a writer: refused, not waited on" 3 \
  "hiring-plan: “$tmp/pipe.json” is not a regular file (it is a pipe, a device or a socket), so it cannot be a plan" \
  "$tool" validate "$tmp/pipe.json"

hostile "more than 512 MB on standard input" 1 "<stdin>: the standard input is too large to be a plan (more than 512 MB)" \
  sh -c 'head -c 600000000 /dev/zero | "$1" validate -' sh "$tool"

echo "1..$n"
