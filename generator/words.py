"""The generator's own words on the pages (labels, dates, numbers), in the briefing's language.

English is the default; `generator/words/<language>.yaml` gives another language's, and `words:` in site.yaml
changes any of them. A word may hold `{placeholders}` (only the ones its field allows, see PLACEHOLDERS); a
pair is the forms for one and for more (`[fact, facts]`), chosen by the language's plural rule.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from generator.dates import WEEKDAYS
from generator.model import MONTHS, PartialDate, turns

Forms = tuple[str, str]  # for one, for more
LANGUAGES = Path(__file__).parent / "words"  # the shipped languages: fr.yaml, de.yaml...
PLURAL_RULES = ("one", "zero-one")  # the singular for 1 only (English, German...); for 0 <= n < 2 (French)


@dataclass(frozen=True)
class Words:
    # the pages
    skip_to_content: str = "Skip to content"
    briefing: str = "Briefing"
    sections: str = "Sections"
    overview: str = "Overview"
    source: str = "Source"
    byline: str = "From {report} of {date} · {facts} in {sections}"
    report: str = "{publisher}’s report"
    on_this_page: str = "On this page"  # the front page's links to its panels and sections
    filter_heading: str = "Filter by section"
    all: str = "All"
    showing_all: str = "Showing all sections: {counts}."
    showing_one: str = "Showing {section}: {counts}."
    key_figures: str = "Key figures"
    figures: Forms = ("Figure", "Figures")
    timeline: str = "Timeline"
    skip_figures: str = "Skip the figures"  # a long panel's link past itself, to what follows it
    skip_timeline: str = "Skip the timeline"
    section: str = "Section"
    no_cards: str = "No cards in this section yet."
    source_says: str = "What the source says"
    citation: str = "— {publisher}, “{title}”, {date}."
    see_passage: str = "See this passage in the source"
    tags: str = "Named in this fact"
    related: str = "Related facts"
    the_source: str = "The source"
    source_title: str = "Source: {title}"
    source_name: str = "{publisher}: “{title}”"
    source_description: str = "{publisher}'s report, with every passage the briefing cites highlighted."
    original: str = "original"
    source_note: str = ("Highlighted passages are cited by the briefing. The number after each links to its fact "
                        "card, and is its number in the list below the article.")
    cited: str = "Facts cited from this report"
    passage: str = "↑ passage"
    worked_out: str = "worked out from the two numbers: the source does not give it"
    passage_for_fact: str = "Passage for fact {n}"
    fact_number: str = "Fact {n}: {title}"
    not_found: str = "Page not found"
    not_found_text: str = "There is no page at this address. Start from {front_page}."
    front_page: str = "the briefing’s front page"
    archive: str = "Briefings"  # the heading of a branch's list of its briefings (deploy --into)
    footer: str = ("Every fact here is drawn from {source}, {date}, and links to the passage it rests on. Dates "
                   "marked {inferred} are worked out, not stated; {expected} events had not happened when the "
                   "report was published.")
    all_cards: str = "All cards as JSON"
    expected: str = "expected"
    inferred: str = "inferred"
    # counts
    facts: Forms = ("{n} fact", "{n} facts")
    sections_count: Forms = ("{n} section", "{n} sections")
    figures_count: Forms = ("{n} figure", "{n} figures")
    timeline_count: Forms = ("{n} timeline entry", "{n} timeline entries")
    plural: str = "one"
    # dates
    months: tuple[str, ...] = MONTHS
    day_month_year: str = "{day} {month} {year}"
    first_day: str = "1"  # the first day of a month, as {day} writes it: "1er" in French
    month_year: str = "{month} {year}"
    # figures
    decimal_mark: str = "."
    thousands_separator: str = ","
    group_from: int = 4  # the digits from which a number's thousands are set apart: 5 in Spanish ("1900", "12.500")
    # the characters a space before (or after) binds to, in the pages' text: no line break there ("2,5 %", "« oui »")
    space_before: str = ""
    space_after: str = ""
    million: Forms = ("million", "million")
    billion: Forms = ("billion", "billion")
    trillion: Forms = ("trillion", "trillion")
    scale_of: Forms = ("", "")  # between a scale and a unit ("1,5 millones de clientes"), and before a vowel ("d’")
    currency: str = "{sign}{amount}"
    # each currency's name (by code) where a scale word comes before it, for a language that writes no sign there:
    # "49.716 millones de euros", not "49.716 millones €" (English keeps its signs: "$2.5 billion")
    currency_names: tuple[tuple[str, str], ...] = ()
    percent: str = "{number}%"
    points: Forms = ("{n} point", "{n} points")
    no_change: str = "no change"
    to: str = "to"
    spoken: str = "{label}: {value}"
    spoken_change: str = "{label}: from {start} to {value}"
    # for check's warnings: numbers in words, each word's or phrase's English ("vingt": "twenty", "cuarta parte":
    # "quarter of"; a phrase that is no number, "pour cent": ""), and the word between tens and units ("et");
    # English's own are built in (numbers.py)
    numbers: tuple[tuple[str, str], ...] = ()
    number_joiner: str = ""
    # for check's warnings: a scale's abbreviations after a numeral, each with its English ("Mrd.": "billion"), and
    # the words for a percentage ("Prozent"); English's own are built in (numbers.py)
    scale_abbreviations: tuple[tuple[str, str], ...] = ()
    percent_words: tuple[str, ...] = ()
    weekdays: tuple[str, ...] = WEEKDAYS  # a weekday the quote names, against the card's date
    # the words right before a quote that may turn what it says around (and any word ending n't)
    negations: tuple[str, ...] = ("not", "no", "never", "nor", "neither", "without", "hardly", "barely", "cannot",
                                  "nobody", "nothing", "none", "nowhere")
    # the words before a number that make it a bound or a guess ("at least 1,200"): a title that drops them says more
    hedges: tuple[str, ...] = ("at least", "more than", "fewer than", "less than", "no more than", "no fewer than",
                               "no less than", "not more than", "not less than", "in excess of", "north of",
                               "up to", "as many as", "as much as", "as long as", "as high as", "as few as",
                               "upwards of", "at most", "nearly", "almost", "about", "around", "roughly",
                               "approximately", "some", "an estimated", "close to", "just over", "just under",
                               "well over", "well under", "just shy of", "shy of", "estimated")
    # for check's warnings: the times a text counts from the article's day, each with the years it counts (-1 for
    # "last year"; "-n", as many as {n} says; None, a month, a week or a day: the year, or the one before or after)
    relative_dates: tuple[tuple[str, int | str | None], ...] = (
        ("(last|past) year", -1), ("(next|coming) year", 1), ("(this|earlier this|later this) year", 0),
        ("(a|one) year (earlier|before)", -1),  # (where the quote names no year: countedyears.said_times)
        ("{n} (year|years) ago", "-n"), ("{n} (month|months|week|weeks|day|days) ago", None),
        ("(last|next|this|past|coming|earlier this|later this) (month|week|weekend|spring|summer|autumn|fall|winter|"
         "quarter)", None), ("(last|next|this|past|coming) {weekday}", None), ("(yesterday|tomorrow|tonight)", None))
    # for check --coverage: words written with a stop that ends no sentence ("Mrd." in "2,5 Mrd. Euro", the stop
    # left out or not); English's are built in (coverage.py)
    abbreviations: tuple[str, ...] = ()
    ordinal_stop: bool = False  # whether a numeral and a stop is an ordinal ("im 2. Quartal"): it ends no sentence

    def __post_init__(self) -> None:
        # what say() and date() made, by what they were given: every page says the same few things (a few
        # microseconds each, 0.1 s of a 5,000-card build made anew each time)
        object.__setattr__(self, "_said", {})
        object.__setattr__(self, "_dates", {})
        object.__setattr__(self, "_labels", {"inferred": Markup("<em>%s</em>") % self.inferred,
                                             "expected": Markup("<em>%s</em>") % self.expected})
        # its hash, once: the words key many a cache (lru_cache), and a dataclass hashes all its fields at every call
        object.__setattr__(self, "_hash", hash(tuple(getattr(self, name) for name in self.__dataclass_fields__)))

    def __hash__(self) -> int:
        return self._hash  # type: ignore[attr-defined,no-any-return]

    def say(self, name: str, **parts: Any) -> Markup:
        """The word `name` with its placeholders filled: text parts escaped, Markup parts as they are, dates as
        date() writes them, in <time>; {inferred} and {expected}, unless given, are those words in <em>."""
        key: tuple[Any, ...] | None = (name, *parts.items())
        said: dict[tuple[Any, ...], Markup] = self._said  # type: ignore[attr-defined]
        try:
            found = said.get(key)  # type: ignore[arg-type]
        except TypeError:  # a part that cannot be a key (a list a template passed): said, not kept
            key, found = None, None
        if found is None:
            from generator.spacing import binder

            bind = binder(self) or str  # the spaces the language binds, in the word and its text parts ('« {title} »')
            values = dict(self._labels)  # type: ignore[attr-defined]
            for part, value in parts.items():  # (a name written right to left, or one turning what follows, isolated)
                text = value if isinstance(value, Markup) else \
                    escape(bind(self.date(value) if type(value) is PartialDate else str(value)))
                if type(value) is PartialDate:  # a date, as a <time> (kept on one line by the stylesheet)
                    text = Markup('<time datetime="%s">%s</time>') % (value.iso, text)
                values[part] = text if isinstance(value, Markup) or not turns(text) \
                    else Markup("<bdi>%s</bdi>") % text
            found = Markup(substitute(escape(bind(getattr(self, name))), **values))
            if key is not None:
                said[key] = found
        return found

    def say_text(self, name: str, **parts: Any) -> str:
        """say() as plain text, for an attribute (aria-label, title): a part written right to left isolated by
        U+2068 and U+2069, not <bdi> (a screen reader read the tags out); {inferred} and {expected} without <em>."""
        from generator.model import isolated

        values = {"inferred": self.inferred, "expected": self.expected}
        for part, value in parts.items():
            values[part] = isolated(self.date(value) if type(value) is PartialDate else str(value))
        return substitute(getattr(self, name), **values)

    def count(self, n: int, name: str) -> str:
        """'24 facts': the form of word `name` for `n`, with the number in it."""
        return substitute(self.form(n, name), n=self.integer(n))

    def form(self, n: float | Decimal, name: str) -> str:
        one, more = getattr(self, name)
        return str(one if (0 <= n < 2 if self.plural == "zero-one" else n == 1) else more)

    def integer(self, n: int) -> str:
        return self.digits(f"{n:,}")

    def digits(self, text: str) -> str:
        """A number written the English way ('1,234.5') in this language's marks (and a number of four digits
        without a separator where `group_from` is 5)."""
        if self.group_from > 4 and "," in text:
            text = _FOUR_DIGITS.sub(r"\1\2", text)
        if self.decimal_mark == "." and self.thousands_separator == ",":
            return text
        return text.translate({ord(","): self.thousands_separator, ord("."): self.decimal_mark})

    def for_script(self) -> str:
        """The words the front page's filter script shows, as JSON for a data- attribute ('' when they are its
        own, the English)."""
        import json

        given = {name: getattr(self, name) for name in SCRIPT_WORDS if getattr(self, name) != getattr(ENGLISH, name)}
        return json.dumps(given, ensure_ascii=False, separators=(",", ":")) if given else ""

    @property
    def day_month(self) -> str:
        """A day and its month, as day_month_year writes them without the year: '{day} de {month}', '{day}. {month}',
        '{month} {day}'."""
        return re.sub(r"[\s,]*(?:de\s+)?\{year\}[\s,]*", " ", self.day_month_year).strip(" ,")

    def date(self, date: PartialDate) -> str:
        """2024, May 2024 or 3 May 2024 (in this language's order and month names)."""
        dates: dict[tuple[int, int, int], str] = self._dates  # type: ignore[attr-defined]
        key = (date.year, date.month, date.day)  # (a PartialDate's hash and == are Python code)
        text = dates.get(key)
        if text is None:
            if not date.month:
                text = str(date.year)
            else:
                pattern = self.day_month_year if date.day else self.month_year
                text = substitute(pattern, day=self._day(date.day), month=self.months[date.month - 1],
                                  year=str(date.year))
            dates[key] = text
        return text


    def _day(self, day: int) -> str:
        return self.first_day if day == 1 else str(day)

    def date_span(self, start: PartialDate, end: PartialDate | None) -> tuple[str, str]:
        """A period's two ends as date() writes them, what they share written once, at the end it comes with in this
        language's order: ('17', '18 November 2024'), ('November 17', '18, 2024'), ('3.', '5. Oktober 2024'),
        ('March', 'June 2027'); both whole when they differ in more than the day (or the month); (start, '') for a
        date that ends no period (a card without date_end)."""
        if end is None:
            return self.date(start), ""
        whole = (self.date(start), self.date(end))
        if start.year != end.year or not start.month or not end.month or bool(start.day) != bool(end.day) or (
                start.day and start.month != end.month):
            return whole
        pattern, part = (self.day_month_year, "{day}") if start.day else (self.month_year, "{month}")
        if pattern.count(part) != 1:
            return whole
        at = pattern.index(part)
        cut = at + len(part) + (pattern[at + len(part):at + len(part) + 1] == ".")  # (German: 3.–5. Oktober)

        def fill(piece: str, date: PartialDate) -> str:
            return substitute(piece, day=self._day(date.day or 0), month=self.months[date.month - 1],
                              year=str(date.year))

        return fill(pattern[:cut], start).strip(), fill(pattern[at:], end).strip()


SCRIPT_WORDS = ("showing_all", "showing_one", "facts", "figures_count", "timeline_count", "plural",
                "thousands_separator", "group_from")  # the words filter.js shows (it has the English ones)
_FOUR_DIGITS = re.compile(r"(?<![\d,])(\d),(\d{3})(?![\d,])")  # 1,900 (and 1,900.5), not 12,500 nor 1,250,000
FIELDS = {field.name: field for field in dataclasses.fields(Words)}
ENGLISH = Words()

# the placeholders each word may use (any other word uses none)
PLACEHOLDERS: dict[str, frozenset[str]] = {name: frozenset(names.split()) for name, names in {
    "byline": "report date facts sections", "report": "publisher", "showing_all": "counts",
    "showing_one": "section counts", "citation": "publisher title date", "source_title": "title",
    "source_description": "publisher", "source_name": "publisher title",
    "passage_for_fact": "n", "fact_number": "n title", "not_found_text": "front_page",
    "footer": "source date inferred expected", "facts": "n", "sections_count": "n", "figures_count": "n",
    "timeline_count": "n", "day_month_year": "day month year", "month_year": "month year",
    "currency": "sign amount", "percent": "number", "points": "n", "spoken": "label value",
    "spoken_change": "label start value",
}.items()}
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")  # (a doubled brace is a brace of its own, as in str.format)


def substitute(text: str, **parts: str) -> str:
    """`text` with each {name} replaced by parts[name], in one pass (a part's own braces stay as they are)."""
    pattern = _FORMATS.get(text)
    if pattern is None:  # as a str.format pattern (a figure's spoken text is made 12,000 times at 5,000 cards)
        pattern = _FORMATS[text] = _format_pattern(text)
    try:
        return pattern.format(**parts)
    except KeyError:  # a placeholder without its part
        return pattern.format_map(_Kept(parts))


class _Kept(dict[str, str]):
    """Parts for str.format_map: a placeholder without one stays as it is."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def _format_pattern(text: str) -> str:
    """'{n} of {x} {' -> '{n} of {x} {{': every brace but a placeholder's doubled; '{{' and '}}' kept, for a
    brace of their own."""
    pieces, at = [], 0
    for match in PLACEHOLDER.finditer(text):
        pieces.append(text[at:match.start()].replace("{", "{{").replace("}", "}}"))
        name = match[1]
        pieces.append(match[0] if name is None or name.isidentifier() else
                      match[0].replace("{", "{{").replace("}", "}}"))
        at = match.end()
    pieces.append(text[at:].replace("{", "{{").replace("}", "}}"))
    return "".join(pieces)


_FORMATS: dict[str, str] = {}


def words_for(language: str, given: dict[str, Any] | None = None) -> Words:
    """The words of `language` (its shipped file's, by primary subtag, else English), with `given` on top."""
    shipped = LANGUAGES / f"{language.lower().split('-')[0]}.yaml"
    found = read_shipped(shipped) if shipped.is_file() else {}
    return as_words({**found, **(given or {})})


def read_shipped(path: Path) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # a safe loader
    return data if isinstance(data, dict) else {}


def as_words(data: dict[str, Any]) -> Words:
    given: dict[str, Any] = {name: tuple(value) if isinstance(value, list) else
                             tuple(sorted(value.items())) if isinstance(value, dict) else value
                             for name, value in data.items() if name in FIELDS}
    return dataclasses.replace(ENGLISH, **given)
