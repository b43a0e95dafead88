"""Words a card's title or summary puts between quote marks that the source does not say word for word: a warning
of `check` (editorial.py)."""

from __future__ import annotations

import functools
import re

from generator import markup
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.load import source_index
from generator.model import Source
from generator.sourcetext import fold_text
from generator.validate import short

# words between quote marks: straight, curly, German („…“, »…«, ›…‹), French («…», ‹…›) or Japanese and Chinese
# (「…」, 『…』)
QUOTED = re.compile(r'"([^"\n]+)"|“([^“”\n]+)[”"]|„([^„“”\n]+)[“”]|»([^»«\n]+)«|«([^«»\n]+)»|›([^›‹\n]+)‹'
                     r"|‹([^‹›\n]+)›|「([^「」\n]+)」|『([^『』\n]+)』"
                     # single marks, as British headlines quote: an apostrophe inside (’s, don't) is no end
                     r"|‘((?:[^‘’\n]|’(?=\w))+)’(?!\w)"
                     r"|(?:(?<=[\s(\[—–-])|^)'(\w(?:[^'\n]|'(?=\w))*?(?<=[\w.!?,]))'(?!\w)")
_INNER_MARK = re.compile(r"(?<!\w)['‘’\"“”]|['‘’\"“”](?!\w)")
_ELLIPSIS = re.compile(r"\s*(?:\((?:…|\.\.\.)\)|…|\.\.\.|\[[^\]]*\])\s*")  # words left out, "(…)" too; [an editor's]

# what a summary needs for its text on the page to hold a quote mark: the mark itself, or a character reference
# ('&quot;', '&#8220;'); Markdown and the sanitizer make none of its text (tests/test_prefilters.py checks it)
MAY_QUOTE = re.compile(r"[\"“„»«›‹「『‘'&]")


def quoted_words_warnings(entries: list[Entry], source: Source, negations: tuple[str, ...]) -> list[Finding]:
    """Words a card's title or summary puts in quotation marks that the source does not say, word for word (but for
    capitals: a headline in Title Case; an ellipsis marks words left out, and [a word] an editor's in their place), or
    says only right after a negation (`negations`: 'no responde a las necesidades' quoted as "responde a las
    necesidades")."""
    index, found = source_index(source.text, table=True), []
    for entry in entries:
        card = entry.card
        for key, text in (("title", card.title),
                          ("summary", markup.plain_text(card.summary_html, len(card.summary_html))
                           if MAY_QUOTE.search(card.summary) else "")):
            for match in QUOTED.finditer(text):
                quoted, parts = quoted_parts(match)
                first = word[0] if (word := _WORD.search(quoted)) else ""  # (placed at it: the quote's start)
                before = len(re.findall(rf"(?<!\w){re.escape(first)}(?!\w)", text[:match.start()])) if first else 0
                if parts and not all(index.find(part) or _said_in_other_case(part, source.text) for part in parts):
                    found.append(warn(entry, (key,), f'{key} quotes "{short(quoted, 60)}", which the source does not '
                                                      "say word for word", snippet=first, nth=before))
                elif parts and (span := index.find(parts[0])) and index.occurrences(parts[0], 2) == 1 \
                        and (negation := _negated(source.text, span[0], negations)) \
                        and not _negated(text, match.start(), negations):  # (the card's own: 'not "a passing fashion"')
                    said = f"{negation} {short(parts[0], 40)}"
                    found.append(warn(entry, (key,), f'{key} quotes "{short(quoted, 60)}", which the source gives '
                                                      f"right after '{negation}' (\"{said}\"): quote it too, or the "
                                                      "card may say the opposite", snippet=first, nth=before))
    return found


_WORD = re.compile(r"\w+")


def quoted_parts(match: re.Match[str]) -> tuple[str, list[str]]:
    """The words a QUOTED `match` quotes, and their parts to find in the source: apart at an ellipsis or an editor's
    [word], and at a quote inside (its marks may be of another kind than the source's)."""
    quoted = next(group for group in match.groups() if group).strip(" ,.;:\u00a0\u202f")
    return quoted, [part for piece in _ELLIPSIS.split(quoted) for part in _INNER_MARK.split(piece)
                    if part.strip(" ,.;:")]


def _said_in_other_case(part: str, text: str) -> bool:
    """Whether the source says `part` word for word, but for capitals ("A Reliable Partner" of "a reliable partner"),
    both folded as a quote is looked up (quote marks and the spacing beside them, invisible characters)."""
    words = fold_text(part).split()
    pattern = r"(?<!\w)" + " ".join(map(re.escape, words)) + r"(?!\w)"
    return bool(words) and re.search(pattern, _folded_source(text), re.IGNORECASE) is not None


@functools.lru_cache(maxsize=1)
def _folded_source(text: str) -> str:
    return fold_text(text)


# the word before a quote, past any quote mark ('had not "stood idly by"': not)
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)?)[ \t]+[\"“”„«»‹›‘'\u00a0 ]*$")


def negation_warnings(entries: list[Entry], source: Source, negations: tuple[str, ...]) -> list[Finding]:
    """A quote right after a negation (in English "not", "never", "didn't"; the site's words give its language's):
    the card may say the opposite of the source."""
    found = []
    for entry in entries:
        if word := _negated(source.text, entry.card.quote_start, negations):
            words = entry.card.source_quote.split()
            shown = " ".join([word, *words[:5]]) + ("…" if len(words) > 5 else "")
            found.append(warn(entry, ("source_quote",), f"source_quote follows '{word}' in the source (\"{shown}\"): "
                                                         "quote it too, or the card may say the opposite"))
    return found




def _negated(text: str, start: int, negations: tuple[str, ...]) -> str:
    """The negation right before `start` in `text` ('not', "didn't"; the site's words' others), or ''."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    word = before.group(1) if before else ""
    known = word.casefold() in {negation.casefold() for negation in negations}
    return word if known or word.lower().endswith(("n't", "n’t")) else ""
