"""dates.py: which parts of a date a source's text gives, and the days a partial date stands for."""

from __future__ import annotations

import datetime

import pytest

from generator import countedyears, dates
from generator.dates import SourceDates, first_day, last_day, weekday_mismatch
from generator.model import MONTHS, PartialDate
from generator.words import words_for


def missing(text: str, date: str, months: tuple[str, ...] | None = MONTHS) -> list[str]:
    return SourceDates(text, months).missing(PartialDate.parse(date))


@pytest.mark.parametrize(("text", "date"), [
    ("It ran from 2019 to 2021.", "2019"), ("It ran from 2019 to 2021.", "2021"), ("1990's budget", "1990"),
    ("ISLAMABAD, Sept 17: In 2011 …", "2011-09-17"), ("on 17 September 2011", "2011-09-17"),
    ("on September 17th, 2011", "2011-09-17"), ("the 3rd of March, 2020", "2020-03-03"),
    ("SEPT. 17, 2011", "2011-09-17"), ("filed 2011-09-17", "2011-09-17"), ("filed 2011-09", "2011-09"),
    ("in May 2024", "2024-05"), ("Jan 5, 2024", "2024-01-05"), ("in June and July 2024", "2024-06"),
    # both ends of a range of days or years (the first end was "never given")
    ("on 3-5 October 2023", "2023-10-03"), ("on 3-5 October 2023", "2023-10-05"), ("8 to 10 November 2023",
    "2023-11-08"), ("14–16 August 2023", "2023-08-14"), ("on 12 and 13 February 2023", "2023-02-12"),
    ("October 20-22, 2023", "2023-10-22"), ("October 20 and 22, 2023", "2023-10-22"), ("runs until 2030-31", "2031"),
    ("in 2011/12", "2012"), ("in 1999-00", "2000"),
])
def test_a_date_the_source_gives(text: str, date: str) -> None:
    assert missing(text, date) == []


@pytest.mark.parametrize(("text", "date", "parts"), [
    ("last month", "2011-08", ["the year 2011", "the month August"]),
    ("this year", "2011", ["the year 2011"]),
    ("in November", "2011-11", ["the year 2011"]),
    ("in 2011", "2011-11", ["the month November"]),
    ("built in the 1850s", "1850", ["the year 1850"]),  # a decade: its first year is worked out
    ("ISLAMABAD, Sept 17: on Tuesday", "2011-09-13", ["the year 2011", "the day 13 September"]),
    ("it may march on in 2024", "2024-05", ["the month May"]),  # a verb in lower case is no month
    ("it may march on in 2024", "2024-03", ["the month March"]),
    ("it cost 2,011 rupees, or 12011 in all, or 2011.5", "2011", ["the year 2011"]),  # numbers, not years
    ("on 17 September 2012", "2012-09-18", ["the day 18 September"]),
    ("on 117 September 2012", "2012-09-17", ["the day 17 September"]),
    ("on 3-5 October 2023", "2023-10-04", ["the day 4 October"]),  # (a range's ends only)
    ("October 20, 2,000 people", "2023-10-02", ["the year 2023", "the day 2 October"]),
    ("in 2030-32", "2032", ["the year 2032"]),  # (one year to the next only: 2011-12 may be December)
    ("filed 2010-11-05", "2011", ["the year 2011"]),  # an ISO date, no range of years
])
def test_the_parts_a_source_does_not_give(text: str, date: str, parts: list[str]) -> None:
    assert missing(text, date) == parts


def test_without_month_names_only_the_year_is_read() -> None:
    """A site in a language whose month names its words do not give: a month or day is never reported missing."""
    assert missing("le 17 novembre 2011", "2011-11-17", None) == []
    assert missing("le 17 novembre", "2011-11-17", None) == ["the year 2011"]
    assert missing("١٧ نوفمبر ٢٠١١", "2011-11", None) == []  # Arabic-Indic digits are a year too


@pytest.mark.parametrize(("language", "text", "date", "parts"), [
    ("fr", "le 17 septembre 2011", "2011-09-17", []),
    ("fr", "le 1er novembre 2011", "2011-11-01", []),
    ("fr", "Septembre 2011", "2011-09", []),
    ("fr", "en novembre", "2011-11-20", ["the year 2011", "the day 20 novembre"]),
    ("fr", "en 2011", "2011-08", ["the month août"]),
    ("de", "am 17. September 2011", "2011-09-17", []),
    ("de", "im März 2024", "2024-03-05", ["the day 5 März"]),
    ("es", "el 17 de septiembre de 2011", "2011-09-17", []),
    ("es", "en mayo de 2024", "2024-06", ["the month junio"]),
    ("de", "vom 3. bis 5. Oktober 2024", "2024-10-03", []), ("de", "am 12. und 13. Februar 2024", "2024-02-12", []),
    ("fr", "du 3 au 5 octobre 2024", "2024-10-03", []), ("es", "del 3 al 5 de octubre de 2024", "2024-10-03", []),
])
def test_month_names_are_read_in_the_sites_language(language: str, text: str, date: str, parts: list[str]) -> None:
    assert missing(text, date, words_for(language).months) == parts


def test_the_days_a_partial_date_stands_for() -> None:
    assert [first_day(PartialDate.parse(d)) for d in ("2024", "2024-02", "2024-02-10")] == [
        datetime.date(2024, 1, 1), datetime.date(2024, 2, 1), datetime.date(2024, 2, 10)]
    assert [last_day(PartialDate.parse(d)) for d in ("2024", "2024-02", "2023-02", "2024-12", "2024-02-10",
                                                      "9999-12")] == [
        datetime.date(2024, 12, 31), datetime.date(2024, 2, 29), datetime.date(2023, 2, 28),
        datetime.date(2024, 12, 31), datetime.date(2024, 2, 10), datetime.date(9999, 12, 31)]  # (no year 10000)


@pytest.mark.parametrize(("quote", "day", "said"), [
    ("approved the plan on Monday, Dr. Ana Lopez said.", "2024-09-15", "date 2024-09-15 is a Sunday, but the "
                                                                       "source_quote says Monday"),
    ("approved the plan on Monday, Dr. Ana Lopez said.", "2024-09-16", None),
    ("On Monday, the board met.", "2024-09-17", "date 2024-09-17 is a Tuesday, but the source_quote says Monday"),
    # the weekday of another event, or of a name: the review's false alarms
    ("The vote, postponed from Monday, was held on 5 March 2024.", "2024-03-05", None),
    ("she told the Sunday Times.", "2024-03-04", None),
    ("three days after Black Friday", "2024-12-02", None),
    ("on Monday and on Tuesday", "2024-09-15", None),  # two weekdays: which is the card's?
    ("Voters head to the polls ahead of Sunday's deadline", "2024-03-05", None),  # another event's day
    ("after a Thursday meeting of its board", "2024-03-05", None),
    ("on Monday", "2024-09", None),  # a month: no day to compare
    # the card's event may be the one named with 's: "in Thursday's election, results showed on Friday"
    ("Labour won in Thursday's general election, results showed on Friday.", "2026-07-02", None),
    ("Labour won in Thursday's general election, results showed on Friday.", "2026-07-01",
     "date 2026-07-01 is a Wednesday, but the source_quote says Friday"),
    # a newspaper, the day's kind (the review's); a party "on Sunday" is the day
    ("The cut came, as the Mail on Sunday had predicted.", "2026-11-04", None),
    ("Food sales rose, helped by longer Sunday trading hours.", "2026-11-04", None),
    ("Labour on Sunday said it would act.", "2026-11-04", "date 2026-11-04 is a Wednesday, but the source_quote says "
                                                           "Sunday"),
    # the card's date may be the month's end the quote names, another fact's than the weekday's
    ("Net debt was $9.8 billion at the end of September. Moody's affirmed its rating on Monday.", "2026-09-30", None),
    ("Sales fell in June. Moody's affirmed its rating on Monday.", "2026-09-30",  # another month: the weekday's
     "date 2026-09-30 is a Wednesday, but the source_quote says Monday"),
])
def test_a_weekday_the_quote_names_is_compared_with_the_cards_day(quote: str, day: str, said: str | None) -> None:
    assert weekday_mismatch(quote, PartialDate.parse(day)) == said


@pytest.mark.parametrize(("language", "quote", "day", "said"), [
    ("fr", "Le conseil a approuvé le plan lundi, a dit la maire.", "2024-09-15",
     "date 2024-09-15 is a Sunday (dimanche), but the source_quote says lundi"),
    ("fr", "Lundi, le conseil a approuvé le plan.", "2024-09-16", None),
    ("fr", "Le lundi 16 septembre, le conseil a voté.", "2024-09-17", None),  # a day of the month: another event's
    ("de", "Der Rat hat den Plan am Montag gebilligt.", "2024-09-17",
     "date 2024-09-17 is a Tuesday (Dienstag), but the source_quote says Montag"),
    ("de", "Die Sonntagsfrage bleibt offen.", "2024-09-17", None),  # no weekday on its own
    ("es", "El consejo aprobó el plan el lunes.", "2024-09-15",
     "date 2024-09-15 is a Sunday (domingo), but the source_quote says lunes"),
    ("es", "El lunes y el martes hubo reuniones.", "2024-09-15", None),  # two weekdays
    ("fr", "Selon le Journal du Dimanche, le plan a été approuvé lundi.", "2024-09-17",  # a name: not the weekday
     "date 2024-09-17 is a Tuesday (mardi), but the source_quote says lundi"),
    ("fr", "Selon le Journal du Dimanche, le plan a été approuvé lundi.", "2024-09-16", None),
    ("es", "Viernes Santo fue el día en que el consejo aprobó el plan.", "2024-09-17", None),
    ("es", "¿Lunes? El consejo aprobó el plan ese día.", "2024-09-17",  # a capital that starts a sentence
     "date 2024-09-17 is a Tuesday (martes), but the source_quote says lunes"),
    # after a colon, a dash, a French quote: one rule, as the number check reads it (these went unsaid)
    ("fr", "Il a dit : Lundi, le conseil a voté.", "2024-09-18",
     "date 2024-09-18 is a Wednesday (mercredi), but the source_quote says lundi"),
    ("fr", "Le calendrier — Lundi, le conseil a voté.", "2024-09-18",
     "date 2024-09-18 is a Wednesday (mercredi), but the source_quote says lundi"),
    ("fr", "Il a dit : ‹ Lundi, le conseil a voté. ›", "2024-09-18",
     "date 2024-09-18 is a Wednesday (mercredi), but the source_quote says lundi"),
])
def test_a_weekday_is_read_in_the_sites_language(language: str, quote: str, day: str, said: str | None) -> None:
    words = words_for(language)
    assert weekday_mismatch(quote, PartialDate.parse(day), words.weekdays, words.months) == said


def test_a_quote_s_relative_time_gives_the_years_it_counts_from_the_article_s() -> None:
    """'a year ago' was read as no year ago (its 'a' no number): 2024's article, not 2023."""
    english = words_for("en")
    times, numbers = countedyears.relative_times(english.relative_dates, english.weekdays), dict(english.numbers)

    def said(quote: str, year: int) -> str | None:
        return countedyears.counted(quote, year, 2024, times, numbers)

    assert said("He was elected a year ago.", 2023) == "a year ago"
    assert said("He was elected a year ago.", 2024) is None
    assert said("He was elected five years ago.", 2019) == "five years ago"
    assert said("He was elected 5 years ago.", 2019) == "5 years ago"
    assert said("It shut two weeks ago.", 2024) == "two weeks ago"
    assert said("It shut last year, not in 2023.", 2023) is None  # (the quote gives the year)
    assert said("It shut last\nTuesday.", 2025) == "last\nTuesday"
    assert said("Profits fell last year.", 2025) is None
    spanish = words_for("es")
    times = countedyears.relative_times(spanish.relative_dates, spanish.weekdays)
    assert countedyears.counted("Fue elegido hace dos años.", 2022, 2024, times, dict(spanish.numbers)) == "hace dos años"
    assert countedyears.counted("Cerró el lunes pasado.", 2024, 2024, times, dict(spanish.numbers)) == "el lunes pasado"
    assert countedyears.counted("Cerró el lunes.", 2024, 2024, times, dict(spanish.numbers)) is None


def test_a_span_of_years_is_no_month() -> None:
    """"the 2025-26 fiscal year" was read as the month 26 of 2025: `check` then stopped with an IndexError on a card
    dated inferred, naming the month 26 (a review briefing's)."""
    assert dates.SourceDates("a budget for the 2025-26 fiscal year, 2024-05 and 2024-12-03", dates.MONTHS).months == {
        5, 12}


def test_a_percentage_after_a_month_is_no_day() -> None:
    """An eighth review's: "In December 76.1% of patients" gave the day 'December 76'."""
    assert SourceDates("In December 76.1% of patients were seen, and on 12 January 80%.", MONTHS).days == {(1, 12)}
    assert SourceDates("In December 7, 2024, they met; in May 5.5 million voted.", MONTHS).days == {(12, 7)}
