"""A thing still to come that a card gives as done: a summary's "the request had been approved" on a quote's "which she
expected to be approved within days", "capacity has been reduced" on "capacity would be reduced". A warning of `check`,
in English (its words for what will be and what has been)."""

from __future__ import annotations

import re

from generator.dates import WEEKDAYS
from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.model import MONTHS
from generator.namechecks import card_texts
from generator.negationchecks import stem
from generator.validate import where

# what is still to come: a word after "will", "would", or "to" after a word of a plan ("would be reduced", "expected to
# be approved", "is due to open"), past a few words that only qualify it
_TO_COME = re.compile(r"(?:\b(?:will|would|shall)|'ll|\b(?:expected|due|set|planned|plans?|scheduled|going|likely|"
                      r"hopes?|hoped|aims?|intends?|agreed|promised|pledged|vowed|is|are|was|were)\s+to)\s+(?:(?:not|"
                      r"also|then|only|soon|still|first|probably|likely|eventually|finally|be|have|been)\s+)*"
                      r"(?!(?:now|all|the|and|its|one|his|her|you|say|get|see)\b)([a-z]{3,})\b", re.IGNORECASE)
# what is done: "has been reduced", "had approved", "have now opened", "was approved" (a participle after "was")
_DONE = re.compile(r"\b(?:(?:has|have|had)(?:n['’]t)?\s+(?:(?:now|already|just|since|finally|also)\s+)?(?:been\s+)?|"
                   r"(?:was|were)\s+(?:(?:now|already|finally|also)\s+)?(?=[a-z]+(?:ed|en)\b))([a-z]{4,})\b",
                   re.IGNORECASE)
_IRREGULAR = {"won": "win", "took": "take", "paid": "pay", "began": "begin", "made": "make", "gave": "give",
              "got": "get", "rose": "rise", "fell": "fall", "grew": "grow", "sold": "sell", "bought": "buy",
              "held": "hold", "built": "build", "spent": "spend", "sent": "send", "brought": "bring",
              "struck": "strike", "chose": "choose", "wrote": "write", "ran": "run", "met": "meet", "lost": "lose",
              "left": "leave", "led": "lead", "went": "go", "came": "come", "flew": "fly", "drew": "draw",
              "spoke": "speak", "told": "tell", "found": "find", "kept": "keep", "drove": "drive", "broke": "break",
              "became": "become"}  # (a simple past, and its verb)
# a thing done in the simple past, after a word that may be its subject ("Van der Laan gained time", "the group
# applied"; not "the planned cuts", "is expected")
_PAST = re.compile(rf"(?<![-'’])\b([a-z]{{2,}}ed|{'|'.join(_IRREGULAR)})\b")
_NOT_A_SUBJECT = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "this", "that",
                            "these", "those", "of", "for", "with", "to", "be", "being", "been", "is", "are", "am",
                            "get", "gets", "getting", "become", "becomes", "newly", "recently", "once", "well", "not",
                            "never", "also", "than", "as", "by"})
_WISHED = re.compile(r"\b(?:wants?|wanted|wanting|wish(?:es|ed)?|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|urg(?:e|es|"
                     r"ed|ing)|calls?\s+for|called\s+for|push(?:es|ed)?\s+for|see|sees|like|liked|prefer(?:s|red)?|"
                     r"get|gets|have|has|had)\b", re.IGNORECASE)  # (a state wished for: "want the bypass scrapped")
# after a participle that is not said done: a clause's end or "by" ("the staff affected, if any", "the money raised by
# the sale"); a headline's is its "will be" or "has been" ("Rebate extended to 2.7 million more households"), but
# before what it did something to ("Survey covered about 5,000 reefs")
_CLAUSE_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+by\b")
_OBJECT_AFTER = re.compile(r"\s+(?:an?|the|its|their|his|her|about|around|nearly|almost|some|more|[$£€]?\d)\b")
_WHEN_AFTER = re.compile(rf"[^,;:]{{0,40}}?\b(?:in|on)\s+(?:{'|'.join(MONTHS + WEEKDAYS)})\b")  # (a headline's
# participle with its time, said done: "Ground station opened at Pellmont in June")
_COMING = re.compile(r"\b(?:will|would|shall|could|may|might|should|expected|due|planned|plans|aims|hopes)\b|'ll\b|"
                     r"\bto\s+be\b", re.IGNORECASE)  # (earlier in its sentence: "would be cleared … and vacancies
# filled")
_MAY_BE_DONE = re.compile(rf"\b(?:has|have|had|was|were|{'|'.join(_IRREGULAR)})\b|[a-z]ed\b", re.IGNORECASE)
_STILL_TO_COME = re.compile(r"\b(?:to|will|would|could|may|might|should|must|shall|not|never|yet)\s+(?:\w+\s+)?\Z",
                            re.IGNORECASE)  # (before a done form that is not said done: "expected to have been")


def to_come_warnings(entries: list[Entry]) -> list[Finding]:
    """A word a card's title or summary gives as done ("has been reduced") that its quote gives only as still to
    come ("would be reduced"): once a card."""
    found = []
    for entry in entries:
        quote = entry.card.source_quote
        if not _MAY_BE_DONE.search(entry.card.title) and not _MAY_BE_DONE.search(entry.card.summary):
            continue  # (a card with no "has", "was", "-ed" or simple past)
        coming, after = {}, {}  # (each word to come, as the quote writes it, and the words that follow it)
        for match in _TO_COME.finditer(quote):
            coming[stem(match[1])], after[stem(match[1])] = " ".join(match[0].split()), _next_words(quote, match.end())
        if not coming:
            continue
        for match in _done(quote, False):
            coming.pop(_stem(match[1]), None)  # (done too: "has opened one, and will open two more")
        for key, text in card_texts(entry.card)[:2] if coming else ():
            said = next((match for match in _done(text, key == ("title",)) if _stem(match[1]) in coming and not
                         _STILL_TO_COME.search(text, max(0, match.start() - 24), match.start()) and (
                             match.re is _DONE or _next_words(text, match.end()) & after[_stem(match[1])])),
                        None)  # (a simple past goes on as the quote's verb does: "gained time" of "gain time", not
            # "the offer the board raised late Tuesday" of "would raise teacher pay")
            if said is not None:
                found.append(warn(entry, key, f"{where(key)} says '{' '.join(said[0].split())}', where the "
                                              f"source_quote says '{coming[_stem(said[1])]}': still to come, given as "
                                              "done?", snippet=said[0].split()[0]))
                break
    return found


def _stem(word: str) -> str:
    return stem(_IRREGULAR.get(word.casefold(), word))


def _done(text: str, title: bool) -> list[re.Match[str]]:
    """What `text` gives as done: "has been reduced", "was approved", a simple past after a word that may be its
    subject (not a headline's present: "Fee rises to £9,535" may be to come)."""
    said = list(_DONE.finditer(text))
    for match in _PAST.finditer(text):
        before = text[:match.start()].split()
        sentence = text[max(0, *(text.rfind(end, 0, match.start()) for end in (". ", "¶"))):match.start()]
        if (before and before[-1].casefold().strip(",;:'\"‘’“”(") not in _NOT_A_SUBJECT
                and not _WISHED.search(" ".join(before[-6:])) and not _COMING.search(sentence)
                and not (match[1].endswith("ed") and (_CLAUSE_AFTER.match(text, match.end()) or (
                    title and not _OBJECT_AFTER.match(text, match.end())
                    and not _WHEN_AFTER.match(text, match.end()))))):
            said.append(match)
    return sorted(said, key=lambda match: match.start())


def _next_words(text: str, end: int) -> set[str]:
    """The stems of the words among the four after `end` that are not an article or a possessive."""
    return {stem(word) for word in re.findall(r"[^\W\d_]+", text[end:end + 60])[:4]
            if word.casefold() not in ("the", "a", "an", "its", "their", "his", "her")}
