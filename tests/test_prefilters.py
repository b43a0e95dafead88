"""The cheap tests `check` makes before a slow search never skip a text the search would find something in."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import dates
from generator.markup import Refused, Renderer, plain_text
from generator.numberchecks import TIME_OF_DAY, _text_numbers, blank_time, english_numbers
from generator.quotedwords import MAY_QUOTE, QUOTED
from generator.urls import ADDRESS, unaddressed
from generator.words import Words

ADDRESS_PIECES = st.sampled_from(["www.", "WWW.", "wWw.", "ww", "w", ".", "http://", "HTTPS://", "://", ":", "/",
                                  "a@b.co", "@", "x", "example", "org", "1", "7", " ", "\n", "(", "<", "İ", "ſ", "Ｗ"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(ADDRESS_PIECES, max_size=20))
def test_unaddressed_is_the_address_pattern_s_substitution(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert unaddressed(text) == ADDRESS.sub(" ", text)


def test_www_in_any_case_is_what_the_address_pattern_reads_as_www() -> None:
    """unaddressed looks for 'www.' in the text in small letters: the characters the pattern takes for a 'w' (in any
    case, as re.IGNORECASE reads them) are exactly those whose small letter is 'w'."""
    www = re.compile(r"www\.", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        text = chr(code) * 3 + "."
        assert (www.fullmatch(text) is not None) == ("www." in text.lower()), hex(code)


TIME_PIECES = st.sampled_from(["8", "12", "20", "1", "0", "5", "٣", ":", ".", ",", "am", "pm", "a.m.", "P.M.", " ",
                               "30", "45", "h", "www.x.org/8.30", "a@b.co", "-", "2019-21", "–", "/", "six", "x"])


def _reference(text: str) -> tuple[list[str], str, str, dict[str, int]]:
    """What _text_numbers gave before its cheap tests: every text with a ':' or '.' searched for times and blanked,
    every one with a '.' cleared of addresses."""
    read = english_numbers(Words())
    times = [time[0] for time in TIME_OF_DAY.finditer(text)] if ":" in text or "." in text else []
    if ":" in text or "." in text:
        text = TIME_OF_DAY.sub(blank_time, text)
    reading = read.read(ADDRESS.sub(" ", text) if "." in text else text)
    return times, text, repr(reading), dates.short_ends(text) if "-" in text or "–" in text or "/" in text else {}


@settings(max_examples=2000, deadline=None)
@given(st.lists(TIME_PIECES, max_size=16))
def test_a_text_s_times_and_numbers_are_read_as_without_the_cheap_tests(pieces: list[str]) -> None:
    text = "".join(pieces)
    times, blanked, reading, years = _text_numbers(text, english_numbers(Words()))
    assert ([time[0] for time in times], blanked, repr(reading), years) == _reference(text)


SUMMARY_PIECES = st.sampled_from(['"', "“", "”", "„", "»", "«", "›", "‹", "「", "」", "『", "』", "‘", "’", "'", "&quot;",
                                  "&#34;", "&#x201C;", "&ldquo;", "&amp;", "&", "word", " ", "\n", "\n\n", "*", "**",
                                  "_", "`", "[l](u)", '[l](u "title")', "<q>", "</q>", "<b>", "<a href='x'>", "</a>",
                                  "<a@b.co>", "<https://x.org>", "<!-- c -->", "\\", "> ", "- ", "1. ", "#", "![i](a.png)",
                                  "<script>", "x<y", "[x]: u 'ref'", "[x][]", "    code", "<span title='\"'>"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(SUMMARY_PIECES, max_size=20))
def test_a_summary_whose_page_text_holds_a_quote_mark_writes_one_or_a_reference(pieces: list[str]) -> None:
    """quoted_words_warnings reads a summary's page text only if the summary writes a quote mark or an '&'."""
    summary = "".join(pieces)
    try:
        html = Renderer().render(summary)
    except Refused:
        return
    if MAY_QUOTE.search(summary) is None:
        assert QUOTED.search(plain_text(html, len(html))) is None


CHANGE_PIECES = st.sampled_from([
    "rose", "Rose", "fell", "FELL", "fallen", "down", "up", "up to", "shrunk", "shrank", "slid", "eased", "grew", "grown",
    "added", "a fall of", "a rise of", "higher", "lower", "from", "against", "compared with", "versus", "vs.", "cut",
    "loss", "%", " ", "12", "4.5", "$", "million", "to", "by", "the", "x", "\n", "percent", "pct", "Prozent", "٪", "12th",
    "first", "Second", "twentieth", "third-quarter", "21st", "-", "quarter", "year"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(CHANGE_PIECES, max_size=14))
def test_the_cheap_tests_of_changes_shares_and_ordinals_skip_nothing(pieces: list[str]) -> None:
    """A text that _MAY_CHANGE, _MAY_SHARE or _DIGITS_ORDINAL passes over holds no change, percentage or ordinal that
    the slow searches would find."""
    from generator import numbercontexts, numbers
    from generator.directionchecks import _MAY_CHANGE, _changed
    from generator.numberchecks import _MAY_SHARE
    from generator.ordinalchecks import _DIGITS_ORDINAL, _ORDINAL

    text = " ".join(pieces)
    english = english_numbers(Words()).read(text).text
    if not _MAY_CHANGE.search(text):
        assert list(_changed(english)) == [] and not any(said.earlier for said in numbercontexts.contexts(english))
    if not _MAY_SHARE.search(text):
        assert not any(said.percent for said in numbercontexts.contexts(english)), numbers.numerals_at(english)
    if not _DIGITS_ORDINAL.search(text):
        assert not any(match[1][0].isdigit() for match in _ORDINAL.finditer(text))
