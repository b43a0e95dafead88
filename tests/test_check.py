"""`python -m generator check`: the build's errors, the closest passage for a misquote, source coverage, --json,
--strict and --today. Every message is asserted exactly (the warnings: test_editorial.py)."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import coverage
from generator.cli import main
from generator.coverage import sentences
from tests.conftest import FIXTURES, HARBOUR, ROOT, check, copy_site, write

INVALID = sorted(p.name for p in (FIXTURES / "invalid").iterdir() if p.is_dir())


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
    settings = harbour / "site.yaml"  # site.yaml broken: its cards are counted all the same (it said "0 cards")
    settings.write_text(settings.read_text("utf-8").replace("title:", "titel:", 1), "utf-8")
    assert main(["check", "--site", str(harbour)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "1 error, 0 warnings in 4 cards"


def test_seed_briefing_is_clean_and_fully_covered(capsys: pytest.CaptureFixture[str]) -> None:
    assert check(capsys, ROOT, "--coverage", "--strict") == (0, ["coverage: 23 of 23 sentences, 100%"])


def test_seed_expected_dates_are_past_after_the_event(capsys: pytest.CaptureFixture[str]) -> None:
    status, lines = check(capsys, ROOT, "--today", "2012-01-01")
    assert status == 0
    assert lines == [
        "content/diplomacy/intergovernmental-commission.yaml:9:14: warning: date_status is expected, but date "
        "2011-11 is before 2012-01-01 (--today); did it happen?",
    ]
    assert check(capsys, ROOT, "--today", "2011-11-30")[1] == []  # the last day of November 2011 is not past


def test_a_loaded_card_is_read_again_only_for_a_warning_s_position(harbour: Path) -> None:
    """`check` (and `deploy`) take the cards the build's loading made; a card's YAML is parsed again only to place
    a warning (and the tags' positions of a card with a tag spelled two ways)."""
    from generator import editorial
    from generator.cardfiles import card_files
    from generator.check import _read_cards
    from generator.config import load_config
    from generator.dates import first_day
    from generator.errors import Problems
    from generator.load import load_site

    write(harbour, "content/port/vote.yaml", (harbour / "content/port/vote.yaml").read_text("utf-8")
          .replace("title: ", "title: 9 ", 1))  # a number the source does not give
    site = load_site(harbour)
    config = load_config(harbour, Problems())
    assert config is not None
    files = card_files(harbour, config, Problems())
    entries, misquotes = _read_cards(harbour, site, files, site.source, set())
    assert ([entry.card.path for entry in entries], misquotes) == ([rel for _, rel in files], [])
    found = editorial.warnings(entries, config, files, site.source, ("--today", first_day(site.source.date)))
    assert [(f.path, f.line, f.column) for f in found] == [("content/port/vote.yaml", 1, 8)]
    assert [entry.card.path for entry in entries if "doc" in vars(entry)] == ["content/port/vote.yaml"]


def test_worker_processes_check_the_cards_as_one_process_does(tmp_path: Path) -> None:
    """At 5,000 cards the per-card warnings took 6 of `check`'s 9 s in one process: over parallel.MIN_WORK cards,
    worker processes check them, and the report is the same, byte for byte."""
    from generator import parallel

    site = tmp_path / "site"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth.py"), "-n", str(parallel.MIN_WORK + 50),
                    str(site)], check=True, capture_output=True, timeout=120)
    reports = {}
    for jobs in (1, 2):
        done = subprocess.run([sys.executable, "-m", "generator", "check", "--json", "-v"], cwd=site,
                              env={**os.environ, "GENERATOR_JOBS": str(jobs)}, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
        reports[jobs] = done.stdout
        workers = [line for line in done.stderr.splitlines() if line.endswith("in 2 worker processes")]
        assert len(workers) == (0 if jobs == 1 else 3), done.stderr  # the cards loaded, rendered, then checked
    assert reports[1] == reports[2]
    assert len(json.loads(reports[2])["warnings"]) > parallel.MIN_WORK  # (synthetic figures the quotes do not give)


def test_a_misspelt_date_status_says_nothing_of_the_date(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With `date_status: [expected, infered]` the card's date was warned "not marked expected" and "not marked
    inferred", which the editor had marked; the error now names the status meant."""
    cranes = harbour / "content/port/cranes.yaml"
    write(harbour, "content/port/cranes.yaml", cranes.read_text("utf-8").replace(
        "date: 2025\ndate_status: [expected, inferred]", "date: 2025-12-03\ndate_status: [expected, infered]"))
    assert check(capsys, harbour) == (1, [
        "content/port/cranes.yaml:5:14: 'date_status' must be one of stated, inferred, expected, [expected, inferred], "
        "not '[expected, infered]' (did you mean '[expected, inferred]'?)"])


def test_a_card_with_an_error_is_the_only_card_read_again(harbour: Path, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The cards that loaded are checked as loaded: at 5,000 cards, one card with an error had every card read
    and loaded again (4 s)."""
    from generator import check as checking

    vote = harbour / "content/port/vote.yaml"
    write(harbour, "content/port/vote.yaml", vote.read_text("utf-8").replace("title: ", "titel: 9 ", 1))
    write(harbour, "content/port/cranes.yaml", (harbour / "content/port/cranes.yaml").read_text("utf-8")
          .replace("title: ", "title: 9 ", 1))  # a warning, on a card that loads
    loaded = []

    def load_card(root: Path, category: str, path: Path, *args: Any, **kwargs: Any) -> Any:
        loaded.append(path.relative_to(root).as_posix())
        return real(root, category, path, *args, **kwargs)

    real = checking.load_card
    monkeypatch.setattr(checking, "load_card", load_card)
    status, lines = check(capsys, harbour)
    assert status == 1 and loaded == ["content/port/vote.yaml"]
    assert lines == ["content/port/vote.yaml:1:1: unknown key 'titel' (did you mean 'title'?)",
                     "content/port/cranes.yaml:1:8: warning: title gives 9, a number the source never gives"]


# --- errors: everything the build reports, and the closest passage for a misquote --------------------------


@pytest.mark.parametrize("case", INVALID)
def test_check_reports_every_error_the_build_reports(case: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_site("village", tmp_path)
    overlay = FIXTURES / "invalid" / case
    shutil.copytree(overlay, site, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt"))
    expected = [line for line in (overlay / "expected.txt").read_text(encoding="utf-8").splitlines()[:-1]
                if ": warning: " not in line]  # minus the summary, and the warnings the build logs

    status, lines = check(capsys, site)

    errors = [line for line in lines if ": warning: " not in line]
    assert status == 1
    assert len(errors) == len(expected)
    assert errors == expected
    assert not (site / "output").exists()


@pytest.mark.parametrize(("quote", "message", "column"), [
    pytest.param(  # one changed word
        "The upgradation would increase PSM’s production capacity from 1.1 million tons to 3 million tons a year.",
        'source_quote is not in the source; did you mean: "The upgradation would increase PSM’s production capacity '
        'from 1.1 million tons to 3 million tons [-a-]{+per+} year."?',
        118, id="changed-word"),
    pytest.param(  # a wrong number
        "The package on offer includes 12 MI-17 helicopters of unarmed configuration.",
        'source_quote is not in the source; did you mean: "The package on offer includes [-12-]{+10+} MI-17 '
        'helicopters of unarmed configuration."?',
        46, id="wrong-number"),
    pytest.param(  # a dropped clause
        "The ties have been pushed by President Asif Ali Zardari and his Russian counterpart Dmitry Medvedev. "
        "The two presidents have met six times in the past three years.",
        'source_quote is not in the source; did you mean: "The ties have been pushed by President Asif Ali Zardari '
        "and his Russian counterpart Dmitry Medvedev{+, who are said to have developed a rapport+}. The two "
        'presidents have met six times in the past three years."?',
        15, id="dropped-clause"),
    pytest.param(  # an added word, changed punctuation and case
        "Moscow has shown special interest in new energy projects; a working group of both countries met last month.",
        'source_quote is not in the source; did you mean: "Moscow has shown special interest in [-new-] energy '
        'projects[-; a-]{+. A+} working group of both countries met last month[-.-]"?',
        53, id="added-word"),
    pytest.param(  # two source words left out, or the quote's last word dropped: the same cost, more of it shown
        "The package on offer includes helicopters",
        'source_quote is not in the source; did you mean: "The package on offer includes {+10 MI-17+} helicopters"?',
        15, id="words-left-out"),
    pytest.param(
        "Tulips and daffodils bloom in the municipal gardens every spring.",
        "source_quote is not in the source, and no passage of the source is close to it",
        15, id="nothing-close"),
])
def test_misquote_gets_the_closest_passage(quote: str, message: str, column: int, seed_site: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """At the first word the closest passage does not have (where the quote has a word to point at)."""
    write(seed_site, "content/industry/misquote.yaml", f"title: A misquote\nsummary: x\nsource_quote: {json.dumps(quote)}\n")
    status, lines = check(capsys, seed_site)
    assert status == 1
    assert lines == [f"content/industry/misquote.yaml:3:{column}: {message}"]


def test_typographic_and_straight_quotes_are_equal(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the source has “…” and the card '"…"' (straight): no error, and the quote still counts for coverage
    assert check(capsys, harbour)[0] == 0
    write(harbour, "content/people/chair.yaml", "title: t\nsummary: s\nsource_quote: "
                                                "\"\u201cIt is a good day for the port,\u201d said Gen. Tom Hardy\"\n")
    assert check(capsys, harbour) == (0, [])


def test_a_misquote_is_placed_at_the_first_word_it_has_that_the_passage_does_not() -> None:
    from generator.quotes import first_difference

    assert first_difference('x: "a b [-.-] c [-last one-]{+next+}"?') == ("last", 0)  # (a mark is no word)
    assert first_difference('x: "the plan [-the-]{+a+} plan"?') == ("the", 1)  # its second 'the'
    assert first_difference('x: "a plan {+today+}"?') == ("", 0)  # nothing of the quote's: where the quote starts


def test_a_misquote_in_a_block_of_lines_is_placed_on_the_line_that_differs(
        harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It was placed at the `|` that starts the block, two lines above the word that differs."""
    write(harbour, "content/port/typo.yaml", "title: t\nsummary: s\nsource_quote: |\n  The board voted\n  7 to 3 in "
                                              "favour.\n")
    assert check(capsys, harbour)[1] == [
        'content/port/typo.yaml:5:8: source_quote is not in the source; did you mean: "The board voted 7 to [-3-]{+2+} '
        'in favour."?']


def test_a_misquoted_card_s_figures_are_judged_against_the_passage_the_source_has(
        harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A review's: a typo in a quote's "7 to 3" made warnings of the figure and the title that give the source's 7
    to 2 right ("does not occur in the source_quote", "the source does, elsewhere"): noise over the one error."""
    write(harbour, "content/port/typo.yaml", "title: Board backs the plan 7 to 2\nsummary: s\nsource_quote: The board "
                                              "voted 7 to 3 in favour.\nfigures:\n  - label: Against\n    value: 2\n")
    assert check(capsys, harbour) == (1, [
        'content/port/typo.yaml:3:36: source_quote is not in the source; did you mean: "The board voted 7 to [-3-]{+2+} '
        'in favour."?'])
    write(harbour, "content/port/typo.yaml", "title: Board backs the plan 7 to 2\nsummary: s\nsource_quote: The board "
                                              "voted 7 to 3 in favour.\nfigures:\n  - label: Against\n    value: 4\n")
    assert check(capsys, harbour)[1][1:] == [  # (a figure the source's passage does not give either is still said)
        "content/port/typo.yaml:6:12: warning: figures[0].value 4 does not occur in the source_quote (numbers in it: 7; "
        "2)"]


def test_a_card_with_errors_is_still_checked_as_far_as_it_is_good(harbour: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A misquote hid the card's wrong figure and words in quotation marks until it was fixed and `check` run
    again; what an error leaves unknown (the passage's place, a date that is no date, tags) gives no warning."""
    card = ('title: Cranes\nsummary: The port, "a good week for the port", expects cranes.\nsource_quote: "{quote} new '
            'cranes will arrive next spring."\ndate: {date}\ndate_status: [expected, inferred]\nfigures:\n  - label: New cranes\n    value: 8\n'
            "tags: [{tags}]\n")
    warnings = ['content/port/cranes.yaml:2:21: warning: summary quotes "a good week for the port", which the source '
                "does not say word for word",
                "content/port/cranes.yaml:8:12: warning: figures[0].value 8 does not occur in the source_quote (numbers "
                "in it: {number})"]
    write(harbour, "content/port/cranes.yaml", card.format(quote="Seven", date="2025", tags="Vladimir Putin"))
    assert check(capsys, harbour) == (1, [
        'content/port/cranes.yaml:3:16: source_quote is not in the source; did you mean: "[-Seven-]{+Six+} new cranes '
        'will arrive next spring."?', warnings[0], warnings[1].format(number="Six"),  # (the passage the source has)
        "content/port/cranes.yaml:9:8: warning: tag 'Vladimir Putin' is not named in the source (no word of it, nor "
        "its initials)"])
    write(harbour, "content/port/cranes.yaml", card.format(quote="Six", date="2025-13", tags="Vladimir Putin, 5"))
    assert check(capsys, harbour) == (1, [
        "content/port/cranes.yaml:4:7: date is not a real date: '2025-13' (use YYYY, YYYY-MM or YYYY-MM-DD)",
        "content/port/cranes.yaml:9:24: 'tags[1]' must be text, not a whole number (YAML reads it so: put it in quotes "
        "to keep it as written)", warnings[0], warnings[1].format(number="Six")])
    write(harbour, "content/port/cranes.yaml", "title: [Cranes]\nsummary: s\nsource_quote: Six new cranes\n")
    assert check(capsys, harbour) == (1, ["content/port/cranes.yaml:1:8: 'title' must be text, not a list"])


def test_a_warning_the_card_marks_checked_is_accepted(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two facts of one sentence, a number worked out with the source at hand: a warning blocked every deploy
    (`--allow-warnings` lets every other one through too). `# checked` after the value accepts that one warning."""
    card = ('title: "Plan # checked: 7 of {n}"\nsummary: |{mark}\n  Nine cranes.\nsource_quote: The board voted 7 to 2 in '
            "favour.{mark}\ntags: [Vladimir Putin]{mark}\n")
    write(harbour, "content/port/again.yaml", card.format(n=10, mark=""))
    assert check(capsys, harbour)[1] == [
        "content/port/again.yaml:1:30: warning: title gives 10, a number the source never gives",
        "content/port/again.yaml:3:3: warning: summary gives Nine, a number the source never gives",
        "content/port/again.yaml:5:8: warning: tag 'Vladimir Putin' is not named in the source (no word of it, nor its "
        "initials)",
        "content/port/vote.yaml:3:15: warning: quotes the same passage as content/port/again.yaml"]  # (either card)
    write(harbour, "content/port/again.yaml", card.format(n=10, mark="  # Checked: the source has it"))
    capsys.readouterr()
    assert main(["check", "--site", str(harbour), "--strict"]) == 1  # the title's number is not marked
    out, err = capsys.readouterr()
    assert out.splitlines() == ["content/port/again.yaml:1:30: warning: title gives 10, a number the source never gives"]
    assert err.splitlines()[-1] == "0 errors, 1 warning (3 more marked # checked) in 5 cards (--strict: warnings fail)"
    write(harbour, "content/port/again.yaml", card.format(n=2, mark="  # checked"))
    assert check(capsys, harbour, "--strict") == (0, [])  # ("# checked" in the title is its text)
    assert json.loads("\n".join(check(capsys, harbour, "--json")[1]))["accepted"] == 3
    capsys.readouterr()  # -v lists what each marker accepts (a warning a later edit brings is accepted too)
    assert main(["check", "--site", str(harbour), "-v"]) == 0
    assert "content/port/again.yaml:3:3: warning: summary gives Nine, a number the source never gives (accepted: " \
           "marked # checked)" in capsys.readouterr().err.splitlines()


def test_verbose_says_what_each_step_read_and_took(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An editor's review: `check -v` printed only the build cache's count of pages; it now says what it read and
    compared, and how long each took."""
    capsys.readouterr()
    assert main(["check", "--site", str(harbour), "-v"]) == 0
    err = capsys.readouterr().err
    assert re.search(r"^read 4 cards and the source as the build does, its pages rendered in memory: \d+ ms$", err,
                     re.MULTILINE), err
    words = len((harbour / "content/source.md").read_text(encoding="utf-8").split())
    assert re.search(rf"^compared 4 cards with the source \({words:,} words\): \d+ ms$", err, re.MULTILINE), err


def test_json_report_shape(harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(harbour, "content/port/typo.yaml", 'title: t\nsummary: s\nsource_quote: "Work will start in November."\n')
    write(harbour, "content/port/vote.yaml", (HARBOUR / "content/port/vote.yaml").read_text().replace("value: 2", "value: 3"))

    status, lines = check(capsys, harbour, "--json")

    report = json.loads("\n".join(lines))
    assert status == 1
    assert report == {
        "site": "./", "ok": False, "strict": False, "min_coverage": None, "cards": 5,  # typo.yaml too: its error counts it as checked
        "errors": [{
            "path": "content/port/typo.yaml", "line": 3, "column": 35,
            "message": 'source_quote is not in the source; did you mean: "Work will start in [-November-]{+October+}."?',
            "severity": "error", "suggestion": "Work will start in October.",
        }],
        "warnings": [{
            "path": "content/port/vote.yaml", "line": 8, "column": 12,
            "message": "figures[1].value 3 does not occur in the source_quote (numbers in it: 7; 2)", "severity": "warning",
        }],
        "accepted": 0,
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
    assert main(["check", "--site", str(harbour / "nowhere"), "--json"]) == 1  # it cannot run: JSON all the same
    out, err = capsys.readouterr()
    assert json.loads(out) == {"ok": False, "error": err.removeprefix("error: ").strip(), "errors": [], "warnings": [],
                               "coverage": None} and "nowhere" in out


def test_github_annotations(harbour: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Workflow commands GitHub shows on the lines they name: files relative to the current folder (the
    repository's), `%` and newlines in messages and `,` `:` `%` in values escaped; warnings are errors with --strict."""
    write(harbour, "content/port/typo.yaml", 'title: t\nsummary: s\nsource_quote: "Work will start in November."\n')
    write(harbour, "content/port/vote.yaml", (HARBOUR / "content/port/vote.yaml").read_text().replace("value: 2", "value: 3"))
    monkeypatch.chdir(harbour.parent)
    error = ('::error file=harbour/content/port/typo.yaml,line=3,col=35::source_quote is not in the source; did you '
             'mean: "Work will start in [-November-]{+October+}."?')
    warning = ("file=harbour/content/port/vote.yaml,line=8,col=12::figures[1].value 3 does not occur in the "
               "source_quote (numbers in it: 7; 2)")
    assert check(capsys, Path("harbour"), "--github") == (1, [error, "::warning " + warning])
    assert check(capsys, Path("harbour"), "--github", "--strict") == (1, [error, "::error " + warning])
    lines = check(capsys, Path("harbour"), "--github", "--coverage")[1]
    assert lines[2:4] == ["coverage: 3 of 7 sentences, 42%", "::notice file=harbour/content/source.md,line=1,col=108::"
                          'sentence is not quoted by any card: "Work will start in October."']
    assert '(the quotes cover 72%25 of it): "“It is a good day for the port,”' in lines[4]
    write(harbour, "content/port/cranes.yaml", (HARBOUR / "content/port/cranes.yaml").read_text().replace(
        "[Harbour board]", "[harbour  board]"))  # a warning naming another card: as the repository has it too
    assert ("::warning file=harbour/content/port/cranes.yaml,line=10,col=8::tag 'harbour  board' is also spelled "
            "'Harbour board' (harbour/content/port/dredging.yaml:10:8); use one spelling") in check(
        capsys, Path("harbour"), "--github")[1]
    assert main(["check", "--site", "harbour", "--github", "--json"]) == 2
    out, err = capsys.readouterr()
    assert "not allowed with argument" in err
    assert json.loads(out)["error"] == "argument --json: not allowed with argument --github"  # stdout is JSON


@pytest.mark.parametrize(("given", "said"), [
    (["--json", "--min-coverage", "150"], "argument --min-coverage: a whole percentage from 0 to 100, not '150'"),
    (["--json", "--bogus"], "unrecognized arguments: --bogus"),
    (["--js", "--bogus"], "unrecognized arguments: --bogus"),  # argparse's abbreviation of --json
    (["--json=yes"], "argument --json: ignored explicit argument 'yes'"),  # (stdout was empty)
])
def test_json_is_json_even_when_the_command_line_is_refused(harbour: Path, capsys: pytest.CaptureFixture[str],
                                                             given: list[str], said: str) -> None:
    """A script reading `check --json` got nothing on stdout for a command line argparse refused, and a report-less
    object otherwise: now both are objects with a report's keys."""
    assert main(["check", "--site", "harbour", *given]) == 2
    assert json.loads(capsys.readouterr().out) == {"ok": False, "error": said, "errors": [], "warnings": [],
                                                   "coverage": None}


def test_json_is_json_when_the_site_cannot_be_read(capsys: pytest.CaptureFixture[str]) -> None:
    """A folder name the system refuses (too long): stdout was empty, the system's words on stderr only."""
    assert main(["check", "--json", "--site", "a" * 300]) == 1
    assert json.loads(capsys.readouterr().out) == {"ok": False, "error": f"{'a' * 300}: File name too long",
                                                   "errors": [], "warnings": [], "coverage": None}


def test_github_annotation_values_are_escaped() -> None:
    from generator.check import _annotation

    assert _annotation("warning", Path("a,b:c%"), "x.yaml", 1, 2, "50% done\nnext \u202e") == (
        "::warning file=a%2Cb%3Ac%25/x.yaml,line=1,col=2::50%25 done\\nnext \\u202e")  # one line, as check prints it


# --- --strict and --today (the warnings themselves: test_editorial.py) ---------------------------------------


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
    write(harbour, "content/source.md", (harbour / "content/source.md").read_text() + '\n"We will build it."\n')
    assert check(capsys, harbour, "--coverage")[1][-1] == (
        'content/source.md:7:1: sentence is not quoted by any card: "We will build it."')  # (not ""We will build it."")


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
    # a dateline's comma is followed by a date, not a clause: a first sentence was dropped as a dateline
    ("UK, France and Germany agreed on Monday: the deal stands. It holds.",
     ["UK, France and Germany agreed on Monday: the deal stands.", "It holds."]),
    ("NEW DELHI, Monday: It rained.", ["It rained."]),
    # a city written in capitals and lower case, with its date: it was read as part of the first sentence
    ("Islamabad, Sept 17: Pakistan agreed. It holds.", ["Pakistan agreed.", "It holds."]),
    ("SEOUL, South Korea (AP) — It rained. Then.", ["It rained.", "Then."]),  # a place after the comma
    ("Paris, 2024: a year of change. Yes.", ["Paris, 2024: a year of change.", "Yes."]),  # no day and month
    ("Overall, 62% agreed: it is fine.", ["Overall, 62% agreed: it is fine."]),
    # a number with a stop in it ends a sentence as a word does: "$2.5bn." was read as "U.S.", and ran on
    ("A pipeline worth $2.5bn. The deal was signed. It cost Rs1.5bn. Work starts.",
     ["A pipeline worth $2.5bn.", "The deal was signed.", "It cost Rs1.5bn.", "Work starts."]),
    ("First paragraph, no stop\n\nSecond one.\n\n***\n", ["First paragraph, no stop", "Second one."]),
    # a wire report's credits are no sentence: the sign-off was listed as a sentence no card quotes
    ("DHAKA, July 4 (Reuters) - Floods hit.\n\n(Reporting by Ruma Paul; Editing by Alex Richardson)\n\n(He agreed.)",
     ["Floods hit.", "(He agreed.)"]),
    # a subhead in capitals is no sentence (a section's heading: --min-coverage 100 could not be had); a short
    # paragraph with a small letter, or a stop, is one
    ("Floods hit.\n\nTAKEOVER UNDER SCRUTINY\n\nThe bid stands.\n\nNATO AGREED.\n\nUS",
     ["Floods hit.", "The bid stands.", "NATO AGREED.", "US"]),
    ("OPEC决定减产\n\n\u201cWE WILL NOT BACK DOWN.\u201d\n\nNASA与ESA合作。",
     ["OPEC决定减产", "\u201cWE WILL NOT BACK DOWN.\u201d", "NASA与ESA合作。"]),
    # a Chinese or Japanese agency's dateline is no sentence either
    ("新华社上海3月5日电\n\n上海市政府5日公布了预算。", ["上海市政府5日公布了预算。"]),
    ("【東京】2024年3月5日、都は予算案を発表した。", ["2024年3月5日、都は予算案を発表した。"]),
    # a Spanish agency's dateline ends in ".-": it was read as part of the first sentence
    ("MADRID, 5 de marzo (EFE).- El Gobierno aprobó el plan. Nadie votó en contra.",
     ["El Gobierno aprobó el plan.", "Nadie votó en contra."]),
    ("Bad Homburg (dpa) – Der Rat stimmte zu. Niemand war dagegen.", ["Der Rat stimmte zu.", "Niemand war dagegen."]),
    ("Merkel (CDU) sagte am Montag zu. Niemand war dagegen.", ["Merkel (CDU) sagte am Montag zu.", "Niemand war dagegen."]),
    # a dateline on a line of its own (as `new`'s source invites) is no sentence: 100% coverage could not be had
    ("RIVERTON, March 14:\n\nBus fares will rise. The council said so.",
     ["Bus fares will rise.", "The council said so."]),
    ("RIVERTON, March 14:\nBus fares will rise.", ["Bus fares will rise."]),
    # ... also without its colon, with its agency, or a city in lower case with "3 de marzo" (a sentence each)
    ("WASHINGTON, May 4 (Reuters)\n\nThe gap shrank.", ["The gap shrank."]),
    ("MADRID, 3 de marzo\n\nLa empresa ganó más.", ["La empresa ganó más."]),
    ("Madrid, 3 de marzo: La empresa ganó más.", ["La empresa ganó más."]),
    ("Madrid, 5 mar (EFE).- La empresa ganó más.", ["La empresa ganó más."]),
    ("Washington, May 4 (Reuters) - The gap shrank.", ["The gap shrank."]),
    ("NATO, the alliance, agreed.\n\nMore.", ["NATO, the alliance, agreed.", "More."]),
    # French and German agencies' datelines: a place with a particle or a slash, a capital with an accent, "le"
    ("Lyon, le 12 mars 2026 (AFP) - Le groupe supprime des postes.", ["Le groupe supprime des postes."]),
    ("Frankfurt am Main (dpa) - Der Konzern wächst.", ["Der Konzern wächst."]),
    ("München/Berlin (dpa) - Der Konzern wächst.", ["Der Konzern wächst."]),
    ("Aix-en-Provence (AFP) - Le groupe.", ["Le groupe."]),
    ("SAINT-ÉTIENNE, 12 mars (AFP) - Le groupe.", ["Le groupe."]),
    ("Überlingen (dpa) - Der Konzern.", ["Der Konzern."]),
    # "No." is "number" only before one: "Scotland voted No. The Union survived" was one sentence
    ("Scotland voted No. The Union survived. He lives at No. 10 Downing Street. Yes.",
     ["Scotland voted No.", "The Union survived.", "He lives at No. 10 Downing Street.", "Yes."]),
    # a number with a point ends a sentence as a word does: "rose to 3.5. The bank" was one sentence
    ("The rate rose to 3.5. The bank said so. It cost $14.82. Shares fell.",
     ["The rate rose to 3.5.", "The bank said so.", "It cost $14.82.", "Shares fell."]),
    # German and French quote marks open and close sentences: two were read as one, a covered one carrying the other
    ("Die Sperrung dauert an. \u201eWir können das nicht zumuten.\u201c Sie sagte es. \u00bbNie wieder.\u00ab Er nicht.",
     ["Die Sperrung dauert an.", "\u201eWir können das nicht zumuten.\u201c", "Sie sagte es.",
      "\u00bbNie wieder.\u00ab", "Er nicht."]),
    ("Le pont ferme. \u00ab\u00a0Nous devons agir.\u00a0\u00bb Le maire l'a dit.",
     ["Le pont ferme.", "\u00ab\u00a0Nous devons agir.\u00a0\u00bb", "Le maire l'a dit."]),
    # scripts without capitals, and stops of their own: Arabic, Urdu, Chinese were read as one sentence each
    ("وقعت الحكومة اتفاقا. وهذا رقم قياسي. هل يتكرر؟ نعم",
     ["وقعت الحكومة اتفاقا.", "وهذا رقم قياسي.", "هل يتكرر؟", "نعم"]),
    ("یہ پہلا جملہ ہے۔ یہ دوسرا جملہ ہے۔", ["یہ پہلا جملہ ہے۔", "یہ دوسرا جملہ ہے۔"]),
    ("这是第一句。这是第二句！好", ["这是第一句。", "这是第二句！", "好"]),
])
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in sentences(text)] == expected


def test_a_day_written_with_a_stop_before_its_month_ends_no_sentence() -> None:
    """German writes '3. März': the article's first sentence was cut into "Duisburg, 3." and the rest."""
    from generator.words import ENGLISH, words_for

    text = "Am 3. März 2024 investiert der Konzern. Am 17. September kam der Rat, am 2. Mai nicht. Es stieg um 3. Dann fiel es."
    months = dataclasses.replace(ENGLISH, months=words_for("de").months)  # (the months alone)
    assert [text[start:end] for start, end in sentences(text, months)] == [
        "Am 3. März 2024 investiert der Konzern.", "Am 17. September kam der Rat, am 2. Mai nicht.",
        "Es stieg um 3.", "Dann fiel es."]  # ("Duisburg, 3. März 2024 –" before it: a dateline, no sentence)
    assert len(sentences(text)) == 6  # English's months alone: "September" only


def test_a_numeral_s_stop_ends_no_sentence_where_it_makes_an_ordinal() -> None:
    """German writes "im 2. Quartal", "der 19. Jahrhundert": each was cut in two, and both halves reported uncovered."""
    from generator.words import words_for

    text = "Im 2. Quartal stieg der Absatz, zum 3. Mal in Folge. Im 19. Jahrhundert nicht. Dann fiel er."
    expected = ["Im 2. Quartal stieg der Absatz, zum 3. Mal in Folge.", "Im 19. Jahrhundert nicht.", "Dann fiel er."]
    assert [text[start:end] for start, end in sentences(text, words_for("de"))] == expected
    assert len(sentences(text, words_for("fr"))) == 6  # French writes "3e": a numeral's stop may end a sentence
    text = "Bis zum 30.9. Einspruch ist möglich. Das reicht."  # a day and month in digits, before a noun
    assert [text[start:end] for start, end in sentences(text, words_for("de"))] == [
        "Bis zum 30.9. Einspruch ist möglich.", "Das reicht."]
    text = "Der Kurs lag bei 14,82. Die Zahl stieg auf 1.250. Am Montag wurde gestreikt."  # amounts: no ordinals
    assert [text[start:end] for start, end in sentences(text, words_for("de"))] == [
        "Der Kurs lag bei 14,82.", "Die Zahl stieg auf 1.250.", "Am Montag wurde gestreikt."]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Der Konzern zahlt 2,5 Mrd. Euro, z. B. für Nr. 4 in der Str. am Hafen. Das reicht.",
     ["Der Konzern zahlt 2,5 Mrd. Euro, z. B. für Nr. 4 in der Str. am Hafen.", "Das reicht."]),
    ("es", "Lo dijo el Sr. García en EE. UU. el martes. Nadie respondió.",
     ["Lo dijo el Sr. García en EE. UU. el martes.", "Nadie respondió."]),
    ("fr", "Le coût, selon Mme. Durand et Me. Martin, dépasse les prévisions. Le chantier reprend.",
     ["Le coût, selon Mme. Durand et Me. Martin, dépasse les prévisions.", "Le chantier reprend."]),
])
def test_an_abbreviation_of_the_site_s_language_ends_no_sentence(language: str, text: str, expected: list[str]) -> None:
    """"2,5 Mrd. Euro" was two sentences, "Mrd." the end of the first: a German article's sentences were cut at its
    abbreviations, and each half was reported not covered."""
    from generator.words import words_for

    words = words_for(language)
    assert [text[start:end] for start, end in sentences(text, words)] == expected
    assert len(sentences(text)) > len(expected)  # English's abbreviations alone


def test_a_day_worked_out_to_another_weekday_than_the_quote_names_is_a_warning(
        harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'approved … on Monday' dated a Sunday passed, marked inferred: the slip a worked-out day invites."""
    card = harbour / "content/port/dredging.yaml"
    assert check(capsys, harbour) == (0, [])  # 2024-09-16 is a Monday
    card.write_text(card.read_text("utf-8").replace("date: 2024-09-16", "date: 2024-09-15"), "utf-8")
    assert check(capsys, harbour) == (0, ["content/port/dredging.yaml:4:7: warning: date 2024-09-15 is a Sunday, but "
                                          "the source_quote says Monday: is the date right?"])
    card.write_text(card.read_text("utf-8").replace("date: 2024-09-15", "date: 2024-09"), "utf-8")
    assert check(capsys, harbour) == (0, [])  # a month: no day to compare


def test_min_coverage_fails_a_check_that_leaves_too_much_of_the_source_out(
        harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`check --strict --coverage` passed at any coverage: "until every sentence is covered" had no test to run."""
    status, lines = check(capsys, harbour, "--min-coverage", "40")
    assert status == 0 and lines[0] == "coverage: 3 of 7 sentences, 42%"
    status, lines = check(capsys, harbour, "--min-coverage", "90")
    assert status == 1 and lines[0] == "coverage: 3 of 7 sentences, 42% (under --min-coverage 90%: fails)"
    status, lines = check(capsys, harbour, "--min-coverage", "90", "--json")
    report = json.loads("\n".join(lines))
    assert status == 1 and report["ok"] is False and report["min_coverage"] == 90 and report["errors"] == []
    status, lines = check(capsys, harbour, "--min-coverage", "90", "--github")  # the job fails: an error says why,
    assert status == 1 and lines[:1] == [  # first (GitHub shows only a step's first 10 errors)
        f"::error file={os.path.relpath(harbour / 'content/source.md')},line=1,col=1::coverage: 3 of 7 sentences, 42%25 "
        "(under --min-coverage 90%25: fails)"]  # (a % escaped, as GitHub reads it)
    assert "coverage: 3 of 7 sentences, 42% (under --min-coverage 90%: fails)" in lines
    capsys.readouterr()
    assert main(["check", "--site", str(harbour), "--min-coverage", "90"]) == 1  # the count says why it fails
    assert capsys.readouterr().err.splitlines()[-1].endswith(" (coverage under --min-coverage 90%: fails)")


def test_coverage_shows_bidi_and_control_characters_of_the_source_as_escapes(
        harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An uncovered sentence went to the terminal as it was: a U+202E in it turned the rest of the line around."""
    source = harbour / "content/source.md"
    source.write_text(source.read_text("utf-8").replace("Fishermen want a new quay.",
                                                        "Fishermen want a \u202enew\u202c quay."), "utf-8")
    lines = check(capsys, harbour, "--coverage")[1]
    assert 'content/source.md:5:1: sentence is not quoted by any card: "Fishermen want a \\u202enew\\u202c quay."' \
        in lines
    assert not any("\u202e" in line for line in lines)


def test_the_top_of_a_range_is_checked_against_the_quote_as_its_value_is(
        harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    card = harbour / "content/port/cranes.yaml"
    card.write_text(card.read_text("utf-8").replace("    value: 6\n", "    value: 6\n    value_max: 8\n"), "utf-8")
    assert check(capsys, harbour) == (0, ["content/port/cranes.yaml:9:16: warning: figures[0].value_max 8 does not "
                                          "occur in the source_quote (numbers in it: Six)"])


@pytest.mark.parametrize(("quote", "low", "top"), [
    ("The project will cost $2-3 million, officials said.", 2_000_000, 3_000_000),
    ("It will cost between $4 and $5 billion.", 4_000_000_000, 5_000_000_000),
    ("Another 2 to 3 million people fled.", 2_000_000, 3_000_000),
])
def test_a_range_written_with_one_scale_word_is_read_whole(harbour: Path, capsys: pytest.CaptureFixture[str],
                                                           quote: str, low: int, top: int) -> None:
    """'$2-3 million' warned on the right figure (2000000) and passed the wrong one (2) without a word."""
    source = harbour / "content/source.md"
    source.write_text(source.read_text("utf-8").replace("Nobody has asked them.", "Nobody has asked them. " + quote),
                      "utf-8")
    unit, wrong = "USD" if "$" in quote else "people", low // (10**6 if top < 10**9 else 10**9)
    write(harbour, "content/port/range.yaml", f"title: t\nsummary: s\nsource_quote: \"{quote}\"\nfigures:\n"
          f"  - {{label: right, value: {low}, value_max: {top}, unit: {unit}}}\n"
          f"  - {{label: wrong, value: {wrong}, value_max: {top}, unit: {unit}}}\n")
    lines = check(capsys, harbour)[1]
    assert [line for line in lines if "range.yaml" in line] == [
        f"content/port/range.yaml:6:27: warning: figures[1].value {wrong} is the low end of a range the source_quote "
        f"scales as its top: write {low}"], lines


def test_a_site_s_own_abbreviations_are_taken_with_their_stop_or_without(
        harbour: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from generator.words import ENGLISH

    assert [len(sentences("Das Amt Kr. Nord zahlt. Gut.", dataclasses.replace(ENGLISH, abbreviations=given)))
            for given in ((), ("Kr",), ("kr.",))] == [3, 2, 2]
    settings = (harbour / "site.yaml").read_text("utf-8")
    write(harbour, "site.yaml", settings + "words:\n  abbreviations: [Kr., Nord]\n")
    assert check(capsys, harbour)[0] == 0  # (a list the schema takes)


def test_check_renders_no_page_again_when_the_output_is_what_these_files_built(
        village_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    said = "the pages are not rendered again: output/ is what a build of these very files made"
    assert main(["check", "--site", str(village_site), "-v"]) == 0
    assert said not in capsys.readouterr().err  # no build yet
    assert main(["build", "--site", str(village_site), "-q"]) == 0
    assert main(["check", "--site", str(village_site), "-v"]) == 0
    assert said in capsys.readouterr().err
    template = village_site / "templates" / "card.html"  # a template that fails on a page: found again
    template.parent.mkdir(exist_ok=True)
    template.write_text('{% extends "base.html" %}{% block main %}{{ card.nope }}{% endblock %}', "utf-8")
    assert main(["check", "--site", str(village_site), "-v"]) == 1
    captured = capsys.readouterr()
    assert said not in captured.err and "templates/card.html:1:50: template error:" in captured.out


def test_an_article_hard_wrapped_at_a_fixed_width_is_a_warning(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The source page keeps a paragraph's line breaks (a list's rows): an article wrapped at 60 characters showed
    ragged lines without a word. Breaks at sentences, as a list's rows, are let be."""
    import textwrap

    site = copy_site("village", tmp_path)
    article = site / "content/article.txt"
    text = article.read_text("utf-8")
    wrapped = "\n\n".join(textwrap.fill(paragraph, 60) for paragraph in text.strip().split("\n\n")) + "\n"
    article.write_text(wrapped, "utf-8")
    lines = wrapped.split("\n")
    first = next(n for n in range(len(lines) - 1) if lines[n + 1][:1].islower())
    status, found = check(capsys, site)
    assert status == 0 and found == [
        f"content/article.txt:{first + 1}:{len(lines[first]) + 1}: warning: the article's lines look wrapped: 3 of "
        "its paragraphs' 5 line breaks fall in mid-sentence, like this one, and the source page keeps each: join "
        "each paragraph's lines into one"]
    article.write_text(text.replace("run since 2019.", "run since 2019.\nSylhet: 38\nSunamganj: 27"), "utf-8")
    assert check(capsys, site) == (0, [])  # rows of a list


def test_an_uncovered_sentence_half_a_quotation_is_shown_between_other_marks() -> None:
    """`sentence is not quoted by any card: ""We were told…`: a quotation going on past its sentence's end had its
    opening mark doubled by the message's."""
    from generator.check import Coverage
    from generator.words import words_for

    text = 'The mayor spoke. "We were told the works would take 18 months. Now it is 30," she said.'
    found = Coverage("content/source.md", 1, tuple(coverage.measure(text, [], words_for("en"))), ((1, 1),) * 3)
    assert [place[3] for place in found.places()] == [
        'sentence is not quoted by any card: "The mayor spoke."',
        'sentence is not quoted by any card: “"We were told the works would take 18 months.”',
        'sentence is not quoted by any card: “Now it is 30," she said.”']


def test_a_script_or_style_written_in_a_template_is_said_to_do_nothing(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """The pages' policy lets only the site's own files run and style them: an inline script, style element,
    `style=` or `on…=` attribute, or `javascript:` link built, validated and did nothing in a browser, unsaid."""
    site = copy_site("village", tmp_path)
    (site / "templates/partials").mkdir(parents=True, exist_ok=True)
    write(site, "templates/partials/extra.html",
          '{# <script>a commented-out draft</script> #}\n'
          '<script type="application/ld+json">{}</script><script src="{{ url(\'assets/a.js\') }}"></script>\n'
          '<script>track()</script>\n'
          '<style>p { color: red }</style>\n'
          '<p data-style="kept" {% if x %}style="margin: 0"{% endif %} onclick="go()">\n'
          '<a href="javascript:go()">go</a> <script type="module">go()</script>\n'
          '<a href="{{ url(\'economy/\') }}?only=1" {% if online == 1 %}class="x"{% endif %}>no handler</a>\n')
    (site / "templates/assets").mkdir(exist_ok=True)  # an asset is a file of its own: no page's policy applies
    write(site, "templates/assets/logo.svg", "<svg><style>@media (prefers-color-scheme: dark) {}</style></svg>\n")
    assert main(["check", "--site", str(site)]) == 0
    policy = "the pages' Content-Security-Policy lets only the site's own files"
    away = "put it in templates/assets/ and link it with url()"
    assert [line for line in capsys.readouterr().out.splitlines() if "does not" in line] == [
        f"templates/partials/extra.html:3:1: warning: an inline <script> does not run: {policy} run; {away}",
        f"templates/partials/extra.html:4:1: warning: a <style> element does not apply: {policy} style the pages; "
        f"{away}",
        f"templates/partials/extra.html:5:32: warning: a style= attribute does not apply: {policy} style the pages; "
        f"{away}",
        f"templates/partials/extra.html:5:61: warning: an onclick= attribute does not run: {policy} run; {away}",
        f"templates/partials/extra.html:6:4: warning: a javascript: link does not run: {policy} run; {away}",
        f"templates/partials/extra.html:6:34: warning: an inline <script> does not run: {policy} run; {away}"]
    assert main(["check", "--site", str(site), "--strict", "-q"]) == 1


def test_a_link_written_by_hand_or_the_summary_as_written_in_a_template_is_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`href="source/index.html"` led nowhere from every card page, `/economy/` nowhere from the file system; and
    `{{ card.summary | safe }}` published a summary's HTML unsanitized: each built and checked without a word."""
    site = copy_site("village", tmp_path)
    (site / "templates/partials").mkdir(parents=True, exist_ok=True)
    write(site, "templates/partials/extra.html",
          '<div>{{ card.summary | safe }}</div> {{ card["summary"] }} {{ summary(card) }}\n'
          '<a href="source/index.html">s</a> <a href="/economy/">e</a> <img src="../../assets/logo.png" alt="">\n'
          '<a href="{{ url(\'source/\') }}#x">ok</a> <a href="#top">ok</a> <a href="https://example.org/">ok</a>\n'
          '<a href="mailto:a@example.org">ok</a> <a href="?q=1">ok</a> <a href="//cdn.example/x">ok</a>\n'
          '{% if card.summary %}{% endif %}{# <a href="x/">a comment</a> {{ card.summary }} #}\n')
    assert main(["check", "--site", str(site)]) == 0
    raw = ("card.summary is the summary's Markdown as written (with | safe, its HTML as written, unsanitized): show "
           "it with {{ summary(card) }}")
    assert [line for line in capsys.readouterr().out.splitlines() if line.startswith("templates/")] == [
        "templates/partials/extra.html:1:1: warning: no page uses this template (a page is one of index.html, "
        "category.html, card.html, source.html, 404.html, and what they extend, include or import: a template of "
        "another name makes no page)",  # (not "did you mean partials/date.html?")
        f"templates/partials/extra.html:1:13: warning: {raw}",
        f"templates/partials/extra.html:1:45: warning: {raw}",
        "templates/partials/extra.html:2:10: warning: a link written by hand ('source/index.html') leads somewhere "
        "else from pages in each folder: write {{ url('source/') }}, made for each page",
        "templates/partials/extra.html:2:44: warning: a link written by hand ('/economy/') leads nowhere from the "
        "file system, nor under a base_url: write {{ url('economy/') }}, made for each page",
        "templates/partials/extra.html:2:71: warning: a link written by hand ('../../assets/logo.png') leads "
        "somewhere else from pages in each folder: write {{ url('assets/logo.png') }}, made for each page"]


def test_content_written_unescaped_a_page_from_another_site_or_no_policy_in_a_template_is_said(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`{{ card.title | safe }}` let a card's <meta http-equiv=refresh> send readers away; a base.html without the
    policy let a card's script run; a script or stylesheet from another site did not load: each checked unsaid."""
    site = copy_site("village", tmp_path)
    (site / "templates").mkdir(exist_ok=True)
    base = (ROOT / "generator/templates/base.html").read_text("utf-8")
    write(site, "templates/base.html", "\n".join(line for line in base.splitlines() if "Content-Security" not in line)
          .replace("<head>", '<head>\n<link rel="stylesheet" href="https://fonts.example/css">'
                   '<script src="//cdn.example/a.js" defer></script><link rel="canonical" href="https://x.example/">', 1))
    write(site, "templates/category.html",
          '{% extends "base.html" %}\n{% block main %}{{ category.label | safe }}\n'
          "{% for card in cards %}{{ card.summary_html }} {{ summary(card) | safe }}{% endfor %}\n"
          "{% autoescape false %}{{ site.title }}"
          "{% endautoescape %}{% endblock %}\n")
    assert main(["check", "--site", str(site)]) == 0
    away = ("does not load: the pages' Content-Security-Policy lets only the site's own files in (and a page makes no "
            "request outside the site); put it in templates/assets/ and link it with url()")
    assert [line for line in capsys.readouterr().out.splitlines() if line.startswith("templates/")] == [
        "templates/base.html:1:1: warning: this base.html writes no Content-Security-Policy: keep the shipped <meta "
        "http-equiv=\"Content-Security-Policy\" content=\"{{ page.csp }}\"> in its <head>, which lets no script but "
        "the site's own files run",
        f"templates/base.html:4:30: warning: a <link> from another site ('https://fonts.example/css') {away}",
        f"templates/base.html:4:70: warning: a <script> from another site ('//cdn.example/a.js') {away}",
        "templates/category.html:2:35: warning: | safe writes category.label as HTML, unescaped: a card's or "
        "site.yaml's text would make tags (a <meta http-equiv=refresh> sends the reader to another site); leave | "
        "safe off",
        "templates/category.html:3:31: warning: card.summary_html's links are made for the card's own page (from any "
        "other, a link to another card leads nowhere): show it with {{ summary(card) }}",
        "templates/category.html:4:1: warning: {% autoescape false %} writes every value as HTML, unescaped: a card's "
        "or site.yaml's text would make tags; leave it out"]


def test_a_base_html_that_brings_in_its_head_is_not_said_to_lack_the_policy(tmp_path: Path,
                                                                             capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_site("village", tmp_path)
    (site / "templates/partials").mkdir(parents=True, exist_ok=True)
    base = (ROOT / "generator/templates/base.html").read_text("utf-8")
    line = next(line for line in base.splitlines() if "page.csp" in line)
    write(site, "templates/partials/head.html", line + "\n")
    write(site, "templates/base.html", base.replace(line, '{% include "partials/head.html" %}'))
    assert main(["check", "--site", str(site), "--strict"]) == 0, capsys.readouterr().out


def test_a_template_no_page_uses_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A misspelt template (`cards.html`, `partial/`) or a page of its own (`about.html`) built, unused, unsaid."""
    site = copy_site("village", tmp_path)
    for name in ("cards.html", "partial/card_grid.html", "about.html", "partials/tag.html"):
        (site / "templates" / name).parent.mkdir(parents=True, exist_ok=True)
        write(site, f"templates/{name}", "<p>mine</p>\n")
    card = (ROOT / "generator/templates/card.html").read_text("utf-8")
    write(site, "templates/card.html", card.replace("{% endblock %}", '{% include "partials/tag.html" %}'
                                                    "{% endblock %}", 1))  # (used: no warning)
    assert main(["check", "--site", str(site)]) == 0
    assert [line for line in capsys.readouterr().out.splitlines() if line.startswith("templates/")] == [
        "templates/about.html:1:1: warning: no page uses this template (a page is one of index.html, category.html, "
        "card.html, source.html, 404.html, and what they extend, include or import: a template of another name makes "
        "no page)",
        "templates/cards.html:1:1: warning: no page uses this template: did you mean card.html?",
        "templates/partial/card_grid.html:1:1: warning: no page uses this template: did you mean "
        "partials/card_grid.html?"]
