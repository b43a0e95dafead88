"""The generator's own words: English by default, the shipped languages, site.yaml's `words`, and pages in them."""

from __future__ import annotations

import functools
import html as html_module
import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.countedyears import relative_times
from generator.errors import Problems
from generator.figures import amount, number, show
from generator.load import load_site
from generator.model import Figure, PartialDate
from generator.validate import schema
from generator.wordchecks import check_words
from generator.words import ENGLISH, FIELDS, LANGUAGES, PLACEHOLDERS, Words, words_for
from generator.yamlread import parse_yaml
from tests.conftest import build, french_seed, synthetic

SHIPPED = sorted(LANGUAGES.glob("*.yaml"))
NNBSP, NBSP = "\u202f", "\u00a0"


def placeholders(value: object) -> set[str]:
    texts = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
    return {name for text in texts if isinstance(text, str) for name in re.findall(r"\{([^{}]*)\}", text)}


def test_the_schema_and_the_placeholder_table_name_every_word() -> None:
    properties = schema("site")["properties"]["words"]["properties"]
    assert set(properties) == set(FIELDS)
    for name, value in vars(ENGLISH).items():  # what an editor's YAML language server shows for each word
        if isinstance(value, str) and name != "plural":
            assert properties[name]["description"] == f"English: {json.dumps(value, ensure_ascii=False)}", name
    for name in FIELDS:
        assert placeholders(getattr(ENGLISH, name)) == PLACEHOLDERS.get(name, set()), name


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_a_shipped_language_gives_every_word_with_the_english_placeholders(path: Path) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    assert set(data) == set(FIELDS), "every word, so that no English is left on its pages"
    jsonschema.validate(data, schema("site")["properties"]["words"])
    for name, value in data.items():
        assert placeholders(value) == placeholders(getattr(ENGLISH, name)), (path.stem, name)
    words = words_for(path.stem)
    assert words != ENGLISH and words.months != ENGLISH.months


def test_the_shipped_languages() -> None:
    assert [p.stem for p in SHIPPED] == ["de", "es", "fr"]


def test_a_language_is_found_by_its_primary_subtag_and_english_is_the_default() -> None:
    assert words_for("fr-CA") == words_for("fr") != ENGLISH
    assert words_for("en-GB") == words_for("ur") == words_for("zz") == ENGLISH


def test_words_given_in_site_yaml_replace_the_languages_one_by_one() -> None:
    words = words_for("fr", {"timeline": "Frise", "facts": ["{n} fiche", "{n} fiches"]})
    assert (words.timeline, words.facts, words.overview) == ("Frise", ("{n} fiche", "{n} fiches"), "Vue d’ensemble")
    assert words_for("en", {"timeline": "Chronology"}) == Words(timeline="Chronology")


@pytest.mark.parametrize(("language", "counts"), [
    ("en", ["0 facts", "1 fact", "2 facts", "1,500 facts"]),
    ("fr", ["0 fait", "1 fait", "2 faits", f"1{NNBSP}500 faits"]),  # French: the singular for 0 and 1
    ("de", ["0 Fakten", "1 Fakt", "2 Fakten", "1.500 Fakten"]),
    ("es", ["0 datos", "1 dato", "2 datos", "1500 datos"]),  # (Spanish sets apart no four digits: 1500, 12.500)
])
def test_counts_take_the_form_the_language_wants(language: str, counts: list[str]) -> None:
    words = words_for(language)
    assert [words.count(n, "facts") for n in (0, 1, 2, 1500)] == counts


@pytest.mark.parametrize(("language", "texts"), [
    ("en", ["2011", "September 2011", "17 September 2011", "1 September 2011"]),
    ("fr", ["2011", "septembre 2011", "17 septembre 2011", "1er septembre 2011"]),  # (the page said "1 septembre")
    ("de", ["2011", "September 2011", "17. September 2011", "1. September 2011"]),
    ("es", ["2011", "septiembre de 2011", "17 de septiembre de 2011", "1 de septiembre de 2011"]),
])
def test_dates(language: str, texts: list[str]) -> None:
    words = words_for(language)
    assert [words.date(PartialDate.parse(d)) for d in ("2011", "2011-09", "2011-09-17", "2011-09-01")] == texts
    if language == "fr":  # and a period from the first: "1er–5 mars"
        assert words.date_span(PartialDate.parse("2026-03-01"), PartialDate.parse("2026-03-05")) == (
            "1er", "5 mars 2026")


def test_numbers_in_french() -> None:
    fr = words_for("fr")
    assert number(2_500_000, fr) == "2,5 millions"
    assert number(1_500_000, fr) == "1,5 million"  # the singular below 2
    assert number(3_000_000_000, fr) == "3 milliards"
    assert number(2 * 10**12, fr) == "2 billions"  # the long scale
    assert number(1_234_567, fr) == f"1{NNBSP}234{NNBSP}567"
    assert number(0.125, fr) == "0,125"
    assert amount(500_000_000, "USD", fr) == f"500 millions{NBSP}$"
    assert amount(-4200, "EUR", fr) == f"\u22124{NNBSP}200{NBSP}€"  # a true minus sign
    assert amount(4.5, "%", fr) == f"4,5{NNBSP}%"
    shown = show(Figure("Capacité", 3_000_000, "tonnes par an", 1_100_000), fr)
    assert (shown.start_text, shown.value_text, shown.change_text) == ("1,1 million", "3 millions", f"+173{NNBSP}%")
    assert shown.spoken == (f"Capacité\u00a0: de 1,1 million de tonnes par an à 3 millions de tonnes par an, +173{NNBSP}% "
                            f"(calculé à partir des deux nombres{NBSP}: la source ne le donne pas)")
    assert show(Figure("Taux", 0.82, "%", 0.8), fr).change_text == "+0,02 point"
    assert show(Figure("Taux", 5, "%", 2), fr).change_text == "+3 points"
    assert show(Figure("Taux", 4, "%", 4), fr).change_text == "inchangé"
    assert show(Figure("x", 1200, None, 1150), fr).change_text == f"+4,3{NNBSP}%"


def test_numbers_in_german() -> None:
    de = words_for("de")
    assert (number(2_500_000, de), number(1_000_000, de), number(1_234_567.5, de)) == (
        "2,5 Millionen", "1 Million", "1.234.567,5")
    assert show(Figure("Quote", 3, "%", 4), de).change_text == "\u22121 Prozentpunkt"


def test_a_word_is_escaped_and_its_parts_are_escaped_unless_markup() -> None:
    from markupsafe import Markup

    words = Words(report="<b>{publisher}</b>’s report")
    assert words.say("report", publisher="A & B") == "&lt;b&gt;A &amp; B&lt;/b&gt;’s report"
    assert words.say("not_found_text", front_page=Markup('<a href="/">home</a>')) == (
        'There is no page at this address. Start from <a href="/">home</a>.')
    assert words.say("fact_number", n=3, title="{n} <i>") == "Fact 3: {n} &lt;i&gt;"  # one pass: a part stays
    assert words.say("fact_number", n=[1], title={"<": 2}) == "Fact [1]: {&#39;&lt;&#39;: 2}"  # unhashable parts
    assert words.say("fact_number", n=[1], title={"<": 2}) == "Fact [1]: {&#39;&lt;&#39;: 2}"


def test_the_filter_script_gets_only_words_that_are_not_its_own() -> None:
    assert ENGLISH.for_script() == ""
    assert words_for("en", {"timeline": "Chronology"}).for_script() == ""
    assert '"facts":["{n} fait","{n} faits"]' in words_for("fr").for_script()


def test_a_placeholder_a_word_cannot_fill_is_reported_at_its_place() -> None:
    problems = Problems()
    doc = parse_yaml('words:\n  byline: "From {report} on {day}"\n  facts: [fact, "{count} facts"]\n'
                     '  timeline: "{n}"\n  unknown: "{x}"\n', "site.yaml", problems)
    assert doc is not None
    check_words(doc, "site.yaml", problems)
    assert [str(p) for p in problems.items] == [
        "site.yaml:2:11: words.byline has the placeholder {day}, which it cannot fill: it may use {date}, {facts}, "
        "{report} and {sections}",
        "site.yaml:3:17: words.facts has the placeholder {count}, which it cannot fill: it may use {n}",
        "site.yaml:4:13: words.timeline has the placeholder {n}, which it cannot fill: it takes none",
    ]
    problems = Problems()  # every one of a word's at once (it took a build for each)
    doc = parse_yaml('words:\n  footer: "{source} {0} {date!r} {date.year} {0}"\n', "site.yaml", problems)
    assert doc is not None
    check_words(doc, "site.yaml", problems)
    assert [str(p) for p in problems.items] == [
        "site.yaml:2:11: words.footer has the placeholders {0}, {date!r} and {date.year}, which it cannot fill: it "
        "may use {date}, {expected}, {inferred} and {source}"]


def test_a_relative_date_s_phrase_counts_one_number_with_the_placeholders_it_has() -> None:
    """A phrase with {n} twice made check say "a bug in the generator" (a pattern's group named twice), on every
    save in the preview; one counting -n years with no {n}, or with {x}, passed unsaid."""
    problems = Problems()
    doc = parse_yaml('words:\n  relative_dates: {"{n} or {n} years ago": -n, "last year": -n, "{x} ago": -1,\n'
                     '    "({n} year|{n} years) back": -n, "{n} years ago": -n, "last {weekday}": ~}\n', "site.yaml",
                     problems)
    assert doc is not None
    check_words(doc, "site.yaml", problems)
    assert [str(p) for p in problems.items] == [
        "site.yaml:2:20: words.relative_dates' phrase '{n} or {n} years ago' has {n} 2 times: a phrase counts one "
        "number (write each way of saying it as a phrase of its own)",
        "site.yaml:2:48: words.relative_dates' phrase 'last year' counts -n years but has no {n} to count them from: "
        "write {n} where its number is",
        "site.yaml:2:65: words.relative_dates' phrase '{x} ago' has the placeholder {x}, which it cannot fill: a "
        "phrase may use {n} and {weekday}",
        "site.yaml:3:5: words.relative_dates' phrase '({n} year|{n} years) back' has {n} 2 times: a phrase counts "
        "one number (write each way of saying it as a phrase of its own)"]
    # what check reads with such words (its error said first) is no crash: the first {n} is the one counted
    times = relative_times((("({n} year|{n} years) back", "-n"),), ENGLISH.weekdays)
    found = times[0][0].search("five year back")
    assert found is not None and found["n"] == "five"


def test_a_doubled_brace_is_a_brace_of_its_own() -> None:
    """'{{literal}}' was reported as a placeholder it cannot fill, and no word could show a brace before a name."""
    problems = Problems()
    doc = parse_yaml('words:\n  timeline: "Events {{so far}}"\n  facts: ["{n} fact", "{{n}} = {n}"]\n', "site.yaml",
                     problems)
    assert doc is not None
    check_words(doc, "site.yaml", problems)
    assert problems.items == []
    words = words_for("en", {"timeline": "Events {{so far}}", "facts": ["{n} fact", "{{n}} = {n}"]})
    assert words.say("timeline") == "Events {so far}"
    assert words.count(3, "facts") == "{n} = 3"
    assert words.say("byline", report="{report}", date="x", facts="y", sections="z").startswith("From {report} of x")


def test_a_lone_brace_is_reported_where_its_word_is() -> None:
    """'{report' printed itself on the front page: a lone brace is no placeholder, and no brace of its own."""
    problems = Problems()
    doc = parse_yaml('words:\n  byline: "{report"\n  citation: "}{title}{"\n  timeline: "{{ok}}"\n', "site.yaml",
                     problems)
    assert doc is not None
    check_words(doc, "site.yaml", problems)
    assert [str(p) for p in problems.items] == [
        "site.yaml:2:11: words.byline has a '{' that opens no placeholder: write '{{' for a brace of its own",
        "site.yaml:3:13: words.citation has a '}' that closes no placeholder: write '}}' for a brace of its own"]


@pytest.mark.parametrize(("settings", "expected"), [
    ('  decimal_mark: ""\n  thousands_separator: "."\n',
     "site.yaml:3:17: words.decimal_mark is '': numbers written with it could not be read (write a mark with no digit, "
     "like ',' or '.')"),
    ('  thousands_separator: "0"\n',
     "site.yaml:3:24: words.thousands_separator is '0': numbers written with it could not be read (write a mark with no "
     "digit, like ',' or '.')"),
    ('  decimal_mark: ","\n  thousands_separator: ","\n',
     "site.yaml:3:17: words.decimal_mark and words.thousands_separator are both ',': 1,234 and 1.234 would be written "
     "the same"),
    ('  thousands_separator: ","\n', None),  # English's decimal point
    ('  thousands_separator: ","\nlanguage: de\n',  # German's decimal comma
     "site.yaml:3:24: words.decimal_mark and words.thousands_separator are both ',': 1,234 and 1.234 would be "
     "written the same"),
])
def test_a_number_s_marks_must_tell_its_parts_apart(settings: str, expected: str | None) -> None:
    """An empty decimal mark showed 1.1 million as "11 million"; one the same as the thousands separator, 1234.5 as
    "1,234,5" and 1.234 as "1,234"."""
    problems = Problems()
    doc = parse_yaml(f"title: t\nwords:\n{settings}", "site.yaml", problems)
    assert doc is not None
    check_words(doc, "site.yaml", problems)
    assert [str(p) for p in problems.items] == ([expected] if expected else [])


ENGLISH_ON_PAGES = [value for name, value in vars(ENGLISH).items()
                    if isinstance(value, str) and len(value) > 4 and "{" not in value and name != "source"]


def test_a_french_briefing_has_no_english_words_of_the_generators(tmp_path: Path) -> None:
    site = french_seed(tmp_path)
    fr = words_for("fr")
    pages = {p.relative_to(site / "output").as_posix(): p.read_text("utf-8")
             for p in (site / "output").rglob("*.html")}
    assert len(pages) == 22
    titles = sorted((card.title for card in load_site(site).cards), key=len, reverse=True)  # (the cards' English)
    dates = 0
    for path, html in pages.items():
        assert '<html lang="fr">' in html, path
        content = r'<div class="(summary|article)">.*?</div>|<blockquote.*?</blockquote>|<script.*?</script>'
        text = re.sub(r"<[^>]*>", " ", re.sub(content, " ", html, flags=re.S))  # the generator's text
        text += " ".join(re.findall(r'(?:aria-label|title)="([^"]*)"', html))  # and its labels
        text = functools.reduce(lambda text, title: text.replace(title, " "), titles, html_module.unescape(text))
        left = [word for word in ENGLISH_ON_PAGES if word in text and word not in (getattr(fr, n) for n in FIELDS)]
        assert left == [], path
        shown = re.findall(r"<time [^>]*>([^<]*)</time>", html)
        assert not set(" ".join(shown).split()) & set(ENGLISH.months), path
        dates += len(shown)
    assert dates > 30
    front = pages["index.html"]
    assert "D’après <a href=\"source/index.html\">l’article paru dans Dawn</a> du <time datetime=\"2011-09-17\">17 septembre 2011" \
           "</time> · 15 faits dans 4 rubriques" in front
    assert '<span class="figure-value">500 millions</span></span>\n<span class="figure-meta"><span class="figure-unit">de dollars</span>' in front
    assert ">à venir<" in front and ">déduite<" in front
    assert "<title>Source\u00a0: " in pages["source/index.html"]  # (no line break before the colon)
    assert "<h1>Page introuvable</h1>" in pages["404.html"]


def test_the_front_page_s_way_around_is_in_the_briefing_s_words(tmp_path: Path) -> None:
    """"On this page" and a long panel's link past itself: the language's words, and site.yaml's over them."""
    site = synthetic(tmp_path / "big", 40)
    settings = site / "site.yaml"
    settings.write_text(settings.read_text("utf-8") + "language: fr\n", "utf-8")
    assert build(site) == 0
    html = (site / "output/index.html").read_text("utf-8")
    for shown in ('id="toc-heading" class="toc-heading">Sur cette page<', ">Chiffres clés</a>", ">Chronologie</a>",
                  'href="#timeline">Passer les chiffres<', 'href="#s-defence">Passer la chronologie<'):
        assert shown in html, shown
    settings.write_text(settings.read_text("utf-8") + 'words:\n  on_this_page: "Dans ce dossier"\n'
                        '  skip_figures: "Après les chiffres"\n  skip_timeline: "Après la chronologie"\n', "utf-8")
    assert build(site) == 0
    html = (site / "output/index.html").read_text("utf-8")
    assert ">Dans ce dossier<" in html and ">Après les chiffres<" in html and ">Après la chronologie<" in html
    assert "Sur cette page" not in html and "Passer les" not in html


def test_a_briefing_of_one_card_says_one_fact_in_one_section(tmp_path: Path) -> None:
    from generator.cli import main

    site = tmp_path / "one"
    assert main(["new", str(site), "-q"]) == 0
    assert build(site) == 0
    html = (site / "output/index.html").read_text("utf-8")
    assert "· 1 fact in 1 section</p>" in html


@pytest.mark.parametrize(("language", "given", "start", "end", "shown"), [
    ("en", {}, "2026-11-17", "2026-11-18", ("17", "18 November 2026")),  # "17 November 2026 – 18 November 2026"
    ("en", {}, "2027-03", "2027-06", ("March", "June 2027")),
    ("en", {}, "2026-09-30", "2026-10-02", ("30 September 2026", "2 October 2026")),  # two months: both whole
    ("en", {}, "2026-12", "2027-01", ("December 2026", "January 2027")),
    ("en", {}, "2011", "2012", ("2011", "2012")),
    ("en", {}, "2026-11", "2026-11-18", ("November 2026", "18 November 2026")),
    ("en", {"day_month_year": "{month} {day}, {year}"}, "2026-11-17", "2026-11-18", ("November 17", "18, 2026")),
    ("de", {}, "2024-10-03", "2024-10-05", ("3.", "5. Oktober 2024")),
    ("es", {}, "2024-10-03", "2024-10-05", ("3", "5 de octubre de 2024")),
    ("fr", {}, "2027-03", "2027-06", ("mars", "juin 2027")),
])
def test_a_period_writes_what_its_ends_share_once(language: str, given: dict[str, str], start: str, end: str,
                                                  shown: tuple[str, str]) -> None:
    assert words_for(language, given).date_span(PartialDate.parse(start), PartialDate.parse(end)) == shown
    assert words_for(language, given).date_span(PartialDate.parse(start), None) == (  # a card without date_end
        words_for(language, given).date(PartialDate.parse(start)), "")


def test_a_range_and_a_change_in_a_language_writing_the_sign_after() -> None:
    """'entre 10.000 y 12.000 millones de euros' showed '10 mil millones €–12 mil millones €' (the README: a scale
    both ends share is written once), and 2.045 -> 2.310 millones '2.045 millones € → 2,31 mil millones €'."""
    es, de = words_for("es"), words_for("de")
    ranged = show(Figure("r", 10_000_000_000, "EUR", value_max=12_000_000_000), es)  # (after a scale word, the
    assert (ranged.value_text, ranged.unit_text) == ("10\u201312 mil millones", "de euros")  # currency's name)
    ranged = show(Figure("r", 2_000_000, "USD", value_max=3_500_000), de)
    assert (ranged.value_text, ranged.unit_text) == ("2\u20133,5 Millionen", "Dollar")
    assert show(Figure("r", -5, "EUR", value_max=-2), de).value_text == f"\u22125\u2013\u22122{NBSP}€"
    assert show(Figure("r", 5, "EUR", value_max=7), es).value_text == f"5\u20137{NBSP}€"  # (no scale: the sign)
    change = show(Figure("c", 2_310_000_000, "EUR", 2_045_000_000), es)
    assert (change.start_text, change.value_text, change.unit_text) == ("2045 millones", "2310 millones", "de euros")
    # (four digits: no separator in Spanish)
    english = show(Figure("c", 2_310_000_000, "USD", 2_045_000_000))
    assert (english.start_text, english.value_text) == ("$2,045 million", "$2,310 million")
    assert show(Figure("c", 1_200_000, "visitors", 900_000)).start_text == "900,000 visitors"  # (no scale: as it was)
    wider = show(Figure("c", 1_200_000_000, "USD", 900_000_000))  # (ends of two sizes: each in its own scale)
    assert (wider.start_text, wider.value_text) == ("$900 million", "$1.2 billion")
    fr = words_for("fr")
    assert [show(Figure("r", low, "touristes", value_max=high), fr).value_text for low, high in (
        (1_500_000, 2_000_000), (2_000_000, 3_000_000))] == ["1,5\u20132 millions", "2\u20133 millions"]  # (scale once)
    # a unit after a scale takes the word the language puts between: '1,27 millones de clientes', 'd’habitants'
    assert (show(Figure("c", 1_270_000, "clientes"), es).unit_text, show(Figure("c", 1_270, "clientes"), es).unit_text,
            show(Figure("h", 3_000_000, "habitants"), words_for("fr")).unit_text,
            show(Figure("k", 1_270_000, "Kunden"), de).unit_text, show(Figure("c", 2e6, "de clientes"), es).unit_text) == (
        "de clientes", "clientes", "d’habitants", "Kunden", "de clientes")
    assert (show(Figure("p", 2_500_000, "desempleados"), es).unit_text,  # ('de…' is not the word 'de')
            show(Figure("h", 2_000_000, "d'habitants"), words_for("fr")).unit_text) == ("de desempleados", "d'habitants")


def test_an_enum_s_values_are_said_as_yaml_writes_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`must be one of -3, …, -n, None`: None is Python's; YAML writes ~ (or null)."""
    from generator.cli import main
    from tests.conftest import copy_site

    site = copy_site("village", tmp_path)
    settings = site / "site.yaml"
    settings.write_text(settings.read_text("utf-8") + 'words:\n  relative_dates: {"last year": foo}\n', "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    assert capsys.readouterr().err.splitlines()[0].endswith(
        "'words.relative_dates.last year' must be one of -3, -2, -1, 0, 1, 2, 3, -n, ~, not 'foo'")


def test_the_marks_a_space_binds_to_are_marks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """space_before: "'" made the page's Content-Security-Policy unreadable to the browser ("default-src\xa0'none'"):
    a space before a quote mark, a letter or a tag's characters is the markup's, not the text's."""
    from generator.cli import main
    from tests.conftest import copy_site

    site = copy_site("village", tmp_path)
    settings = site / "site.yaml"
    settings.write_text(settings.read_text("utf-8") + "words:\n  space_before: \"'a\"\n  space_after: \"«<\"\n", "utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 1
    said = capsys.readouterr().err.splitlines()
    assert [line.split(": ", 1)[1] for line in said[:2]] == [
        "words.space_before must be marks only (like %:;!?): no letter, digit, space, quote mark or < > & = / \\ -, "
        "not ''a'",
        "words.space_after must be marks only (like «): no letter, digit, space, quote mark or < > & = / \\ -, "
        "not '«<'"]
