"""asenglish.py: numbers written the way another language writes them, read as English writes them, and each
kept as the text writes it."""

from __future__ import annotations

from typing import Any

import pytest

from generator.asenglish import AsEnglish, WordReader, as_english, origin, words_as_english
from generator.numbers import numbers_in, numerals, spelled_at

FR = as_english(",", "\u202f", (("million", "million"), ("millions", "million"), ("milliard", "billion"),
                                ("milliards", "billion")))
DE = as_english(",", ".", (("Million", "million"), ("Millionen", "million"), ("Milliarde", "billion"),
                          ("Milliarden", "billion")))
ES = as_english(",", ".", (("millón", "million"), ("millones", "million"), ("mil millones", "billion")))


@pytest.mark.parametrize(("read", "text", "english"), [
    (FR, "2 000 places, 2\u202f000 et 2\u00a0000", "2000 places, 2000 et 2000"),
    (FR, "15 millions d’euros, 1,5 milliard", "15 million d’euros, 1.5 billion"),
    (FR, "en 2024, 2 000 places ; 3, 4 et 5", "en 2024, 2000 places ; 3, 4 et 5"),  # a list's commas stay
    (FR, "3 000 000 de visiteurs", "3000000 de visiteurs"),
    (DE, "1.200 Kinder, 90 Millionen Euro, 2,5 Prozent", "1200 Kinder, 90 million Euro, 2.5 Prozent"),
    (DE, "1.234.567 Menschen, 4 MILLIARDEN", "1234567 Menschen, 4 billion"),
    (DE, "Millionenstadt mit 3 Millionenstädten", "Millionenstadt mit 3 Millionenstädten"),  # whole words only
    (ES, "1.500 millones de euros y 2.000 grúas", "1500 million de euros y 2000 grúas"),
    (ES, "3 mil millones", "3 billion"),
])
def test_numbers_written_another_way_are_read_as_english_writes_them(read: Any, text: str, english: str) -> None:
    assert read(text) == english


def test_english_numbers_are_left_as_they_are() -> None:
    text = "4,200 and 1.5 million, 2 000"
    assert as_english(".", ",", (("million", "million"),))(text) == text
    assert numbers_in(FR("2 000 et 1,5")) == {2000, 1.5}


def words_of(language: str) -> WordReader:
    from generator.words import words_for

    words = words_for(language)
    return words_as_english(words.numbers, words.number_joiner)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "deux hélicoptères et vingt-cinq millions d’euros", [("deux", 2), ("vingt-cinq millions", 25e6)]),
    ("fr", "Quatre-vingt-dix-neuf, soixante et onze; vingt et un mille", [
        ("Quatre-vingt-dix-neuf", 99), ("soixante et onze", 71), ("vingt et un mille", 21_000)]),
    ("fr", "mille deux cents, quatre-vingts; cent", [("mille deux cents", 1200), ("quatre-vingts", 80), ("cent", 100)]),
    ("fr", "un milliard, mille milliards", [("un milliard", 1e9), ("mille milliards", 1e12)]),
    ("fr", "deux et trois", [("deux", 2), ("trois", 3)]),  # "et" joins a tens and a unit only
    ("fr", "20 pour cent, le 17 sept. 2011, 50 cents", []),  # no number: a phrase, words right after numerals
    ("de", "Dreihundertfünfundzwanzigtausend, fünfundzwanzig", [
        ("Dreihundertfünfundzwanzigtausend", 325_000), ("fünfundzwanzig", 25)]),
    ("de", "zwei Millionen, eine Milliarde, hundert, tausendeins", [
        ("zwei Millionen", 2e6), ("eine Milliarde", 1e9), ("hundert", 100), ("tausendeins", 1001)]),
    ("de", "Zehntausende, Achtung, zweiundfünf, und", []),  # not made of number words alone, a joiner misplaced
    ("de", "dreissig und dreißig", [("dreissig", 30), ("dreißig", 30)]),
    ("es", "treinta y cinco mil, doscientos mil, mil millones", [
        ("treinta y cinco mil", 35_000), ("doscientos mil", 200_000), ("mil millones", 1e9)]),
    ("fr", "Douzième jour : la troisième phase, le premier jour; vingt-deuxième", [
        ("Douzième", 12), ("troisième", 3), ("premier", 1)]),  # an ordinal is one as a word of its own only
    ("de", "die dritte Phase, im zweiten Jahr, achtzehnte, achten", [("dritte", 3), ("zweiten", 2)]),
    ("es", "la tercera fase, el primer año, décimo; un cuarto", [
        ("tercera", 3), ("primer", 1), ("décimo", 10), ("un cuarto", 0.25)]),  # (a quarter: "un cuarto del
    # presupuesto"; a room seldom in the news)
    ("es", "la segunda mitad del partido; la mitad de los votos", [("mitad", 0.5)]),  # (a match's half: no number)
    ("de", "in der zweiten Hälfte des Spiels; die Hälfte der Stimmen", [("Hälfte", 0.5)]),
    ("es", "el medio ambiente, el medio rural, a medio plazo, en Oriente Medio; medio millón", [
        ("medio millón", 500_000)]),  # ("medio" that is no half: a phrase of no number)
    ("es", "ciento veinticinco; un millón; dos y tres; cien por ciento", [
        ("ciento veinticinco", 125), ("un millón", 1e6), ("dos", 2), ("tres", 3), ("cien", 100)]),
    # a capital inside a sentence is a name's; after a sentence's start, a colon, a quote mark or "**" a number's
    ("fr", "Le Pont Neuf et les Trois Glorieuses. Neuf ponts : Trois ans, « Cinq » et **Deux**; NEUF", [
        ("Neuf", 9), ("Trois", 3), ("Cinq", 5), ("Deux", 2), ("NEUF", 9)]),
    ("de", "Die Elf gewann, außer Acht gelassen. Elf Tore, elf Spieler, Milliarden Euro", [("Elf", 11), ("elf", 11)]),
    ("es", "Los Cuatro Fantásticos, ¿Cuatro? cuatro", [("Cuatro", 4), ("cuatro", 4)]),
    # parts of a whole, and halves ("zweieinhalb" is 2.5: the page's figure gave a false warning)
    ("fr", "un tiers des bus, deux tiers, la moitié des voix, trois quarts du budget", [
        ("un tiers", 1 / 3), ("deux tiers", 2 / 3), ("moitié", 0.5), ("trois quarts", 0.75)]),
    ("de", "ein Drittel der Kosten, die Hälfte der Stimmen, zweieinhalb Jahrzehnte, anderthalb Jahre", [
        ("ein Drittel", 1 / 3), ("Hälfte", 0.5), ("zweieinhalb", 2.5), ("anderthalb", 1.5)]),
    ("es", "un tercio de los votos, dos tercios, la mitad de los votos", [
        ("un tercio", 1 / 3), ("dos tercios", 2 / 3), ("mitad", 0.5)]),
    ("fr", "Une élue de la Cinquième République, et le Tiers Livre", [("Une", 1)]),  # (names: not the half's rule)
    ("es", "el Tercio de Flandes", []),
    # a word is read whole ("tenía" held "ten"); "medio millón" is half a million; a scale after a numeral stays
    ("es", "tenía diez fábricas; medio millón de empleos; 5,6 mil millones", [("diez", 10), ("medio millón", 500_000)]),
    # "et demi", "y medio": and a half, after the number or the word it counts ("deux ans et demi" is 2.5)
    ("fr", "Un million et demi de trajets, deux ans et demi", [("Un million et demi", 1_500_000),
                                                              ("deux ans et demi", 2.5)]),
    ("es", "un millón y medio de euros", [("un millón y medio", 1_500_000)]),
    ("es", "la cuarta parte de los votos; una tercera parte; las dos terceras partes; el medio ambiente", [
        ("cuarta parte", 0.25), ("una tercera parte", 1 / 3), ("dos terceras partes", 2 / 3)]),  # (a phrase's English)
    ("es", "Los dos ministros y medio centenar de expertos", [("dos", 2), ("medio", 0.5)]),  # (a half of fifty)
])
def test_numbers_in_the_words_of_a_shipped_language(language: str, text: str, expected: list[Any]) -> None:
    reader = words_of(language)
    worded, moved = reader.read(text)
    found = [(text[slice(*origin(moved, start, end))], value)
             for start, end, value in spelled_at(worded)]
    assert found == expected
    assert numbers_in(worded) >= {value for _, value in expected}


def test_english_has_no_word_table_and_a_long_word_is_no_number() -> None:
    reader = words_as_english((), "")
    assert reader.read("deux hélicoptères") == ("deux hélicoptères", [])
    assert words_of("fr")("un" * 5000) == "un" * 5000  # (read letter by letter, it would be 5,000 ones deep)
    assert words_of("fr")("un" * 30) == "one-" * 29 + "one"


def test_where_a_rewritten_number_stood() -> None:
    reader = words_of("fr")
    text = "Il y a vingt-cinq ans, 2 000 soldats et cent chars."
    worded, moved = reader.read(text)
    assert worded == "Il y a twenty-five ans, 2 000 soldats et one-hundred chars."
    assert [text[slice(*origin(moved, start, end))] for start, end, _ in
            spelled_at(worded)] == ["vingt-cinq", "cent"]
    assert origin(moved, 0, 2) == (0, 2)  # before any rewritten piece
    assert origin(moved, len(worded) - 6, len(worded)) == (len(text) - 6, len(text))  # after


def test_where_a_rewritten_numeral_stood() -> None:
    text = "1 200,5 tonnes, 2,5 millions d’euros et 7 bateaux"
    english, moved = FR.read(text)
    assert english == FR(text) == "1200.5 tonnes, 2.5 million d’euros et 7 bateaux"
    assert [text[slice(*origin(moved, new_start, new_end))] for new_start, new_end, _, _ in moved] == [
        "1 200,5", "2,5 millions", "7"]
    assert as_english(".", ",", ()).read(text) == (text, [])  # English: nothing rewritten


@pytest.mark.parametrize(("digits", "language", "text", "in_digits", "in_words"), [
    (FR, "fr", "Vingt-cinq navires, 2 000 soldats et 1,5 million d’euros", [
        ("2 000", {2000}), ("1,5 million", {1.5, 1.5e6})], [("Vingt-cinq", 25)]),
    (DE, "de", "1.200 Kinder, zweihundert Panzer und 90 Millionen Euro", [
        ("1.200", {1200}), ("90 Millionen", {90, 9e7})], [("zweihundert", 200)]),
    (as_english(".", ",", ()), "en", "2,000 troops and twenty-five ships for $1.5 million", [
        ("2,000", {2000}), ("1.5 million", {1.5, 1.5e6})], [("twenty-five", 25)]),
])
def test_a_reading_gives_each_number_as_the_text_writes_it(digits: Any, language: str, text: str,
                                                           in_digits: list[Any], in_words: list[Any]) -> None:
    reading = AsEnglish(digits, words_of(language)).read(text)
    assert reading.text == AsEnglish(digits, words_of(language))(text)
    assert (reading.numerals, reading.spelled) == (in_digits, in_words)
    as_english_writes = [english for english, _ in numerals(reading.text)]  # ('2000', '1.5 million')
    assert reading.written == dict(zip(as_english_writes, [written for written, _ in reading.numerals], strict=True))


@pytest.mark.parametrize(("text", "written"), [
    ("都は3億円を計上し、約1万2000世帯", [("3億", 300_000_000), ("1万2000", 12_000)]),
    ("支出为1.2亿元，3万个岗位", [("1.2亿", 120_000_000), ("3万", 30_000)]),
    ("総額は8兆4530億円、3千億円、5百亿元", [("8兆4530億", 8_453_000_000_000), ("3千億", 300_000_000_000),
                                      ("5百亿", 50_000_000_000)]),
    ("物価は３．２％、入場料は1，200円", [("３．２", 3.2), ("1，200", 1200)]),
    ("企业数量达到1500，300家为外资企业", [("1500", 1500), ("300", 300)]),  # (a comma after four digits: a clause's)
])
def test_chinese_and_japanese_numbers_are_read_in_any_site(text: str, written: list[tuple[str, float]]) -> None:
    from generator.numberchecks import english_numbers
    from generator.words import ENGLISH

    assert [(said, max(values)) for said, values in english_numbers(ENGLISH).read(text).numerals] == written
