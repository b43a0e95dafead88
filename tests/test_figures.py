"""Numbers for people, and the change shown by a figure with `from`."""

from __future__ import annotations

import dataclasses

import pytest
from markupsafe import Markup

from generator.figures import CURRENCIES, amount, number, show
from generator.model import Figure
from generator.statedchanges import direction
from generator.words import words_for


@pytest.mark.parametrize(("value", "text"), [
    (4200, "4,200"), (10, "10"), (0.25, "0.25"), (1.5, "1.5"), (1100000, "1.1 million"),
    (3000000, "3 million"), (500000000, "500 million"), (2_500_000_000, "2.5 billion"),
    (1234567, "1,234,567"), (-4200, "\u22124,200"), (3.0, "3"),  # a true minus sign
    # every digit the value has and none added: no rounding to two places, no exponent
    (1.125, "1.125"), (0.000001, "0.000001"), (4200.75, "4,200.75"), (1_234_567.5, "1,234,567.5"),
    (2_345_678_900, "2,345,678,900"), (1_250_000.0, "1.25 million"), (1_255_000, "1,255,000"),
    (123456789012345678901234567890, "123,456,789,012,345,678,901,234,567,890"),  # an integer past a float's 2**53
    (5 * 10**20, "500,000,000 trillion"),
])
def test_number(value: float, text: str) -> None:
    assert number(value) == text

WORKED_OUT = " (worked out from the two numbers: the source does not give it)"


def test_a_huge_float_is_shown_with_its_own_digits() -> None:
    """Past a float's whole numbers (2**53) the scaling is done in decimal: a float division showed 1e308 as
    99,999,999,999,999,998,134,867,772,... trillion."""
    assert number(1e308) == "100" + ",000" * 98 + " trillion"
    assert number(1.5e300) == "1,500" + ",000" * 95 + " trillion"
    assert number(2.5e16) == "25,000 trillion"
    assert number(123456789012345678.0) == "123,456,789,012,345,680"  # no whole number of trillions: not scaled


def test_amount_with_currency_and_units() -> None:
    assert amount(500000000, "USD") == "$500 million"
    assert amount(4200000, "EUR") == "€4.2 million"
    assert amount(10, "helicopters") == "10 helicopters"
    assert amount(7, None) == "7"
    assert (amount(-5, "USD"), amount(-3.2, "%"), amount(-2, "tons")) == ("\u2212$5", "\u22123.2%", "\u22122 tons")


def test_change_shows_both_ends_and_percentage() -> None:
    shown = show(Figure("Capacity", 3000000, "tons a year", 1100000))
    assert (shown.start_text, shown.value_text, shown.unit_text, shown.change_text) == (
        "1.1 million", "3 million", "tons a year", "+173%")
    # the bars' tooltip says the change is worked out, as the mark beside it does; a change the quote gives is not
    assert shown.spoken == "Capacity: from 1.1 million tons a year to 3 million tons a year, +173%" + WORKED_OUT
    given = show(Figure("Capacity", 3000000, "tons a year", 1100000), quote="up 173% from 1.1 million tons")
    assert (given.change_given, given.spoken) == (
        True, "Capacity: from 1.1 million tons a year to 3 million tons a year, +173%")
    assert (shown.bar_start, shown.bar_value) == (37, 100)


def test_a_change_under_a_hundred_percent_keeps_a_decimal() -> None:
    assert [show(Figure("x", value, None, 1150)).change_text for value in (1200, 1160, 1150.5, 1264, 1265, 1035)] == [
        "+4.3%", "+0.9%", "+0.04%", "+9.9%", "+10%", "\u221210%"]
    # a change too small for one decimal is shown to its first digit, never as +0% or -0%
    assert [show(Figure("x", value, None, start)).change_text for value, start in (
        (100.04, 100), (99.96, 100), (100.0004, 100), (1_000_000_001, 1_000_000_000), (104.99, 100), (100.05, 100))] == [
        "+0.04%", "\u22120.04%", "+0.0004%", "+0.0000001%", "+5%", "+0.05%"]
    # an article that gives the change gives 12.5%, not 13%; from 100% whole numbers, with separators
    assert [show(Figure("x", value, None, start)).change_text for value, start in (
        (2.7, 2.4), (2_000_000, 1_500_000), (1.999, 1), (2, 1), (250, 100), (100, 1))] == [
        "+12.5%", "+33.3%", "+99.9%", "+100%", "+150%", "+9,900%"]


def test_a_figure_keeps_the_decimals_it_was_written_with() -> None:
    """YAML reads 2.40 as 2.4; load keeps how many decimals each number was written with (`places`)."""
    shown = show(Figure("Fare", 2.7, "USD", 2.4, places=(2, 2, 0)))
    assert (shown.start_text, shown.value_text, shown.change_text) == ("$2.40", "$2.70", "+12.5%")
    assert shown.spoken == "Fare: from $2.40 to $2.70, +12.5%" + WORKED_OUT
    assert show(Figure("Rate", 4.5, "%", places=(2, 0, 0))).value_text == "4.50%"
    assert show(Figure("Range", 2.5, "tons", value_max=3.0, places=(2, 0, 2))).value_text == "2.50\u20133.00"
    assert number(2.4, words_for("fr"), 2) == "2,40"
    assert number(1234.5, places=2) == "1,234.50"
    assert number(2_500_000.0, places=1) == "2.5 million"  # a scaled number keeps its own digits
    assert number(1_234_567.5, places=2) == "1,234,567.50"  # not scaled: every digit, and the zero
    assert number(0.3, places=17) == "0.30000000000000000"  # its written digits, not the float's 0.29999999999999999
    assert number(1_234_567.5, places=30) == "1,234,567.5" + "0" * 29  # past Decimal's 28 digits of precision
    assert number(-0.0, places=1) == number(-0.0 + 0, places=1) == "0.0"  # no sign on zero (was "-0.0")


def test_a_change_the_quote_states_is_the_quote_s() -> None:
    """870 -> 1,150 is +32.2%: an article's 'an increase of 32%' is shown as such, and said not worked out; a
    percentage the change does not round to is not taken (the worked-out change is shown, and said so)."""
    for quote, text, given in (("an increase of 32%", "+32%", True), ("up 32.18 per cent", "+32.18%", True),
                               ("roughly 31%", "+32.2%", False),
                               ("1,150 households", "+32.2%", False), ("", "+32.2%", False),
                               ("1,150 households, 32% of them in town", "+32.2%", False)):  # a share, no change
        shown = show(Figure("Waiting list", 1150, None, 870), quote=quote)
        assert (shown.change_text, shown.change_given) == (text, given), quote
        assert shown.spoken == f"Waiting list: from 870 to 1,150, {text}" + ("" if given else WORKED_OUT)
    assert show(Figure("x", 870, None, 1150), quote="a fall of 24%").change_text == "\u221224%"
    assert show(Figure("x", 1150, None, 870), words_for("fr"), quote="une hausse de 32,2 %").change_text == "+32,2\u202f%"
    for language, quote in (("de", "ein Plus von knapp 32 Prozent"), ("fr", "soit 32 pour cent de plus"),
                             ("es", "un 32 por ciento más")):  # (a percentage in words was taken for none)
        shown = show(Figure("x", 1150, None, 870), words_for(language), quote=quote)
        assert (shown.change_text.startswith("+32\u202f%" if language == "fr" else "+32"), shown.change_given) == (
            True, True), language
    for language, quote in (("fr", "une hausse de 32 % des prix"), ("es", "un aumento del 32 % de los precios")):
        assert show(Figure("x", 1150, None, 870), words_for(language), quote=quote).change_given, language
    assert not show(Figure("x", 4.5, "%", 3.9), quote="up 15%").change_given  # a share's change is in points
    # Arabic's own percent sign (U+066A): the stated change was shown as worked out
    assert show(Figure("x", 1150, None, 870), quote="\u0628\u0632\u064a\u0627\u062f\u0629 32\u066a").change_given



def test_a_change_in_points_the_quote_states_is_not_said_worked_out() -> None:
    """8.25% -> 8.75% beside "a 0.5% increase ... to 8.75%": the page said "+0.5 points*, worked out: the source
    does not give it" under a quote that gives it."""
    for quote, given in (("a 0.5% increase in the sales tax, to 8.75%", True), ("up 0.50 percentage points", True),
                         ("a rise of 0.5 points", True), ("up 6.1% to 8.75%", False), ("to 8.75%", False),
                         ("0.5 million people", False), ("", False)):
        shown = show(Figure("Sales tax", 8.75, "%", 8.25), quote=quote)
        assert (shown.change_text, shown.change_given) == ("+0.5 points", given), quote
    assert not show(Figure("Rate", 4, "%", 2), quote="The rate rose from 2% to 4%").change_given  # (2%: a level)
    assert show(Figure("Rate", 4, "%", 2), quote="The rate rose 2 points to 4%").change_given  # (said as points)
    assert show(Figure("x", 4.5, "%", 3.9), words_for("de"), quote="um 0,6 Prozentpunkte").change_given
    assert show(Figure("x", 4.5, "%", 3.9), words_for("es"), quote="0,6 puntos más").change_given

def test_decrease_uses_a_minus_sign() -> None:
    assert show(Figure("Toll", 1, "euros", 2)).change_text == "\u221250%"


def test_a_percentage_is_shown_with_its_sign_and_changes_in_points() -> None:
    """A share's change is in percentage points, exact to its digits: 0.8% -> 0.82% is +0.02 points (not +2.5%, nor
    the float's 0.019999999999999907)."""
    assert amount(4.5, "%") == amount(4.5, "per cent") == amount(4.5, "percent") == "4.5%"
    shown = show(Figure("Property-tax rate", 0.82, "%", 0.8))
    assert (shown.start_text, shown.value_text, shown.unit_text, shown.change_text) == ("0.8%", "0.82%", "",
                                                                                         "+0.02 points")
    assert shown.spoken == "Property-tax rate: from 0.8% to 0.82%, +0.02 points" + WORKED_OUT
    assert [show(Figure("Rate", value, "%", start)).change_text for value, start in ((3, 4), (5, 4), (4, 4), (7, 0))] == [
        "\u22121 point", "+1 point", "no change", "+7 points"]
    assert show(Figure("Rise", 4.5, "%")).spoken == "Rise: 4.5%"


def test_change_from_zero_has_no_percentage() -> None:
    assert show(Figure("New", 5, None, 0)).change_text == ""


def test_no_change_and_a_change_across_zero() -> None:
    """4 -> 4 showed '+0%' (a share's showed 'no change'); a deficit of 3 billion to a surplus of 2, '+167%'."""
    assert show(Figure("Staff", 4, None, 4)).change_text == "no change"
    assert show(Figure("Staff", 4, "USD", 4)).spoken == "Staff: from $4 to $4, no change" + WORKED_OUT
    assert show(Figure("Balance", 2e9, "USD", -3e9)).change_text == ""
    assert show(Figure("Balance", 0, None, -5)).change_text == ""  # (a deficit gone: "+100%" reads as a doubling)


@pytest.mark.parametrize(("value", "start", "unit"), [
    (1e308, 1e-40, None),  # '+inf%' on the page
    (1e308, -1e308, None),  # the difference is no float
    (1e307, 1e-5, None),  # +1e314%: no float either
    (10**12, 1, None),  # +99,999,999,999,900%: a number no one reads as a change
    (1e308, -1e308, "%"),  # '+Infinity points'
])
def test_a_change_too_large_to_be_a_percentage_is_shown_without_one(value: float, start: float,
                                                                     unit: str | None) -> None:
    shown = show(Figure("Jump", value, unit, start))
    assert shown.change_text == ""
    assert "inf" not in shown.spoken.lower()
    bars = (shown.bar_start, shown.bar_value)
    assert bars == (0, 0) if min(start, value) < 0 else 1 <= min(bars) <= max(bars) <= 100  # (below zero: none)
    assert show(Figure("Jump", 10_000, None, 1)).change_text == "+999,900%"  # the largest change still shown


def test_a_range_shows_both_ends_once_with_its_unit() -> None:
    """'20-25 per cent' was two tiles, 20% and 25%: a range is one figure, value to value_max."""
    shown = show(Figure("Further rise", 20, "per cent", value_max=25))
    assert (shown.value_text, shown.unit_text, shown.start_text, shown.change_text) == ("20–25%", "", "", "")
    assert shown.spoken == "Further rise: 20% to 25%"
    shown = show(Figure("Aid pledged", 2_000_000, "USD", value_max=3_500_000))
    assert (shown.value_text, shown.spoken) == ("$2–$3.5 million", "Aid pledged: $2 million to $3.5 million")
    assert show(Figure("Aid", 500_000, "USD", value_max=1_200_000)).value_text == "$500,000–$1.2 million"
    assert show(Figure("Aid", 60_000_000, "GBP", value_max=2_000_000_000)).value_text == "£60 million–£2 billion"
    # ends of two scales, the first with its unit ("900–1.2 million visitors" reads as 900 million to 1.2 million)
    shown = show(Figure("Visitors", 900, "visitors", value_max=1_200_000))
    assert (shown.value_text, shown.unit_text) == ("900 visitors–1.2 million", "visitors")
    assert show(Figure("Visitors", 1_500_000, "visitors", value_max=2_000_000)).value_text == "1.5–2 million"  # (one
    # scale, written once: the README's rule; it was '1.5 million–2 million')
    shown = show(Figure("Missing", 20, "people", value_max=25))
    assert (shown.value_text, shown.unit_text, shown.spoken) == ("20–25", "people", "Missing: 20 to 25 people")
    assert (shown.bar_start, shown.bar_value) == (0, 0)  # no change: no bars
    # a change across zero: no bars (bars of sizes drew −€3 million → €1.5 million as a fall); a change from a
    # number without a scale word to one with: the first with its unit ("559 → 344 million wells" read as 559 million)
    shown = show(Figure("Deficit", 1_500_000, "EUR", -3_000_000))
    assert (shown.start_text, shown.value_text, shown.bar_start, shown.bar_value) == ("−€3 million", "€1.5 million", 0,
                                                                                      0)
    for start, value in ((-3, 0), (0, -3), (-3, -1), (-1, -3)):  # (to or from zero, or below it: sizes mislead too)
        assert show(Figure("Temperature", value, "degrees", start))[6:8] == (0, 0), (start, value)
    shown = show(Figure("Wells", 344_000_000, "wells", 559))
    assert (shown.start_text, shown.value_text, shown.unit_text) == ("559 wells", "344 million", "wells")
    assert show(Figure("Wells", 344, "wells", 559)).start_text == "559"  # (one scale: as before)
    assert show(Figure("Fall", -5, "%", value_max=-2)).value_text == "\u22125\u2013\u22122%"  # not -5–-2%


def test_a_stated_change_said_the_other_way_is_not_the_quote_s() -> None:
    """'down 7.6 points' was taken as the quote's own change of a rise from 59.7% to 67.3% (no worked-out mark)."""
    quote = "Turnout was 67.3% in 2019. This time it was 59.7%, down 7.6 points; sales rose 5% to 420."
    assert show(Figure("Turnout", 59.7, "%", 67.3), quote=quote).change_given is True
    assert show(Figure("Turnout", 67.3, "%", 59.7), quote=quote).change_given is False
    assert show(Figure("Sales", 420, None, 400), quote=quote).change_given is True
    assert show(Figure("Sales", 400, None, 420), quote=quote).change_text == "\u22124.8%"  # (worked out: not '−5%')
    assert [direction(text, text.index("5"), text.index("5") + 2) for text in (
        "a fall of 5%", "5% lower", "a 5% rise", "up 5%", "was 5%")] == [False, False, True, True, None]


def test_a_level_the_change_goes_from_is_not_the_change() -> None:
    """'from 2% to 3.5%' showed +1.5 points as the quote's own (its '2%' rounds to 1.5), and '٧٫١٪' was read as a
    stand-alone '1%' (its decimals after the Arabic decimal mark)."""
    assert show(Figure("Rate", 3.5, "%", 2), words_for("fr"), quote="Il est passé de 2 % à 3,5 % en un an.").change_given \
        is False
    assert show(Figure("Rate", 3.5, "%", 2), quote="It went from 2% to 3.5% in a year.").change_given is False
    assert show(Figure("Jobless", 6.4, "%", 7.1), quote="انخفض المعدل من ٧٫١٪ إلى ٦٫٤٪ خلال العام.").change_given is False
    assert show(Figure("Jobless", 6.4, "%", 7.1), quote="It fell from 7.1% to 6.4%, down 0.7 points.").change_given


def test_a_fall_to_almost_nothing_is_not_a_fall_to_nothing_and_zero_draws_no_bar() -> None:
    """12,000 → 3 was "−100%", as a fall to zero; a zero drew a bar of 1."""
    assert show(Figure("Cases", 3, None, 12000)).change_text == "\u221299.98%"
    assert show(Figure("Cases", 19.999, None, 10)).change_text == "+100%"  # (a rise rounds as any: it says no nothing)
    assert show(Figure("Cases", 0, None, 12)).change_text == "\u2212100%"
    assert show(Figure("Cases", 20, None, 10)).change_text == "+100%"
    fallen = show(Figure("Thefts", 0, None, 12))
    assert (fallen.bar_start, fallen.bar_value) == (100, 0)
    assert (show(Figure("x", 3, None, 12000)).bar_value, show(Figure("x", 2750, None, 0)).bar_start) == (1, 0)


def test_a_change_between_two_negative_values_gets_no_percentage_worked_out() -> None:
    """A loss deepening from 2 to 7 million read "−250%", one narrowing from 7 to 2 million "+71.4%"; the article's
    own ("narrowed 50%") is shown; a rise near +100% is not given more digits than any other."""
    for start, value in ((-2_000_000, -7_000_000), (-7_000_000, -2_000_000), (-3, 0)):
        assert show(Figure("Loss", value, "EUR", start)).change_text == ""
    narrowed = show(Figure("Loss", -5, None, -10), quote="The net loss narrowed 50% to 5 million from 10 million.")
    assert (narrowed.change_text, narrowed.change_given) == ("+50%", True)
    assert show(Figure("Sales", 4000.5, None, 2000)).change_text == "+100%"


def test_a_long_number_breaks_only_after_its_thousands_separator() -> None:
    from generator.figures import breakable

    assert str(breakable("$2,345,678,901")) == "$2,<wbr>345,<wbr>678,<wbr>901"
    assert str(breakable("2\u202f345\u202f678\u202f901 €", "\u202f")) == "2\u202f<wbr>345\u202f<wbr>678\u202f<wbr>901 €"
    assert str(breakable("1.234.567.890 €", ".")) == "1.<wbr>234.<wbr>567.<wbr>890 €"
    assert str(breakable("$1.255 million")) == "$1.255 million"  # (a decimal point: no break)
    assert str(breakable("<b>1,000,000")) == "&lt;b&gt;1,<wbr>000,<wbr>000" and str(breakable("4,200")) == "4,200"


@pytest.mark.parametrize(("figure", "quote", "shown"), [
    (Figure("Revenue", 1_100_000_000, "USD"), "revenue of $1.10 billion", "$1.10 billion"),
    (Figure("Revenue", 1_100_000_000, "USD", 1_000_000_000), "rose to $1.10bn from $1.00bn", "$1.00 billion → $1.10 billion"),
    (Figure("Riders", 2_500_000, "riders", value_max=3_000_000), "2.50-3.00 million riders", "2.50–3.00 million"),
    (Figure("Price", 3.1, "USD", 2.5), "rose to $3.10 a share from $2.5", "$2.5 → $3.10"),
    (Figure("Inflation", 2, "%"), "inflation of 2.0 per cent", "2.0%"),
    # not another number's zeros: a price's, a distance's, a number of which it is the start
    (Figure("Revenue", 1_100_000_000, "USD"), "revenue of $1.1 billion, or $3.10 a share", "$1.1 billion"),
    (Figure("Revenue", 1_100_000_000, "USD"), "shares at $1.10; revenue 1.1 billion", "$1.1 billion"),
    (Figure("Buses", 10, "buses"), "100 buses for 10.0 km", "10"),
    (Figure("Share", 1.5, "%"), "up 21.50% in 1.5% of the cases", "1.5%"),
])
def test_a_number_is_shown_with_the_decimals_its_quote_writes(figure: Figure, quote: str, shown: str) -> None:
    """'$1.10 billion' in the article was '$1.1 billion' on the page, and '$3.10 a share' '$3.1'."""
    result = show(figure, quote=quote)
    assert (f"{result.start_text} → " if result.start_text else "") + result.value_text == shown


def test_a_number_s_decimals_as_quoted_in_the_site_s_language() -> None:
    assert show(Figure("Umsatz", 1_100_000_000, "EUR"), words_for("de"), "1,10 Mrd. Euro").value_text == \
        "1,10 Milliarden"
    assert show(Figure("Taux", 2.4, "%"), words_for("fr"), "un taux de 2,40 %").value_text == "2,40\u202f%"


def test_a_hedged_figure_shows_its_hedge_before_its_number() -> None:
    """'up to 95 passengers', not '95 passengers' for the quote's 'a capacity of up to 95 passengers'; read first
    by a screen reader and in the bars' title, smaller on the page."""
    shown = show(Figure("Capacity", 95, "passengers", hedge="up to"))
    assert (shown.value_text, str(shown.value_html), shown.unit_text) == (
        "up to 95", '<span class="figure-hedge">up to</span> 95', "passengers")
    assert shown.spoken == "Capacity: up to 95 passengers"
    change = show(Figure("Fare", 2.7, "USD", 2.4, places=(2, 2, 0), hedge="about"))
    assert (change.value_text, change.start_text) == ("about $2.70", "$2.40")
    assert change.spoken == "Fare: from $2.40 to about $2.70, +12.5%" + WORKED_OUT
    french = Figure("Touristes", 1_500_000, "touristes")
    assert show(dataclasses.replace(french, hedge="près de <b>"), words_for("fr")).value_html == (
        Markup('<span class="figure-hedge">près de &lt;b&gt;</span> ') + show(french, words_for("fr")).value_html)


def test_a_hedge_the_quote_writes_after_its_number_is_shown_after_it() -> None:
    """A review's: `hedge: or more` for "40% or more" could not be written (a hedge had to come before its number),
    and without it the page showed a bare 40%."""
    cases = [(Figure("Overrun", 40, "%", hedge="or more"), "ran 40% or more over budget"),
             (Figure("Crowd", 40_000, None, hedge="-plus"), "a 40,000-plus crowd"),
             (Figure("Fans", 1_200, "fans", hedge="+"), "drew 1,200+ fans"),
             (Figure("Overrun", 40, "%", hedge="about"), "about 40% over"),
             (Figure("Subida", 40, "%", hedge="o más"), "podrían subir un 40% o más")]
    assert [(s.value_text, str(s.value_html), s.spoken) for s in (show(f, quote=q) for f, q in cases)] == [
        ("40% or more", '40% <span class="figure-hedge">or more</span>', "Overrun: 40% or more"),
        ("40,000-plus", '40,000<span class="figure-hedge">-plus</span>', "Crowd: 40,000-plus"),
        ("1,200+", '1,200<span class="figure-hedge">+</span>', "Fans: 1,200+ fans"),
        ("about 40%", '<span class="figure-hedge">about</span> 40%', "Overrun: about 40%"),
        ("40% o más", '40% <span class="figure-hedge">o más</span>', "Subida: 40% o más")]
    assert not show(Figure("Overrun", 40, "%", hedge="or more"), quote="ran 40% or more").long  # (its hedge small)


def test_a_large_number_is_shown_in_the_scale_its_quote_writes_it_in() -> None:
    """The review's: "12.480 millones de euros" (as Spanish papers write thousands of millions) was shown "12,48 mil
    millones €"; "$12,480 million" as "$12.48 billion". A quote that writes the larger scale, or none, keeps it."""
    spanish, english, german = words_for("es"), words_for("en"), words_for("de")
    spend = Figure("Gasto", 12_480_000_000, "EUR")
    assert show(spend, spanish, "asciende a 12.480 millones de euros").value_text == "12.480 millones"
    assert show(spend, spanish, "asciende a 12,48 mil millones de euros").value_text == "12,48 mil millones"
    assert show(spend, spanish, "sin cifra").value_text == "12,48 mil millones"
    assert show(dataclasses.replace(spend, unit="USD"), english, "spending of $12,480m").value_text == "$12,480 million"
    assert show(Figure("Kosten", 1_270_000_000, "EUR"), german, "1.270 Mio. Euro").value_text == "1.270 Millionen"
    for space in (" ", "\u00a0", "\u202f"):  # (French copy groups thousands with any space)
        assert show(spend, words_for("fr"), f"de 12{space}480 millions d'euros").value_text == "12\u202f480 millions"
    ranged = Figure("Gasto", 12_000_000_000, "EUR", value_max=13_000_000_000)
    assert show(ranged, spanish, "entre 12.000 y 13.000 millones").value_text == "12.000–13.000 millones"


def test_a_currency_after_a_scale_word_is_named_as_the_language_names_it() -> None:
    """The review's: '49.716 millones €' where Spanish writes '49.716 millones de euros' (and French '412,6 millions
    d’euros', German '1,2 Millionen Dollar'): the sign stays where no scale word comes before it."""
    spanish, french, german = words_for("es"), words_for("fr"), words_for("de")
    shown = [(s.value_text, s.unit_text, s.start_text, s.spoken) for s in (
        show(Figure("Deuda", 49_716_000_000, "EUR"), spanish, "49.716 millones de euros"),
        show(Figure("Dette", 412_600_000, "EUR"), french),
        show(Figure("Kosten", 1_200_000, "USD", 900_000), german),
        show(Figure("Coût", 500, "EUR"), french),
        show(Figure("Cost", 2_500_000_000, "USD")))]
    assert shown == [
        ("49.716 millones", "de euros", "", "Deuda: 49.716 millones de euros"),
        ("412,6 millions", "d’euros", "", "Dette\u00a0: 412,6 millions d’euros"),
        ("1,2 Millionen", "Dollar", "900.000 Dollar", "Kosten: von 900.000 Dollar auf 1,2 Millionen Dollar, +33,3\u00a0% "
         "(aus den beiden Zahlen berechnet: die Quelle nennt sie nicht)"),
        ("500\u00a0€", "", "", "Coût\u00a0: 500\u00a0€"),
        ("$2.5 billion", "", "", "Cost: $2.5 billion"),
    ]
    names = dict(words_for("es").currency_names)
    assert sorted(names) == sorted(CURRENCIES)  # (every currency a figure shows by its sign)
    for language in ("fr", "de"):
        assert sorted(dict(words_for(language).currency_names)) == sorted(CURRENCIES), language
    assert words_for("en").currency_names == ()


def test_a_change_the_quote_states_in_words_is_the_quote_s() -> None:
    """The review's: "una rebaja de dos puntos … del 9% al 7%" was said to be worked out ("la fuente no lo da")."""
    spanish = show(Figure("Tipo", 7, "%", 9), words_for("es"), "una rebaja de dos puntos: pasará del 9% al 7%")
    assert (spanish.change_text, spanish.change_given) == ("−2 puntos", True)
    english = show(Figure("Sales", 120, None, 100), quote="Sales rose twenty percent to 120.")
    assert (english.change_text, english.change_given) == ("+20%", True)
    assert not show(Figure("Rate", 7, "%", 9), quote="It went from 9% to 7%.").change_given


def test_a_long_value_is_marked_to_be_shown_smaller() -> None:
    """The new user's: "$412.6 million" and "1,27 milliard €" broke over two lines in the figures panel's columns at
    1280 pixels; a value longer than "$500 million" is shown at the size of a change's (the class is-long)."""
    assert show(Figure("Budget", 412_600_000, "USD")).long
    assert show(Figure("Budget", 1_270_000_000, "EUR"), words_for("fr")).long
    assert not show(Figure("Budget", 500_000_000, "USD")).long
    assert show(Figure("Sales", 123_456_789, "JPY")).long  # (the fifth review's: 12 characters, 9 of them digits)
    assert not show(Figure("Rate", 2.5, "%")).long
    # a hedge is drawn at about half its number's size: "fewer than 1%" was shown smaller than "about 7%" beside it
    assert not show(Figure("Rate", 1, "%", hedge="fewer than")).long
    assert not show(Figure("Rate", 7, "%", hedge="about")).long
    assert show(Figure("Cases", 10_000_000, hedge="an estimated")).long
    assert show(Figure("Budget", 412_600_000, "USD", hedge="about")).long
