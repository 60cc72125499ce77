#!/usr/bin/python3
# The workbook export read back by an independent reader (openpyxl): sheet
# names, typed cells with the currency's format, the Total row's formulas and
# stored values against `hiring-plan summary --json` to the cent, text that
# looks like a formula kept as text, non-ASCII text, JPY and KWD, frozen
# panes, the autofilter, the chart, properties, a note cut to a cell; the
# Scenarios sheet against `hiring-plan scenarios --json` and `hiring-plan
# diff --json --scenario` to the cent, and no such sheet without scenarios;
# and the CSV byte order mark.  Prints TAP.
# usage: test-xlsx.py HIRING_PLAN SOURCE_ROOT
#
# SPDX-License-Identifier: GPL-3.0-or-later

import copy
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from decimal import Decimal

try:
    import openpyxl
    from openpyxl.utils import range_boundaries
except ImportError:
    print("Bail out! python3-openpyxl is missing: install it (build-aux/dev does)")
    sys.exit(1)

tool = os.path.abspath(sys.argv[1])
src = os.path.abspath(sys.argv[2])
sample = os.path.join(src, "data", "examples", "sample-team.json")

n = 0
failed = False


def check(description, condition, detail=""):
    global n, failed
    n += 1
    if condition:
        print(f"ok {n} - {description}")
    else:
        failed = True
        print(f"not ok {n} - {description}")
        for line in str(detail).splitlines()[:20]:
            print(f"# {line}")


def run(*args):
    return subprocess.run([tool, *args], capture_output=True)


def money_format(currency):
    return {
        "USD": '"$"#,##0.00',
        "JPY": '"¥"#,##0',
        "KWD": '"KWD "#,##0.000',
    }[currency]


DIGITS = {"USD": 2, "JPY": 0, "KWD": 3}


def exact(value, digits):
    """A stored double as the decimal it stands for, to the currency's digits."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits))


def cell_sum(sheet, formula, digits):
    """What a spreadsheet recalculating =SUM(range) shows, to the digits."""
    m = re.fullmatch(r"=SUM\(([A-Z]+[0-9]+:[A-Z]+[0-9]+)\)", formula)
    assert m, formula
    min_col, min_row, max_col, max_row = range_boundaries(m.group(1))
    total = Decimal(0)
    for row in sheet.iter_rows(min_row=min_row, max_row=max_row, min_col=min_col, max_col=max_col):
        for c in row:
            total += Decimal(repr(float(c.value or 0)))
    return total.quantize(Decimal(1).scaleb(-digits))


def header_columns(sheet):
    return {c.value if isinstance(c.value, str) else c.value.strftime("%Y-%m"): c.column
            for c in sheet[1] if c.value is not None}


def export(tmp, name, plan):
    path = os.path.join(tmp, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False, indent=2)
    out = os.path.join(tmp, name + ".xlsx")
    r = run("export", "--format", "xlsx", "-o", out, path)
    summary = json.loads(run("summary", "--json", path).stdout)
    return r, out, summary


def check_workbook(label, out, summary, plan, sheets=("Summary", "Positions", "Months")):
    currency = plan["plan"]["currency"]
    digits = DIGITS[currency]
    fmt = money_format(currency)
    wb = openpyxl.load_workbook(out)
    values = openpyxl.load_workbook(out, data_only=True)

    check(f"{label}: sheets {', '.join(sheets)}", wb.sheetnames == list(sheets), wb.sheetnames)

    # Positions: typed cells, money in the currency's format.
    pos = wb["Positions"]
    pos_v = values["Positions"]
    cols = header_columns(pos)
    n_pos = len(plan["positions"])
    months = [m["month"] for m in summary["months"]]
    money_cols = ["Annual salary", "One-time cost", "Monthly cost per head"] + months + ["Period cost"]
    bad = []
    for r in range(2, n_pos + 2):
        for name in money_cols:
            c = pos.cell(row=r, column=cols[name])
            if c.number_format != fmt or c.data_type not in ("n", "f"):
                bad.append((c.coordinate, c.value, c.data_type, c.number_format))
            v = pos_v.cell(row=r, column=cols[name]).value
            if not isinstance(v, (int, float)):
                bad.append((c.coordinate, v))
    check(f"{label}: every money cell of Positions is a number formatted {fmt}", not bad, bad[:5])

    counts = [pos.cell(row=r, column=cols["Count"]) for r in range(2, n_pos + 2)]
    check(f"{label}: counts are integers",
          all(c.data_type == "n" and c.value == p["count"] and c.number_format == "#,##0"
              for c, p in zip(counts, plan["positions"])),
          [(c.value, c.number_format) for c in counts])
    starts = [pos.cell(row=r, column=cols["Start"]) for r in range(2, n_pos + 2)]
    check(f"{label}: start months are dates shown as month and year",
          all(c.is_date and c.number_format == "mmm yyyy" and c.value.strftime("%Y-%m") == p["start"]
              for c, p in zip(starts, plan["positions"])),
          [(c.value, c.number_format) for c in starts])

    # The Total row: SUM formulas, stored results equal to the JSON summary,
    # and the sum of the cells (a recalculation) equal to it as well.
    total_row = n_pos + 2
    check(f"{label}: the Total row is labelled", pos.cell(row=total_row, column=1).value == "Total")
    expected = {m["month"]: Decimal(m["cost"]) for m in summary["months"]}
    expected["Period cost"] = Decimal(summary["total_period_cost"])
    problems = []
    for name, want in expected.items():
        c = pos.cell(row=total_row, column=cols[name])
        stored = values["Positions"].cell(row=total_row, column=cols[name]).value
        letter = c.column_letter
        if c.value != f"=SUM({letter}2:{letter}{n_pos + 1})":
            problems.append((name, "formula", c.value))
        if exact(stored, digits) != want:
            problems.append((name, "stored", stored, want))
        if cell_sum(pos_v, c.value, digits) != want:
            problems.append((name, "recalculated", cell_sum(pos_v, c.value, digits), want))
        if c.number_format != fmt:
            problems.append((name, "format", c.number_format))
    check(f"{label}: Total row = SUM formulas whose stored and recalculated values equal the JSON summary "
          f"to the {'cent' if digits == 2 else 'minor unit'}", not problems, problems)

    # Each position's period cost is a SUM of its months, equal to the file's.
    period_col = cols["Period cost"]
    problems = []
    for r in range(2, n_pos + 2):
        f = pos.cell(row=r, column=period_col).value
        stored = exact(pos_v.cell(row=r, column=period_col).value, digits)
        if not (isinstance(f, str) and f.startswith("=SUM(")) or cell_sum(pos_v, f, digits) != stored:
            problems.append((r, f, stored))
    check(f"{label}: each position's period cost is the SUM of its months", not problems, problems)

    check(f"{label}: Positions freezes the header row and the first column", pos.freeze_panes == "B2",
          pos.freeze_panes)
    last = pos.cell(row=1, column=period_col).column_letter
    check(f"{label}: an autofilter over the header and the positions",
          pos.auto_filter.ref == f"A1:{last}{n_pos + 1}", pos.auto_filter.ref)
    check(f"{label}: the title column is wide enough for the titles",
          pos.column_dimensions["A"].width >= max(len(p["title"]) for p in plan["positions"]),
          pos.column_dimensions["A"].width)

    # Summary: headline figures and the tables' totals.
    summ = wb["Summary"]
    summ_v = values["Summary"]
    labels = {}
    for row in summ.iter_rows(min_col=1, max_col=1):
        c = row[0]
        if isinstance(c.value, str):
            labels.setdefault(c.value, []).append(c.row)
    headline = {"Period cost": summary["total_period_cost"], "Annual run rate": summary["annual_run_rate"]}
    if summary.get("budget") is not None:
        headline["Budget remaining"] = summary["budget_remaining"]
    problems = []
    for name, want in headline.items():
        c = summ.cell(row=labels[name][0], column=2)
        if c.data_type != "n" or c.number_format != fmt or exact(c.value, digits) != Decimal(want):
            problems.append((name, c.value, c.number_format, want))
    hc = summ.cell(row=labels["Headcount"][0], column=2)
    if hc.value != summary["headcount"]["total"]:
        problems.append(("Headcount", hc.value))
    totals = labels["Total"]
    check(f"{label}: Summary has the headline figures as typed numbers", not problems, problems)
    problems = []
    for row in totals:
        c = summ.cell(row=row, column=3)
        stored = summ_v.cell(row=row, column=3).value
        if not str(c.value).startswith("=SUM(") or exact(stored, digits) != Decimal(summary["total_period_cost"]) \
                or cell_sum(summ_v, c.value, digits) != Decimal(summary["total_period_cost"]):
            problems.append((row, c.value, stored))
    check(f"{label}: Summary's level, status and quarter totals add up to the period cost",
          len(totals) == 3 and not problems, (totals, problems))

    # Months: cost per month and the chart.
    mon = wb["Months"]
    mon_v = values["Months"]
    problems = []
    for i, m in enumerate(summary["months"]):
        r = i + 2
        if mon.cell(row=r, column=1).value.strftime("%Y-%m") != m["month"] \
                or mon.cell(row=r, column=2).value != m["headcount"] \
                or exact(mon.cell(row=r, column=3).value, digits) != Decimal(m["cost"]) \
                or mon.cell(row=r, column=3).number_format != fmt:
            problems.append((m, [mon.cell(row=r, column=c).value for c in (1, 2, 3)]))
    tr = len(summary["months"]) + 2
    if exact(mon_v.cell(row=tr, column=3).value, digits) != Decimal(summary["total_period_cost"]):
        problems.append(("total", mon_v.cell(row=tr, column=3).value))
    check(f"{label}: Months has each month's headcount and cost", not problems, problems)
    check(f"{label}: Months freezes its header", mon.freeze_panes == "B2", mon.freeze_panes)

    with zipfile.ZipFile(out) as z:
        charts = [name for name in z.namelist() if name.startswith("xl/charts/chart")]
        chart = z.read(charts[0]).decode() if charts else ""
    levels_with_cost = [lv for lv in summary["by_level"] if Decimal(lv["period_cost"]) != 0]
    check(f"{label}: a native column chart stacked by level on Months",
          len(charts) == 1 and "<c:barChart>" in chart and '<c:grouping val="stacked"/>' in chart
          and chart.count("<c:ser>") == len(levels_with_cost) and "Months!$A$2:$A$" in chart,
          chart[:400])

    return wb


SCENARIO_HEADERS = ["Scenario", "ID", "Period cost", "Annual run rate", "Headcount", "Budget remaining",
                    "Period cost difference", "Annual run rate difference", "Headcount difference",
                    "Budget remaining difference", "Notes"]


def check_scenarios_sheet(out, path, plan):
    """The Scenarios sheet against `scenarios --json` and `diff --json --scenario ID`."""
    currency = plan["plan"]["currency"]
    digits = DIGITS[currency]
    fmt = money_format(currency)
    listing = json.loads(run("scenarios", "--json", path).stdout)
    diffs = [json.loads(run("diff", "--json", "--scenario", s["id"], path).stdout) for s in plan["scenarios"]]
    wb = openpyxl.load_workbook(out)
    values = openpyxl.load_workbook(out, data_only=True)
    sheet = wb["Scenarios"]
    sheet_v = values["Scenarios"]
    n_rows = len(plan["scenarios"]) + 1

    header = [c.value for c in sheet[1]]
    check("Scenarios: the header names the figures, then the months as dates",
          header[:len(SCENARIO_HEADERS)] == SCENARIO_HEADERS
          and all(hasattr(v, "strftime") and c.number_format == "mmm yyyy"
                  for v, c in zip(header[len(SCENARIO_HEADERS):], sheet[1][len(SCENARIO_HEADERS):])),
          header)
    cols = {name: i + 1 for i, name in enumerate(SCENARIO_HEADERS)}
    months = [v.strftime("%Y-%m") for v in header[len(SCENARIO_HEADERS):]]
    union = sorted({m["month"] for d in diffs for m in d["months"]})
    check("Scenarios: a column for every month of the baseline's and the scenarios' periods",
          months == union and len(months) > plan["plan"]["months"], (months, union))

    check("Scenarios: a row for the baseline, then one per scenario with its id, name and notes",
          sheet.max_row == n_rows + 1
          and sheet.cell(row=2, column=1).value == "Baseline" and sheet.cell(row=2, column=2).value is None
          and [(sheet.cell(row=r, column=2).value, sheet.cell(row=r, column=1).value,
                sheet.cell(row=r, column=cols["Notes"]).value) for r in range(3, n_rows + 2)]
          == [(s["id"], s["name"], s["notes"]) for s in plan["scenarios"]],
          [[c.value for c in row[:2]] for row in sheet.iter_rows(min_row=2)])

    def money(r, name, want):
        c = sheet.cell(row=r, column=cols[name])
        stored = sheet_v.cell(row=r, column=cols[name]).value
        if want is None:
            return [] if c.value is None else [(r, name, "should be empty", c.value)]
        bad = []
        if c.number_format != fmt or c.data_type not in ("n", "f"):
            bad.append((r, name, c.data_type, c.number_format))
        if not isinstance(stored, (int, float)) or exact(stored, digits) != Decimal(want):
            bad.append((r, name, "stored", stored, want))
        if c.data_type == "f" and cell_sum(sheet_v, c.value, digits) != Decimal(want):
            bad.append((r, name, "recalculated", c.value, cell_sum(sheet_v, c.value, digits), want))
        return bad

    def count(r, name, want):
        c = sheet.cell(row=r, column=cols[name])
        if want is None:
            return [] if c.value is None else [(r, name, "should be empty", c.value)]
        return [] if (c.data_type == "n" and c.value == want and c.number_format == "#,##0") \
            else [(r, name, c.value, c.number_format, want)]

    base = listing["baseline"]
    problems = []
    problems += money(2, "Period cost", base["total_period_cost"])
    problems += money(2, "Annual run rate", base["annual_run_rate"])
    problems += count(2, "Headcount", base["headcount"])
    problems += money(2, "Budget remaining", diffs[0]["totals"]["budget_remaining"]["from"])
    for name in SCENARIO_HEADERS[6:10]:
        if sheet.cell(row=2, column=cols[name]).value is not None:
            problems.append((2, name, "the baseline has no difference"))
    for i, (s, d) in enumerate(zip(listing["scenarios"], diffs)):
        r = i + 3
        problems += money(r, "Period cost", s["total_period_cost"])
        problems += money(r, "Annual run rate", s["annual_run_rate"])
        problems += count(r, "Headcount", s["headcount"])
        problems += money(r, "Period cost difference", s["difference"]["total_period_cost"])
        problems += money(r, "Annual run rate difference", s["difference"]["annual_run_rate"])
        problems += count(r, "Headcount difference", s["difference"]["headcount"])
        problems += money(r, "Budget remaining", d["totals"]["budget_remaining"]["to"])
        problems += money(r, "Budget remaining difference", d["totals"]["budget_remaining"]["delta"])
    check("Scenarios: each row's figures and differences equal `scenarios --json` and `diff --json` "
          "to the cent, typed in the currency's format; the period cost a SUM of the row's months",
          not problems, problems)

    problems = []
    first = len(SCENARIO_HEADERS) + 1
    base_months = {m["month"]: m["from"] for m in diffs[0]["months"]}
    for r, d in [(2, None)] + [(i + 3, d) for i, d in enumerate(diffs)]:
        want = base_months if d is None else {m["month"]: m["to"] for m in d["months"]}
        for j, month in enumerate(months):
            c = sheet.cell(row=r, column=first + j)
            if c.number_format != fmt or exact(c.value, digits) != Decimal(want.get(month, "0")):
                problems.append((r, month, c.value, want.get(month)))
    check("Scenarios: each row's monthly costs equal the diff's months (0 outside its period)",
          not problems, problems[:10])
    check("Scenarios: header and first column frozen, an autofilter over every row",
          sheet.freeze_panes == "B2" and sheet.auto_filter.ref == f"A1:{sheet.cell(row=1, column=len(header)).column_letter}{n_rows + 1}",
          (sheet.freeze_panes, sheet.auto_filter.ref))


def main():
    with open(sample, encoding="utf-8") as f:
        base = json.load(f)
    for key in ("generator", "generated_at", "summary"):
        base.pop(key, None)

    with tempfile.TemporaryDirectory() as tmp:
        # A plan with text a spreadsheet could take for a formula, and
        # non-ASCII text.
        usd = copy.deepcopy(base)
        usd["plan"]["title"] = "=1+2"
        usd["plan"]["owner"] = "Zoë Ångström"
        usd["positions"][0]["location"] = "Zürich"
        usd["positions"][1]["location"] = "+49 Berlin"
        usd["positions"][2]["location"] = "@home"
        usd["positions"][3]["title"] = "-Senior Back-End Engineer"
        usd["positions"][0]["notes"] = "Straße — 東京 😀"
        r, out, summary = export(tmp, "usd", usd)
        check("USD: export --format xlsx succeeds", r.returncode == 0 and r.stderr == b"", r.stderr.decode())
        wb = check_workbook("USD", out, summary, usd)

        summ = wb["Summary"]
        fact = {row[0].value: row[1] for row in summ.iter_rows(min_col=1, max_col=2) if isinstance(row[0].value, str)}
        a1, title = summ["A1"], fact["Title"]
        check("a title starting with = is a text cell exactly as typed, not a formula",
              a1.value == "=1+2" and a1.data_type == "s" and title.value == "=1+2" and title.data_type == "s",
              (a1.value, a1.data_type, title.value, title.data_type))
        with zipfile.ZipFile(out) as z:
            sheets_xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet"))
        check("no formula in the workbook names a title or a location",
              all(t not in f for f in re.findall(r"<f>(.*?)</f>", sheets_xml) for t in ("1+2", "49", "home")),
              re.findall(r"<f>(.*?)</f>", sheets_xml)[:10])
        pos = wb["Positions"]
        cols = header_columns(pos)
        texts = [pos.cell(row=r, column=cols["Location"]) for r in (2, 3, 4)]
        check("locations starting with + and @ and a title starting with - are text cells",
              [c.value for c in texts] == ["Zürich", "+49 Berlin", "@home"]
              and all(c.data_type == "s" for c in texts)
              and pos.cell(row=5, column=1).value == "-Senior Back-End Engineer"
              and pos.cell(row=5, column=1).data_type == "s",
              [(c.value, c.data_type) for c in texts])
        check("non-ASCII text arrives intact",
              pos.cell(row=2, column=cols["Notes"]).value == "Straße — 東京 😀"
              and fact["Owner"].value == "Zoë Ångström" and fact["Team"].value == "Payments",
              (pos.cell(row=2, column=cols["Notes"]).value, fact["Owner"].value))
        check("workbook properties: title, author (the owner), generator",
              wb.properties.title == "=1+2" and wb.properties.creator == "Zoë Ångström"
              and (wb.properties.description or "").startswith("Hiring Planner "),
              (wb.properties.title, wb.properties.creator, wb.properties.description))

        # JPY: no decimals; KWD: three.
        jpy = copy.deepcopy(base)
        jpy["plan"]["currency"] = "JPY"
        jpy["plan"]["one_time_cost"] = "470000"
        jpy["plan"]["budget"] = "150000000"
        for i, p in enumerate(jpy["positions"]):
            p["annual_salary"] = str(9_000_000 + 1_234_567 * i)
            p["one_time_cost"] = "470000"
            p.pop("monthly_cost_per_head", None)
            p.pop("period_cost", None)
        r, out, summary = export(tmp, "jpy", jpy)
        check("JPY: export succeeds", r.returncode == 0, r.stderr.decode())
        check_workbook("JPY", out, summary, jpy)

        kwd = copy.deepcopy(base)
        kwd["plan"]["currency"] = "KWD"
        kwd["plan"]["one_time_cost"] = "1445.125"
        kwd["plan"]["budget"] = "400000.000"
        for i, p in enumerate(kwd["positions"]):
            p["annual_salary"] = f"{16000 + 1111 * i}.{(37 * i) % 1000:03d}"
            p["one_time_cost"] = "1445.125"
            p.pop("monthly_cost_per_head", None)
            p.pop("period_cost", None)
        r, out, summary = export(tmp, "kwd", kwd)
        check("KWD: export succeeds", r.returncode == 0, r.stderr.decode())
        check_workbook("KWD", out, summary, kwd)

        # A note longer than a cell: cut with a marker, and the export says so.
        long = copy.deepcopy(base)
        long["positions"][1]["notes"] = "Ledger — " * 5000
        r, out, summary = export(tmp, "long", long)
        wb = openpyxl.load_workbook(out)
        pos = wb["Positions"]
        note = pos.cell(row=3, column=header_columns(pos)["Notes"]).value
        check("a note beyond 32,767 characters is cut to the limit with a visible marker",
              r.returncode == 0 and len(note) == 32767 and note.endswith(" […cut]")
              and note.startswith("Ledger — Ledger"), (r.returncode, len(note or ""), (note or "")[-20:]))
        check("the export says which note was cut",
              "The notes of position “payments-junior-api”" in r.stderr.decode()
              and "32,767" in r.stderr.decode(), r.stderr.decode())

        # A plan with scenarios: one made by fit-budget, one written by hand
        # (an added hire, a longer period, no budget, a name no sheet could
        # have).
        plain_path = os.path.join(tmp, "plain.json")
        with open(plain_path, "w", encoding="utf-8") as f:
            json.dump(base, f, ensure_ascii=False, indent=2)
        fitted_path = os.path.join(tmp, "fitted.json")
        r = run("fit-budget", "--budget", "700000", "--name", "Lean: Q3", "-o", fitted_path, plain_path)
        check("fit-budget makes a scenario", r.returncode == 0, r.stderr.decode())
        with open(fitted_path, encoding="utf-8") as f:
            withs = json.load(f)
        growth = copy.deepcopy({"plan": base["plan"], "positions": base["positions"]})
        growth["plan"]["months"] = 18
        growth["plan"]["budget"] = None
        extra = copy.deepcopy(base["positions"][0])
        extra.update({"id": "growth-zurich", "title": "Zürich hire", "start": "2027-07", "end": None,
                      "status": "planned"})
        growth["positions"].append(extra)
        withs["scenarios"].append({"id": "growth", "name": "Growth — Zürich [Q4]*?", "notes": "=One more hire",
                                   **growth})
        r, out, summary = export(tmp, "scenarios", withs)
        check("a plan with two scenarios: export succeeds", r.returncode == 0 and r.stderr == b"",
              r.stderr.decode())
        check_workbook("scenarios", out, summary, withs, ("Summary", "Positions", "Months", "Scenarios"))
        check_scenarios_sheet(out, os.path.join(tmp, "scenarios.json"), withs)
        notes = openpyxl.load_workbook(out)["Scenarios"].cell(row=4, column=11)
        check("a scenario's notes starting with = are a text cell", notes.value == "=One more hire"
              and notes.data_type == "s", (notes.value, notes.data_type))

        r, out, summary = export(tmp, "plain", base)
        check("a plan without scenarios has no Scenarios sheet",
              r.returncode == 0 and "Scenarios" not in openpyxl.load_workbook(out).sheetnames,
              openpyxl.load_workbook(out).sheetnames)

        # Periods too far apart for a column per month: the figures only, and
        # the export says so.
        far = copy.deepcopy(withs)
        far["scenarios"][1]["plan"]["start"] = "9990-01"
        for p in far["scenarios"][1]["positions"]:
            p["start"] = "9990-01"
            p["end"] = None
        r, out, summary = export(tmp, "far", far)
        sheet = openpyxl.load_workbook(out)["Scenarios"]
        listing = json.loads(run("scenarios", "--json", os.path.join(tmp, "far.json")).stdout)
        cost = sheet.cell(row=4, column=3)
        check("periods beyond a sheet's columns: the Scenarios sheet has the figures only, and the export says so",
              r.returncode == 0 and "has no monthly costs" in r.stderr.decode()
              and [c.value for c in sheet[1]] == SCENARIO_HEADERS and cost.data_type == "n"
              and exact(cost.value, 2) == Decimal(listing["scenarios"][1]["total_period_cost"]),
              (r.stderr.decode(), sheet.max_column, cost.value))

        # A scenario beyond a spreadsheet's 15 digits: refused, naming it.
        huge = copy.deepcopy(withs)
        huge["scenarios"][1]["positions"][0]["annual_salary"] = "9000000000000.00"
        huge["scenarios"][1]["positions"][0]["count"] = 10000
        r, out, summary = export(tmp, "huge", huge)
        check("a scenario beyond a spreadsheet's 15 digits is refused, naming the scenario, no file",
              r.returncode == 1 and "more than 15 digits" in r.stderr.decode()
              and "scenario “growth”" in r.stderr.decode() and not os.path.exists(out), r.stderr.decode())

        # The old file survives a refused export.
        big = copy.deepcopy(base)
        big["positions"][0]["annual_salary"] = "9000000000000.00"
        big["positions"][0]["count"] = 10000
        path = os.path.join(tmp, "big.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(big, f)
        target = os.path.join(tmp, "usd.xlsx")
        before = open(target, "rb").read()
        r = run("export", "--format", "xlsx", "-o", target, path)
        check("a plan beyond a spreadsheet's 15 digits is refused, naming the problem, the old file kept",
              r.returncode == 1 and b"more than 15 digits" in r.stderr and open(target, "rb").read() == before
              and not [x for x in os.listdir(tmp) if x.endswith(".tmp")], r.stderr.decode())

        # Standard output is refused for a workbook.
        r = run("export", "--format", "xlsx", sample)
        check("export --format xlsx without -o is a usage error",
              r.returncode == 2 and b"A workbook cannot be written to the standard output" in r.stderr
              and r.stdout == b"", r.stderr.decode())
        r = run("export", "--format", "xlsx", "-o", "-", sample)
        check("export --format xlsx -o - is a usage error", r.returncode == 2 and r.stdout == b"",
              r.stderr.decode())

        # CSV: no byte order mark on the command line unless --bom.
        plain = run("export", "--format", "csv", os.path.join(tmp, "usd.json"))
        bom = run("export", "--format", "csv", "--bom", os.path.join(tmp, "usd.json"))
        check("CSV from the command line has no byte order mark by default",
              plain.returncode == 0 and plain.stdout.startswith(b"id,role,"), plain.stdout[:20])
        check("--bom adds the UTF-8 byte order mark and nothing else",
              bom.returncode == 0 and bom.stdout == b"\xef\xbb\xbf" + plain.stdout, bom.stdout[:20])
        check("the CSV keeps Zürich in UTF-8", "Zürich".encode() in bom.stdout)
        r = run("export", "--format", "xlsx", "--bom", "-o", os.path.join(tmp, "b.xlsx"), sample)
        check("--bom with a workbook only warns", r.returncode == 0 and b"--bom only applies to CSV" in r.stderr,
              r.stderr.decode())

    print(f"1..{n}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
