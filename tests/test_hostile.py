"""Hostile and odd input: no script from content ever reaches a page, and no input gives a traceback."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import main
from tests.conftest import build
from tests.html_tree import parse

EVIL = "<script>alert('x')</script><img src=x onerror=alert(1)>"
HOSTILE_SENTENCE = (f'The mayor wrote {EVIL} and &lt;b&gt; and \u202eevil\u202c on the board.')
PROBLEM_LINE = re.compile(r"^[^\n:]+:\d+:\d+: \S.*$")


def add_hostile_content(village_site: Path) -> Path:
    """Put script-laden text into every field of a new card, the article and site.yaml."""
    article = village_site / "content" / "article.txt"
    article.write_text(article.read_text("utf-8") + "\n" + HOSTILE_SENTENCE + "\n", "utf-8")
    card = {
        "title": f"Title {EVIL}",
        "summary": f"Summary {EVIL} [click](javascript:alert(1)) <a href=\"data:text/html,x\">d</a> "
                   "<iframe src=x></iframe> <style>*{}</style> <p onclick=\"alert(1)\">p</p> &amp; \u202e "
                   "<q cite=\"javascript:alert(1)\">q</q>",
        "source_quote": HOSTILE_SENTENCE,
        "date": 2024,
        "figures": [{"label": f"Label {EVIL}", "value": 1, "unit": f"unit {EVIL}", "from": 2}],
        "tags": [f"tag {EVIL}", "Old bridge"],
    }
    (village_site / "content" / "politics" / "hostile.yaml").write_text(yaml.safe_dump(card, allow_unicode=True), "utf-8")
    (village_site / "site.yaml").write_text(
        (village_site / "site.yaml").read_text("utf-8").replace(
            'description: "A small', f'description: "{EVIL} A small') + hostile_words(), "utf-8")
    return village_site


def hostile_words() -> str:
    """site.yaml's `words`, every one with script in it around its placeholders (the filter script's too)."""
    from generator.words import ENGLISH, FIELDS, PLACEHOLDERS

    words: dict[str, object] = {}
    for name in FIELDS:
        value = getattr(ENGLISH, name)
        evil = f"{EVIL} " + " ".join("{" + p + "}" for p in sorted(PLACEHOLDERS.get(name, ())))
        if name in ("months", "weekdays"):
            words[name] = [f"{month} {EVIL}" for month in value]
        elif name == "plural" or isinstance(value, (bool, int)):
            words[name] = value
        elif name == "numbers":
            words[name] = {EVIL: "two", "deux": EVIL, f"{EVIL} x": ""}
        elif name == "scale_abbreviations":
            words[name] = {EVIL: "million"}
        elif name == "currency_names":
            words[name] = {"USD": evil, "EUR": evil + " </script>"}
        elif name == "relative_dates":
            words[name] = {f"({EVIL}|x) {{n}}": "-n", EVIL: -1}
        elif name in ("space_before", "space_after"):  # (marks only: every one the schema allows)
            words[name] = "%:;!?»€()[]*+#@$^|~`,.«¿¡"
        elif name in ("decimal_mark", "thousands_separator"):  # (two marks: told apart)
            words[name] = f"{evil} {name}".replace("1", "one")  # (and no digit)
        elif isinstance(value, tuple):
            words[name] = [evil, evil + " </script>"]
        else:
            words[name] = evil
    return yaml.safe_dump({"words": words}, allow_unicode=True)


@pytest.fixture
def hostile_site(village_site: Path) -> Path:
    return add_hostile_content(village_site)


def test_hostile_card_builds_to_pages_without_script(hostile_site: Path) -> None:
    assert build(hostile_site) == 0
    out = hostile_site / "output"
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 9
    for html in pages:
        doc = parse(html.read_bytes())
        for element in doc.iter():
            assert not [a for a in element.attrs if a.lower().startswith("on")], (html, element)
            for attr in ("href", "src", "action", "formaction", "xlink:href", "cite"):
                value = element.attrs.get(attr, "").strip().lower()
                assert not value.startswith(("javascript:", "data:text", "vbscript:")), (html, element)
            assert element.tag not in ("iframe", "object", "embed", "style", "img"), (html, element.tag)
            if element.tag == "script":
                # only the site's own script files, or JSON-LD data that parses as JSON
                if element.attrs.get("type") == "application/ld+json":
                    json.loads(element.text())
                else:
                    assert element.attrs.get("src", "").split("/")[-1].endswith(".js"), (html, element)
                    assert "://" not in element.attrs["src"] and element.text().strip() == ""
    card = parse((out / "politics/hostile/index.html").read_bytes())
    assert card.find("h1").clean_text() == f"Title {EVIL}"  # shown as text, escaped
    assert EVIL in card.find("blockquote").clean_text()
    data = json.loads((out / "cards.json").read_text("utf-8"))
    assert next(c for c in data["cards"] if c["slug"] == "hostile")["title"] == f"Title {EVIL}"


def test_symlink_out_of_the_site_is_refused(village_site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("title: secret\nsummary: s\nsource_quote: Works are expected to start in June.\n")
    (village_site / "content" / "politics" / "leak.yaml").symlink_to(secret)
    assert build(village_site) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "content/politics/leak.yaml:1:1: links to a file outside the site folder; copy it in instead")


def test_a_link_to_a_hidden_file_or_folder_in_the_site_is_refused(
        village_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What is kept out of sight (.private/, .git/) is not published through a link, as source.file is not; in a
    cached build too."""
    assert build(village_site) == 0
    private = village_site / ".private"
    private.mkdir()
    (private / "notes.yaml").write_text("title: 'API_KEY=sk-live-123'\nsummary: s\n"
                                        "source_quote: Works are expected to start in June.\n")
    (village_site / "content" / "politics" / "notes.yaml").symlink_to("../../.private/notes.yaml")
    (village_site / "content" / "private").symlink_to("../.private")
    assert build(village_site) == 1
    assert capsys.readouterr().err.splitlines()[:2] == [
        "content/politics/notes.yaml:1:1: links to a file in a hidden file or folder ('.private'); copy it in instead",
        "content/private:1:1: links to a folder in a hidden file or folder ('.private'); copy it in instead"]
    assert not list((village_site / "output").rglob("notes"))


def test_a_card_moved_out_and_linked_back_is_refused_by_a_cached_build(
        village_site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The same bytes through a link to outside: a cached build said "nothing changed" (status 0) where a clean
    one refuses it; the source article too."""
    assert build(village_site) == 0
    for rel in ("content/politics/mayor.yaml", "content/article.txt"):
        moved = tmp_path / Path(rel).name
        (village_site / rel).rename(moved)
        (village_site / rel).symlink_to(moved)
        assert build(village_site) == 1
        assert "outside the site folder" in capsys.readouterr().err
        (village_site / rel).unlink()
        moved.rename(village_site / rel)
        assert build(village_site) == 0


def test_source_file_outside_the_site_is_refused(village_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site_yaml = village_site / "site.yaml"
    site_yaml.write_text(site_yaml.read_text("utf-8").replace("content/article.txt", "../../../etc/passwd"), "utf-8")
    assert build(village_site) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "site.yaml:6:9: source.file '../../../etc/passwd' is outside the site folder")


@pytest.mark.parametrize(("file", "hidden"), [(".git/config", ".git"), (".env", ".env"),
                                              ("content/.drafts/article.txt", ".drafts"), ("content/link.txt", ".env")])
def test_a_source_file_hidden_in_the_site_is_refused(village_site: Path, capsys: pytest.CaptureFixture[str],
                                                     file: str, hidden: str) -> None:
    """The source page publishes the whole file: `file: .git/config` put a token of the remote's URL online."""
    (village_site / ".git").mkdir()
    (village_site / ".git/config").write_text("[core]\n\turl = https://user:SECRET@example.org/x\n", "utf-8")
    (village_site / ".env").write_text("TOKEN=SECRET\n", "utf-8")
    (village_site / "content/.drafts").mkdir()
    (village_site / "content/.drafts/article.txt").write_text("[core]\n", "utf-8")
    (village_site / "content/link.txt").symlink_to("../.env")
    site_yaml = village_site / "site.yaml"
    site_yaml.write_text(site_yaml.read_text("utf-8").replace("content/article.txt", file), "utf-8")
    assert build(village_site) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"site.yaml:6:9: source.file '{file}' is in a hidden file or folder ('{hidden}'): put the article in content/")
    assert not (village_site / "output").exists()


@pytest.mark.parametrize("output", ["output", "public"])
def test_a_source_file_in_a_built_output_folder_is_refused(village_site: Path, capsys: pytest.CaptureFixture[str],
                                                           output: str) -> None:
    """The article kept in the output folder: the build replaced the folder and the article was gone."""
    assert build(village_site, "--output", str(village_site / output)) == 0
    (village_site / output / "notes").mkdir()
    article = village_site / output / "notes" / "article.txt"
    article.write_bytes((village_site / "content/article.txt").read_bytes())
    site_yaml = village_site / "site.yaml"
    site_yaml.write_text(site_yaml.read_text("utf-8").replace("content/article.txt", f"{output}/notes/article.txt"))
    capsys.readouterr()
    assert build(village_site, "--output", str(village_site / output)) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        f"site.yaml:6:9: source.file '{output}/notes/article.txt' is in {output}/, a folder a build replaces (it holds "
        f".generator-output): put the article in content/")
    assert article.is_file()


def test_a_source_article_saved_as_yaml_in_content_is_not_taken_for_a_stray_card(
        village_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (village_site / "content/article.txt").rename(village_site / "content/article.yaml")
    site_yaml = village_site / "site.yaml"
    site_yaml.write_text(site_yaml.read_text("utf-8").replace("content/article.txt", "./content/article.yaml"), "utf-8")
    assert build(village_site) == 0
    (village_site / "content/vote.yml").write_text("title: x\n", "utf-8")
    assert build(village_site) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "content/vote.yml:1:1: cards go in their category's folder, content/<category>/vote.yml: this file is not read")


def test_two_builds_are_byte_identical(village_site: Path, tmp_path: Path) -> None:
    assert build(village_site, "--output", str(tmp_path / "a")) == 0
    assert build(village_site, "--output", str(tmp_path / "b")) == 0
    a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert a == b and len(a) > 10


def test_bom_crlf_tabs_and_nfd_card_builds(village_site: Path) -> None:
    card = village_site / "content" / "politics" / "mayor.yaml"
    text = ("title: \"The Cafe\u0301 mayor\"\r\n"
            "summary: |\r\n  Mayor\tAna Ruiz welcomed the vote.\r\n"
            "source_quote: 'Mayor\tAna Ruiz called it \"a bridge to the next century\".'\r\n")
    card.write_bytes("\ufeff".encode() + text.encode())
    assert build(village_site) == 0
    page = parse((village_site / "output/politics/mayor/index.html").read_bytes())
    assert page.find("h1").clean_text() == "The Caf\u00e9 mayor"
    assert page.find("div", class_="summary").clean_text() == "Mayor Ana Ruiz welcomed the vote."


# --- property-based: whatever the input, a site or a clean report, never a traceback or a hang ---

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
                    st.dates().map(str))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                      max_leaves=12)
KEYS = ["title", "summary", "source_quote", "date", "date_end", "date_status", "figures", "tags", "extra"]
cards = st.dictionaries(st.sampled_from(KEYS), values | st.sampled_from(
    ["Works are expected to start in June.", "2024-06", "expected", "x"]), max_size=8)
RAW = st.sampled_from([
    "a: &x [1, 2]\nb: *x\n", "title: !!python/object/apply:os.system ['true']\n", "- 1\n- 2\n", "{{{",
    "title: \"x\nsummary: y\n", "\t- tab\n", "? [1]\n: 2\n", "a: b: c\n", "%YAML 1.1\n---\na: 1\n...\n---\nb: 2\n",
    "x: !!binary aGk=\n", "<<: {title: t}\n", "title: " + "x" * 5000 + "\n", "\ufeff\r\ntitle: x\r\n",
])


def check_outcome(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["build", "--site", str(site), "-q"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if status == 0:
        assert (site / "output" / "index.html").is_file()
        return
    assert status == 1
    lines = err.splitlines()
    assert lines[-1].endswith("found; nothing was written.")
    for line in lines[:-1]:
        assert PROBLEM_LINE.match(line), line


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", 60)), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(card=cards)
def test_any_card_data_gives_a_site_or_a_clean_report(card: dict[str, object], village_site: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = village_site / "content" / "politics" / "generated.yaml"
    path.write_text(yaml.safe_dump(card, allow_unicode=True), "utf-8")
    check_outcome(village_site, capsys)


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", 40)), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(RAW, st.text(max_size=200), st.binary(max_size=100).map(lambda b: b.decode("latin-1"))))
def test_any_card_text_gives_a_site_or_a_clean_report(text: str, village_site: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    (village_site / "content" / "politics" / "generated.yaml").write_text(text, "utf-8", errors="surrogatepass")
    check_outcome(village_site, capsys)


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", 40)), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.dictionaries(st.sampled_from(["title", "description", "base_url", "url", "source", "categories",
                                             "cname", "language", "x"]), values, max_size=7),
       raw=st.one_of(st.none(), RAW))
def test_any_site_yaml_gives_a_site_or_a_clean_report(data: dict[str, object], raw: str | None, village_site: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    text = raw if raw is not None else yaml.safe_dump(data, allow_unicode=True)
    (village_site / "site.yaml").write_text(text, "utf-8", errors="surrogatepass")
    check_outcome(village_site, capsys)


WORDS = st.sampled_from(["the", "vote", "7", "2", "€4,200,000", "1.5", "2019", "June", "May", "may", "not", "never",
                         "\"", "“", "”", "…", "...", "<b>", "</i>", "**", "[l](../x/)", "Ana", "U.S.", "%", "$5bn", " ",
                         "\n\n", "-", "'", "’", "a bridge to the next century", "Tuesday", "5 March"])
QUOTES = st.sampled_from(["Works are expected to start in June.", "voted 7 to 2 on Tuesday",
                          "The work will cost €4,200,000 and take 18 months", "a bridge to the next century",
                          "Tolls would rise from 1.5 to 2 euros a crossing."])
built_cards = st.fixed_dictionaries(
    {"title": st.lists(WORDS, min_size=1, max_size=8).map(" ".join).filter(str.strip),
     "summary": st.lists(WORDS, min_size=1, max_size=20).map(" ".join).filter(str.strip),
     "source_quote": QUOTES},
    optional={"date": st.sampled_from(["2019", "2024-06", "2024-03-05", "2030-01", "1999-12-31"]),
              "date_status": st.sampled_from(["stated", "inferred", "expected", ["expected", "inferred"]]),
              "figures": st.lists(st.fixed_dictionaries(
                  {"label": st.lists(WORDS, min_size=1, max_size=4).map(" ".join).filter(str.strip),
                   "value": st.one_of(st.integers(-10**12, 10**12), st.floats(-1e6, 1e6, allow_nan=False))},
                  optional={"unit": st.sampled_from(["USD", "EUR", "%", "per cent", "boats"]),
                            "from": st.integers(-5, 5)}), max_size=3),
              "tags": st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join).filter(str.strip), max_size=3)})


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", 40)), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(card=built_cards)
def test_check_s_warnings_on_any_card_are_clean_lines(card: dict[str, object], village_site: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Every warning of check.py and editorial.py on cards full of quote marks, numbers, dates, negations and
    HTML: `path:line:column: message` lines (or an error report), never a traceback."""
    (village_site / "content/politics/generated.yaml").write_text(yaml.safe_dump(card, allow_unicode=True), "utf-8")
    status = main(["check", "--site", str(village_site), "-q", "--coverage"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    assert status in (0, 1)
    for line in captured.out.splitlines():
        assert line.startswith("coverage: ") or PROBLEM_LINE.match(line), line


def test_a_control_turning_text_in_the_publisher_turns_none_of_the_generator_s_words(village_site: Path) -> None:
    """'Gazette' + U+202E (a right-to-left override) reversed the byline after it on the page, its date included
    ("1102 rebmetpeS 71"): the publisher, where the generator's words hold it, is isolated."""
    site_yaml = village_site / "site.yaml"
    site_yaml.write_text(site_yaml.read_text("utf-8").replace('"The Example Gazette"', '"The Example Gazette\u202e"'))
    assert build(village_site) == 0
    output = village_site / "output"
    front, card = (output / "index.html").read_text("utf-8"), (output / "politics/mayor/index.html").read_text("utf-8")
    source = (output / "source/index.html").read_text("utf-8")
    assert "From <a href=\"source/index.html\"><bdi>The Example Gazette\u202e</bdi>’s report</a>" in front  # byline
    assert "<bdi>The Example Gazette\u202e</bdi>: “Bridge vote splits the village”</a>" in front  # footer
    assert "<p class=\"cite-line\">— <bdi>The Example Gazette\u202e</bdi>, “Bridge vote splits" in card
    assert 'content="\u2068The Example Gazette\u202e\u2069&#39;s report, with every passage' in source
    assert front.count("\u202e") == front.count("\u202e</bdi>") + front.count("\u202e\u2069") + front.count(
        '\u202e"}')  # (and in cards.json's and the page's JSON data, as text)
