"""`python -m generator check`: the build's errors, the closest passage for a misquote, editorial warnings,
source coverage, --json and --strict. Every message is asserted exactly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.coverage import sentences
from generator.numbers import CURRENCY_NAMES, names_currency, numbers_in, numerals
from tests.conftest import FIXTURES, ROOT, copy_site

HARBOUR = FIXTURES / "check" / "harbour"
INVALID = sorted(p.name for p in (FIXTURES / "invalid").iterdir() if p.is_dir())


@pytest.fixture
def harbour(tmp_path: Path) -> Path:
    """A private copy of the check fixture: four clean cards quoting part of a seven-sentence source."""
    return Path(shutil.copytree(HARBOUR, tmp_path / "harbour"))


def check(capsys: pytest.CaptureFixture[str], site: Path, *flags: str) -> tuple[int, list[str]]:
    """Run `check --site SITE -q FLAGS` in-process: (exit status, stdout lines)."""
    status = main(["check", "--site", str(site), "-q", *flags])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return status, captured.out.splitlines()


def write(site: Path, rel: str, text: str) -> None:
    (site / rel).write_text(text, encoding="utf-8")


# --- a clean site, the seed ------------------------------------------------------------------------------


def test_clean_site_reports_nothing_and_writes_nothing(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(p.relative_to(harbour) for p in harbour.rglob("*"))
    assert check(capsys, harbour) == (0, [])
    assert check(capsys, harbour, "--strict") == (0, [])
    assert sorted(p.relative_to(harbour) for p in harbour.rglob("*")) == before  # no output/, no cache


def test_summary_goes_to_stderr(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--site", str(harbour)]) == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "0 errors, 0 warnings in 4 cards\n")


def test_seed_briefing_is_clean_and_fully_covered(capsys: pytest.CaptureFixture[str]) -> None:
    assert check(capsys, ROOT, "--coverage", "--strict") == (0, ["coverage: 23 of 23 sentences, 100%"])


def test_seed_expected_dates_are_past_after_the_event(capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = check(capsys, ROOT, "--today", "2012-01-01")
    assert status == 0
    assert lines == [
        "content/diplomacy/economic-focus.yaml:7:14: warning: date_status is expected, but date 2011-11 is before "
        "2012-01-01 (--today); did it happen?",
        "content/diplomacy/intergovernmental-commission.yaml:9:14: warning: date_status is expected, but date "
        "2011-11 is before 2012-01-01 (--today); did it happen?",
    ]
    assert check(capsys, ROOT, "--today", "2011-11-30")[1] == []  # the last day of November 2011 is not past


# --- errors: everything the build reports, and the closest passage for a misquote --------------------------


@pytest.mark.parametrize("case", INVALID)
def test_check_reports_every_error_the_build_reports(case: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_site("village", tmp_path)
    overlay = FIXTURES / "invalid" / case
    shutil.copytree(overlay, site, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt"))
    expected = (overlay / "expected.txt").read_text(encoding="utf-8").splitlines()[:-1]  # minus the summary

    status, lines = check(capsys, site)

    errors = [line for line in lines if ": warning: " not in line]
    assert status == 1
    assert len(errors) == len(expected)
    for got, want in zip(errors, expected, strict=True):
        if "source_quote is not in the source text" in want:  # check names the closest passage instead
            position = want.split(" source_quote")[0]
            assert got.startswith(position + " source_quote is not in the source")
            assert "(run" not in got
        else:
            assert got == want
    assert not (site / "output").exists()


@pytest.mark.parametrize(("quote", "message"), [
    pytest.param(  # one changed word
        "The upgradation would increase PSM’s production capacity from 1.1 million tons to 3 million tons a year.",
        'source_quote is not in the source; did you mean: "The upgradation would increase PSM’s production capacity '
        'from 1.1 million tons to 3 million tons [-a-]{+per+} year."?',
        id="changed-word"),
    pytest.param(  # a wrong number
        "The package on offer includes 12 MI-17 helicopters of unarmed configuration.",
        'source_quote is not in the source; did you mean: "The package on offer includes [-12-]{+10+} MI-17 '
        'helicopters of unarmed configuration."?',
        id="wrong-number"),
    pytest.param(  # a dropped clause
        "The ties have been pushed by President Asif Ali Zardari and his Russian counterpart Dmitry Medvedev. "
        "The two presidents have met six times in the past three years.",
        'source_quote is not in the source; did you mean: "The ties have been pushed by President Asif Ali Zardari '
        "and his Russian counterpart Dmitry Medvedev{+, who are said to have developed a rapport+}. The two "
        'presidents have met six times in the past three years."?',
        id="dropped-clause"),
    pytest.param(  # an added word, changed punctuation and case
        "Moscow has shown special interest in new energy projects; a working group of both countries met last month.",
        'source_quote is not in the source; did you mean: "Moscow has shown special interest in [-new-] energy '
        'projects[-; a-]{+. A+} working group of both countries met last month[-.-]"?',
        id="added-word"),
    pytest.param(
        "Tulips and daffodils bloom in the municipal gardens every spring.",
        "source_quote is not in the source, and no passage of the source is close to it",
        id="nothing-close"),
])
def test_misquote_gets_the_closest_passage(quote: str, message: str, seed_site: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    write(seed_site, "content/industry/misquote.yaml", f"title: A misquote\nsummary: x\nsource_quote: {json.dumps(quote)}\n")
    status, lines = check(capsys, seed_site)
    assert status == 1
    assert lines == [f"content/industry/misquote.yaml:3:15: {message}"]


def test_typographic_and_straight_quotes_are_equal(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the source has “…” and the card '"…"' (straight): no error, and the quote still counts for coverage
    assert check(capsys, harbour)[0] == 0
    write(harbour, "content/people/chair.yaml", "title: t\nsummary: s\nsource_quote: "
                                                "\"\u201cIt is a good day for the port,\u201d said Gen. Tom Hardy\"\n")
    assert check(capsys, harbour) == (0, [])


def test_json_report_shape(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(harbour, "content/port/typo.yaml", 'title: t\nsummary: s\nsource_quote: "Work will start in November."\n')
    write(harbour, "content/port/vote.yaml", (HARBOUR / "content/port/vote.yaml").read_text().replace("value: 2", "value: 3"))

    status, lines = check(capsys, harbour, "--json")

    report = json.loads("\n".join(lines))
    assert status == 1
    assert report == {
        "ok": False, "strict": False, "cards": 4,
        "errors": [{
            "path": "content/port/typo.yaml", "line": 3, "column": 15,
            "message": 'source_quote is not in the source; did you mean: "Work will start in [-November-]{+October+}."?',
            "suggestion": "Work will start in October.",
        }],
        "warnings": [{
            "path": "content/port/vote.yaml", "line": 8, "column": 12,
            "message": "figures[1].value 3 does not occur in the source_quote (numbers in it: 2; 7)",
        }],
        "coverage": {
            "source": "content/source.md", "sentences": 7, "covered": 3, "percent": 42,
            "summary": "3 of 7 sentences, 42%",
            "uncovered": [
                {"line": 1, "column": 108, "text": "Work will start in October.", "share": 0.0},
                {"line": 3, "column": 34, "text": "“It is a good day for the port,” said Gen. Tom Hardy, the board's chair.",
                 "share": round(37 / 51, 4)},
                {"line": 5, "column": 1, "text": "Fishermen want a new quay.", "share": 0.0},
                {"line": 5, "column": 28, "text": "Nobody has asked them.", "share": 0.0},
            ],
        },
    }
    assert json.loads("\n".join(check(capsys, harbour, "--json", "--strict")[1]))["strict"] is True


# --- warnings -----------------------------------------------------------------------------------------------


def test_figure_not_in_quote(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(harbour, "content/port/cranes.yaml", (HARBOUR / "content/port/cranes.yaml").read_text()
          .replace("value: 6", "value: 8\n    from: 6"))
    write(harbour, "content/port/quay.yaml", "title: t\nsummary: s\nsource_quote: Fishermen want a new quay.\n"
                                             "figures:\n  - label: Quays\n    value: 1\n")
    status, lines = check(capsys, harbour)
    assert status == 0
    assert lines == [
        "content/port/cranes.yaml:8:12: warning: figures[0].value 8 does not occur in the source_quote "
        "(numbers in it: 6)",
        "content/port/quay.yaml:6:12: warning: figures[0].value 1 does not occur in the source_quote "
        "(it has no numbers)",
    ]


def test_a_tag_the_source_never_names(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Named by a word (titles aside), a word's first five letters, or initials; otherwise a warning."""
    source = (harbour / "content/source.md").read_text()
    write(harbour, "content/source.md", source + "\nThe U.S. and the EU sent Afghan and Norwegian boats.\n")
    tags = ["Harbour board", "Gen Hardy", "United States", "European Union", "Afghanistan", "Norway", "Dr Smith",
            "Tom Hardy's port", "Fishermen's union"]
    write(harbour, "content/people/quay.yaml", "title: t\nsummary: s\nsource_quote: Fishermen want a new quay.\n"
                                               f"tags: [{', '.join(tags)}]\n")
    assert [line for line in check(capsys, harbour)[1] if "not named" in line] == [
        "content/people/quay.yaml:4:78: warning: tag 'Norway' is not named in the source (no word of it, nor its "
        "initials)",  # "Norwegian": another word ("norwe", not "norwa")
        "content/people/quay.yaml:4:86: warning: tag 'Dr Smith' is not named in the source (no word of it, nor its "
        "initials)",  # "Dr" is a title: it names no one
    ]


def test_a_quote_right_after_a_negation(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Whole words, verbatim, and the opposite of what the source says: "(did not) back the quay"."""
    source = (harbour / "content/source.md").read_text()
    write(harbour, "content/source.md", source + "\nThe mayor did not back the quay. Boats can’t moor. Nobody asked. "
                                                 "No. Cranes are coming.\n")
    for quote, warning in (
            ("back the quay.", "follows 'not' in the source (\"not back the quay.\")"),
            ("moor. Nobody asked. No. Cranes are", "follows 'can’t' in the source (\"can’t moor. Nobody asked. No. Cranes…\")"),
            ("asked.", "follows 'Nobody' in the source (\"Nobody asked.\")"), ("Cranes are coming.", None),
            ("Fishermen want a new quay.", None)):
        write(harbour, "content/people/quay.yaml", f"title: t\nsummary: s\nsource_quote: {quote}\n")
        warned = [line for line in check(capsys, harbour)[1] if "follows" in line]
        assert warned == ([f"content/people/quay.yaml:3:15: warning: source_quote {warning}: quote it too, or the "
                           "card may say the opposite"] if warning else []), quote


def test_a_currency_the_quote_does_not_name(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dredging = (HARBOUR / "content/port/dredging.yaml").read_text()
    for unit, warned in (("USD", False), ("EUR", True), ("GBP", True), ("dollars", False)):
        write(harbour, "content/port/dredging.yaml", dredging.replace("unit: USD", f"unit: {unit}"))
        assert check(capsys, harbour)[1] == ([
            f"content/port/dredging.yaml:9:11: warning: figures[0].unit is {unit}, but the source_quote does not "
            f"name it ({dict(EUR='€, euro', GBP='£, pound, sterling')[unit]}, {unit})"] if warned else []), unit


@pytest.mark.parametrize(("text", "unit", "named"), [
    ("$5 million", "USD", True), ("five dollars", "USD", True), ("USD 5m", "USD", True), ("5 pesos", "USD", False),
    ("€5m", "EUR", True), ("5 euros", "EUR", True), ("European aid of 5m", "EUR", False),
    ("Rs. 5 billion", "INR", True), ("5 rupees", "INR", True), ("for years", "INR", False),
    ("5 roubles", "RUB", True), ("5 rubles", "RUB", True), ("the rubble", "RUB", False),
    ("£5m", "GBP", True), ("5 pounds sterling", "GBP", True), ("¥5bn", "JPY", True), ("5 yen", "JPY", True),
])
def test_names_currency(text: str, unit: str, named: bool) -> None:
    assert names_currency(text, unit) is named


def test_every_currency_shown_by_its_sign_is_checked_by_its_names() -> None:
    from generator.figures import CURRENCIES

    assert set(CURRENCY_NAMES) == set(CURRENCIES)
    assert all(CURRENCY_NAMES[unit][0] == sign for unit, sign in CURRENCIES.items())


@pytest.mark.parametrize(("text", "numbers"), [
    ("a capacity from 1.1 million tons to 3 million tons", {1.1, 1_100_000, 3, 3_000_000}),
    ("invest $500 million in CASA-1,000", {500, 500_000_000, 1000}),
    ("voted 7 to 2 on Tuesday", {7, 2}),
    ("4,200 ships and €4,200,000", {4200, 4_200_000}),
    ("have met six times in the past three years", {6, 3}),
    ("twenty-five people, two hundred and ten boats, a dozen cars", {25, 210, 12}),
    ("three thousand jobs and a $2bn loan", {3000, 2, 2_000_000_000}),
    ("the second session of the 10 MI-17 deal", {2, 10, 17}),
    ("no numbers here at all", set()),
])
def test_numbers_in_text(text: str, numbers: set[float]) -> None:
    assert numbers_in(text) == numbers


def test_numerals_as_written_with_what_they_stand_for() -> None:
    assert numerals("$2.5 million for 4,200 ships, a 5bn loan, six MI-17s in 2011; 3.5 %") == [
        ("2.5 million", {2.5, 2_500_000}), ("4,200", {4200}), ("5bn", {5, 5_000_000_000}), ("17", {17}),
        ("2011", {2011}), ("3.5", {3.5})]


def test_two_cards_on_one_passage(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(harbour / "content/port/cranes.yaml", harbour / "content/people/cranes-again.yaml")
    write(harbour, "content/people/split.yaml", "title: t\nsummary: s\n"
                                                "source_quote: \"board voted 7 to 2 in favour.\u201cIt is a good day\"\n")
    status, lines = check(capsys, harbour)
    assert status == 0
    assert lines == [
        "content/people/split.yaml:3:15: warning: source_quote overlaps the quote of content/people/chair.yaml: "
        '"\u201cIt is a good day"',
        "content/port/cranes.yaml:3:15: warning: quotes the same passage as content/people/cranes-again.yaml",
        "content/port/vote.yaml:3:15: warning: source_quote overlaps the quote of content/people/split.yaml: "
        '"board voted 7 to 2 in favour."',
    ]


def test_a_quote_the_source_gives_more_than_once(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(harbour, "content/people/board.yaml", "title: t\nsummary: s\nsource_quote: board\n")
    write(harbour, "content/people/o.yaml", "title: t\nsummary: s\nsource_quote: '.'\n")
    write(harbour, "content/people/e.yaml", "title: t\nsummary: s\nsource_quote: e\n")  # in words, not a word
    status, lines = check(capsys, harbour)
    assert status == 1
    assert [line for line in lines if "occurs" in line or "source_quote is not" in line] == [
        "content/people/e.yaml:3:15: source_quote is not in the source, and no passage of the source is close to it",
        "content/people/board.yaml:3:15: warning: source_quote occurs 3 times in the source; the build links the first "
        "(content/source.md, line 1): quote enough to tell them apart",
        "content/people/o.yaml:3:15: warning: source_quote occurs 10 times or more in the source; the build links "
        "the first (content/source.md, line 1): quote enough to tell them apart",
    ]  # and the four cards of the fixture, each quoting a passage given once, are not named


def test_a_category_without_cards(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site_yaml = harbour / "site.yaml"
    site_yaml.write_text(site_yaml.read_text("utf-8") + "  - id: weather\n    label: Weather\n", "utf-8")
    (harbour / "content/weather").mkdir()  # a folder with no card in it counts as none
    status, lines = check(capsys, harbour)
    assert status == 0
    assert lines == [f"site.yaml:{len(site_yaml.read_text('utf-8').splitlines()) - 1}:9: warning: category 'weather' "
                     "has no cards (none in content/weather/): its page and section are empty"]


def test_tag_spelled_two_ways(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(harbour, "content/people/quay.yaml",
          "title: t\nsummary: s\nsource_quote: Fishermen want a new quay.\n"
          "tags: [Hardy, harbour  board, Dr Ana Lopez, Harbour, North Quay, Quay]\n")
    status, lines = check(capsys, harbour)
    assert status == 0
    assert lines == [  # not flagged: 'Harbour' / 'Harbour board' (another last word), 'Quay' / 'North Quay'
        "content/people/quay.yaml:4:8: warning: tag 'Hardy' is also spelled 'Tom Hardy' "
        "(content/people/chair.yaml:4:8); use one spelling",
        "content/people/quay.yaml:4:15: warning: tag 'harbour  board' is also spelled 'Harbour board' "
        "(content/port/cranes.yaml:10:8); use one spelling",
        "content/port/dredging.yaml:10:23: warning: tag 'Ana Lopez' is also spelled 'Dr Ana Lopez' "
        "(content/people/quay.yaml:4:31); use one spelling",
    ]


def test_expected_date_already_past(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check(capsys, harbour, "--today", "2025-12-31") == (0, [])  # cranes: expected in 2025
    assert check(capsys, harbour, "--today", "2026-01-01") == (0, [
        "content/port/cranes.yaml:5:14: warning: date_status is expected, but date 2025 is before 2026-01-01 "
        "(--today); did it happen?",
    ])
    write(harbour, "content/people/quay.yaml", "title: t\nsummary: s\nsource_quote: Fishermen want a new quay.\n"
                                               "date: 2024-06\ndate_end: 2024-08\ndate_status: [inferred, expected]\n")
    assert check(capsys, harbour) == (0, [  # without --today: against the source's date, 2024-09-17
        "content/people/quay.yaml:6:14: warning: date_status is expected, but date_end 2024-08 is before "
        "2024-09-17 (the source's date); did it happen?",
    ])


def test_a_number_in_a_title_summary_or_label_must_be_the_source_s(harbour: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Numbers in digits only ("first" or "one of" are words, not facts), each as the source gives it in any form,
    or a part of the card's dates or of the source's (a summary may say which year "next spring" is)."""
    write(harbour, "content/people/quay.yaml", """\
title: 6 cranes, a $1.1m plan, 9 more
summary: |
  Worth $1,100,000 ([1.1 million](../../port/dredging/)), voted 7-2 on Sept 17, 2024 and due
  in 2025; `3` boats.
source_quote: Fishermen want a new quay.
date: 2025
date_status: [expected, inferred]
figures:
  - label: Boats by 2026
    value: 3
""")
    assert check(capsys, harbour)[1] == [
        "content/people/quay.yaml:1:8: warning: title gives 9, a number the source never gives",
        "content/people/quay.yaml:2:10: warning: summary gives 3, a number the source never gives",
        "content/people/quay.yaml:9:12: warning: figures[0].label gives 2026, a number the source never gives",
        "content/people/quay.yaml:10:12: warning: figures[0].value 3 does not occur in the source_quote (it has no "
        "numbers)",
    ]


def test_a_date_the_source_does_not_give_must_be_marked_inferred_and_a_later_one_expected(
        harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The harbour's source says "on Monday", "in October", "next spring", and gives no year."""
    quay = "title: t\nsummary: s\nsource_quote: Fishermen want a new quay.\n"
    later = ("content/people/quay.yaml:4:7: warning: date 2024-10 is after the source's date (2024-09-17), but not "
             "marked expected: if it was still to come, write date_status: [expected, inferred]")
    cases = {
        "date: 2024-09\n": [  # the source's month: not "after" it
            "content/people/quay.yaml:4:7: warning: date 2024-09 is not marked inferred, but the source never gives "
            "the year 2024: if it was worked out, write date_status: inferred"],
        "date: 2024-10\n": [later,  # "in October": after 17 September 2024
            "content/people/quay.yaml:4:7: warning: date 2024-10 is not marked inferred, but the source never gives "
            "the year 2024: if it was worked out, write date_status: [expected, inferred]"],
        "date: 2024-10\ndate_status: inferred\n": [later],
        "date: 2024-09-16\ndate_end: 2024-11\ndate_status: stated\n": [
            "content/people/quay.yaml:4:7: warning: date 2024-09-16 is not marked inferred, but the source never gives "
            "the year 2024 or the day 16 September: if it was worked out, write date_status: inferred",
            "content/people/quay.yaml:5:11: warning: date_end 2024-11 is not marked inferred, but the source never "
            "gives the year 2024 or the month November: if it was worked out, write date_status: inferred"],
        "date: 2025\ndate_status: expected\n": [
            "content/people/quay.yaml:4:7: warning: date 2025 is not marked inferred, but the source never gives the "
            "year 2025: if it was worked out, write date_status: [expected, inferred]"],
    }
    for tail, warnings in cases.items():
        write(harbour, "content/people/quay.yaml", quay + tail)
        assert check(capsys, harbour) == (0, warnings), tail
    for status in ("[inferred, expected]", "[expected, inferred]"):
        write(harbour, "content/people/quay.yaml", quay + f"date: 2025\ndate_status: {status}\n")
        assert check(capsys, harbour) == (0, [])
    source = (harbour / "content/source.md").read_text()
    write(harbour, "content/source.md", source + "\nThe quay was first asked for on 5 Nov. 2019, and again in 2023. "
                                                 "It could open by 2026.\n")
    for date in ("2019", "2019-11", "2019-11-05", "2023", "2023-09-17", "2023-11"):
        write(harbour, "content/people/quay.yaml", quay + f"date: {date}\n")
        assert check(capsys, harbour) == (0, []), date  # "Sept 17" in the dateline: a day the source gives
    write(harbour, "content/people/quay.yaml", quay + "date: 2026\n")
    assert check(capsys, harbour)[1] == [
        "content/people/quay.yaml:4:7: warning: date 2026 is after the source's date (2024-09-17), but not marked "
        "expected: if it was still to come, write date_status: expected"]
    write(harbour, "content/people/quay.yaml", quay + "date: 2026\ndate_status: expected\n")
    assert check(capsys, harbour) == (0, [])
    write(harbour, "content/people/quay.yaml", quay + "date: 2023-05-05\n")  # 5 Nov., "may" is not May
    assert check(capsys, harbour)[1] == [
        "content/people/quay.yaml:4:7: warning: date 2023-05-05 is not marked inferred, but the source never gives "
        "the month May: if it was worked out, write date_status: inferred"]


def test_strict_makes_warnings_fail(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["check", "--site", str(harbour), "--today", "2026-01-01"]
    assert main(args) == 0
    assert capsys.readouterr().err == "0 errors, 1 warning in 4 cards\n"
    assert main([*args, "--strict"]) == 1
    assert capsys.readouterr().err == "0 errors, 1 warning in 4 cards (--strict: warnings fail)\n"
    assert main(["check", "--site", str(harbour), "--strict"]) == 0


def test_bad_today_is_a_usage_error(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--site", str(harbour), "--today", "2024-13-01"]) == 1
    assert capsys.readouterr().err == "error: --today must be a date, YYYY-MM-DD, not '2024-13-01'\n"


# --- coverage -----------------------------------------------------------------------------------------------


def test_coverage_of_the_fixture(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check(capsys, harbour, "--coverage") == (0, [
        "coverage: 3 of 7 sentences, 42%",
        'content/source.md:1:108: sentence is not quoted by any card: "Work will start in October."',
        "content/source.md:3:34: sentence is not covered (the quotes cover 72% of it): "
        "\"\u201cIt is a good day for the port,\u201d said Gen. Tom Hardy, the board's chair.\"",
        'content/source.md:5:1: sentence is not quoted by any card: "Fishermen want a new quay."',
        'content/source.md:5:28: sentence is not quoted by any card: "Nobody has asked them."',
    ])
    write(harbour, "content/port/rest.yaml", "title: t\nsummary: s\nsource_quote: |\n  Work will start in October.\n")
    write(harbour, "content/port/quay.yaml", "title: t\nsummary: s\nsource_quote: Fishermen want a new quay. Nobody\n")
    status, lines = check(capsys, harbour, "--coverage")
    assert status == 0
    assert lines[0] == "coverage: 5 of 7 sentences, 71%"  # 'Nobody' is too little of the last sentence
    assert [line.split(": sentence")[0] for line in lines[1:]] == ["content/source.md:3:34", "content/source.md:5:28"]


def test_coverage_lines_count_blank_lines_before_the_article(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = harbour / "content/source.md"
    source.write_text("\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    assert check(capsys, harbour, "--coverage")[1][1] == (
        'content/source.md:3:108: sentence is not quoted by any card: "Work will start in October."')


@pytest.mark.parametrize(("text", "expected"), [
    ("ISLAMABAD, Sept 17: With the trough in ties, both met. The two are readying.",
     ["With the trough in ties, both met.", "The two are readying."]),
    ("WASHINGTON (Reuters) - The talks ended. Next week, more.", ["The talks ended.", "Next week, more."]),
    ("Dr. Ana Lopez said so. Gen. Tom Hardy agreed.", ["Dr. Ana Lopez said so.", "Gen. Tom Hardy agreed."]),
    ("Col-Gen Ivan Petrov visited in May. Sept. 17 was the day.",
     ["Col-Gen Ivan Petrov visited in May.", "Sept. 17 was the day."]),
    ("to promote bilateral cooperation.The minister-level commission met.",
     ["to promote bilateral cooperation.", "The minister-level commission met."]),
    ("\u201cIt is a good day,\u201d said the chair. \u201cWe will build.\u201d The board agreed.",
     ["\u201cIt is a good day,\u201d said the chair.", "\u201cWe will build.\u201d", "The board agreed."]),
    ("He left the U.S. for good. It rose by 3.5 per cent. J. R. Smith came. Really? Yes! 4,200 ships came.",
     ["He left the U.S. for good.", "It rose by 3.5 per cent.", "J. R. Smith came.", "Really?", "Yes!",
      "4,200 ships came."]),
    ("First paragraph, no stop\n\nSecond one.\n\n***\n", ["First paragraph, no stop", "Second one."]),
])
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in sentences(text)] == expected
