"""numbers.py: the numbers a passage of English gives, as written and as values; the currencies it names."""

from __future__ import annotations

import pytest

from generator import numbercontexts, numbers
from generator.currencies import names_currency
from generator.numbers import numbers_in, numerals


@pytest.mark.parametrize(("text", "unit", "named"), [
    ("$5 million", "USD", True), ("five dollars", "USD", True), ("USD 5m", "USD", True), ("5 pesos", "USD", False),
    ("€5m", "EUR", True), ("5 euros", "EUR", True), ("European aid of 5m", "EUR", False),
    ("Rs. 5 billion", "INR", True), ("5 rupees", "INR", True), ("for years", "INR", False),
    ("5 roubles", "RUB", True), ("5 rubles", "RUB", True), ("the rubble", "RUB", False),
    ("£5m", "GBP", True), ("5 pounds sterling", "GBP", True), ("¥5bn", "JPY", True), ("5 yen", "JPY", True),
    # as French, German and Spanish quotes name them (a Spanish briefing's dólares warned "does not name it")
    ("1.200 millones de dólares", "USD", True), ("500 Millionen Pfund", "GBP", True), ("500 millones de libras",
    "GBP", True), ("cinq millions de livres", "GBP", True), ("20 Milliarden Rubel", "RUB", True), ("20 rublos",
    "RUB", True), ("3 millones de yenes", "JPY", True), ("300 Millionen Rupien", "INR", True), ("des roupies",
    "INR", True), ("500 millones de pesos", "USD", False),
    # another country's dollar is no US dollar (HK$5 million passed as $5 million); US$ is
    ("HK$5 million", "USD", False), ("C$2m and R$3m", "USD", False), ("US$5 million", "USD", True),
    ("A$1bn, then $2bn", "USD", True), ("3億円", "JPY", True),
    # an Australian paper's $A (a twenty-second review's: "does not name it")
    ("a surcharge of $A450", "USD", False), ("$US450 and $A450", "USD", True),
])
def test_names_currency(text: str, unit: str, named: bool) -> None:
    assert names_currency(text, unit) is named


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
    ("with 1,20,000 homes and Rs12,34,56,789", {120_000, 123_456_789}),  # grouped in lakhs and crores
    ("Rs 48.2 lakh crore, Rs 2 thousand crore, Rs 5 crore", {48.2, 48.2e12, 2, 2e10, 5, 5e7}),  # (not 48.2 lakh)
    ("the T10 line's 22 stops, the G20 and an A380; USD15m", {22, 15, 15_000_000}),  # digits on a name's letters
    ("R10m, CHF25 and Rp3 trillion", {10, 10_000_000, 25, 3, 3e12}),  # an amount all the same: a scale, a code
    ("東京都の人口は約1400万人で、前年比0.5%増えた。", {1400, 0.5}),  # (after a letter of no Latin, Greek or Cyrillic)
    ("shares rose 3½% and ¾ of 2¼ million", {3.5, 2.25, 2_250_000}),  # a fraction after its whole number
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
    # and a half: one number (it was 2 and 0.5), with the scale after it
    assert spelled("two and a half years, seven-and-a-half, one and a half million; the second and a half") == [
        ("two and a half", 2.5), ("seven-and-a-half", 7.5), ("one and a half million", 1_500_000),
        ("second", 2), ("a half", 0.5)]
    assert spelled("a million and a half visitors, two million and a half") == [
        ("million and a half", 1_500_000), ("two million and a half", 2_500_000)]


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


@pytest.mark.parametrize(("value", "shown", "digits"), [
    (0.000000001, "0.000000001", "0.000000001"),  # was "0": six decimals at most
    (1.1 * 1e6, "1,100,000", "1100000"),  # 1100000.0000000002: no digit of the figure's
    (0.1 + 0.2, "0.3", "0.3"),
    (4200, "4,200", "4200"), (1.5, "1.5", "1.5"), (1e21, "1" + ",000" * 7, "1" + "000" * 7),
])
def test_a_number_in_a_message_has_every_digit_it_has_and_none_made_up(value: float, shown: str, digits: str) -> None:
    assert (numbers.shown(value), numbers.digits(value)) == (shown, digits)


@pytest.mark.parametrize(("text", "found"), [
    ("up by a third since 2019, two thirds of it", [("a third", 1 / 3), ("two thirds", 2 / 3)]),
    ("Three-quarters of voters; one fifth.", [("Three-quarters", 0.75), ("one fifth", 0.2)]),
    ("a quarter of the city and a half percent", [("a quarter", 0.25), ("a half", 0.5)]),
    ("a third term, the third time", [("third", 3), ("third", 3)]),  # before a noun: an ordinal
    ("about a quarter complete, a fifth below", [("a quarter", 0.25), ("a fifth", 0.2)]),  # (a sixteenth review's:
    # before an adjective, a part)
    ("one thirds, two half", [("one", 1), ("two half", 2.5)]),  # not a fraction as written
    # a part of a scale is one number ("half a million" was 0.5 and a million: a true figure of 500,000 was warned of)
    ("half a million jobs, a quarter of a million, three-quarters of a billion; two thirds of a million",
     [("half a million", 500_000), ("a quarter of a million", 250_000), ("three-quarters of a billion", 750_000_000),
      ("two thirds of a million", 2 / 3 * 1e6)]),
    ("a quarters of a million", [("million", 1e6)]),
    ("two years and a half, three cars and a half-built house", [("two years and a half", 2.5), ("three", 3),
                                                                  ("a half", 0.5)]),
    ("four sisters and a half brother; a two-and-a-half-year deal", [("four", 4), ("half", 0.5),
                                                                     ("two-and-a-half", 2.5)]),
])
def test_a_part_of_a_whole_is_one_number(text: str, found: list[tuple[str, float]]) -> None:
    assert numbers.spelled(text) == found


def test_shares_a_text_gives_as_percentages() -> None:
    """'two thirds' and 'one in three' are 67% and 33% to a figure, a title and a summary; 'one in 2019' is no share."""
    assert numbers.shares("two thirds voted", [2 / 3, 5]) == {67.0, 66.7, 66.67}
    assert numbers.shares("roughly one in three, 2 out of 5 and 1 in every 10", []) == {
        33.0, 33.3, 33.33, 40.0, 10.0}
    assert numbers.shares("one in 2019 and three in two", []) == set()
    assert numbers.shares("one voter in five, every third home, jeder fourth Mieter", []) == {  # (German as read)
        20.0, 33.0, 33.3, 33.33, 25.0}
    assert numbers.shares("one de cada four, one jeune sur two, two von five", []) == {25.0, 50.0, 40.0}


@pytest.mark.parametrize(("quote", "said"), [
    ("Sales were $400 million, down from about $450 million a year earlier.", "from about"),
    ("The trade gap shrank 9.6 percent to $64.2 billion, from a revised $71.0 billion in February.", "from a revised"),
    ("The deficit is $2,300 per capita, compared with roughly $2,900 per person a year ago.", "compared with roughly"),
    ("Capital expenditure fell to $540 million in the quarter from $610 million a year earlier.", "from"),  # (when)
])
def test_the_number_a_change_starts_from_past_a_word_or_two(quote: str, said: str) -> None:
    """A wire story's "down from about", "from a revised", "compared with roughly": the swapped change went unsaid."""
    earlier = [context for context in numbercontexts.contexts(quote) if context.earlier]
    assert [context.baseline for context in earlier] == [said], quote
    assert not [context for context in numbercontexts.contexts("Delegates from about 40 countries met.") if context.earlier]
    assert not [context for context in numbercontexts.contexts(  # (three words at most between, or what it changed to)
        "Attendance grew this year, with delegates from 40 countries; 30 had come in 2023.") if context.earlier]
    assert not [context for context in numbercontexts.contexts(  # (after what it changed to, only when: not what)
        "The fair grew to 3,000 stands with exhibitors from 45 countries.") if context.earlier]


def test_a_period_s_ordinal_is_no_number() -> None:
    """The third review's: "dominated the second half" gave "second, a number the source never gives"; the first
    quarter of a year is a period, not a count."""
    assert [word for word, _ in numbers.spelled("dominated the second half, as in the first-quarter results")] == [
        "half"]
    assert numbers.spelled("a second term, the third time") == [("second", 2), ("third", 3)]

