"""site.yaml's `words`: what the schema cannot say of them (placeholders, relative dates' phrases, a number's
marks), and what `check` says of a language whose words the pages lack."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from generator.errors import Problems
from generator.words import ENGLISH, FIELDS, LANGUAGES, PLACEHOLDER, PLACEHOLDERS, Words, words_for
from generator.yamlread import Document


def unworded(language: str, given: object) -> str:
    """What check says of a site in `language` that gets English's words for want of its own: none shipped (en, fr,
    de, es), and none of the pages' own given in site.yaml (a few of check's alone do not make the pages another
    language); '' for one that has them."""
    primary = language.lower().split("-")[0]
    if primary == "en" or (LANGUAGES / f"{primary}.yaml").is_file():
        return ""
    if not (isinstance(given, dict) and {"byline", "overview", "key_figures", "facts"} & set(given)):
        return (f"language is {language}, whose words the generator does not have: the pages' own (headings, labels, "
                f"months) are English, and read as {language} by a screen reader; give them under words: (the schema "
                "lists each)")
    left = [name for name in PAGE_WORDS if name not in given]
    if not left:
        return ""
    verb = "is" if len(left) == 1 else "are"
    return (f"language is {language}, whose words the generator does not have, and words: gives "
            f"{len(PAGE_WORDS) - len(left)} of the pages' {len(PAGE_WORDS)}: {', '.join(left)} {verb} English on "
            f"the pages, read as {language} by a screen reader")


# the words the pages show, in Words' order (not check's, nor settings such as `plural` or `decimal_mark`): those
# whose English holds a letter or a quote mark outside its {placeholders}
PAGE_WORDS = tuple(
    item.name for item in dataclasses.fields(Words)[:[f.name for f in dataclasses.fields(Words)].index("numbers")]
    if item.name != "plural" and re.search(r"[A-Za-z“”]", re.sub(r"\{\w+\}", "", str(item.default))))


def check_words(doc: Document, rel: str, problems: Problems) -> None:
    """What the schema cannot say of site.yaml's `words`: placeholders a word may not use, the plural rule."""
    given = doc.data.get("words")
    if not isinstance(given, dict):
        return
    for name, value in given.items():
        if name not in FIELDS:
            continue
        texts = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        allowed = PLACEHOLDERS.get(name, frozenset())
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                continue
            path = ("words", name) if isinstance(value, str) else ("words", name, i)
            if wrong := list(dict.fromkeys(m[0] for m in PLACEHOLDER.finditer(text)
                                           if m[1] is not None and m[1] not in allowed)):
                names = ["{" + p + "}" for p in sorted(allowed)]
                may = (f"it may use {', '.join(names[:-1])} and {names[-1]}" if len(names) > 1
                       else f"it may use {names[0]}" if names else "it takes none")
                listed = (f"the placeholders {', '.join(wrong[:-1])} and {wrong[-1]}, which it cannot fill"
                          if len(wrong) > 1 else f"the placeholder {wrong[0]}, which it cannot fill")
                problems.add(rel, *doc.at(path), f"words.{name} has {listed}: {may}")  # (all at once)
            if stray := next((c for c in PLACEHOLDER.sub("", text) if c in "{}"), None):
                does = "opens" if stray == "{" else "closes"
                problems.add(rel, *doc.at(path), f"words.{name} has a '{stray}' that {does} no placeholder: write "
                             f"'{stray * 2}' for a brace of its own")
    if isinstance(times := given.get("relative_dates"), dict):
        _check_times(doc, rel, times, problems)
    _check_marks(doc, rel, given, problems)


def _check_times(doc: Document, rel: str, times: dict[Any, Any], problems: Problems) -> None:
    """words.relative_dates' phrases: {n} and {weekday} their only placeholders, one {n} at most (the number they
    count), and one for a phrase that counts "-n" years."""
    for phrase, years in times.items():
        if not isinstance(phrase, str):
            continue
        at = doc.key_at(("words", "relative_dates", phrase))
        named = [m[1] for m in PLACEHOLDER.finditer(phrase) if m[1] is not None]
        if wrong := list(dict.fromkeys(name for name in named if name not in ("n", "weekday"))):
            problems.add(rel, *at, f"words.relative_dates' phrase '{phrase}' has the placeholder "
                         f"{{{wrong[0]}}}, which it cannot fill: a phrase may use {{n}} and {{weekday}}")
        elif named.count("n") > 1:
            problems.add(rel, *at, f"words.relative_dates' phrase '{phrase}' has {{n}} {named.count('n')} times: a "
                         "phrase counts one number (write each way of saying it as a phrase of its own)")
        elif years == "-n" and "n" not in named:
            problems.add(rel, *at, f"words.relative_dates' phrase '{phrase}' counts -n years but has no {{n}} to "
                         "count them from: write {n} where its number is")


def _check_marks(doc: Document, rel: str, given: dict[str, Any], problems: Problems) -> None:
    """A number's marks: a decimal mark, no digit in either, and not the same (each written its own way)."""
    if "decimal_mark" not in given and "thousands_separator" not in given:
        return
    language = doc.data.get("language", "en")
    shipped = words_for(language) if isinstance(language, str) and language.replace("-", "").isalnum() else ENGLISH
    decimal, thousands = (given.get(key, getattr(shipped, key)) for key in ("decimal_mark", "thousands_separator"))
    if not isinstance(decimal, str) or not isinstance(thousands, str):
        return  # (the schema says so)
    for key, mark in (("decimal_mark", decimal), ("thousands_separator", thousands)):
        if key in given and (any(c.isdigit() for c in mark) or (key == "decimal_mark" and not mark.strip())):
            problems.add(rel, *doc.at(("words", key)), f"words.{key} is {mark!r}: numbers written with it could not "
                         "be read (write a mark with no digit, like ',' or '.')")
            return
    if decimal == thousands:
        key = "decimal_mark" if "decimal_mark" in given else "thousands_separator"
        problems.add(rel, *doc.at(("words", key)), f"words.decimal_mark and words.thousands_separator are both "
                     f"{decimal!r}: 1,234 and 1.234 would be written the same")
