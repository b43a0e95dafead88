"""Finding quotes in the source, and cutting it into highlighted passages."""

from __future__ import annotations

import random
import re

import pytest

from generator.sourcetext import Segment, SourceIndex, fold_text, paragraphs, starts_sentence
from tests.conftest import fold

TEXT = "First “quoted” line’s end.\n\nSecond   paragraph\nwraps here. Last."


def test_fold_maps_back_to_original_positions() -> None:
    folded, index = fold("a  \n b’c")
    assert folded == "a b'c"
    assert [("a  \n b’c")[i] for i in index] == ["a", " ", "b", "’", "c"]


def found(index: SourceIndex, quote: str) -> tuple[int, int]:
    span = index.find(quote)
    assert span is not None, quote
    return span


def test_fold_text_is_plain() -> None:
    assert fold_text("  “Hi”\u00a0 there’s \n") == "\"Hi\"there's"  # (the spacing beside a double quote mark left out)
    assert fold_text("He said ‘no’  today") == "He said 'no' today"  # (beside a single one kept: it is an apostrophe too)


def test_fold_text_matches_fold() -> None:
    """The quick fold of a quote is the fold of the source it is looked up in, whatever the characters."""
    rng = random.Random(7)
    alphabet = "ab ’“—\u2013\u2212\u00a0\u00ad\u200b\u2060\ufeff\t\n\r\x0b\x1c\u2028\u3000'\"-«»‹›\u202f.(ʼ"
    for _ in range(2_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert fold_text(text) == fold(text)[0], repr(text)


def test_find_ignores_whitespace_and_quote_style() -> None:
    index = SourceIndex(TEXT)
    start, end = found(index, '"quoted" line\'s end. Second paragraph wraps')
    assert TEXT[start:end] == "“quoted” line’s end.\n\nSecond   paragraph\nwraps"
    assert index.find("Last.") == (len(TEXT) - 5, len(TEXT))
    assert index.find("not there") is None
    assert index.find("   ") is None


def test_find_is_case_sensitive_and_exact_on_words() -> None:
    index = SourceIndex(TEXT)
    assert index.find("first") is None
    assert index.find("Second paragraph wrap here") is None


def test_find_takes_whole_words_only() -> None:
    """A quote that starts or ends inside a word says something else: 'happy' of "unhappy", '2 buses' of "12 buses"."""
    text = "She was unhappy with the deal, and 12 buses ran. Later she was happy with the deal; the council’s vote."
    index = SourceIndex(text)
    assert index.find("happy with the deal") == (text.index("happy with the deal", 20), text.index("; the"))
    assert [index.find(quote) for quote in ("2 buses", "unhappy with th", "ouncil’s vote.")] == [None] * 3
    assert [index.cut_word(quote) for quote in ("2 buses", "unhappy with th", "ouncil’s vote.", "nowhere")] == [
        "12", "the", "council's", None]
    assert index.find("the council") is not None  # before an apostrophe: "the council’s vote" holds it whole
    assert index.find("unhappy with the deal") == (8, 29)
    assert index.find("with the deal, and 12 buses ran.") is not None  # punctuation at an edge is no word
    assert index.occurrences("with the deal", 5) == 2 and index.occurrences("he deal", 5) == 0


def test_a_quote_that_cuts_a_number_or_a_joined_word_is_not_found() -> None:
    """'Attendance rose to 12' of "12,000 people" put a figure of 12 on the page with no word: a number is cut at its
    separator or point, and a word at its hyphen or apostrophe, as at any letter. A possessive's 's is no cut."""
    text = ("Attendance rose to 12,000 people in 2024. Sales hit $4.2bn. The parties signed a non-binding agreement. "
            "O’Brien said the council’s plan was the state-owned firm's. Turnout was 45.5 percent. 上涨了3.5%。")
    index = SourceIndex(text)
    cut = {"Attendance rose to 12": "12,000", "Sales hit $4": "4.2bn", "binding agreement": "non-binding",
           "Brien said": "O'Brien", "Turnout was 45": "45.5", "上涨了3": "3.5", "plan was the state": "state-owned",
           "000 people": "12,000", "2bn.": "4.2bn", "Turnout was 45.": "45.5", "rose to 12,": "12,000"}
    assert {quote: (index.find(quote), index.cut_word(quote)) for quote in cut} == {
        quote: (None, word) for quote, word in cut.items()}
    for whole in ("rose to 12,000 people", "Sales hit $4.2bn.", "a non-binding agreement", "O’Brien said",
                  "the council", "in 2024.", "45.5 percent", "上涨了3.5%", "the state-owned firm"):
        assert index.find(whole) is not None, whole


def test_a_wrapped_line_s_end_is_no_space_in_a_script_written_without_spaces() -> None:
    """"発表し\nた" folded to "発表し た": no quote of a hard-wrapped Japanese or Chinese article matched."""
    text = "東京都は5日、予算案を発表し\nた。総額は8兆円で、\n前年度から3.2%増えた。\n\n次の段落。\nIn English\nit wraps."
    index = SourceIndex(text)
    for quote, passage in (("予算案を発表した。", "予算案を発表し\nた。"), ("8兆円で、前年度から3.2%増えた。",
                                                               "8兆円で、\n前年度から3.2%増えた。"),
                           ("増えた。 次の段落。", "増えた。\n\n次の段落。"), ("In English it wraps.", "In English\nit wraps.")):
        found = index.find(quote)
        assert found is not None and text[found[0]:found[1]] == passage, quote
    assert index.find("予算案を発表し\nた。") is not None  # (copied with its line end)
    english = SourceIndex("The minister, who visited\n東京タワー on Monday, praised it.")  # (after an English word: a
    assert english.find("who visited 東京タワー on Monday") is not None  # space, as the line end was)


def test_a_quote_may_start_anywhere_in_a_script_written_without_spaces() -> None:
    text = "中华人民共和国成立了。การประชุมครั้งที่สอง Das Treffen."
    index = SourceIndex(text)
    assert [index.find(quote) is not None for quote in ("人民共和", "ประชุม", "Treffen.", "reffen")] == [
        True, True, True, False]


def test_paragraphs_mark_covering_cards() -> None:
    index = SourceIndex(TEXT)
    a = (*found(index, "“quoted” line’s end."), "cat/a")
    b = (*found(index, "First “quoted”"), "cat/b")
    paras = paragraphs(TEXT, [a, b])
    assert len(paras) == 2
    assert paras[0] == [
        Segment("First ", ("cat/b",), ("cat/b",), ()),
        Segment("“quoted”", ("cat/b", "cat/a"), ("cat/a",), ("cat/b",), ("cat/b",)),
        Segment(" line’s end.", ("cat/a",), (), ("cat/a",), ("cat/a",)),
    ]
    assert paras[1] == [Segment("Second   paragraph\nwraps here. Last.")]


def test_quote_across_paragraphs_is_cut_at_the_break() -> None:
    index = SourceIndex(TEXT)
    span = (*found(index, "end. Second"), "c/x")
    first, second = paragraphs(TEXT, [span])
    assert first[-1] == Segment("end.", ("c/x",), ("c/x",), ())
    assert second[0] == Segment("Second", ("c/x",), (), ("c/x",), ("c/x",))  # going on from the paragraph before


def test_occurrences_counts_every_place_a_quote_is_given_with_and_without_the_word_table() -> None:
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
    sentences = [f"The {words[i % 10]} report said {words[(i * 7) % 10]} {words[(i * 3) % 10]} rose." for i in range(3000)]
    text = "\n\n".join(" ".join(sentences[i:i + 5]) for i in range(0, 3000, 5))
    for table in (True, False):
        index = SourceIndex(text, table=table)
        assert bool(index._starts) is table and len(index.folded) >= 50_000
        for quote in ("report said alpha", "said beta  gamma rose.", "The zeta report", "a", "said omega", "ta rep",
                      "eta report"):
            needle = fold_text(quote)  # whole words: "eta report" is not in "theta report"; "a" and "ta rep" nowhere
            pattern = (r"(?<![^\W_])" if needle[0].isalnum() else "") + re.escape(needle) + (
                r"(?![^\W_])" if needle[-1].isalnum() else "")
            naive = min(500, len(re.findall(f"(?=({pattern}))", index.folded)))
            assert index.occurrences(quote, 500) == naive, (quote, table)
            assert naive > 0 or quote in ("a", "said beta  gamma rose.", "said omega", "ta rep")
        assert index.occurrences("The alpha report said", 2) == 2  # counting stops at `most`


def test_dashes_are_plain_and_invisible_characters_are_left_out_of_matching() -> None:
    """An en dash against a hyphen, or a soft hyphen pasted with the article, made a misquote whose 'fix' looked
    the same as the quote."""
    text = "Floods and land\u00adslides\u200b killed 20\u201325 per cent of Sunamganj's herds.\n\nNext  \ufeffpara."
    index = SourceIndex(text)
    for quote, found in (("landslides killed 20-25 per cent", "land\u00adslides\u200b killed 20\u201325 per cent"),
                         ("Sunamganj\u02bcs herds", "Sunamganj's herds"), ("Next para.", "Next  \ufeffpara."),
                         ("killed 20\u221225", "killed 20\u201325")):
        span = index.find(quote)
        assert span is not None and text[span[0]:span[1]] == found, quote
    assert index.find("lands") is None  # still whole words
    assert fold_text("a\u00adb \u2013 c") == "ab - c"


GUILLEMET_FORMS = ["«Nous avons signé»", "« Nous avons signé »", "«\u00a0Nous avons signé\u00a0»",
                   "«\u202fNous avons signé\u202f»", '"Nous avons signé"', "“Nous avons signé”", "»Nous avons signé«",
                   "„Nous avons signé“"]


def test_guillemets_are_quote_marks_and_the_spacing_just_inside_them_is_left_out() -> None:
    """A card quoting « Nous avons signé » of a French article with "…" (or the reverse) was a misquote: French
    puts a space, often a no-break one, inside guillemets, German turns them round (»…«). Each form matches each
    other, and the passage found is the source's own characters, from its opening mark to its closing one."""
    for written in GUILLEMET_FORMS:
        text = f"Le ministre a dit\u00a0: {written}, hier.\n\nIl est parti."
        index = SourceIndex(text)
        opening, closing = text.index(written), text.index(written) + len(written)
        for quoted in GUILLEMET_FORMS:
            assert found(index, quoted) == (opening, closing), (written, quoted)
            assert found(index, f"a dit : {quoted}, hier. Il") == (text.index("a dit"), text.index(" est")), (
                written, quoted)
        start, end = found(index, "Nous avons signé")  # inside the marks: not the spacing
        assert text[start:end] == "Nous avons signé"
        assert index.find("‹ Nous avons signé ›") is None  # single guillemets are single quote marks
    text = "Il a dit\u00a0: « Ils ont dit ‹\u202fnon\u202f› »."
    index = SourceIndex(text)
    for quoted in ("Ils ont dit ' non '", "Ils ont dit ‘ non ’", "Ils ont dit ‹ non ›"):  # (their spacing counts)
        assert text[slice(*found(index, quoted))] == "Ils ont dit ‹\u202fnon\u202f›", quoted
    assert text[slice(*found(index, '"Ils ont dit \' non \'".'))] == "« Ils ont dit ‹\u202fnon\u202f› »."


def test_the_spacing_beside_a_double_quote_mark_never_counts() -> None:
    """On either side of any double quote mark, whichever way round: German's spacing outside » «, French's inside
    « », a card's straight marks with or without it. (A rule telling a mark's side from its neighbours refused
    quotes copied from the text: it cannot see them at a quote's ends.)"""
    text = ("Er sagte »Wir haben unterschrieben.« Dann »Nein«, sagte er. Sie sagte: « Oui » (« non »). "
            "Il déclare : « Nous partons »[2]. Puis il sort.« Nous restons »(AFP) et »¹ »2 Er sagte »")
    index = SourceIndex(text)
    for quote in ('sagte "Wir haben unterschrieben." Dann "Nein", sagte', 'sagte: "Oui" ("non").',
                  "Sie sagte: «Oui» («non»).", 'sagte"Wir haben', 'unterschrieben."Dann', 'Dann"Nein"',
                  'sagte:"Oui"', '"Oui"("non")', "« Dann", "unterschrieben.« Dann", "« Nous partons »",
                  "« Nous partons »[2]", "sort.« Nous restons »", "« Nous restons »(AFP)", "et »¹", "»2", "Er sagte »"):
        span = index.find(quote)
        assert span is not None, quote
        assert fold_text(text[slice(*span)]) == fold_text(quote), quote


def test_every_passage_copied_from_the_text_is_found() -> None:
    """Whatever quote marks and spacing the text has, a passage of it copied as it is, not cut inside a word, is
    found, and where it is."""
    rng = random.Random(11)
    alphabet = "ab \u00a0\u202f«»“”„\"()[]\n"
    for _ in range(3_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 30)))
        i, j = sorted(rng.sample(range(len(text) + 1), 2)) if len(text) > 1 else (0, len(text))
        if (i > 0 and text[i - 1].isalnum() and text[i].isalnum()) or \
                (j < len(text) and text[j - 1].isalnum() and text[j].isalnum()):
            continue  # cut inside a word
        quote = text[i:j].strip()
        if not fold_text(quote):
            continue
        span = SourceIndex(text).find(quote)
        assert span is not None, (text, quote)
        assert fold_text(text[slice(*span)]) == fold_text(quote), (text, quote)


def test_a_guillemet_quote_in_other_words_is_still_a_misquote() -> None:
    from generator.quotes import misquote

    text = "Le ministre a dit\u00a0: «\u00a0Nous avons signé l’accord\u00a0», hier."
    index = SourceIndex(text)
    for quote in ('"Nous avons signé le traité"', "« Nous avons refusé l’accord »", '"Nous signons l\'accord"'):
        assert index.find(quote) is None and index.cut_word(quote) is None, quote
    message, _ = misquote('a dit : "Nous avons signé le traité", hier.', text)
    assert message == ('source_quote is not in the source; did you mean: "a dit : « Nous avons signé '
                       '[-le traité-]{+l’accord+} », hier."?')  # the words, not the quote marks


@pytest.mark.parametrize(("text", "word", "starts"), [
    ("MADRID, 3 mar (EFE).- Medio millón", "Medio", True),  # a Spanish agency's dateline ends with ".-"
    ("Paris - Trois ans", "Trois", True), ("Bonn – Elf", "Elf", True), ("Jean-Pierre", "Pierre", False),
    ("the Pont Neuf", "Neuf", False), ("Done. Six", "Six", True), ("", "", True),
])
def test_a_capital_may_start_a_sentence(text: str, word: str, starts: bool) -> None:
    assert starts_sentence(text, text.rindex(word) if word else 0) is starts
