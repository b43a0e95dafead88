"""Every kind of bad input gives its exact `path:line:column: message` report, exit 1, and no change to output/."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from tests.conftest import FIXTURES, ROOT, copy_site, french_quote_site

CASES = sorted(p.name for p in (FIXTURES / "invalid").iterdir() if p.is_dir())


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", CASES)
def test_invalid_site_reports_every_problem_and_keeps_output(case: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_site("village", tmp_path)
    assert main(["build", "--site", str(site), "-q"]) == 0
    before = tree_digest(site / "output")
    overlay = FIXTURES / "invalid" / case
    shutil.copytree(overlay, site, dirs_exist_ok=True, ignore=shutil.ignore_patterns("expected.txt"))
    capsys.readouterr()

    status = main(["build", "--site", str(site)])

    captured = capsys.readouterr()
    assert status == 1
    assert captured.err == (overlay / "expected.txt").read_text(encoding="utf-8")
    assert "Traceback" not in captured.err + captured.out
    assert tree_digest(site / "output") == before
    assert not list(site.glob(".output*")), "no staging folder is left behind"


def first_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str], rel: str, added: str) -> tuple[int, str]:
    """Build the village fixture with `added` at the end of its file `rel`: (the added text's first line, the first
    problem said)."""
    site = copy_site("village", tmp_path)
    file = site / rel
    line = len(file.read_text("utf-8").splitlines()) + 1
    file.write_text(file.read_text("utf-8") + added, "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    return line, capsys.readouterr().err.splitlines()[0]


@pytest.mark.parametrize(("value", "hint"), [
    ('"500 million"', "write it in digits, like 2500000 for '2.5 million', with what it counts in 'unit'"),
    ('"$500"', "write 500, without quotes or its currency sign (unit: USD)"),
    ("$25,000", "write 25000, without separators or its currency sign (unit: USD)"),
    ("42 000", "write 42000, without separators"),
    ('"-$5"', "write -5, without quotes or its currency sign (unit: USD)"),  # (was the generic hint)
    ("1,000", "write 1000, without separators"),  # (no quotes to take away: it had none)
    ("12,345.5", "write 12345.5, without separators"),
    ("2,5", "YAML writes a number's decimals after a point: write 2.5 (or 25, if the comma was a slip)"),  # 2.5? 25?
    ('"42"', "write 42, without quotes"),
    ('"2.40"', "write 2.40, without quotes"),  # as written: the page keeps its zero
    ("1e5", "write 100000"),  # YAML 1.1 reads an exponent without a dot as text
    ("1e-5", "write 0.00001"),
    ('"1,000"', "write 1000, without quotes or separators"),
    ("1.0e400", "write it in digits, like 2500000 for '2.5 million', with what it counts in 'unit'"),
    ("1e+300", "write it in digits, like 2500000 for '2.5 million', with what it counts in 'unit'"),  # not 301 digits
    ("1e-320", "write it in digits, like 2500000 for '2.5 million', with what it counts in 'unit'"),  # not "0."
])
def test_a_figure_written_as_text_is_told_how_to_write_it_as_a_number(value: str, hint: str, tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_site("village", tmp_path)
    card = site / "content/politics/mayor.yaml"
    card.write_text(card.read_text("utf-8") + f"figures:\n  - label: Votes\n    value: {value}\n", "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    text = value.strip('"')
    assert capsys.readouterr().err.splitlines()[0] == (
        f"content/politics/mayor.yaml:7:12: 'figures[0].value' must be a number, not text ('{text}'): {hint}")
    if hint.startswith("write ") and "digits" not in hint:  # what it says to write builds
        card.write_text(card.read_text("utf-8").replace(f"value: {value}", f"value: {hint.split()[1].rstrip(',')}"),
                        "utf-8")
        assert main(["build", "--site", str(site), "-q"]) == 0


@pytest.mark.parametrize("invisible", ["\u061c", "\u3164", "\u115f\u1160", "\uffa0", "\u2800", "\u034f", "\u17b4",
                                       "\ufe0f", "\u180b"])
def test_a_title_of_characters_no_one_sees_is_blank(invisible: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """An Arabic letter mark, a Hangul filler, a blank Braille cell, a variation selector... built an <h1> and links
    with nothing to see."""
    site = copy_site("village", tmp_path)
    card = site / "content/politics/mayor.yaml"
    lines = card.read_text("utf-8").splitlines(keepends=True)
    card.write_text("".join([f'title: "{invisible}"\n', *lines[1:]]), "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == "content/politics/mayor.yaml:1:8: 'title' must not be blank"


@pytest.mark.parametrize("written", ["0777", "2_024", "+2024", "0o17"])
def test_a_date_yaml_reads_as_another_number_is_refused_as_written(written: str, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """`date: 0777` was told "not '511'" (YAML's octal), and `date: 2_024` built as 2024."""
    line, said = first_problem(tmp_path, capsys, "content/politics/mayor.yaml",
                               f"date: {written}\ndate_status: inferred\n")
    assert said == (
        f"content/politics/mayor.yaml:{line}:7: date must be YYYY, YYYY-MM or YYYY-MM-DD, not '{written}'")


def test_a_quote_that_cuts_a_number_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'The work will cost €4' of "€4,200,000" built, and `check --strict` passed, with a figure of 4."""
    site = copy_site("village", tmp_path)
    card = site / "content/economy/cost.yaml"
    text = card.read_text("utf-8")
    card.write_text(text.replace(text.split("source_quote: ")[1].split("\n")[0], '"The work will cost €4"'), "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "content/economy/cost.yaml:4:15: source_quote is not in the source text as whole words: it cuts '4,200,000' "
        "(quote whole words)")


def test_each_character_reference_no_page_can_show_is_said_at_its_place(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only the first was said, at the summary's '|' (the next build said the next)."""
    site = copy_site("village", tmp_path)
    card = site / "content/economy/cost.yaml"
    text = card.read_text("utf-8")
    summary = text.split("summary: ")[1].split("\n")[0]
    card.write_text(text.replace(f"summary: {summary}", "summary: |\n  Fine text\n  and &#xFFFE; here,\n"
                                                      "  then &#1; and &#1; again"), "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    assert capsys.readouterr().err.splitlines()[:3] == [
        "content/economy/cost.yaml:4:7: summary writes &#xFFFE;: U+FFFE is not a character (Unicode keeps it out of "
        "text): remove it",
        "content/economy/cost.yaml:5:8: summary writes &#1;: U+0001 is a control character, which a web page cannot "
        "show: replace or remove it",
        "content/economy/cost.yaml:5:17: summary writes &#1;: U+0001 is a control character, which a web page cannot "
        "show: replace or remove it"]


@pytest.mark.parametrize("said, quote, shown, column", [
    ("«\u00a0Nous avons signé l’accord ce matin\u00a0»", '"Nous avons signé le traité ce matin", avant',
     "« Nous avons signé [-le traité-]{+l’accord+} ce matin », avant", 21),
    ('"Nous avons signé l’accord ce matin"', "« Nous avons signé le traité ce matin », avant",
     '"Nous avons signé [-le traité-]{+l’accord+} ce matin", avant', 22),
])
def test_a_quote_in_other_words_is_a_misquote_whatever_its_quote_marks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], said: str, quote: str, shown: str, column: int) -> None:
    """Guillemets count as quote marks and French's spacing inside them as none: what is left is the words (the
    error at the first word the article does not have)."""
    site = french_quote_site(tmp_path, said, quote)
    assert main(["build", "--site", str(site), "-q"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f'content/politics/accord.yaml:4:{column}: source_quote is not in the source; did you mean: "{shown}"?')


@pytest.mark.parametrize("written, fix", [
    ("Ana Ruiz, Old bridge", "[Ana Ruiz, Old bridge]"),
    ("Ana Ruiz", "[Ana Ruiz]"),
    ("'@ana, Mill Lane: east'", '["@ana", "Mill Lane: east"]'),
])
def test_a_list_written_as_text_is_told_how_to_write_it_as_a_list(written: str, fix: str, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """`tags: Ana Ruiz, Old bridge` said "must be a list, not text" without the form to write; that form builds."""
    site = copy_site("village", tmp_path)
    card = site / "content/politics/mayor.yaml"
    text = card.read_text("utf-8")
    card.write_text(text.replace("tags: [Ana Ruiz, Old bridge]", f"tags: {written}"), "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"content/politics/mayor.yaml:4:7: 'tags' must be a list, not text: write tags: {fix}")
    card.write_text(text.replace("tags: [Ana Ruiz, Old bridge]", f"tags: {fix}"), "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 0


def test_a_build_marks_its_first_misquotes_against_the_closest_passage_and_points_to_check_for_more(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Finding the closest passage takes ~20 ms on a long source: a build whose source was swapped for another,
    with every quote now missing, would take minutes to report; `check` marks them all."""
    from generator.load import MARKED_MISQUOTES

    site = copy_site("village", tmp_path)
    for n in range(MARKED_MISQUOTES + 2):
        (site / f"content/politics/m{n:02d}.yaml").write_text(
            f"title: t\nsummary: s\nsource_quote: Works are expected to start in July, {n}.\n", "utf-8")
    assert main(["build", "--site", str(site)]) == 1
    errors = capsys.readouterr().err.splitlines()[:-1]
    assert len(errors) == MARKED_MISQUOTES + 2
    assert errors[0] == ('content/politics/m00.yaml:3:46: source_quote is not in the source; did you mean: '
                         '"Works are expected to start in [-July, 0-]{+June+}."?')
    assert [e.split(": ", 1)[1] for e in errors[MARKED_MISQUOTES:]] == [
        "source_quote is not in the source text (run `python -m generator check` for the closest passage)"] * 2


def test_two_files_for_one_card_and_links_to_nothing_are_problems_not_tracebacks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_site("village", tmp_path)
    cards = site / "content/politics"
    shutil.copy(cards / "mayor.yaml", cards / "mayor.yml")  # one page, two files: the build wrote one and failed
    (cards / "loop1.yaml").symlink_to("loop2.yaml")
    (cards / "loop2.yaml").symlink_to("loop1.yaml")
    (cards / "gone.yaml").symlink_to("nowhere.yaml")
    nothing = "links to nothing that can be read (a link in a loop, or to a file that is gone)"
    expected = [f"content/politics/gone.yaml:1:1: {nothing}", f"content/politics/loop1.yaml:1:1: {nothing}",
                f"content/politics/loop2.yaml:1:1: {nothing}",
                "content/politics/mayor.yml:1:1: a second file for the card 'mayor' (beside mayor.yaml): keep one"]
    for cache in ([], ["--no-cache"]):
        assert main(["build", "--site", str(site), *cache]) == 1
        assert capsys.readouterr().err.splitlines() == [*expected, "4 problems found; nothing was written."]
    assert main(["check", "--site", str(site)]) == 1
    assert capsys.readouterr().out.splitlines() == expected


def test_what_is_no_file_is_refused_without_reading_it_and_a_cached_build_sees_it_as_a_cold_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A pipe waited for a writer and /dev/zero never ended (read whole, to hash it for the cache, before anything
    said it was not a card); a folder made after a good build went unseen by the cached build."""
    site = copy_site("village", tmp_path)
    assert main(["build", "--site", str(site), "-q"]) == 0
    cards = site / "content/politics"
    not_read = "folders inside a category folder are not read; cards go in content/<category>/<slug>.yaml"
    for make, message in [
        (lambda p: p.mkdir(), not_read),
        (lambda p: p.symlink_to("/"), not_read),  # (the cache's listing walked the whole file system)
        (lambda p: p.symlink_to("/dev/zero"), "links to a file outside the site folder; copy it in instead"),
        (lambda p: os.mkfifo(p), "cannot read file: not a file (a folder, a pipe or a device)"),
    ]:
        odd = cards / "odd.yaml"
        make(odd)
        for cache in ([], ["--no-cache"]):
            assert main(["build", "--site", str(site), *cache]) == 1
            assert capsys.readouterr().err.splitlines() == [f"content/politics/odd.yaml:1:1: {message}",
                                                            "1 problem found; nothing was written."]
        odd.rmdir() if odd.is_dir() and not odd.is_symlink() else odd.unlink()
    source = site / "content/article.txt"
    source.unlink()
    os.mkfifo(source)
    assert main(["build", "--site", str(site)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "site.yaml:6:9: source.file 'content/article.txt' is not a file (a folder, a pipe or a device)")


@pytest.mark.parametrize(("line", "message"), [
    ('language: "en\\n"', "site.yaml:15:11: language must be a language tag, like 'en' or 'en-GB', not 'en\\n'"),
    ('cname: "example.org\\n"', "site.yaml:15:8: cname must be a host name, like 'briefing.example.org', not "
                                "'example.org\\n'"),
    ('url: "https://a\\"onmouseover=x"', "site.yaml:15:6: url must be the site's origin, like 'https://example.org' "
                                         "(base_url holds the path), not 'https://a\"onmouseover=x'"),
])
def test_a_setting_s_pattern_matches_the_whole_text_not_up_to_a_final_newline(
        line: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Python's `$` also matches before a final newline: "en\\n" passed, and reached the pages' lang."""
    site = copy_site("village", tmp_path)
    config = site / "site.yaml"
    config.write_text(config.read_text("utf-8").replace('url: "https://news.example.org"\n', "") + line + "\n", "utf-8")
    assert main(["build", "--site", str(site)]) == 1
    assert capsys.readouterr().err.splitlines() == [message, "1 problem found; nothing was written."]


@pytest.mark.parametrize(("url", "valid"), [
    ("https://[::1", False), ("https://news.example.org:99999", False), ("https://a@b@c", False),
    ("https://news.example.org:", False), ("https://user:pw@news.example.org", False), ("https://[::1]:8080", True),
    ("https://news.example.org:8443/", True), ("https://bücher.example", True),
])
def test_url_is_an_origin_a_browser_reads_as_one(url: str, valid: bool, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """An unclosed [, a port past 65535, a user name and password: each built to canonical links and a sitemap no
    browser or crawler could follow (<link rel="canonical" href="https://[::1/">)."""
    site = copy_site("village", tmp_path)
    config = site / "site.yaml"
    config.write_text(config.read_text("utf-8").replace("https://news.example.org", url), "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == (0 if valid else 1)
    if not valid:
        assert capsys.readouterr().err.splitlines()[0] == (
            f"site.yaml:4:6: url must be the site's origin, like 'https://example.org' (base_url holds the path), "
            f"not '{url}'")


def test_a_huge_card_is_refused_without_being_read(tmp_path: Path) -> None:
    """A 1.5 GB card was read whole before its size was checked: a MemoryError traceback under a memory limit."""
    import resource
    import subprocess
    import sys


    site = copy_site("village", tmp_path)
    with open(site / "content/politics/huge.yaml", "wb") as file:
        file.truncate(1500 << 20)  # sparse: nothing written

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (900 << 20, 900 << 20))

    done = subprocess.run([sys.executable, "-m", "generator", "build", "--site", str(site)], cwd=site, text=True,
                          capture_output=True, timeout=120, preexec_fn=limited)
    assert (done.returncode, done.stderr.splitlines()) == (1, [
        "content/politics/huge.yaml:1:1: file is 1,572,864,000 bytes; the limit is 1,000,000",
        "1 problem found; nothing was written."])


def test_a_character_no_page_shows_in_the_article_makes_no_misquote(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A NUL inside 'treasurer' was said, and the card quoting that sentence was called a misquote too."""
    site = copy_site("village", tmp_path)
    article = site / "content" / "article.txt"
    article.write_text(article.read_text("utf-8").replace("treasurer", "treas\x01urer", 1), "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "content/article.txt:3:70: U+0001 is a control character, which a web page cannot show: replace or remove it",
        "1 problem found; nothing was written."]


def test_an_anchor_read_as_no_value_is_said_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`tags: &a` was also "'tags' must be a list, not nothing", at the same place."""
    site = copy_site("village", tmp_path)
    card = site / "content/economy/cost.yaml"
    lines = card.read_text("utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text.startswith("tags:"))
    card.write_text(card.read_text("utf-8").replace(lines[line - 1], "tags: &a"), "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"content/economy/cost.yaml:{line}:7: YAML reads '&a' here as an anchor (a name for the value), not as text, "
        "so this text is '': write tags: \"&a\"", "1 problem found; nothing was written."]


def test_an_article_that_is_a_folder_is_said_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """content/article.txt made a folder was also "folder 'article.txt' is not a category … rename the folder"."""
    site = copy_site("village", tmp_path)
    (site / "content" / "article.txt").unlink()
    (site / "content" / "article.txt").mkdir()
    assert main(["build", "--site", str(site), "-q"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if "article.txt" in line] == [
        "site.yaml:6:9: source.file 'content/article.txt' is not a file (a folder, a pipe or a device)"], err


@pytest.mark.parametrize(("name", "said"), [
    ('"content/article.txt\\0"', "embedded null byte"),
    ('"content/' + "a" * 300 + '.txt"', "File name too long"),
])
def test_a_source_file_that_cannot_be_a_name_is_a_problem_beside_the_others(
        name: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_site("village", tmp_path)
    config = site / "site.yaml"
    config.write_text(config.read_text("utf-8").replace("file: content/article.txt", f"file: {name}")
                      .replace('date: "2024-03-09"', 'date: "2024-3-9"'), "utf-8")
    assert main(["build", "--site", str(site)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) in (3, 4) and err[-1].endswith("problems found; nothing was written.")
    assert any(line.startswith("site.yaml:6:9: source.file") and said in line for line in err), err
    assert "site.yaml:9:9: source.date must be a date, YYYY-MM-DD, not '2024-3-9': write 2024-03-09" in err


def test_a_template_no_page_uses_is_a_warning_not_a_failed_build(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A draft or a dead link beside the templates stopped the build once every template was compiled up front."""
    site = copy_site("village", tmp_path)
    (site / "templates/drafts").mkdir(parents=True)
    (site / "templates/drafts/old.html").write_text("<p>{% if draft %}not yet</p>\n", "utf-8")
    (site / "templates/old.html").symlink_to("../../nowhere/old.html")
    assert main(["build", "--site", str(site)]) == 0
    assert capsys.readouterr().err.splitlines()[:2] == [
        "templates/drafts/old.html:1:1: warning: template error: Unexpected end of template. Jinja was looking for the "
        "following tags: 'elif' or 'else' or 'endif'. The innermost block that needs to be closed is 'if'. (no page "
        "uses it)",
        "templates/old.html:1:1: warning: template error: cannot be read (a link to nothing?) (no page uses it)"]
    assert (site / "output/index.html").is_file()
    assert main(["check", "--site", str(site), "-q"]) == 0  # in check's report, as warnings: --strict fails on them
    assert capsys.readouterr().out.splitlines()[1] == ("templates/old.html:1:1: warning: template error: cannot be "
                                                       "read (a link to nothing?) (no page uses it)")
    assert main(["check", "--site", str(site), "-q", "--strict"]) == 1
    capsys.readouterr()
    (site / "templates/footer.html").symlink_to("../../nowhere/footer.html")  # used by every page: an error
    assert main(["build", "--site", str(site), "-q"]) == 1
    assert "templates/footer.html:1:1: template error: cannot be read (a link to nothing?)" in capsys.readouterr().err


@pytest.mark.parametrize("make", [os.mkfifo, os.mkdir], ids=["pipe", "folder"])
def test_a_template_that_is_no_file_is_said_not_passed_by(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          make: Callable[[Path], None]) -> None:
    """Jinja passes a pipe or a folder by as if the site had no such template: the shipped one was used, unsaid
    (with the cache too: the build after a good one)."""
    site = copy_site("village", tmp_path)
    assert main(["build", "--site", str(site), "-q"]) == 0
    (site / "templates").mkdir(exist_ok=True)
    make(site / "templates/card.html")
    before = sorted(p.name for p in (site / "output").rglob("*"))
    for cache in ([], ["--no-cache"]):
        assert main(["build", "--site", str(site), *cache]) == 1
        assert capsys.readouterr().err.splitlines() == [
            "templates/card.html:1:1: template error: cannot read file: not a file (a folder, a pipe or a device)",
            "1 problem found; nothing was written."]
    assert sorted(p.name for p in (site / "output").rglob("*")) == before


def test_check_lists_a_template_no_page_uses_beside_a_card_that_does_not_load(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The warning was left out of check's report until the cards loaded, so each fix showed something new."""
    site = copy_site("village", tmp_path)
    (site / "templates").mkdir()
    (site / "templates/old.html").symlink_to("../../nowhere/old.html")
    card = site / "content/politics/mayor.yaml"
    card.write_text(card.read_text("utf-8").replace("title:", "titel:", 1), "utf-8")
    assert main(["check", "--site", str(site), "-q"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert "templates/old.html:1:1: warning: template error: cannot be read (a link to nothing?) (no page uses it)" \
        in out, out
    assert any(line.startswith("content/politics/mayor.yaml:") for line in out), out


def test_a_card_file_name_ending_in_a_newline_before_yaml_is_a_bad_slug(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """The slug's `$` matched before a final newline: `works\\n.yaml` built a folder whose name ends in one."""
    site = copy_site("village", tmp_path)
    shutil.copy(site / "content/politics/works-start.yaml", site / "content/politics/works\n.yaml")
    assert main(["build", "--site", str(site)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "content/politics/works\\n.yaml:1:1: bad slug 'works\\n': a card's file name must be lower-case letters, "
        "digits and hyphens, so rename it 'works.yaml'",
        "1 problem found; nothing was written."]


@pytest.mark.parametrize("content_problem", [False, True])
def test_the_first_error_of_each_kind_of_page_comes_in_one_report(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                  content_problem: bool) -> None:
    """Mistakes in category.html, source.html and card.html took three builds to learn (a build stops at its first
    render error); with a card's problem too, the small site rendered to find the templates' stopped at one."""
    site = copy_site("village", tmp_path)
    shipped = ROOT / "generator/templates"
    (site / "templates").mkdir(exist_ok=True)
    for name, written, wrong in (("category.html", "{{ category.label }}", "{{ category.lable }}"),
                                 ("source.html", "{% block main %}", "{% block main %}{{ nosuchname }}"),
                                 ("card.html", "{{ card.title }}", "{{ card.titel }}")):
        (site / "templates" / name).write_text((shipped / name).read_text("utf-8").replace(written, wrong, 1), "utf-8")
    if content_problem:
        with (site / "content/politics/mayor.yaml").open("a", encoding="utf-8") as card:
            card.write("bogus: 1\n")
    assert main(["build", "--site", str(site), "-q"]) == 1
    said = [line.split(": template error: ")[0] + ": " + line.split(": template error: ")[1].split(" (")[0]
            for line in capsys.readouterr().err.splitlines() if "template error" in line]
    assert sorted(said) == [
        "templates/card.html:9:35: 'generator.model.Card object' has no attribute 'titel'",
        "templates/category.html:7:21: 'generator.model.Category object' has no attribute 'lable'",
        "templates/source.html:6:20: 'nosuchname' is undefined"]


def test_a_template_s_error_names_what_included_it_not_what_it_extends(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A block's error in a site's own card.html, which extends its own base.html, was said "included by base.html"."""
    site = copy_site("village", tmp_path)
    shipped = ROOT / "generator/templates"
    (site / "templates/partials").mkdir(parents=True, exist_ok=True)
    (site / "templates/base.html").write_text((shipped / "base.html").read_text("utf-8"), "utf-8")
    card = (shipped / "card.html").read_text("utf-8")
    (site / "templates/card.html").write_text(card.replace("{% block main %}", "{% block main %}{{ nope.x }}", 1),
                                              "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    said = capsys.readouterr().err.splitlines()[0]
    assert said.startswith("templates/card.html:") and "'nope' is undefined (making content/" in said
    assert "included by" not in said
    (site / "templates/card.html").write_text(card.replace("{% block main %}", '{% block main %}{% include '
                                                           '"partials/tag.html" %}', 1), "utf-8")
    (site / "templates/partials/tag.html").write_text("{{ nope.x }}\n", "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    assert "(included by templates/card.html, line " in capsys.readouterr().err


def test_content_itself_as_a_link_out_of_the_site_is_refused(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A link in content/ might not lead out of the site, but content/ itself as one was read."""
    site = copy_site("village", tmp_path)
    (site / "content").rename(tmp_path / "elsewhere")
    (site / "content").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert main(["build", "--site", str(site)]) == 1
    assert "content:1:1: links to a folder outside the site folder; copy it in instead" in (
        capsys.readouterr().err.splitlines())


@pytest.mark.parametrize("cname", ['"-"', '".."', "example", "-bridge.example.org", "bridge..example.org"])
def test_a_cname_that_is_no_host_name_is_refused(cname: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """'-' and '..' were taken as host names, and published as the branch's CNAME."""
    line, said = first_problem(tmp_path, capsys, "site.yaml", f"cname: {cname}\n")
    assert said == (
        f"site.yaml:{line}:8: cname must be a host name, like 'briefing.example.org', not '{cname.strip(chr(34))}'")


@pytest.mark.parametrize(("line", "said"), [
    ("{{ card.titel }}", "'generator.model.Card object' has no attribute 'titel' (did you mean 'title'?)"),
    ("{{ categry.label }}", "'categry' is undefined (did you mean 'category'?)"),
    ("{% for f in card.figures %}{{ f.vale }}{% endfor %}",
     "'generator.model.Figure object' has no attribute 'vale' (did you mean 'value'?)"),
    ("{{ page.heading }}", "'generator.meta.PageInfo object' has no attribute 'heading' (did you mean 'title'?)"),
    ("{{ card.headline }}", "'generator.model.Card object' has no attribute 'headline' (did you mean 'title'?)"),
    ("{{ page.wordcount }}", "'generator.meta.PageInfo object' has no attribute 'wordcount' (a PageInfo has "
                             "canonical, csp, description, folder, json_ld, og_type, path, section, title, within)"),
    ("{{ card.wordcount }}", "'generator.model.Card object' has no attribute 'wordcount' (a Card has slug, "
                             "category, path, title, summary, summary_html, source_quote, quote_start, quote_end, date, "
                             "date_end, date_inferred, date_expected, figures, tags, related, quoted, anchor, folder, id, "
                             "passage, quote_paragraphs)"),  # (its properties too, which the README names: all of it)
    ("{{ card.tags | joinn(', ') }}", "No filter named 'joinn'. (did you mean 'join'?)"),
    ("{{ card.figures | chunk }}", "No filter named 'chunk'. (did you mean 'chunks'?)"),
    ("{% if card is strnig %}{% endif %}", "No test named 'strnig' found. (did you mean 'string'?)"),
    ("{{ card.tags | nothing_like_it }}", "No filter named 'nothing_like_it'."),
    ("{{ card.tags | random }}", "No filter named 'random'. (taken away: a page must be the same at every build)"),
])
def test_a_misspelt_name_attribute_filter_or_test_in_a_template_says_what_it_may_mean(
        line: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`card.titel`, `categry`, `| joinn`: said in Jinja's words alone, where a card's misspelt key gets a guess."""
    site = copy_site("village", tmp_path)
    (site / "templates").mkdir(exist_ok=True)
    (site / "templates/card.html").write_text(f'{{% extends "base.html" %}}\n{{% block main %}}\n{line}\n'
                                              "{% endblock %}\n", encoding="utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    first = capsys.readouterr().err.splitlines()[0]
    assert first.split(": template error: ")[1].removesuffix(
        " (making content/politics/council-vote.yaml's page)") == said


def test_a_template_error_s_column_is_the_line_as_it_is_now(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The fifth review's: in a process that lives on (the preview), the column was read from the line as first
    seen: an edit moving the mistake kept the old column."""
    site = copy_site("village", tmp_path)
    (site / "templates").mkdir(exist_ok=True)
    card = site / "templates/card.html"
    for line, column in (("<p>{{ crad.title }}</p>", 7), ("<p>Some new text here {{ card.title }} {{ crad.title }}</p>",
                                                           43), ('<p>{{ "crad: " ~ crad.title }}</p>', 18)):
        card.write_text(f'{{% extends "base.html" %}}\n{{% block main %}}\n{line}\n{{% endblock %}}\n', "utf-8")
        os.utime(card, ns=(card.stat().st_mtime_ns + 10**9,) * 2)  # (a second edit within the file time's grain)
        assert main(["build", "--site", str(site), "-q"]) == 1
        assert capsys.readouterr().err.splitlines()[0].startswith(f"templates/card.html:3:{column}: template error: "
                                                                  "'crad' is undefined")


def test_a_template_s_link_to_another_card_is_no_error_when_a_card_has_problems(tmp_path: Path,
                                                                                capsys: pytest.CaptureFixture[str]
                                                                                ) -> None:
    """With a card's problem, the templates are tried on a card of each category: url() of another card's page was
    'no such page' there, said with the card's problem."""
    site = copy_site("village", tmp_path)
    (site / "templates").mkdir(exist_ok=True)
    card = (ROOT / "generator/templates/card.html").read_text("utf-8")
    links = "".join(f"<a href=\"{{{{ url('politics/{slug}/') }}}}\">{slug}</a>"
                    for slug in ("council-vote", "mayor", "works-start"))
    (site / "templates/card.html").write_text(card.replace("{% block main %}", "{% block main %}" + links, 1), "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 0
    cost = site / "content/economy/cost.yaml"
    cost.write_text(cost.read_text("utf-8").replace("title:", "titel:", 1), "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    assert [line for line in capsys.readouterr().err.splitlines() if "problem" not in line] == [
        "content/economy/cost.yaml:1:1: unknown key 'titel' (did you mean 'title'?)"]


def _build_as_a_user(site: Path) -> subprocess.CompletedProcess[str]:
    """`build` as a process without root's override of permissions (setpriv), as a user meets them."""
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, sys.executable, "-m", "generator", "build", "--site", str(site)], cwd=site,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120,
                          check=False)


@pytest.mark.parametrize(("make", "said"), [
    (lambda site: (site / "content/politics").chmod(0), ["content/politics:1:1: cannot read the folder: "
                                                         "Permission denied"]),
    (lambda site: (site / "templates/partials").chmod(0), [
        f"templates/partials/{name}.html:1:1: template error: cannot be read: Permission denied (the file, or a folder "
        "on its way)" for name in ("card_grid", "date", "figure_list", "figures_panel", "timeline")]),
])
def test_an_unreadable_folder_is_a_problem_among_the_others(village_site: Path, make: Any, said: list[str]) -> None:
    """An unreadable category folder or templates/partials stopped the build at once with a bare 'error: ...:
    Permission denied' (naming a template the site does not have), and a card's error went unsaid."""
    (village_site / "templates/partials").mkdir(parents=True, exist_ok=True)
    (village_site / "templates/partials/timeline.html").write_text("{{ timeline | length }}\n", "utf-8")
    card = village_site / "content/economy/cost.yaml"
    card.write_text(card.read_text("utf-8").replace("title:", "titel:"), "utf-8")
    make(village_site)
    try:
        done = _build_as_a_user(village_site)
    finally:
        for folder in ("content/politics", "templates/partials"):
            (village_site / folder).chmod(0o755)
    lines = done.stderr.splitlines()
    assert done.returncode == 1 and lines[0].startswith("content/economy/cost.yaml:1:1: unknown key 'titel'"), lines
    assert lines[1:-1] == said


def test_unreadable_assets_are_problems(village_site: Path) -> None:
    """An asset folder this user may not list was left out of the site without a word (its stylesheet gone), and an
    unreadable asset file stopped the build with a bare 'error:' line."""
    assets = village_site / "templates/assets"
    (assets / "css").mkdir(parents=True)
    (assets / "css/house.css").write_text("body {}\n", "utf-8")
    (assets / "extra.css").write_text("p {}\n", "utf-8")
    (assets / "css").chmod(0)
    (assets / "extra.css").chmod(0)
    try:
        done = _build_as_a_user(village_site)
    finally:
        (assets / "css").chmod(0o755)
        (assets / "extra.css").chmod(0o644)
    assert (done.returncode, done.stderr.splitlines()) == (1, [
        "templates/assets/css:1:1: cannot read the folder: Permission denied",
        "templates/assets/extra.css:1:1: cannot read the file: Permission denied",
        "2 problems found; nothing was written."])


@pytest.mark.parametrize("nested", ["{% for a in [1] %}" * 21 + "x" + "{% endfor %}" * 21,
                                    "{% if 1 %}" * 300 + "x" + "{% endif %}" * 300], ids=["21 for", "300 if"])
def test_a_template_nested_past_python_s_limits(village_site: Path, nested: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Python's own limits on the code a template compiles to ('too many statically nested blocks', recursion):
    "a bug in the generator", and the content's problems went unsaid."""
    (village_site / "templates").mkdir(exist_ok=True)
    (village_site / "templates/card.html").write_text(
        '{% extends "base.html" %}{% block main %}' + nested + "{% endblock %}", "utf-8")
    card = village_site / "content/economy/cost.yaml"
    card.write_text(card.read_text("utf-8").replace("title:", "titel:"), "utf-8")
    assert main(["build", "--site", str(village_site)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("content/economy/cost.yaml:1:1: unknown key 'titel'")
    assert lines[1].startswith("templates/card.html:1:1: template error: its tags are nested too deeply to compile (")
    assert lines[1].endswith("): nest fewer blocks") and lines[2] == "2 problems found; nothing was written."


def test_thousands_of_unknown_related_cards_are_each_said_where_written(village_site: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """Each unknown entry of `related:` read the card's file again to find its place: 10,000 took 213 s, 2,000
    9 s. The file is read once; each entry is placed at its own column (the first time the list writes it)."""
    card = village_site / "content/economy/cost.yaml"
    names = [f"politics/x{i}" for i in range(2000)]
    card.write_text(card.read_text("utf-8") + f"related: [{', '.join(names)}, politics/x0]\n", "utf-8")
    line = card.read_text("utf-8").count("\n")
    assert main(["build", "--site", str(village_site)]) == 1
    said = [text for text in capsys.readouterr().err.splitlines() if "related names" in text]
    assert len(said) == 2000 and said[0].startswith(f"content/economy/cost.yaml:{line}:11: related names 'politics/x0'")
    column = 11 + sum(len(name) + 2 for name in names[:-1])  # (x0 written twice: said once, where it is first)
    assert said[-1].startswith(f"content/economy/cost.yaml:{line}:{column}: related names 'politics/x1999'")


def test_a_category_written_as_a_file(village_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file named as a category (`content/economy`, an editor's slip) built with status 0, the category shown
    with no cards; `check` only warned it had none."""
    shutil.rmtree(village_site / "content/economy")
    (village_site / "content/economy").write_text("x\n", "utf-8")
    assert main(["build", "--site", str(village_site)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "content/economy:1:1: the category 'economy' is a file here: its cards go in a folder, "
        "content/economy/<slug>.yaml")


@pytest.mark.parametrize("written", ["2024-03", "March 2024"])
def test_a_source_date_without_its_day_gets_no_hint_that_is_no_day_either(written: str, tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """"not '2024-06': write 2024-06" sent the editor round in a circle: the source's date is a day."""
    site = copy_site("village", tmp_path)
    config = site / "site.yaml"
    config.write_text(config.read_text("utf-8").replace('date: "2024-03-09"', f'date: "{written}"'), "utf-8")
    assert main(["build", "--site", str(site)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"site.yaml:9:9: source.date must be a date, YYYY-MM-DD, not '{written}'")


def test_a_block_the_pages_show_through_self_or_a_base_without_a_class_block_builds(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The block checks stopped builds that were right: a block shown with {{ self.kicker() }}, and a house
    base.html that writes its own <body class> (only a missing `main` empties the pages)."""
    site = copy_site("village", tmp_path)
    (site / "templates").mkdir(exist_ok=True)
    shipped = ROOT / "generator/templates"
    (site / "templates/base.html").write_text((shipped / "base.html").read_text("utf-8").replace(
        '<body class="{% block body_class %}{% endblock %}">', '<body class="house">'), "utf-8")
    (site / "templates/card.html").write_text((shipped / "card.html").read_text("utf-8").replace(
        "{% block main %}", "{% block kicker %}<p>Kicker</p>{% endblock %}\n{% block main %}{{ self.kicker() }}", 1),
        "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 0, capsys.readouterr().err
    assert "<p>Kicker</p>" in (site / "output/politics/mayor/index.html").read_text("utf-8")
