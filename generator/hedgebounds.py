"""The bounds hedges make: a most ("up to", "nearly"), a least ("at least", "more than"), and the words of a figure's
label that name one ("Maximum fine" for "fines of up to $500,000")."""

from __future__ import annotations

import re

# a hedge that makes a number a bound, and the words of a label that name it so ("Maximum fine" for "fines of up to
# $500,000", "Höchstes Bußgeld", "Multa máxima", "Amende minimale")
UPPER = frozenset({"up to", "as many as", "as much as", "as long as", "as high as", "no more than", "at most", "bis zu",
                   "höchstens", "hasta", "como mucho", "como máximo", "jusqu'à", "jusqu’à", "au plus"})
LOWER = frozenset({"at least", "no less than", "no fewer than", "mindestens", "al menos", "por lo menos", "au moins",
                   "pas moins de"})
# a hedge that makes its number a most, or a least ("nearly", "more than"): a card's text may not turn it round
BELOW = frozenset({*UPPER, "nearly", "almost", "fewer than", "less than", "just under", "well under", "just shy of",
                   "shy of", "under", "below", "casi", "menos de", "fast", "beinahe", "nahezu", "knapp",
                   "weniger als", "presque", "moins de", "quasiment"})
ABOVE = frozenset({*LOWER, "more than", "over", "above", "upwards of", "in excess of", "north of", "just over",
                   "well over", "más de", "mehr als", "über", "plus de", "tops", "exceeds", "surpasses"})
_MAXIMUM = re.compile(r"(?<![^\W\d_])(?:max|máx|höchst|obergrenze|top|cap|ceiling|limit|límite|tope|plafond)",
                      re.IGNORECASE)
_MINIMUM = re.compile(r"(?<![^\W\d_])(?:min|mín|mindest|untergrenze|floor|plancher|suelo)", re.IGNORECASE)


def bound_named(hedge: str, label: str) -> bool:
    """Whether `label` names the bound `hedge` makes its number: 'Maximum fine' for "up to $500,000"."""
    hedge = " ".join(hedge.casefold().split())
    return (hedge in UPPER and _MAXIMUM.search(label) is not None) or (
        hedge in LOWER and _MINIMUM.search(label) is not None)
