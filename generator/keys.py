"""Page keys: a digest of everything a page is made from, so an unchanged page is known without rendering it.

A key is a digest of the site without its cards (settings, source, categories, the site's own templates), the
code, the page's head (template, folder, title, description) and its declared inputs: its card and related
cards, a category page's category and cards, the source page's citations. The render stage builds a page's
context from those inputs and the card-free site only, so keying 5,000 pages costs a digest of a few card marks
each. A page whose templates read `site.cards` depends on every card instead. Render code that gives a page other
cards must declare them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from generator.inputs import digest
from generator.model import Card, Category, Site

if TYPE_CHECKING:  # Jinja is imported only where a template is parsed: the no-change path never is
    import jinja2

    from generator.cardstore import Entries

PLAIN = (str, int, float, bool, type(None))  # values that are their own repr


class Uncacheable(Exception):
    """A page context holds something a key cannot describe: render that page afresh."""


class PageKeys:
    """The keys of one build's pages. `loaded` is the cache's record of the cards this build loaded,
    `templates_digest()` the digest of the site's own templates/."""

    def __init__(self, code: str, loaded: Entries, templates_digest: Callable[[], str]) -> None:
        self.code = code
        self.loaded = loaded
        self.templates_digest = templates_digest
        self._card_marks: dict[int, tuple[Card, str]] = {}
        self._category_tokens: dict[int, tuple[Category, str]] = {}
        self._frozen_tokens: dict[int, tuple[Any, str]] = {}  # id -> (a frozen dataclass, its token)
        self._ahead: dict[int, str] | None = None  # id -> token of the values worked out ahead (`tokens_ahead`)
        # type -> how a value of it becomes its token: plain values, cards, categories, and each dataclass met
        # (a listing's entries: 20,000 on a big front page, so one call each, no detour through `token`)
        self._pieces: dict[type, Callable[[Any], str]] = {
            Card: self.card_mark, Category: self._category_token, **dict.fromkeys(PLAIN, repr)}
        self._site: tuple[Site, str, str] | None = None
        self.reads_all: dict[str, bool] = {}  # template -> whether it (or what it uses) reads site.cards

    def page_key(self, site: Site, settings: Any, env: Any, head: tuple[str, str, str, str],
                 inputs: tuple[Any, ...]) -> str | None:
        """The key of a page; None if its inputs cannot be keyed.

        `head` is (template, folder, title, description); `inputs` what its context is made from, besides
        the card-free site; `settings` the renderer's options; `env` its Jinja environment (to see whether
        its templates read other cards).
        """
        site_key, all_cards = self.site_keys(site, settings, env)
        try:
            # every card (the front and source pages' inputs): the digest of their marks, made once a build
            every = inputs is site.cards or self._reads_all(env, head[0])
            context_key = all_cards if every else self.token(inputs)
        except Uncacheable:
            return None
        return digest(f"{site_key}\0{head!r}\0{context_key}".encode())

    def dependencies(self, env: Any, template: str, inputs: tuple[Any, ...]) -> tuple[str, ...] | None:
        """The files of the cards a page keyed from `inputs` shows; None unless its key depends on those
        cards alone (its inputs are cards, or lists of cards, and its templates read no other card)."""
        if self._reads_all(env, template):
            return None
        paths: list[str] = []
        for value in inputs:
            if type(value) is Card:
                paths.append(value.path)
            elif type(value) in (list, tuple) and all(type(item) is Card for item in value):
                paths.extend(item.path for item in value)
            else:
                return None
        return tuple(paths)

    def learn(self, env: Any, templates: set[str], known: dict[str, bool]) -> None:
        """Whether each page template reads every card: from `known` (the last build's, when its templates and
        code were these: the card-free site's key is the same) or worked out here, in the main process, so
        that forked workers need not parse the templates and the cache can keep the answers."""
        parsed: dict[str, Any] = {}  # the page templates share a base and partials: each is parsed once
        for template in sorted(templates):
            if template in known and type(known[template]) is bool:
                self.reads_all.setdefault(template, known[template])
            else:
                self._reads_all(env, template, parsed)

    def _reads_all(self, env: Any, template: str, parsed: dict[str, Any] | None = None) -> bool:
        known = self.reads_all.get(template)
        if known is None:
            known = self.reads_all[template] = reads_every_card(env, template, parsed)
        return known

    def site_keys(self, site: Site, settings: Any, env: Any) -> tuple[str, str]:
        """(the card-free site's key, a digest of every card's mark)."""
        if self._site is None or self._site[0] is not site:
            # the source article by its digest: the repr of its text takes four times as long (600 kB of text in
            # the benchmark's 5,000-card briefing)
            text = digest(site.source.text.encode())
            bare = repr(dataclasses.replace(site, cards=(), source=dataclasses.replace(site.source, text=text)))
            site_key = digest(f"{self.code}\0{settings!r}\0{self.templates_digest()}\0{bare}".encode())
            all_cards = digest("\0".join(self.card_mark(card) for card in site.cards).encode())
            self._site = (site, site_key, all_cards)
        return self._site[1], self._site[2]

    def site_keys_made(self) -> str:
        """The card-free site's key if this process worked it out, else ''."""
        return self._site[1] if self._site is not None else ""

    def card_mark(self, card: Card) -> str:
        """A card's digest: of its file and the source when this build loaded it, else of all its fields."""
        known = self._card_marks.get(id(card))
        if known is not None and known[0] is card:
            return known[1]
        entry = self.loaded.get(card.path)
        if entry is not None and entry[2] is card:
            mark = f"{card.path}:{entry[0]}:{entry[1]}"
        else:
            mark = digest(repr(card).encode())
        self._card_marks[id(card)] = (card, mark)
        return mark

    def token_or_none(self, value: Any) -> str | None:
        try:
            return self.token(value)
        except Uncacheable:
            return None

    def token(self, value: Any) -> str:
        """A text that changes whenever `value` does (the cards, categories... that pages are made from)."""
        kind = type(value)
        piece = self._pieces.get(kind)
        if piece is not None:
            return piece(value)
        if kind is list or kind is tuple:  # of cards or entries, mostly
            ahead = self._ahead if self._ahead is not None else self._taken_ahead()
            if value and id(value[0]) in ahead:
                try:  # a run of entries whose tokens the preview's build process worked out: found in C
                    return "[" + ",".join(map(ahead.__getitem__, map(id, value))) + "]"
                except KeyError:
                    pass
            pieces, token = self._pieces, self.token
            return "[" + ",".join([pieces.get(type(item), token)(item) for item in value]) + "]"
        if dataclasses.is_dataclass(value) and not isinstance(value, type):  # a listing's entry
            return self._fields_of(kind)(value)
        raise Uncacheable(kind.__name__)

    def _category_token(self, value: Category) -> str:
        """A category's fields (a few categories, met once per card in a listing)."""
        known = self._category_tokens.get(id(value))
        if known is None or known[0] is not value:
            known = self._category_tokens[id(value)] = (value, self._fields_of(Category)(value))
        return known[1]

    def tokens_ahead(self, values: list[Any]) -> None:
        """Work out the tokens of `values` in this process for the next build's workers: the preview's build
        process does, once its site is out, for its cards and its listings' entries (21,000 at 5,000 cards: 25 ms
        of the front page's worker). A card's token is its mark, made from its record in the build cache; an entry
        is never changed once made, and its token is made of its card's mark and of values that cannot change.
        So they hold while each card is the same object with the same record: the next build takes them only if
        no card it kept has another record."""
        global _kept_ahead
        known = self._ahead if self._ahead is not None else self._taken_ahead()
        tokens = {id(value): known.get(id(value)) or self.token(value) for value in values}
        _kept_ahead = (dict(self.loaded), tokens, values)  # (the values: their ids stay theirs)
        self._ahead = tokens  # (the last ones' values may go now)

    def _taken_ahead(self) -> dict[int, str]:
        """The tokens the last build worked out ahead, if every card they were made from has its record still."""
        self._ahead = {}
        if _kept_ahead is not None:
            records, tokens, _ = _kept_ahead
            loaded = self.loaded
            if all(record is old or record is None or record[2] is not old[2]
                   for path, old in records.items() for record in (loaded.get(path),)):
                self._ahead = tokens
        return self._ahead

    def _fields_of(self, kind: type) -> Callable[[Any], str]:
        """The token maker of a dataclass: its name and its fields' tokens (but for fields out of its repr: the
        site's words, which the site's key holds)."""
        names = tuple(f.name for f in dataclasses.fields(kind) if f.repr)
        start, pieces, token = f"{kind.__qualname__}(", self._pieces, self.token
        piece = pieces.get

        if len(names) == 2:  # a timeline entry (card, category); a figure entry has three fields
            two = attrgetter(*names)

            def fields_token(value: Any) -> str:
                a, b = two(value)
                return f"{start}{piece(type(a), token)(a)},{piece(type(b), token)(b)})"
        elif len(names) == 3:
            three = attrgetter(*names)

            def fields_token(value: Any) -> str:
                a, b, c = three(value)
                return f"{start}{piece(type(a), token)(a)},{piece(type(b), token)(b)},{piece(type(c), token)(c)})"
        else:
            getter = attrgetter(*names) if len(names) > 1 else (lambda item, get=attrgetter(*names): (get(item),))

            def fields_token(value: Any) -> str:
                return start + ",".join([piece(type(item), token)(item) for item in getter(value)]) + ")"

        made: Callable[[Any], str] = fields_token
        # (a citation is in the source page's key and in two of its blocks; a listing's entry in the front page's and
        # its category page's blocks)
        if kind.__dataclass_params__.frozen or getattr(kind, "unchanging", False):  # type: ignore[attr-defined]
            made = self._kept(fields_token)
        if kind is not Category:  # a category's token is kept per category
            pieces[kind] = made
        return made

    def _kept(self, make: Callable[[Any], str]) -> Callable[[Any], str]:
        """`make`, worked out once per object: for values that cannot change (frozen dataclasses)."""
        known_tokens = self._frozen_tokens

        def kept_token(value: Any) -> str:
            known = known_tokens.get(id(value))
            if known is None or known[0] is not value:
                known = known_tokens[id(value)] = (value, make(value))
            return known[1]

        return kept_token


# The tokens the preview's build process worked out for its next build (see `PageKeys.tokens_ahead`): the records
# of the cards they were made from, the tokens by id, and the values themselves
_kept_ahead: tuple[Entries, dict[int, str], list[Any]] | None = None


# What a template may read of `site` without depending on its cards (for the build cache's page keys).
CARD_FREE_SITE_ATTRIBUTES = {"title", "description", "base_url", "url", "cname", "language", "words", "direction",
                             "source", "categories"}


def reads_every_card(env: jinja2.Environment, template: str, parsed: dict[str, Any] | None = None) -> bool:
    """Whether `template`, or a template it extends, includes or imports, may read the site's cards.

    Looks at the parsed templates: only `site.<attribute>` with a card-free attribute is safe; any other use
    of `site` (site.cards, site['cards'], site.cards_in(), `set s = site`, site passed on) counts as reading
    every card. A template that cannot be read or parsed counts too (rendering will report it). `parsed`
    keeps the parsed templates between calls.
    """
    from jinja2 import nodes

    from generator.environment import template_trees

    for _, tree in template_trees(env, [template], parsed):
        if tree is None:  # chosen at render time, or not readable: cannot tell
            return True
        safe: set[int] = set()
        for node in tree.find_all(nodes.Getattr):
            if isinstance(node.node, nodes.Name) and node.node.name == "site":
                if node.attr not in CARD_FREE_SITE_ATTRIBUTES:
                    return True
                safe.add(id(node.node))
        if any(node.name == "site" and id(node) not in safe for node in tree.find_all(nodes.Name)):
            return True
    return False
