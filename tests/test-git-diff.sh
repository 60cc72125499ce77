#!/bin/sh
# Plans kept in git: with the .gitattributes line and the diff driver of the
# README, `git diff`, `git log -p` and `git show` show a plan's changes
# through `hiring-plan diff`.  A temporary repository, two commits of a
# plan, then its deletion.  Prints TAP.
# usage: test-git-diff.sh HIRING_PLAN HIRING_PLAN_GIT_DIFF SOURCE_ROOT
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

tool=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
driver=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
src=$(cd "$3" && pwd)
sample=$src/data/examples/sample-team.json

for program in git jq diff; do
  if ! command -v "$program" >/dev/null 2>&1; then
    echo "Bail out! $program is missing: install it (build-aux/dev does)"
    exit 1
  fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# No configuration but the repository's own.
HOME=$tmp
GIT_CONFIG_NOSYSTEM=1
GIT_CONFIG_GLOBAL=/dev/null
GIT_PAGER=cat
PAGER=cat
export HOME GIT_CONFIG_NOSYSTEM GIT_CONFIG_GLOBAL GIT_PAGER PAGER
unset GIT_DIR GIT_WORK_TREE GIT_EXTERNAL_DIFF HIRING_PLAN

n=0
failed=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok () {
  n=$((n + 1))
  failed=1
  echo "not ok $n - $1"
  [ -f "$tmp/out" ] && sed 's/^/# stdout: /' "$tmp/out" | head -n 30
  [ -f "$tmp/err" ] && sed 's/^/# stderr: /' "$tmp/err" | head -n 10
}

check () {
  desc=$1
  shift
  if "$@"; then ok "$desc"; else not_ok "$desc"; fi
}

run () {
  "$@" >"$tmp/out" 2>"$tmp/err"
  status=$?
}

expect () {
  if [ "$status" -eq "$1" ]; then ok "$2"; else not_ok "$2 (exit status $status, expected $1)"; fi
}

has () {
  grep -qF -- "$1" "$tmp/out"
}

repo=$tmp/plans
mkdir -p "$repo/team" && cd "$repo" || exit 1
git init -q . && git config user.name Finance && git config user.email finance@example.com &&
  git config commit.gpgsign false
# The two lines of the README.
echo '*.hiringplan.json diff=hiring-plan' >.gitattributes
git config diff.hiring-plan.command "$driver"

plan=team/payments.hiringplan.json
cp "$sample" "$plan"
git add -A && git commit -q -m "The plan finance saw"
jq '.positions[0].annual_salary = "50000.00" | .positions += [.positions[1] | .id = "payments-new"] | del(.summary)' \
  "$sample" >"$plan"
git commit -q -a -m "A hire more, the intern for less"

# What hiring-plan diff says of the two versions, named as git names them.
git show HEAD~1:"$plan" >"$tmp/old.json"
git show HEAD:"$plan" >"$tmp/new.json"
"$tool" diff --old-label "a/$plan" --new-label "b/$plan" "$tmp/old.json" "$tmp/new.json" >"$tmp/expected" 2>/dev/null
printf 'hiring-plan diff a/%s b/%s\n' "$plan" "$plan" | cat - "$tmp/expected" >"$tmp/expected-git"

run git diff HEAD~1 HEAD
expect 0 "git diff: exit 0 although the plans differ"
check "git diff: shows exactly hiring-plan diff's text, after a line naming the file" cmp -s "$tmp/out" "$tmp/expected-git"
check "git diff: the position added, and the total period cost's change" \
  sh -c "grep -Eq '^  added +payments-new ' '$tmp/out' && grep -Eq '^  Total period cost +\\\$779,166\\.48 ' '$tmp/out'"
check "git diff: no line of JSON" sh -c "! grep -q '\"annual_salary\"' '$tmp/out'"

run git log -p --ext-diff --format='commit %s'
expect 0 "git log -p --ext-diff: exit 0"
check "git log -p --ext-diff: the second commit shows the difference" \
  sh -c "grep -q '^commit A hire more' '$tmp/out' && grep -qF 'From a/$plan to b/$plan, in USD' '$tmp/out'"
check "git log -p --ext-diff: the first commit, a new file, against an empty plan" \
  sh -c "grep -qF 'From /dev/null to b/$plan, in USD' '$tmp/out' && grep -Eq '^  added +payments-lead-backfill ' '$tmp/out'"
check "git log -p --ext-diff: the changes in the order of the commits" \
  sh -c "awk '/^commit A hire more/ { a = NR } /^commit The plan finance saw/ { b = NR } END { exit !(a && b && a < b) }' '$tmp/out'"

# A change not yet committed, and one that changes no cost.
jq '.plan.title = "Payments FY2027 (renamed)"' "$tmp/new.json" >"$plan"
run git diff
expect 0 "git diff (work tree): exit 0"
check "git diff (work tree): a new title alone costs nothing" \
  has "The plans cost the same and have the same positions."
git checkout -q -- "$plan"

git rm -q "$plan" && git commit -q -m "Plan withdrawn"
run git show --ext-diff HEAD
expect 0 "git show --ext-diff (a deleted plan): exit 0"
check "git show --ext-diff: the deleted plan against an empty one" \
  sh -c "grep -qF 'From a/$plan to /dev/null, in USD' '$tmp/out' && grep -Eq '^  removed +payments-new ' '$tmp/out'"

# A file hiring-plan cannot read: the reason, then the text difference.
mkdir -p team
echo '{ "not": "a plan" }' >"$plan"
git add -A && git commit -q -m "Not a plan"
printf '{ "still": "not a plan" }\n' >"$plan"
run git diff
expect 0 "git diff (not a plan): exit 0, git goes on"
check "git diff (not a plan): says why, then the text difference" \
  sh -c "grep -q '^# hiring-plan: ' '$tmp/out' && grep -q '^+{ \"still\": \"not a plan\" }' '$tmp/out'"

run "$driver" "$plan"
expect 0 "the driver: one argument (an unmerged path) is said, not refused"
run "$driver" a b c
expect 2 "the driver: a wrong number of arguments is a usage error"

echo "1..$n"
exit $failed
