"""numbers.py: the numbers a passage of English gives, as written and as values; the currencies it names."""

from __future__ import annotations

from typing import Any

import pytest

from generator import numbers
from generator.numbers import CURRENCY_NAMES, as_english, names_currency, numbers_in, numerals


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


def test_numbers_in_words_as_written() -> None:
    """Punctuation ends a number ("two, one" is two numbers, not three); "and" and hyphens join its words."""
    from generator.numbers import spelled

    assert spelled("Twelve boats, two, one of many; twenty-five and two hundred and ten, the second, a dozen") == [
        ("Twelve", 12), ("two", 2), ("one", 1), ("twenty-five", 25), ("two hundred and ten", 210), ("second", 2),
        ("dozen", 12)]
    assert numbers_in("voted seven to two. One said so") == {7, 2, 1}
    assert spelled("a €5 million grant, a 2 billion loan; a million boats") == [("million", 1_000_000)]  # "a" + numeral


def test_a_value_that_is_only_the_digits_of_a_scaled_number() -> None:
    from generator.numbers import digits, names_scale, unscaled

    assert unscaled(48, "an estimated $48 million a year") == ("48 million", 48_000_000, 1e6)
    assert unscaled(2, "a 2bn loan") == ("2bn", 2_000_000_000, 1e9)
    assert unscaled(5, "a $5m grant") == ("5m", 5_000_000, 1e6)
    assert unscaled(5, "the deck will be 5m wide, 3k long") is None  # metres: a one-letter suffix needs a currency
    # ... or a unit that is not a length: '1.2m others stranded' is 1.2 million people, and the page said '1.2 people'
    assert unscaled(1.2, "left about 1.2m others stranded", "people") == ("1.2m", 1_200_000, 1e6)
    assert unscaled(5, "the deck will be 5m wide", "metres") is None
    assert unscaled(5, "a 5k run", "km") is None
    assert unscaled(5, "5m of new track was laid in May.", "metres") is None  # at the start: no currency sign before
    assert (names_scale("billion EUR", 1e9), names_scale("bn", 1e9), names_scale("metres", 1e6)) == (True, True, False)
    assert unscaled(48, "48 buses and $48 million") is None  # also given by itself
    assert unscaled(2, "two loans of $2 million") is None
    assert unscaled(48_000_000, "$48 million") is None
    assert (digits(48_000_000.0), digits(2.5), digits(1_100_000.0000000002)) == ("48000000", "2.5", "1100000")


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


@pytest.mark.parametrize("word", sorted({*numbers.UNITS, *numbers.ORDINALS, *numbers.SPOKEN}))
def test_every_number_word_is_read_in_any_case_and_between_any_marks(word: str) -> None:
    """(A text is read word by word only when it holds a number word: none may be missed.)"""
    value = {**numbers.SPOKEN, **numbers.ORDINALS, **numbers.UNITS}[word]
    for form in (word, word.title(), word.upper()):
        text = f"a {form}" if word in numbers.SPOKEN else f"({form}-"
        assert numbers.spelled(text) == [(form, value)]
        assert numbers.spelled(f"x{form}") == numbers.spelled(f"{form}x") == []


def test_a_larger_scale_after_a_smaller_one_scales_the_whole_number() -> None:
    assert numbers.spelled("a thousand million; five thousand two hundred million") == [
        ("thousand million", 1e9), ("five thousand two hundred million", 5.2e9)]
    assert numbers.spelled("two million three hundred thousand, three thousand five hundred") == [
        ("two million three hundred thousand", 2_300_000), ("three thousand five hundred", 3500)]


def words_of(language: str) -> numbers.WordReader:
    from generator.words import words_for

    words = words_for(language)
    return numbers.words_as_english(words.numbers, words.number_joiner)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "deux hélicoptères et vingt-cinq millions d’euros", [("deux", 2), ("vingt-cinq millions", 25e6)]),
    ("fr", "Quatre-vingt-dix-neuf, soixante et onze; vingt et un mille", [
        ("Quatre-vingt-dix-neuf", 99), ("soixante et onze", 71), ("vingt et un mille", 21_000)]),
    ("fr", "mille deux cents, quatre-vingts; cent", [("mille deux cents", 1200), ("quatre-vingts", 80), ("cent", 100)]),
    ("fr", "un milliard, mille milliards", [("un milliard", 1e9), ("mille milliards", 1e12)]),
    ("fr", "deux et trois", [("deux", 2), ("trois", 3)]),  # "et" joins a tens and a unit only
    ("fr", "20 pour cent, le 17 sept. 2011, 50 cents", []),  # no number: a phrase, words right after numerals
    ("de", "fünfundzwanzig, Dreihundertfünfundzwanzigtausend", [
        ("fünfundzwanzig", 25), ("Dreihundertfünfundzwanzigtausend", 325_000)]),
    ("de", "zwei Millionen, eine Milliarde, hundert, tausendeins", [
        ("zwei Millionen", 2e6), ("eine Milliarde", 1e9), ("hundert", 100), ("tausendeins", 1001)]),
    ("de", "Zehntausende, Achtung, zweiundfünf, und", []),  # not made of number words alone, a joiner misplaced
    ("de", "dreissig und dreißig", [("dreissig", 30), ("dreißig", 30)]),
    ("es", "treinta y cinco mil, doscientos mil, mil millones", [
        ("treinta y cinco mil", 35_000), ("doscientos mil", 200_000), ("mil millones", 1e9)]),
    ("es", "ciento veinticinco; un millón; dos y tres; cien por ciento", [
        ("ciento veinticinco", 125), ("un millón", 1e6), ("dos", 2), ("tres", 3), ("cien", 100)]),
])
def test_numbers_in_the_words_of_a_shipped_language(language: str, text: str, expected: list[Any]) -> None:
    reader = words_of(language)
    worded, moved = reader.read(text)
    found = [(text[slice(*numbers.WordReader.origin(moved, start, end))], value)
             for start, end, value in numbers.spelled_at(worded)]
    assert found == expected
    assert numbers_in(worded) >= {value for _, value in expected}


def test_english_has_no_word_table_and_a_long_word_is_no_number() -> None:
    reader = numbers.words_as_english((), "")
    assert reader.read("deux hélicoptères") == ("deux hélicoptères", [])
    assert words_of("fr")("un" * 5000) == "un" * 5000  # (read letter by letter, it would be 5,000 ones deep)
    assert words_of("fr")("un" * 30) == "one-" * 29 + "one"


def test_where_a_rewritten_number_stood() -> None:
    reader = words_of("fr")
    text = "Il y a vingt-cinq ans, 2 000 soldats et cent chars."
    worded, moved = reader.read(text)
    assert worded == "Il y a twenty-five ans, 2 000 soldats et one-hundred chars."
    assert [text[slice(*numbers.WordReader.origin(moved, start, end))] for start, end, _ in
            numbers.spelled_at(worded)] == ["vingt-cinq", "cent"]
    assert numbers.WordReader.origin(moved, 0, 2) == (0, 2)  # before any rewritten piece
    assert numbers.WordReader.origin(moved, len(worded) - 6, len(worded)) == (len(text) - 6, len(text))  # after
