"""How tags name people, places and organisations, for `check`'s tag warnings: their words, titles and
qualifiers, and which two tags are one name spelled two ways."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "gen", "general", "col", "colonel",
    "lt", "maj", "major", "capt", "captain", "sgt", "adm", "admiral", "brig", "cdr", "cmdr", "gov", "governor",
    "sen", "senator", "rep", "rev", "hon", "president", "vice", "prime", "minister", "chancellor", "king",
    "queen", "prince", "princess", "sheikh", "judge", "justice", "mayor", "chief", "councillor", "councilor", "cllr",
    "councilman", "councilwoman", "councilmember", "alderman", "alderwoman", "commissioner", "assemblyman",
    "assemblywoman", "assemblymember", "sheriff", "mp", "mep", "pm"  # (local news: Cllr Raj Patel, Councillor Patel)
})
# the titles a surname follows in a card's text ('Mr Lindqvist', 'Health Minister Aasland'): not those a headline
# also writes as words ("Major", "General", "Chief", "Prime")
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame", "gen", "col", "lt", "maj", "capt", "sgt", "adm",
    "gov", "sen", "rep", "rev", "hon", "cllr", "mme", "mlle", "herr", "frau", "sr", "sra", "srta", "minister",
    "president", "chancellor", "premier", "governor", "mayor", "senator", "judge", "councillor", "commissioner",
    "mp", "mep", "pm",  # "MP Penhaligon", "PM Whitcombe"
    "m", "mm"  # French: "M. Bernard", "MM. Dupont et Durand"
})
# a title's head word in languages that write it as one word with what it heads: "Finanzminister", "Präsidentin"
_TITLE_HEADS = ("minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "bürgermeister",
                "bürgermeisterin", "senator", "senatorin", "direktor", "direktorin", "sprecher", "sprecherin",
                "vorsitzende", "vorsitzender", "ministre", "président", "présidente", "ministro", "ministra",
                "presidente", "presidenta", "alcalde", "alcaldesa", "maire", "gouverneur", "gobernador", "sénateur",
                "sénatrice", "député", "députée", "senador", "senadora", "diputado", "diputada", "abgeordnete",
                "abgeordneter", "consejero", "consejera", "portavoz", "conseller", "consellera", "delegado",
                "delegada", "secretario", "secretaria", "porte-parole", "conseiller", "conseillère", "secrétaire",
                "spokesman", "spokeswoman", "spokesperson", "secretary", "chairman", "chairwoman", "chair",
                "coach", "técnico", "entrenador", "entrenadora", "seleccionador", "trainer", "entraîneur")


def honorific(word: str) -> bool:
    """Whether `word` (folded) is a title before a surname: 'Dr', 'Minister', 'Verkehrsministerin', 'ministre'."""
    return word in HONORIFICS or word.endswith(_TITLE_HEADS)


QUALIFIERS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "new", "greater", "old", "inner", "outer", "little", "great",
    # a country's body by its field: 'Statistics Canada', 'Transport Canada', 'Historic England' (not the country)
    "statistics", "health", "transport", "parks", "sport", "historic", "natural", "visit", "invest", "heritage",
    "tourism",
    # a body or a building of a place: 'University Hospital Galway', 'Leeds United' (not the city)
    "hospital", "university", "college", "school", "council", "airport", "station", "museum", "stadium", "prison",
    "library", "cathedral", "united", "rovers", "athletic"
})
WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")  # ("O'Brien" and "O’Brien" one word, and "Iran's" and "Iran’s")


def folded(word: str) -> str:
    """A word casefolded, with a straight apostrophe for a typographic one: "O’Brien" -> "o'brien"."""
    return word.casefold().replace("’", "'")


def words_of(tag: str) -> tuple[str, ...]:
    """A tag's words, casefolded: 'Dr. Ana Lopez' -> ('dr', 'ana', 'lopez')."""
    return tuple(folded(word) for word in WORD.findall(tag))


def name_of(tag: str) -> tuple[str, ...]:
    """A tag's words, casefolded and without accents, to tell two spellings of one name apart: 'Elena Vásquez' ->
    ('elena', 'vasquez')."""
    return tuple(unaccented(word) for word in words_of(tag))


def candidates(group: list[str], words: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    """The pairs of tags (sharing a last word) that may be variants: the longer holds the shorter's rarest word
    in the group. Not every pair: 2,000 tags ending in 'Khan' made 2,000,000 (4 s)."""
    holding: dict[str, list[str]] = defaultdict(list)
    for tag in group:
        for word in set(words[tag]):
            holding[word].append(tag)
    pairs: set[tuple[str, str]] = set()
    for shorter in group:
        core = [w for w in words[shorter] if w not in TITLES] or list(words[shorter])
        for longer in holding[min(core, key=lambda w: len(holding[w]))]:
            if longer != shorter and len(words[longer]) >= len(words[shorter]):
                pairs.add((min(shorter, longer), max(shorter, longer)))
    return sorted(pairs)


# the words that make a name of a thing of another ('Port of Halvern', 'Bank of England': not 'Halvern', 'England')
CONNECTORS = frozenset({"of", "for", "on", "at", "in", "and", "&"})  # (not "de", "von": 'Souza' is 'Carlos de Souza')


def variants(words_a: tuple[str, ...], words_b: tuple[str, ...]) -> bool:
    """Whether two tags' words name one thing: the same words, or the shorter's (titles aside) among the longer's
    with the same last word, no qualifier added ('Lopez', 'Dr Ana Lopez'; not 'Korea', 'North Korea') and not
    after a connector ('Halvern', 'Port of Halvern')."""
    if words_a == words_b:
        return True
    short, long = sorted((words_a, words_b), key=len)
    core = {w for w in short if w not in TITLES} or set(short)
    after = next((long[i + 1:] for i in range(len(long) - 2, 0, -1) if long[i] in CONNECTORS), None)
    return core <= set(long) and not (set(long) - set(short)) & QUALIFIERS and (
        after is None or set(after) != core)


class Spellings:
    """The names a source writes, to tell a card's misspelt one: its words with a capital (casefolded), and which
    follow which in a name of two or more words ("Priya Raman", "Hanson Foods"). A misspelt word is one letter
    from such a word (added, dropped, changed, or two side by side swapped), from the same first letter, neither a
    start of the other ('Austrian' and "Austria" are other words), nor the same but for accents ('Montreal')."""

    def __init__(self, text: str, words: frozenset[str], german: bool = False) -> None:
        self.words = words  # every word of the source, casefolded (the card's word is no misspelling if it is one)
        # German's inflections are no slip: a name's word with an 's' more ("des Mietervereins München"), an
        # adjective's other ending ("des Statistischen Bundesamts", the 'Statistisches Bundesamt')
        self.german = german
        self.written: dict[str, str] = {}  # a name, casefolded -> as the source first writes it
        self.by_deletion: dict[str, list[str]] = defaultdict(list)
        self.pairs: set[tuple[str, str]] = set()  # two words of a name, side by side, casefolded
        self.last: set[str] = set()  # the last word of a name of two or more: a surname, after a title ('Mr Raman')
        self.plurals: set[str] = set()  # a name's word in 's' after "the": "the Liberal Democrats" (a Democrat is one)
        before: tuple[str, int] | None = None  # the capitalised word before, and where it ends
        after_the = False
        for match in WORD.finditer(text):
            word = _bare(elided(match.group(0)))
            if not word[:1].isupper():  # (but a title: "le sénateur Buffet")
                before = (folded(word), match.end()) if honorific(folded(word)) else None
                after_the = word == "the"
                continue
            key = folded(word)
            if after_the and key.endswith("s"):
                self.plurals.add(key)
            after_the = after_the or word == "The"  # ("The Liberal Democrats won": a sentence's start)
            gap = text[before[1]:match.start()].strip() if before is not None else "?"
            if before is not None and (not gap or (gap == "-" and text[match.start() - 1] == "-" and text[before[1]]
                                                   == "-") or (gap == "." and honorific(before[0]))):  # ("M. Bernard",
                # "Müller-Lüdenscheidt": a double name's halves, a pair too)
                self.pairs.add((before[0], key))
                self.last.add(key)
            before = (key, match.end())
            if MISSPELT_LENGTH <= len(word) <= LONGEST_NAME and key not in self.written:
                self.written[key] = word
                for variant in _deletions(unaccented(key)):  # (a slip with an accent dropped is one too: 'Benites')
                    self.by_deletion[variant].append(key)

    def right(self, word: str, named: bool = False, first: bool = False, adjective: bool = False) -> str | None:
        """How the source writes the name `word` misspells, if it does (see the class). `named`: the word is in a
        name the source writes ('Jame Lewis', 'Mr Lambe'), so one letter more or less at its end is a slip too
        ('Brabinn'), and, for a `first` word (no German genitive), an 'e' before its last letter ('Tracey').
        `adjective`: the word comes before another of the name, as an adjective before its noun, whose other ending
        in German is no slip ('Statistisches Bundesamt'; a surname's is: 'Schneiden' for "Schneider")."""
        key = folded(_bare(elided(word)))
        if not MISSPELT_LENGTH <= len(key) <= LONGEST_NAME or key in self.words or key.upper() == key.lower() \
                or not key.replace("'", "").replace("’", "").isalpha():  # (O'Donnell is a name as any)
            return None
        if self.german and (any(key + ending in self.written for ending in _GERMAN_ENDINGS) or (
                key.endswith("s") and key[:-1] in self.written)):
            return None  # a form of a name the source writes: 'Grüne' of "der Grünen", 'Wollenhaupts' (genitive)
        plain = unaccented(key)
        for variant in _deletions(plain):
            for name in self.by_deletion.get(variant, ()):
                bare = unaccented(name)  # (accents aside: 'Benites' for "Benítez" is a slip, 'Benitez' none)
                if bare[0] == plain[0] and one_edit(bare, plain) \
                        and (named or not (bare.startswith(plain) or plain.startswith(bare))) \
                        and (first or not _inflected(name, key)) \
                        and not (self.german and (name == key + "s" or (adjective and _other_ending(name, key)))) \
                        and not (name == key + "s" and name in self.plurals) \
                        and not (plain == bare + "n" and bare.endswith("a")):  # (a place's adjective: "North
                    # American" for "North America", 'Kenyan')
                    return self.written[name]
        if self.german and key.endswith("s") and word.endswith("s"):  # a genitive's misspelt name: 'Wollenhapts'
            return self.right(word[:-1], named, first, adjective)
        return None

    def in_pair(self, first: str, second: str) -> tuple[str, str] | None:
        """For two capitalised words side by side in a card's text, (the misspelt one, as the source writes it) when
        the source writes them as a name but for one letter of one ('Priya Ramen', 'Hnason Foods', 'Jame Lewis'); or
        the second after a title, as the last word of a name ('Mr Lindqivst', 'Mr Lambe')."""
        one, two = folded(_bare(first)), folded(_bare(second))
        for named in (False, True):  # as a word of its own first: 'Austrian' for "Austria" is no name's slip
            if (right := self.right(second, named)) and ((one, folded(right)) in self.pairs or (
                    honorific(one) and folded(right) in self.last)):
                return second, right
            if (right := self.right(first, named, first=named, adjective=True)) and (folded(right), two) in self.pairs:
                return first, right
        return None


_GERMAN_ENDINGS = ("n", "en", "s", "es", "r", "m")  # a name's other forms in German: "der Grünen", "des Linken"


def elided(word: str) -> str:
    """A word without the article or preposition a language elides before it: "l'Insee" -> 'Insee' (d', qu'...)."""
    head, mark, rest = word.replace("’", "'").partition("'")
    return rest if mark and rest and len(head) <= 2 and head.islower() else word


def _inflected(a: str, b: str) -> bool:
    """Whether one word is the other with an 'e' before its last letter: "Bundestages" and 'Bundestags'."""
    shorter, longer = sorted((a, b), key=len)
    return len(longer) == len(shorter) + 1 and longer[-2] == "e" and longer[:-2] + longer[-1] == shorter


def _other_ending(a: str, b: str) -> bool:
    """Whether two words are one German adjective with two of its endings (-e, -en, -em, -er, -es): 'roten' and
    'rotes', 'rote' and 'roten'."""
    return _ENDING.sub("", a) == _ENDING.sub("", b) and bool(_ENDING.search(a)) and bool(_ENDING.search(b))


_ENDING = re.compile(r"e[nmrs]?$")


def unaccented(word: str) -> str:
    """`word` without its accents, and its letters that have none made plain: 'Ødegaard' -> 'Odegaard'."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).translate(_PLAIN)


_PLAIN = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h"})


MISSPELT_LENGTH = 4  # letters: a shorter name is too like too many words to call one a misspelling
LONGEST_NAME = 60  # letters: a longer word is no name (and its one-letter variants would cost its square)


def _bare(word: str) -> str:
    """A word without a possessive's 's or its dots: "Raman's" -> 'Raman', 'U.S.' -> 'US'."""
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            word = word[:-2]
    return word.replace(".", "").replace(",", "")


def _deletions(word: str) -> set[str]:
    """`word`, and `word` without each of its letters: two words one letter apart share one of these."""
    return {word, *(word[:at] + word[at + 1:] for at in range(len(word)))}


def one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` are one letter apart: one added or dropped, one changed, or two side by side swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        return a[at + 1:] == b[at + 1:] or (a[at:at + 2] == b[at:at + 2][::-1] and a[at + 2:] == b[at + 2:])
    shorter, longer = sorted((a, b), key=len)
    return shorter[at:] == longer[at + 1:]


# a country's people or things as English names them, where the name's first five letters are not theirs ('China',
# "Chinese"): a tag of the country names what the source calls so
_DEMONYMS = {
    "united states": ("american", "americans"), "us": ("american", "americans"), "usa": ("american", "americans"),
    "america": ("american", "americans"), "united kingdom": ("british",), "uk": ("british",),
    "britain": ("british",), "great britain": ("british",), "england": ("english",), "france": ("french",),
    "italy": ("italian", "italians"), "spain": ("spanish",), "china": ("chinese",), "ireland": ("irish",),
    "switzerland": ("swiss",), "wales": ("welsh",), "scotland": ("scottish", "scots"), "greece": ("greek", "greeks"),
    "turkey": ("turkish",), "poland": ("polish",), "sweden": ("swedish",), "denmark": ("danish",),
    "norway": ("norwegian", "norwegians"), "finland": ("finnish",), "netherlands": ("dutch",),
    "the netherlands": ("dutch",), "egypt": ("egyptian", "egyptians"), "iran": ("iranian", "iranians"),
    "iraq": ("iraqi", "iraqis"), "thailand": ("thai",), "philippines": ("filipino", "filipinos", "philippine"),
    "peru": ("peruvian", "peruvians"), "czech republic": ("czech",), "czechia": ("czech",),
    "lebanon": ("lebanese",), "sudan": ("sudanese",), "yemen": ("yemeni", "yemenis"), "cuba": ("cuban", "cubans"),
    "oman": ("omani", "omanis"), "mali": ("malian", "malians"), "chile": ("chilean", "chileans"),
}


def demonym_named(tag: str, words: frozenset[str]) -> bool:
    """Whether `words` (a source's, folded) name the country `tag` names by its people's word ('China': "chinese")."""
    return any(word in words for word in _DEMONYMS.get(" ".join(tag.casefold().split()), ()))
