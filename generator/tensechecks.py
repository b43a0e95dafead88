"""A thing still to come that a card gives as done: a summary's "the request had been approved" on a quote's "which she
expected to be approved within days", "capacity has been reduced" on "capacity would be reduced". A warning of `check`,
in English (its words for what will be and what has been)."""

from __future__ import annotations

import re

from generator.editorial import Entry, warn
from generator.errors import Finding
from generator.namechecks import card_texts
from generator.negationchecks import stem
from generator.validate import where

# what is still to come: a word after "will", "would", or "to" after a word of a plan ("would be reduced", "expected to
# be approved", "is due to open"), past a few words that only qualify it
_TO_COME = re.compile(r"(?:\b(?:will|would|shall)|'ll|\b(?:expected|due|set|planned|plans?|scheduled|going|likely|"
                      r"hopes?|hoped|aims?|intends?|agreed|promised|pledged|vowed|is|are|was|were)\s+to)\s+(?:(?:not|"
                      r"also|then|only|soon|still|first|probably|likely|eventually|finally|be|have|been)\s+)*"
                      r"([a-z]{4,})\b", re.IGNORECASE)
# what is done: "has been reduced", "had approved", "have now opened", "was approved" (a participle after "was")
_DONE = re.compile(r"\b(?:(?:has|have|had)(?:n['’]t)?\s+(?:(?:now|already|just|since|finally|also)\s+)?(?:been\s+)?|"
                   r"(?:was|were)\s+(?:(?:now|already|finally|also)\s+)?(?=[a-z]+(?:ed|en)\b))([a-z]{4,})\b",
                   re.IGNORECASE)
_MAY_BE_DONE = re.compile(r"\b(?:has|have|had|was|were)\b", re.IGNORECASE)  # (a cheap test)
_STILL_TO_COME = re.compile(r"\b(?:to|will|would|could|may|might|should|must|shall|not|never|yet)\s+(?:\w+\s+)?\Z",
                            re.IGNORECASE)  # (before a done form that is not said done: "expected to have been")


def to_come_warnings(entries: list[Entry]) -> list[Finding]:
    """A word a card's title or summary gives as done ("has been reduced") that its quote gives only as still to
    come ("would be reduced"): once a card."""
    found = []
    for entry in entries:
        quote = entry.card.source_quote
        if not _MAY_BE_DONE.search(entry.card.title) and not _MAY_BE_DONE.search(entry.card.summary):
            continue  # (most cards: no "has", "had", "was" or "were")
        coming = {stem(match[1]): " ".join(match[0].split()) for match in _TO_COME.finditer(quote)}
        if not coming:
            continue
        for match in _DONE.finditer(quote):
            coming.pop(stem(match[1]), None)  # (done too: "has opened one, and will open two more")
        for key, text in card_texts(entry.card)[:2] if coming else ():
            said = next((match for match in _DONE.finditer(text) if stem(match[1]) in coming and not
                         _STILL_TO_COME.search(text, max(0, match.start() - 24), match.start())), None)
            if said is not None:
                found.append(warn(entry, key, f"{where(key)} says '{' '.join(said[0].split())}', where the "
                                              f"source_quote says '{coming[stem(said[1])]}': still to come, given as "
                                              "done?", snippet=said[0].split()[0]))
                break
    return found
