"""A "not" a card drops: a title's "Full containment expected before mid-September" on a quote's "Full containment is
not expected before mid-September", a summary's "the bank had been briefed" on "had not been briefed". A warning of
`check`, in English (its negations)."""

from __future__ import annotations

import re

from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.namechecks import card_texts
from generator.validate import where

# a negation and what it negates: "not", "never", "no longer", "cannot", "didn't", "no plans" (not "not only", "not
# least", "no more than")
_NEGATION = re.compile(r"\b(?:(?:not|never|no\s+longer|cannot|no(?!\s+(?:more|fewer|less|sooner|later|one|doubt|matter|"
                       r"such|other|way|sign|longer)\b))\b|[a-z]+n[’']t\b)(?!\s+(?:only|just|merely|simply|least|"
                       r"unlike|all|everyone|even|to\s+mention|surprisingly|for\s+nothing)\b)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# the words between a negation and what it negates: "had not been briefed", "did not yet include", "is not expected"
_BETWEEN = frozenset({"be", "been", "being", "have", "has", "had", "yet", "to", "a", "an", "the", "any", "so", "as",
                      "too", "ever", "always", "quite", "fully", "entirely", "currently", "immediately", "also",
                      "again", "really", "much", "necessarily", "get", "got", "make", "made", "it", "them", "there",
                      "this", "that", "these", "those", "its", "their", "his", "her", "our", "we", "they", "he", "she",
                      "formally", "officially", "publicly", "previously", "directly", "in", "on", "at", "of", "from",
                      "with", "for", "by", "into", "onto", "over", "under", "about", "through", "than", "because"})
# the words that negate or bound a card's own word, a few before it or right after: "not", "no", "never", "without"
_NEGATIVE = re.compile(r"\b(?:not|no|never|none|nothing|nobody|nowhere|nor|neither|without|cannot|hardly|barely|"
                       r"scarcely|unlikely|"
                       r"fail(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|ruled?|"
                       r"rules|lack(?:s|ed|ing)?|instead|rather|doubt(?:s|ed|ful)?|yet|left\s+out|exclud(?:e|es|ed|ing)|"
                       r"except|exempt(?:s|ed)?|spared|miss(?:es|ed|ing)?|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|"
                       r"halt(?:s|ed|ing)?|end(?:s|ed|ing)?|abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?|quit)\b|n[’']t\b",
                       re.IGNORECASE)
# a time or a condition a negation waits for: "will not open until March" is "opens in March" (not "opens this month";
# "not expected before mid-September" is not "expected by mid-September")
_WAITS = re.compile(r"\b(?:until|till|unless)\s+(?:(?:the|a|an|at|least|earliest|next|this|early|late|mid|end|of|"
                    r"start|it|they|its|their)[\s-]+)*([^\W\d_]+|\d+)", re.IGNORECASE)
_CLAUSE = re.compile(r"[.;:!?¶]|\bbut\b|\bwhile\b|\bwhereas\b|\bthough\b|\balthough\b", re.IGNORECASE)


def negation_dropped_warnings(entries: list[Entry]) -> list[Finding]:
    """A word a card's title or summary says (its stem) that its quote gives only after a negation, with no negation
    before it (a few words back, in its clause) or right after it: the card says the opposite. Once a card."""
    found = []
    for entry in entries:
        quote = entry.card.source_quote
        if not _NEGATION.search(quote):
            continue  # (most quotes)
        negated = _negated(quote)
        if not negated:
            continue
        candidates = [(said, key) for key, text in card_texts(entry.card)[:2] for said in _said_bare(text, negated)]
        if candidates:  # (the one whose next words are most the quote's: "expected the change to trigger", not a
            # title's "expects landlords to sell" that another clause of the quote supports)
            said, key = max(candidates, key=lambda candidate: candidate[0][0])
            found.append(warn(entry, key, f"{where(key)} says '{said[1]}', where the source_quote says '{said[2]}': "
                                          "a 'not' dropped?", snippet=said[3]))
    return found


def stem(word: str) -> str:
    """A word as its first five letters, past an ending ("rules", "ruled" and "rule": 'rul'; "applied" and "apply":
    'apply'; "stopped" and "stop": 'stop')."""
    word = word.casefold().replace("’", "'")
    if word in _EED:
        return word[:5]  # (a verb's own "-eed": "exceed" as "exceeded")
    if word.endswith(("ied", "ies")) and len(word) > 4:
        return (word[:-3] + "y")[:5]
    for ending in ("ing", "ed", "es", "s", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not (ending == "s" and word.endswith("ss")):
            word = word[:-len(ending)]
            if ending != "s" and len(word) > 3 and word[-1] == word[-2] and word[-1] in _DOUBLED:
                word = word[:-1]  # ("stopped", "planned", "admitting"; not "added", "passed", "called")
            return word[:5]
    return word[:5]


_EED = frozenset({"exceed", "proceed", "succeed", "need", "feed", "speed", "breed", "bleed", "heed"})
_DOUBLED = frozenset("bdgmnprt")  # (a last letter doubled before "-ed" and "-ing")
# the verbs of three letters a negation's word may be ("would not ask", "did not pay"): shorter words are not read
_SHORT_VERBS = frozenset({"ask", "pay", "win", "won", "buy", "see", "add", "fix", "sue", "vow", "owe", "own", "sit"})
# (not those as often things: "not the cut", "a route that had run")


def _short(word: str) -> bool:
    """Whether `word` is too short to be read as what a negation negates (not one of _SHORT_VERBS)."""
    return len(word) < 4 and word.casefold() not in _SHORT_VERBS


def _negated(quote: str) -> dict[str, tuple[str, str | None, frozenset[str]]]:
    """The stems of the words `quote` gives only after a negation (never bare): each one's phrase as the quote
    writes it, and the stem of the time or condition it waits for, if any ("will not open until March": 'march')."""
    words = list(_WORD.finditer(quote))
    negated: dict[str, tuple[str, str | None, frozenset[str]]] = {}
    for negation in _NEGATION.finditer(quote):
        after = [word for word in words if word.start() >= negation.end()]
        clause = _CLAUSE.search(quote, negation.end())
        end = clause.start() if clause else len(quote)
        word = next((word for word in after[:4] if word.start() < end and word[0].casefold() not in _BETWEEN), None)
        if word is None or _short(word[0]):
            continue
        waits = _WAITS.search(quote, word.end(), end)
        following = frozenset(stem(later[0]) for later in _WORD.finditer(quote, word.end(), min(end, word.end() + 60))
                              if len(later[0]) > 3)
        negated.setdefault(stem(word[0]), (quote[negation.start():word.end()], stem(waits[1]) if waits else None,
                                            following))
    for known in [known for known in negated if any(stem(word[0]) == known and not _negative_near(quote, word)
                                                 for word in words)]:
        del negated[known]  # (the quote says it bare too: "some improved, others did not improve")
    return negated


def _said_bare(text: str, negated: dict[str, tuple[str, str | None, frozenset[str]]]
               ) -> list[tuple[int, str, str, str]]:
    """The words of `text` whose stem is a `negated` one, with no negation near it (nor dropping the time its
    negation waits for): how many of the five words after it follow it in the quote, the card's words up to it, the
    quote's phrase, and the word."""
    found = []
    for word in _WORD.finditer(text):
        if _short(word[0]) or (said := negated.get(stem(word[0]))) is None or _negative_near(text, word, said[2]) or (
                word[0].endswith("ing") and _WHAT_IF.match(text, word.end())):
            continue  # (nor a thing supposed: "drilling faster would risk another collapse")
        if said[1] is not None and (said[1] in {stem(other[0]) for other in _WORD.finditer(text)} or _LATE.search(
                text, word.end(), word.end() + 40)):
            continue  # ("opens in March" for "will not open until March", "notified 56 days after" for "did not
            # notify … until 9 October, 56 days after"; not "completed this month" for "not be completed until the
            # autumn")
        start = max((m.end() for m in _CLAUSE.finditer(text, 0, word.start())), default=0)
        before = text[start:word.start()].split()[-3:]
        shared = len({stem(after[0]) for after in _WORD.finditer(text, word.end(), word.end() + 60)} & said[2])
        found.append((shared, " ".join([*before, word[0]]), said[0], word[0]))
    return found


_LATE = re.compile(r"\b(?:after|later|until|till|eventually|finally)\b", re.IGNORECASE)  # (when, after a wait)
_WHAT_IF = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s+(?:would|could|might|may|will)\b", re.IGNORECASE)


def _negative_near(text: str, word: re.Match[str], quoted: frozenset[str] = frozenset()) -> bool:
    """Whether a negation is in the four words before `word` (in its clause) or the four after it ("Western estates
    left out"), but for a word the quote's negated phrase goes on with (`quoted`, stems: "tell owners to stop" of "not
    tell owners to stop")."""
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, word.start())), default=0)
    before = " ".join(text[start:word.start()].split()[-4:])
    clause = _CLAUSE.search(text, word.end())
    after = " ".join(text[word.end():clause.start() if clause else len(text)].split(",")[0].split()[:4])  # (not
    # "from a press release, not from management")
    return any(found[0].casefold() in _PLAIN or stem(found[0].split()[-1]) not in quoted for part in (before, after)
               for found in _NEGATIVE.finditer(part))


_PLAIN = frozenset({"not", "no", "never", "none", "nothing", "nobody", "nowhere", "nor", "neither", "without", "cannot",
                    "hardly", "barely", "scarcely", "yet"})  # (a negation itself, never the quote's word)
