#!/bin/sh
# The hiring-plan command-line tool, run as a finance pipeline would: exit
# statuses, message forms, JSON and CSV output, merging.  Prints TAP.
# usage: test-cli.sh HIRING_PLAN SOURCE_ROOT
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

tool=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$(cd "$2" && pwd)
sample=$src/data/examples/sample-team.json
plans=$src/tests/data/plans
stamp=2027-01-01T00:00:00Z

if ! command -v jq >/dev/null 2>&1; then
  echo "Bail out! jq is missing: install it (build-aux/dev does)"
  exit 1
fi
py=/usr/bin/python3
[ -x "$py" ] || py=python3

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

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
  [ -f out ] && sed 's/^/# stdout: /' out | head -n 20
  [ -f err ] && sed 's/^/# stderr: /' err | head -n 20
}

# check DESCRIPTION COMMAND...: passes when COMMAND succeeds.
check () {
  desc=$1
  shift
  if "$@"; then ok "$desc"; else not_ok "$desc"; fi
}

# run COMMAND...: its output in ./out and ./err, its exit status in $status.
run () {
  "$@" >out 2>err
  status=$?
}

# expect STATUS DESCRIPTION: the last run exited with STATUS.
expect () {
  if [ "$status" -eq "$1" ]; then ok "$2"; else not_ok "$2 (exit status $status, expected $1)"; fi
}

# jqt FILE FILTER: the filter yields true.
jqt () {
  [ "$(jq -r "$2" "$1")" = true ]
}

# Adds decimal amounts exactly.
add_amounts () {
  "$py" -c 'import sys, decimal; print(sum(decimal.Decimal(a) for a in sys.argv[1:]))' "$@"
}

# --- validate -------------------------------------------------------------

run "$tool" validate "$sample"
expect 0 "validate: the sample plan is valid"
check "validate: prints nothing for a valid file" test ! -s out

run "$tool" validate --verbose "$sample"
expect 0 "validate --verbose: exit 0"
check "validate --verbose: names the file and its positions" \
  grep -qx "$sample: valid, 5 positions" out

cp "$plans/syntax.json" "$plans/missing-field.json" "$plans/wrong-type-position.json" .
cp "$sample" good.json

run "$tool" validate syntax.json
expect 1 "validate: a syntax error exits 1"
check "validate: a syntax error reads FILE:LINE:COLUMN: message, on stdout" \
  grep -Eq '^syntax\.json:[0-9]+:[0-9]+: .+' out
check "validate: problems do not go to stderr" test ! -s err

run "$tool" validate missing-field.json
expect 1 "validate: a missing field exits 1"
check "validate: a field problem reads FILE: PATH: message" \
  grep -qx 'missing-field\.json: positions\[0\]\.title: this field is missing' out

run "$tool" validate good.json wrong-type-position.json
expect 1 "validate: one bad file among good ones exits 1"
check "validate: one line per problem (4 in wrong-type-position.json)" \
  test "$(grep -c '^wrong-type-position\.json: positions\[0\]\.[a-z_]*: ' out)" -eq 4
check "validate: no line for the good file" test "$(wc -l <out)" -eq 4

run "$tool" validate - <"$plans/syntax.json"
expect 1 "validate -: reads the standard input"
check "validate -: names it <stdin>" grep -Eq '^<stdin>:[0-9]+:[0-9]+: ' out

jq '.summary.total_period_cost = "1.00"' "$sample" >stale.json
run "$tool" validate stale.json
expect 0 "validate: a stale stored summary is only a warning"
check "validate: the stale summary is a FILE: warning: line" grep -q '^stale\.json: warning: ' out

for f in bom.json comment.json trailing.json empty.json later-version.json months-121.json \
         unknown-level.json wrong-type-top.json duplicate-id.json decimals-usd.json; do
  cp "$plans/$f" .
  run "$tool" validate "$f"
  expect 1 "validate: $f is invalid"
  check "validate: $f: each line starts with FILE: or FILE:LINE:COLUMN:" \
    test "$(grep -Evc "^${f%.json}\\.json(:[0-9]+:[0-9]+)?: [^ ]" out)" -eq 0
done

# --- summary --------------------------------------------------------------

run "$tool" export "$sample" --generated-at "$stamp"
expect 0 "export: exit 0"
mv out export.json

run "$tool" summary --json "$sample"
expect 0 "summary --json: exit 0"
mv out summary.json
check "summary --json: the same object as the export's summary" \
  sh -c 'jq -S .summary export.json >a && jq -S . summary.json >b && cmp -s a b'
check "summary --json: byte for byte the export's summary, two spaces less indented" \
  "$py" - export.json summary.json <<'EOF'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
start = next(i for i, l in enumerate(lines) if l.startswith('  "summary": '))
end = next(i for i in range(start + 1, len(lines)) if lines[i] in ("  }", "  },"))
block = [lines[start][len('  "summary": '):]] + [l[2:] for l in lines[start + 1:end]] + ["}"]
sys.exit(0 if "\n".join(block) + "\n" == open(sys.argv[2], encoding="utf-8").read() else 1)
EOF

run "$tool" summary --json - <"$sample"
check "summary --json -: the standard input gives the same" cmp -s out summary.json

run "$tool" summary "$sample"
expect 0 "summary: exit 0"
total=$(jq -r .summary.total_period_cost export.json)
check "summary: the table shows the total period cost" \
  grep -Eq '^Total period cost: +\$779,166\.48$' out
check "summary: the table shows the budget" grep -Eq '^Budget: +\$1,250,000\.00$' out
check "summary: the table shows what remains of it" grep -Eq '^Remaining: +\$470,833\.52$' out
check "summary: by level, by quarter and by month" \
  sh -c 'grep -qx "By level" out && grep -qx "By quarter" out && grep -qx "By month" out'
check "summary: twelve month rows" test "$(grep -Ec '^  [A-Z][a-z]+ 2027 ' out)" -eq 12
check "summary: four quarter rows" test "$(grep -Ec '^  Q[1-4] ' out)" -eq 4
check "summary: the level table's total row" \
  grep -Eq '^  Total +6 +\$779,166\.48 +\$833,299\.80$' out

jq '.positions[0].role = "backend-wizard" | .positions[1].annual_salary = "10.00" | del(.summary)' \
  "$sample" >warn.json
run "$tool" summary --json warn.json
expect 0 "summary --json: a plan with warnings"
check "summary --json: the catalog finds the unknown role and the salary outside its band" \
  jqt out '[.warnings[].code] == ["salary-outside-band", "unknown-role"] or [.warnings[].code] == ["unknown-role", "salary-outside-band"]'
run "$tool" summary warn.json
check "summary: the table lists the warnings" \
  sh -c 'grep -qx Warnings out && grep -q "backend-wizard.*(unknown-role)$" out'

# --- export ---------------------------------------------------------------

run "$tool" export "$sample" --generated-at "$stamp" -o export2.json
expect 0 "export -o: exit 0"
check "export -o: nothing on stdout" test ! -s out
check "export: twice with --generated-at gives the same bytes" cmp -s export.json export2.json
check "export: --generated-at is written" \
  grep -q "^  \"generated_at\": \"$stamp\",\$" export.json
run "$tool" export - --generated-at "$stamp" <"$sample"
check "export -: the standard input gives the same bytes" cmp -s out export.json

run "$tool" export "$sample" -o export3.json
expect 0 "export -o without --generated-at: exit 0"
check "export: apart from generated_at, the same bytes" \
  sh -c 'grep -v generated_at export.json >a; grep -v generated_at export3.json >b; cmp -s a b'
run "$tool" validate export3.json
expect 0 "export: the exported file is valid"
check "export: its stored summary agrees" test ! -s out

run "$tool" export "$sample" --format csv
expect 0 "export --format csv: exit 0"
mv out export.csv
check "export csv: CRLF line ends" \
  test "$(tr -cd '\r' <export.csv | wc -c)" -eq "$(wc -l <export.csv)"
check "export csv: a header, five positions and a total row" test "$(wc -l <export.csv)" -eq 7
check "export csv: the total row's total is the JSON total_period_cost" \
  test "$(tail -n 1 export.csv | tr -d '\r' | awk -F, '$1 == "Total" { print $NF }')" = "$total"
check "export csv: the positions' period costs add up to the total" \
  test "$(add_amounts $(sed -n '2,6p' export.csv | tr -d '\r' | awk -F, '{ print $NF }'))" = "$total"
run "$tool" export "$sample" -f csv -o export2.csv
check "export csv -o: the same bytes as on stdout" cmp -s export.csv export2.csv

# --- merge ----------------------------------------------------------------

# A second team, a year earlier, ending when the first does: every position
# of each plan costs the same in the union period as in its own plan.  One
# position id is the same as in the first plan, one position has a team.
cp "$sample" a.json
jq '.plan.team = "Risk" | .plan.title = "Risk FY2026-27" | .plan.start = "2026-01" | .plan.months = 24
    | .plan.budget = "500000.00" | del(.summary)
    | .positions |= (map(.id |= sub("payments"; "risk") | .start |= sub("^2027"; "2026") | del(.period_cost))
                     | .[0].id = "payments-intern-2027" | .[1].team = "Fraud")' "$sample" >b.json
run "$tool" validate b.json
expect 0 "merge: the second plan is valid"

run "$tool" merge a.json b.json --title "Platform FY2027" -o merged.json --generated-at "$stamp"
expect 0 "merge: exit 0"
check "merge: the union period (2026-01, 24 months)" \
  jqt merged.json '.plan.start == "2026-01" and .plan.months == 24'
check "merge: every position of both plans, the first plan's first" \
  jqt merged.json '(.positions | length) == 10 and .positions[0].id == "payments-intern-2027"'
check "merge: the ids are unique; the later copy of a shared id got a new one" \
  jqt merged.json '([.positions[].id] | unique | length) == 10
                   and ([.positions[] | select(.id == "payments-intern-2027")] | length) == 1
                   and (.positions[5].id | test("^[0-9a-f-]{36}$"))'
check "merge: each position has its plan's team, an existing team is kept" \
  jqt merged.json '([.positions[] | select(.team == "Payments")] | length) == 5
                   and ([.positions[] | select(.team == "Risk")] | length) == 4
                   and .positions[6].team == "Fraud"'
check "merge: title, empty team, draft, currency, one-time cost" \
  jqt merged.json '.plan.title == "Platform FY2027" and .plan.team == "" and .plan.status == "draft"
                   and .plan.currency == "USD" and .plan.one_time_cost == "4700.00"'
check "merge: the budget is the sum of the budgets" jqt merged.json '.plan.budget == "1750000.00"'
check "merge: the notes name the merged files" \
  jqt merged.json '(.plan.notes | contains("a.json")) and (.plan.notes | contains("b.json"))'
run "$tool" summary --json b.json
total_b=$(jq -r .total_period_cost out)
check "merge: the total is the sum of the two plans' totals" \
  test "$(jq -r .summary.total_period_cost merged.json)" = "$(add_amounts "$total" "$total_b")"
run "$tool" validate merged.json
expect 0 "merge: the merged file is valid"
check "merge: its stored summary agrees" test ! -s out

jq '.plan.budget = null | del(.summary)' b.json >b-nobudget.json
run "$tool" merge a.json b-nobudget.json -o merged2.json
expect 0 "merge: without --title"
check "merge: the default title, and no budget when a plan has none" \
  jqt merged2.json '.plan.title == "Department plan" and .plan.budget == null'

jq '.plan.currency = "EUR" | del(.summary)' "$sample" >e.json
run "$tool" merge a.json e.json -o bad.json
expect 1 "merge: different currencies exit 1"
check "merge: the error names the files and their currencies" \
  grep -q '^hiring-plan: .*e\.json uses EUR, but a\.json uses USD' err
check "merge: nothing written on error" test ! -e bad.json

jq '.plan.overhead_percent = 25 | del(.summary)' "$sample" >o.json
run "$tool" merge a.json o.json -o bad.json
expect 1 "merge: different overheads exit 1"
check "merge: the error names the files and their overheads" \
  grep -q 'o\.json uses 25%, but a\.json uses 30%' err

jq '.plan.start = "2036-06" | del(.summary)' "$sample" >far.json
run "$tool" merge a.json far.json -o bad.json
expect 1 "merge: a union period over 120 months exits 1"
check "merge: the error names both files" \
  sh -c 'grep -q "a\.json" err && grep -q "far\.json" err && grep -q 120 err'

# --- roles ----------------------------------------------------------------

run "$tool" roles --json
expect 0 "roles --json: exit 0"
check "roles --json: the six built-in roles" test "$(jq length out)" -eq 6
check "roles --json: ids, levels and money strings" \
  jqt out '[.[].id] == ["backend-intern", "backend-graduate", "backend-junior", "backend-mid", "backend-senior", "backend-lead"]
           and [.[].level] == ["intern", "graduate", "junior", "mid", "senior", "lead"]
           and all(.[]; (.band_min | test("^[0-9]+\\.[0-9]{2}$")) and (.band_mid | test("^[0-9]+\\.[0-9]{2}$"))
                        and (.band_max | test("^[0-9]+\\.[0-9]{2}$")) and .currency == "USD"
                        and (.experience_years.min | type) == "number" and (.employment.type | type) == "string"
                        and (.family | type) == "string" and (.rank | type) == "number" and (.summary | type) == "string")'
check "roles --json: the intern is a fixed-term role" \
  jqt out '.[0].employment == {"type": "fixed-term", "term_months": 3}'

run "$tool" roles
expect 0 "roles: exit 0"
check "roles: a header and six rows" test "$(wc -l <out)" -eq 7
check "roles: the band is formatted" grep -Eq '^backend-senior +Senior +Senior Back-End Engineer +\$133,000 – \$169,000$' out

mkdir -p data/hiring-planner/roles
printf '{"format": ' >data/hiring-planner/roles/broken.json
run env XDG_DATA_HOME="$tmp/data" "$tool" roles --json
expect 0 "roles: a broken user catalog is only a warning"
check "roles: the broken catalog is named on stderr" \
  grep -q "^hiring-plan: warning: .*broken\.json" err
check "roles: the built-in roles are still listed" test "$(jq length out)" -eq 6

# --- scenarios, diff, fit-budget ------------------------------------------

# A plan with two scenarios of its own: "fit-to-budget" made by the tool,
# then "lean" from the test data (its positions and settings), so that the
# two differ from the baseline and from each other.
run "$tool" fit-budget "$sample" --budget 700000 -o fitted.json --generated-at "$stamp"
expect 0 "fit-budget: exit 0"
check "fit-budget: prints the notes: what moved and by how much" \
  grep -qx -- '- Mid-Level Back-End Engineer (payments-mid-risk): 7 months later, starting 2027-11 rather than 2027-04' out
check "fit-budget: the scenario's notes are the notes printed" \
  sh -c "jq -r '.scenarios[0].notes' fitted.json | cmp -s - out"
run "$tool" validate fitted.json
expect 0 "fit-budget: writes a valid plan"
check "fit-budget: a version 2 file with the scenario after the baseline" \
  jqt fitted.json '.version == 2 and (.scenarios | map(.id)) == ["fit-to-budget"] and .scenarios[0].name == "Fit to Budget"'
check "fit-budget: the baseline is the sample's, unchanged" \
  sh -c "jq -S '{plan, positions}' '$sample' >base-a.json && jq -S '{plan, positions}' fitted.json >base-b.json && cmp -s base-a.json base-b.json"
check "fit-budget: only the planned position moved, start later" \
  jqt fitted.json '[.positions, .scenarios[0].positions] | transpose | map(select(.[0] != .[1])) | length == 1 and .[0][0].status == "planned" and .[0][1].start == "2027-11"'
run "$tool" summary --json --scenario fit-to-budget fitted.json
check "fit-budget: the scenario's period cost is within the budget" \
  jqt out '(.total_period_cost | tonumber) <= 700000'
run "$tool" fit-budget "$sample" --budget 700000 -o fitted-again.json --generated-at "$stamp"
check "fit-budget: the same plan and budget give the same bytes" cmp -s fitted.json fitted-again.json

jq --slurpfile lean "$plans/scenarios.json" '.scenarios += [$lean[0].scenarios[0]]' fitted.json >two.json
run "$tool" validate two.json
expect 0 "scenarios: a plan with two scenarios is valid"

run "$tool" scenarios two.json
expect 0 "scenarios: exit 0"
check "scenarios: a row for the baseline and one per scenario" \
  sh -c 'grep -Eq "^  +Baseline +\\\$779,166\\.48 " out && grep -Eq "^  fit-to-budget +Fit to Budget +\\\$689,683\\.17 +−\\\$89,483\\.31 " out && grep -Eq "^  lean +Lean " out'
run "$tool" scenarios --json two.json
expect 0 "scenarios --json: exit 0"
mv out scenarios.json
check "scenarios --json: the format, the file and every scenario" \
  jqt scenarios.json '.format == "hiring-plan-scenarios" and .version == 1 and .file == "two.json" and .currency == "USD" and (.scenarios | map(.id)) == ["fit-to-budget", "lean"]'

# Every figure of scenarios and diff is summary's, to the cent.
run "$tool" summary --json two.json
mv out base.json
check "scenarios --json: the baseline's figures are summary --json's" \
  sh -c "jq -e --slurpfile b base.json '.baseline.total_period_cost == \$b[0].total_period_cost and .baseline.annual_run_rate == \$b[0].annual_run_rate and .baseline.headcount == \$b[0].headcount.total' scenarios.json >/dev/null"
for id in fit-to-budget lean; do
  run "$tool" summary --json --scenario "$id" two.json
  expect 0 "summary --scenario $id: exit 0"
  mv out "s-$id.json"
  check "scenarios --json: $id's figures are summary --scenario's" \
    sh -c "jq -e --arg id $id --slurpfile s s-$id.json --slurpfile b base.json '.scenarios[] | select(.id == \$id) |
      .total_period_cost == \$s[0].total_period_cost and .annual_run_rate == \$s[0].annual_run_rate and
      .headcount == \$s[0].headcount.total and .difference.headcount == \$s[0].headcount.total - \$b[0].headcount.total' scenarios.json >/dev/null"
  check "scenarios --json: $id's difference is its cost less the baseline's, exactly" \
    test "$(jq -r --arg id "$id" '.scenarios[] | select(.id == $id) | .difference.total_period_cost' scenarios.json)" = \
         "$(add_amounts "$(jq -r .total_period_cost "s-$id.json")" "-$(jq -r .total_period_cost base.json)")"

  run "$tool" diff --json --scenario "$id" two.json
  expect 1 "diff --scenario $id: the plans differ, exit 1"
  mv out "d-$id.json"
  check "diff --json --scenario $id: the format, and the sides named" \
    jqt "d-$id.json" ".format == \"hiring-plan-diff\" and .version == 1 and .from.file == \"two.json\" and .from.scenario == null and .to.scenario == \"$id\""
  check "diff --json --scenario $id: totals from and to are summary's" \
    sh -c "jq -e --slurpfile s s-$id.json --slurpfile b base.json '.totals |
      .total_period_cost.from == \$b[0].total_period_cost and .total_period_cost.to == \$s[0].total_period_cost and
      .annual_run_rate.from == \$b[0].annual_run_rate and .annual_run_rate.to == \$s[0].annual_run_rate and
      .budget_remaining.to == \$s[0].budget_remaining and
      .headcount.from == \$b[0].headcount.total and .headcount.to == \$s[0].headcount.total' d-$id.json >/dev/null"
  check "diff --json --scenario $id: every month's from and to are summary's" \
    sh -c "jq -e --slurpfile s s-$id.json --slurpfile b base.json '(.months | map({month, cost: .from})) == (\$b[0].months | map({month, cost})) and
      (.months | map({month, cost: .to})) == (\$s[0].months | map({month, cost}))' d-$id.json >/dev/null"
  check "diff --json --scenario $id: the month deltas add up to the total delta exactly" \
    test "$(add_amounts $(jq -r '.months[].delta' "d-$id.json"))" = "$(jq -r .totals.total_period_cost.delta "d-$id.json")"
  check "diff --json --scenario $id: by level, from and to are summary's" \
    sh -c "jq -e --slurpfile s s-$id.json --slurpfile b base.json '(.by_level | map({level, period_cost: .from})) == (\$b[0].by_level | map({level, period_cost})) and
      (.by_level | map({level, period_cost: .to})) == (\$s[0].by_level | map({level, period_cost}))' d-$id.json >/dev/null"
  check "diff --json and scenarios --json: the same difference for $id" \
    sh -c "test \"\$(jq -r .totals.total_period_cost.delta d-$id.json)\" = \"\$(jq -r --arg id $id '.scenarios[] | select(.id == \$id) | .difference.total_period_cost' scenarios.json)\""
done
check "diff --json: a changed position with its field and period cost" \
  jqt d-fit-to-budget.json '.positions.added == [] and .positions.removed == [] and .positions.changed == [{"id": "payments-mid-risk", "fields": {"start": {"from": "2027-04", "to": "2027-11"}}, "period_cost": {"from": "119749.97", "to": "30266.66", "delta": "-89483.31"}}]'
check "diff --json: the removed positions of lean" \
  jqt d-lean.json '(.positions.removed | length) == 3 and .positions.added == []'

run "$tool" diff --scenario fit-to-budget two.json
expect 1 "diff --scenario (text): exit 1"
check "diff (text): the totals, the changed field and the months that differ" \
  sh -c 'grep -Eq "^  Total period cost +\\\$779,166\\.48 +\\\$689,683\\.17 +−\\\$89,483\\.31$" out &&
         grep -qx "           start: 2027-04 → 2027-11" out && grep -Eq "^  Nov 2027 .* \\+\\\$4,700\\.00$" out'

# Two files.
jq 'del(.summary) | .positions[0].annual_salary = "50000.00" | .positions += [.positions[1] | .id = "payments-new"] | del(.positions[2])' \
  "$sample" >new.json
run "$tool" diff --json "$sample" new.json
expect 1 "diff OLD NEW: exit 1 when they differ"
mv out d-files.json
check "diff OLD NEW --json: added, removed and changed by id" \
  jqt d-files.json '.positions.added == ["payments-new"] and .positions.removed == ["payments-mid-risk"] and (.positions.changed | map(.id)) == ["payments-intern-2027"] and .positions.changed[0].fields.annual_salary.to == "50000.00"'
run "$tool" summary --json new.json
mv out s-new.json
check "diff OLD NEW --json: the totals are the two summaries'" \
  sh -c "jq -e --slurpfile s s-new.json --slurpfile b base.json '.totals.total_period_cost.from == \$b[0].total_period_cost and .totals.total_period_cost.to == \$s[0].total_period_cost' d-files.json >/dev/null"
run "$tool" diff "$sample" "$sample"
expect 0 "diff: a plan against itself exits 0"
check "diff: says the plans are the same" grep -q "cost the same and have the same positions" out
run "$tool" diff --json "$sample" - <"$sample"
expect 0 "diff: the standard input as NEW"
check "diff --json: nothing added, removed or changed" \
  jqt out '.positions == {"added": [], "removed": [], "changed": []} and all(.months[]; .delta == "0.00")'
jq '.plan.budget = "2000000.00" | .plan.title = "Renamed"' "$sample" >budget.json
run "$tool" diff "$sample" budget.json
expect 0 "diff: a new budget or title alone is no difference of cost or positions (exit 0)"
jq '.plan.currency = "EUR" | del(.summary)' "$sample" >euro.json
run "$tool" diff "$sample" euro.json
expect 1 "diff: plans in two currencies are refused (exit 1)"
check "diff: the refusal names both currencies" grep -q 'USD and EUR' err
check "diff: nothing on stdout when refused" test ! -s out
run "$tool" diff --scenario nope two.json
expect 2 "diff --scenario: no such scenario exits 2"
check "diff --scenario: the message names the scenarios there are" grep -q 'fit-to-budget, lean' err
run "$tool" summary --scenario nope "$sample"
expect 2 "summary --scenario: no such scenario exits 2"
run "$tool" summary --scenario lean two.json
check "summary --scenario (text): names the scenario" grep -Eq '^Scenario: +Lean \(lean\)$' out

# fit-budget: already within, impossible, no budget.
run "$tool" fit-budget "$sample" -o within.json --name "Plan budget"
expect 0 "fit-budget: the plan's own budget, already met"
check "fit-budget: already within the budget: a copy, no move, and the notes say so" \
  sh -c "grep -q 'already within the budget of \\\$1,250,000.00; no position was moved' out &&
         jq -e '.scenarios[0].id == \"plan-budget\" and .scenarios[0].positions == .positions' within.json >/dev/null"
run "$tool" fit-budget "$sample" --budget 100 -o impossible.json
expect 1 "fit-budget: a budget that cannot be met exits 1"
check "fit-budget: says why, with the smallest cost it can reach" \
  grep -q 'cannot be met by moving hires later: .* the period cost is \$659,416\.51$' err
check "fit-budget: writes nothing when it cannot" test ! -e impossible.json
jq '.plan.budget = null | del(.summary)' "$sample" >no-budget.json
run "$tool" fit-budget no-budget.json -o x.json
expect 2 "fit-budget: no budget in the plan and none given exits 2"
check "fit-budget: says to give --budget" grep -q -- '--budget' err
run "$tool" fit-budget no-budget.json --budget 650000.00.0 -o x.json
expect 2 "fit-budget: a --budget that is not an amount exits 2"
run "$tool" fit-budget two.json --scenario fit-to-budget --budget 680000 --name Leaner -o leaner.json
expect 0 "fit-budget --scenario: fits a scenario"
check "fit-budget --scenario: the new scenario is the third, moved from the scenario's dates, and within" \
  sh -c "jq -e '(.scenarios | map(.id)) == [\"fit-to-budget\", \"lean\", \"leaner\"] and (.scenarios[2].summary.total_period_cost | tonumber) <= 680000 and
    (.scenarios[2].positions[] | select(.id == \"payments-mid-risk\") | .start) == \"2027-12\"' leaner.json >/dev/null"

run "$tool" merge "$sample" two.json -o merged-scenarios.json
expect 1 "merge: a plan with scenarios is refused (exit 1)"
check "merge: the refusal names the file and its scenarios" \
  grep -q '^hiring-plan: two.json has scenarios (fit-to-budget, lean): plans with scenarios cannot be merged' err
check "merge: nothing written when refused" test ! -e merged-scenarios.json

# --- help and version -----------------------------------------------------

run "$tool" --help
expect 0 "--help: exit 0"
check "--help: man-style sections" \
  sh -c 'grep -qx USAGE out && grep -qx COMMANDS out && grep -qx "EXIT STATUS" out && grep -qx EXAMPLES out'
check "--help: documents the exit statuses" \
  sh -c 'grep -Eq "^  0  " out && grep -Eq "^  1  " out && grep -Eq "^  2  " out && grep -Eq "^  3  " out'
mv out help.txt
run "$tool" help
check "help: the same as --help" cmp -s out help.txt

for cmd in validate summary scenarios diff fit-budget export merge roles; do
  run "$tool" help "$cmd"
  expect 0 "help $cmd: exit 0"
  mv out help.txt
  check "help $cmd: a usage line for the command" grep -q "^  hiring-plan $cmd " help.txt
  run "$tool" "$cmd" --help
  expect 0 "$cmd --help: exit 0"
  check "$cmd --help: the same as help $cmd" cmp -s out help.txt
done

run "$tool" --version
expect 0 "--version: exit 0"
check "--version: names the tool" grep -Eq '^hiring-plan .*[0-9]+\.[0-9]+\.[0-9]+$' out

# --- usage errors ---------------------------------------------------------

usage () {
  desc=$1
  shift
  run "$tool" "$@"
  expect 2 "usage error: $desc"
  if ! grep -q '^hiring-plan: ' err; then not_ok "usage error: $desc: says so on stderr"; fi
}

usage "no command"
usage "an unknown command" frobnicate
usage "an unknown option before the command" --frobnicate
usage "an unknown option" export "$sample" --frobnicate
usage "validate without a file" validate
usage "summary without a file" summary
usage "summary with two files" summary "$sample" "$sample"
usage "export without a file" export
usage "export with an unknown format" export "$sample" --format xml
usage "export with a bad --generated-at" export "$sample" --generated-at yesterday
usage "merge without -o" merge a.json b.json
usage "merge without a file" merge -o x.json
usage "roles with a file" roles "$sample"
usage "scenarios without a file" scenarios
usage "diff with one file" diff "$sample"
usage "diff with three files" diff "$sample" "$sample" "$sample"
usage "diff --scenario with two files" diff --scenario lean "$sample" "$sample"
usage "diff with the standard input twice" diff - -
usage "fit-budget without -o" fit-budget "$sample"
usage "fit-budget with a blank name" fit-budget "$sample" --name " " -o x.json
usage "help for an unknown command" help frobnicate
check "usage errors write no file" test ! -e x.json

# --- I/O errors -----------------------------------------------------------

missing=$tmp/no-such-plan.json
for args in "validate $missing" "summary $missing" "export $missing" "merge a.json $missing -o x.json" \
            "scenarios $missing" "diff $sample $missing" "diff --scenario lean $missing" "fit-budget $missing -o x.json"; do
  # shellcheck disable=SC2086
  run "$tool" $args
  expect 3 "${args%% *}: a missing file exits 3"
  check "${args%% *}: the message names the missing file" grep -Eq "^hiring-plan: .*$missing" err
done

run "$tool" export "$sample" -o "$tmp/no-such-folder/x.json"
expect 3 "export: an output that cannot be written exits 3"
check "export: the message names the output" grep -qF "$tmp/no-such-folder/x.json" err
run "$tool" export "$sample" --format csv -o "$tmp/no-such-folder/x.csv"
expect 3 "export csv: an output that cannot be written exits 3"
run "$tool" merge a.json b.json -o "$tmp/no-such-folder/x.json"
expect 3 "merge: an output that cannot be written exits 3"
run "$tool" fit-budget "$sample" -o "$tmp/no-such-folder/x.json"
expect 3 "fit-budget: an output that cannot be written exits 3"

echo "1..$n"
exit $failed
