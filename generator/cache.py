"""The build cache in `.generator-cache/` beside the output folder: what the last build read and wrote.

Per output folder, rewritten (atomically) after each successful build:
- `<output>.files.pickle`: a digest of every input (site.yaml, content/**, templates/**, the source article,
  the generator's own code and templates, its libraries' versions; see inputs.py), each input file's stat
  and digest, and for every output file the key of the page it holds, its content digest and its stat
  (size, mtime, inode). Same inputs and an output folder exactly as that build left it: nothing to do.
- `<output>.cards/NN.pickle`: each card loaded from a file, keyed by the file's bytes and the source text,
  in 16 files by a hash of the card's path (an edit rewrites one; see cardstore.py).
And `<output>.fragments/`: the `{% cache %}` blocks of each big listing page (see fragments.py).

A page's key is a digest of everything that goes into it (see keys.py). With each card page the manifest keeps
what its inputs were chosen by (the render stage's hint) and the card files it showed: when neither changed, an
edit build takes the page without working out its key (`unchanged_pages`).
A page whose key matches is read back from the previous output (only if that file's stat is the one this
cache recorded: size, mtime and inode, so a hand-edited file is not served unless its size and mtime were put
back), and `write` hard-links unchanged files.
Any unreadable or inconsistent cache file is ignored: the build is then simply a cold one.

Each saved manifest has a new `generation` (the saving process's id and a random part): the preview's build
process tells a build which files its watcher reported since the generation it saved (see `Reported`).
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import readsall
from generator.cachefile import FORMAT, read_state, write_state
from generator.cardstore import CardStore, Entries
from generator.inputs import Inputs, code_digest, digest, keep_listing, kept_listing
from generator.keys import PageKeys
from generator.manifest import FOLDER, FileEntry, fragments_of, holds_exactly, manifest_path, spare_of, valid_manifest
from generator.model import Card, Site
from generator.write import Existing, Page, Staged

if TYPE_CHECKING:
    from mmap import mmap

    from generator.fragments import Fragments
    from generator.load import Loaded

log = logging.getLogger("generator")

FEW_CARDS = 8  # an edit of at most this many cards renders their pages in the main process (see render.py)
PAGES_SAMPLED = 16  # card pages looked at to tell an edit from a build whose output was deleted

# (a manifest's generation, the input files a watcher reported changed since the build that saved it began): the
# other input files under content/ and templates/ are taken as that build found them, without a stat (inputs.py)
Reported = tuple[str, Collection[str]]



class BuildCache:
    """One build's view of the cache: looked up while loading and rendering, saved after the write."""

    def __init__(self, site_root: Path, output: Path, reported: Reported | None = None, watched: bool = False) -> None:
        self.root = site_root
        self.watched = watched  # this process builds again, trusting a watcher's reports (see `save`)
        self.output = output.absolute()
        folder = self.output.parent / FOLDER
        self.files_path = manifest_path(self.output)
        self.spare = spare_of(self.output)  # the output before last, for write to update
        self.fragments_folder = fragments_of(self.output)  # per page: see fragments.py
        self.bytecode_folder = folder / f"{self.output.name}.templates"  # compiled templates: environment.py
        self.code = code_digest()  # the generator's code (and libraries)
        state = read_state(self.files_path, valid_manifest)
        same_code = state.get("code") == self.code
        self.old_inputs: str = state.get("inputs", "") if same_code else ""
        self.source_file: str = state.get("source_file", "")
        generation = state.get("generation") if same_code else None  # the watcher's report counts from it
        trusted = reported[1] if reported is not None and generation and reported[0] == generation else None
        listing = kept_listing(self.files_path, generation) if watched and trusted is not None and generation else None
        self.input_digests = Inputs(site_root, state.get("input_stats", {}), state.get("hashed_at", 0), trusted,
                                    listing)
        files = state.get("files", {})
        # with other code, no page key holds, but the files' digests still tell unchanged bytes
        self.old_files: dict[str, FileEntry] = (
            files if same_code else {k: dataclasses.replace(v, key="") for k, v in files.items()})
        self.card_store = CardStore(folder / f"{self.output.name}.cards", readable=same_code)
        self.inputs = ""
        self.digests = self.input_digests.digests  # input file (relative to the site folder) -> digest of its bytes
        self.source_digest = ""
        self.cards: Entries = {}  # what this build loaded, for the next one
        self.loaded_other_bytes = False  # whether a card was loaded from bytes other than those digested
        self.page_keys: dict[str, str] = {}
        self.written: dict[str, str] = {}  # output file -> digest of what this build wrote
        self.kept: set[str] = set()  # pages that are the previous output's file, linked
        self.fragment_pages: set[str] = set()  # pages whose {% cache %} blocks are kept (render decides)
        self.keys = PageKeys(self.code, self.cards, self._templates_digest)
        # page -> (the render stage's hint, the card files it showed): see unchanged_pages
        self.old_dependencies: dict[str, tuple[str, tuple[str, ...]]] = (
            state.get("dependencies", {}) if same_code else {})
        self.old_site_key: str = state.get("site_key", "") if same_code else ""
        self.dependencies: dict[str, tuple[str, tuple[str, ...]]] = {}
        self.old_reads_all: dict[str, bool] = state.get("reads_all", {}) if same_code else {}
        # the digest of the site's own templates/ when the last build worked out `reads_all`
        self.old_templates = state.get("templates", "") if same_code else ""
        # the last build's cards' files, in its order
        self.old_card_order: list[str] = state.get("card_order", []) if same_code else []
        self.card_order: list[str] = []  # this build's (render sets it), for the next one
        self._unchanged: set[str] | None = None
        self.fresh: list[Card] = []  # the cards this build loaded from their files (not taken from the last one)
        self._templates: tuple[list[str], str] | None = None  # a listing, and the digest of its templates/

    # -- inputs ---------------------------------------------------------------------------------------
    def up_to_date(self) -> bool:
        """True when no input changed since the last build and its output is exactly as it left it."""
        if not self.old_inputs:  # nothing to compare with: card files are digested as they load (read once)
            from generator.cardfiles import is_card_file

            self.input_digests.begin(self.source_file, later=is_card_file)
            return False
        self.inputs = self._inputs_digest()
        return self.inputs == self.old_inputs and holds_exactly(self.output, self.old_files)

    def _inputs_digest(self) -> str:
        return self.input_digests.total(self.code, self.source_file)

    # -- cards ----------------------------------------------------------------------------------------
    def known_cards(self, files: list[tuple[str, str]], source_text: str) -> tuple[list[Card], list[tuple[str, str]]]:
        """Split card files (category, path in the site) into cards loaded before from the same bytes and
        source, and files to load."""
        self.source_digest = digest(source_text.encode())
        old = self.card_store.old()
        if not old:
            return [], files
        hits: list[Card] = []
        todo: list[tuple[str, str]] = []
        for category, rel in files:
            made_from = self.input_digests.digest_of(rel)
            entry = old.get(rel)
            if entry and entry[0] == made_from and entry[1] == self.source_digest \
                    and entry[2].category == category:
                hits.append(entry[2])
                self.cards[rel] = entry
            else:
                todo.append((category, rel))
        return hits, todo

    def remember(self, cards: list[Loaded]) -> None:
        """Keep freshly loaded cards (with the digest of the bytes each was made from), unless their file
        changed since this build's digest of the inputs (or, if it was left to the loading, record it)."""
        for card, made_from, stat in cards:
            self.fresh.append(card)
            if made_from and stat is not None:
                self.input_digests.record(card.path, stat, made_from)
            if made_from and self.digests.get(card.path) == made_from:
                self.cards[card.path] = (made_from, self.source_digest, card)
            else:
                self.loaded_other_bytes = True

    def save_cards(self) -> None:
        """Pickle the loaded cards now (the render stage calls it while the workers render); `save` puts them
        in place once the site is published (see cardstore.py)."""
        self.card_store.prepare(self.cards)

    # -- pages ----------------------------------------------------------------------------------------
    def page_key(self, site: Site, settings: Any, env: Any, head: tuple[str, str, str, str],
                 inputs: tuple[Any, ...]) -> str | None:
        """The key of a page (see keys.py); None if its inputs cannot be keyed."""
        return self.keys.page_key(site, settings, env, head, inputs)

    def unchanged_pages(self, site: Site, settings: Any, env: Any, pages: list[str], hint: str
                        ) -> dict[str, Existing]:
        """The previous output's files for pages made from nothing that changed, found without working out their
        keys; `pages` are output paths, `hint` the render stage's for them (what chooses a page's inputs among the
        cards).

        A page qualifies when the card-free site is the same, its hint is the same, and none of the cards it
        showed last time changed; and its file is as the last build left it."""
        if not self._same_site(site, settings, env) or not self.old_dependencies:  # (the first works out the
            return {}  # card-free site's key here, for `save`)
        unchanged, old_dependencies, old_files = self._unchanged_cards(), self.old_dependencies, self.old_files
        output = str(self.output) + "/"
        found: dict[str, Existing] = {}
        for path in pages:
            known = old_dependencies.get(path)
            if known is None or known[0] != hint or not hint or not unchanged.issuperset(known[1]):
                continue
            entry = old_files.get(path)
            if entry is None or not entry.key:
                continue
            try:
                stat = os.lstat(output + path)
            except OSError:
                continue
            if (stat.st_size, stat.st_mtime_ns, stat.st_ino) == (entry.size, entry.mtime_ns, entry.ino):
                found[path] = Existing(output + path, entry.ino)
                self.page_keys[path] = entry.key
                self.dependencies[path] = known
        return found

    def few_changed_cards(self, site: Site, settings: Any, env: Any, hint: str) -> bool:
        """Whether this is an edit of a few cards: the card-free site is the same, card pages were chosen by
        the same `hint`, and at most FEW_CARDS cards are not the last build's (so few card pages change)."""
        if not self._same_site(site, settings, env) or not self.old_dependencies:
            return False
        if any(known[0] != hint for known in self.old_dependencies.values()):
            return False
        return len(site.cards) - len(self._unchanged_cards()) <= FEW_CARDS and self._pages_still_there()

    def _pages_still_there(self) -> bool:
        """Whether a sample of the last build's card pages is as it left them: with the output deleted since,
        an edit of no card has every card page to render, work for the workers, not for this process alone."""
        pages = list(self.old_dependencies)
        return all((entry := self.old_files.get(path)) is not None and self.reuse(path, entry.key) is not None
                   for path in pages[::max(1, len(pages) // PAGES_SAMPLED)])

    def learn_templates(self, env: Any, templates: set[str]) -> None:
        """Which page templates read every card (see PageKeys.learn): the last build's answers if its templates
        and code were these; else those kept for this user for these own templates (see readsall.py)."""
        from generator.environment import shipped_folder

        own, folder = self._templates_digest(), shipped_folder(env)
        known = (self.old_reads_all if own == self.old_templates else {}) or readsall.kept(folder, own)
        self.keys.learn(env, templates, known)
        if folder and not self.keys.reads_all.keys() <= known.keys():
            readsall.keep(folder, own, self.keys.reads_all)

    def templates_known(self) -> bool:
        """Whether this code compiled the templates and kept which read every card (see readsall.known)."""
        return readsall.known(self.code, self._templates_digest())

    def unchanged_cards(self, site: Site, settings: Any, env: Any) -> set[str]:
        """The card files whose card is the very one the last build had, if the card-free site is the same too
        (so whatever was made from them alone is unchanged); else none."""
        return self._unchanged_cards() if self._same_site(site, settings, env) else set()

    def previous_file(self, rel: str, mapped: bool = False) -> bytes | mmap | None:
        """The previous output's file `rel`, if it is as the last build wrote it (and not empty); `mapped`: mapped,
        not read (its output's files are replaced, never written into, so the map stays the file it was; only a
        worker should map one: if someone cut the file short meanwhile, reading the map kills the process, and the
        main process then does the worker's work itself, reading)."""
        import mmap as mapping

        entry = self.old_files.get(rel)
        try:
            with open(os.path.join(self.output, rel), "rb") as file:
                stat = os.fstat(file.fileno())
                if entry is None or not entry.matches(stat) or not stat.st_size:
                    return None
                return mapping.mmap(file.fileno(), 0, access=mapping.ACCESS_READ) if mapped else file.read()
        except (OSError, ValueError):
            return None

    def _same_site(self, site: Site, settings: Any, env: Any) -> bool:
        """Whether the card-free site's key is the last build's (worked out here, so that `save` has it)."""
        return self.keys.site_keys(site, settings, env)[0] == self.old_site_key

    def _unchanged_cards(self) -> set[str]:
        """The card files whose card this build took from the last one's cache (a fresh load counts as
        changed, even to the same bytes; so does a card loaded from bytes other than those digested)."""
        if self._unchanged is None:
            old = self.card_store.old()
            self._unchanged = {path for path, entry in self.cards.items() if old.get(path) is entry}
        return self._unchanged

    def kept_page(self, template: str, path: str, view: Callable[[Card], object]) -> Existing | None:
        """The previous output's file for a page made from `view` of every card, in order (the source page from
        their citations), with the last build's key, if the card-free site is the same, the cards are the last
        build's in its order (render sets `card_order`), and each card loaded afresh has the view of the one its
        file gave the last build; None if the page must be keyed (or its template reads the cards otherwise)."""
        entry, old, site_key = self.old_files.get(path), self.card_store.old(), self.keys.site_keys_made()
        if entry is None or not entry.key or not site_key or site_key != self.old_site_key \
                or self.card_order != self.old_card_order or self.keys.reads_all.get(template, True):
            return None
        if any(card.path not in old or view(old[card.path][2]) != view(card) for card in self.fresh):
            return None
        kept = self.reuse(path, entry.key)
        if kept is not None:
            self.page_keys[path] = entry.key
        return kept

    def may_reuse(self, path: str) -> bool:
        """Whether the previous output has this page (else its key can wait: workers compute it)."""
        entry = self.old_files.get(path)
        return entry is not None and bool(entry.key)

    def reuse(self, path: str, key: str) -> Existing | None:
        """The previous output's file for the page if it was made with this key (and is as that build left
        it); None if the page must be rendered."""
        entry = self.old_files.get(path)
        if entry is None or entry.key != key:
            return None
        file = os.path.join(self.output, path)
        try:
            if not entry.matches(os.lstat(file)):  # edited by hand since: render it again
                return None
        except OSError:
            return None
        return Existing(file, entry.ino)

    def fragments(self, site: Site, settings: Any, env: Any, path: str) -> Fragments:
        """The kept `{% cache %}` blocks of the page at output `path` (read when its first block asks)."""
        from generator.fragments import Fragments, page_file  # here: the no-change path must not import Jinja

        site_key, _ = self.keys.site_keys(site, settings, env)
        return Fragments(page_file(self.fragments_folder, path), site_key, self.keys.token_or_none)

    def _templates_digest(self) -> str:
        """The site's own templates/ (the shipped ones are part of the code digest); once per listing."""
        if self.input_digests.listed is None:
            self.inputs = self._inputs_digest()
        listed = self.input_digests.listed or []
        if self._templates is None or self._templates[0] is not listed:
            own = sorted((rel, self.input_digests.digest_of(rel)) for rel in listed if rel.startswith("templates/"))
            self._templates = (listed, digest(repr(own).encode()))
        return self._templates[1]

    # -- writing --------------------------------------------------------------------------------------
    def track(self, pages: Iterable[tuple[str, Page]]) -> Iterator[tuple[str, Page]]:
        """Pass pages on to the write stage, noting each one's digest where the previous output has the file (for
        `unchanged_file`); `save` records the others' as unknown, '' (a cold build hashed 74 MB at 5,000 cards for a
        later build that compares a few files: it hashes those, see `unchanged_file`)."""
        old = self.old_files
        for rel, data in pages:
            if type(data) is Existing:
                self.written[rel] = old[rel].digest
                self.kept.add(rel)
            elif type(data) is Staged:
                self.written[rel] = data.digest  # worked out by the worker that wrote it
            else:
                self.written[rel] = digest(data) if rel in old else ""
            yield rel, data

    def unchanged_file(self, rel: str, data: bytes | Staged) -> Path | None:
        """The previous output's file with exactly these bytes, to hard-link instead of writing; or None."""
        entry = self.old_files.get(rel)
        if entry is None or entry.size != (data.size if type(data) is Staged else len(data)):
            return None
        known = self.written.get(rel)  # `track` digested it already
        if not known:
            known = data.digest if type(data) is Staged else digest(data)
        path = self.output / rel
        try:
            if not entry.matches(os.lstat(path)):
                return None
            if not entry.digest:  # written by a build that had no file to compare it with: hashed now
                entry = dataclasses.replace(entry, digest=digest(path.read_bytes()))
                if not entry.matches(os.lstat(path)):  # (replaced while it was read)
                    return None
        except OSError:
            return None
        return path if known == entry.digest else None

    def save(self, source_file: str) -> None:
        """Record this build (call after the output folder was swapped in); failures only cost speed."""
        files: dict[str, FileEntry] = {}
        try:
            output = os.path.join(self.output, "")
            for rel, value in self.written.items():
                key = self.page_keys.get(rel, "")
                if rel in self.kept:  # the previous output's very file (a hard link): its stat is unchanged
                    old = self.old_files[rel]
                    files[rel] = old if old.key == key else dataclasses.replace(old, key=key)
                    continue
                stat = os.lstat(output + rel)
                files[rel] = FileEntry(key, value, stat.st_size, stat.st_mtime_ns, stat.st_ino)
            inputs = self.inputs or self._inputs_digest()
            if source_file != self.source_file:
                self.source_file = source_file
                if source_file not in self.digests:  # it lives outside content/: not in that digest yet
                    inputs = self._inputs_digest()
            generation = f"{os.getpid()}-{os.urandom(8).hex()}"
            # a file read with other bytes than digested (saved in between): the output may not be what the digest says
            if self.input_digests.forget_changed(self.watched, source_file) or self.loaded_other_bytes:
                inputs = ""
            self.files_path.parent.mkdir(exist_ok=True)
            from generator.fragments import drop_unused  # (rendering imported it)
            drop_unused(self.fragments_folder, self.fragment_pages)
            self.save_cards()
            self.card_store.commit()
            site_key = self.keys.site_keys_made()
            write_state(self.files_path, {"format": FORMAT, "code": self.code, "inputs": inputs,
                                     "source_file": source_file, "files": files, "site_key": site_key,
                                     "card_order": self.card_order, "reads_all": self.keys.reads_all,
                                     "templates": self._templates_digest(),
                                     "dependencies": self.dependencies if site_key else {},
                                     "input_stats": self.input_digests.stats,
                                     "hashed_at": self.input_digests.hashed_at, "generation": generation})
            if self.watched:  # the preview's build process: for its next build
                keep_listing(self.files_path, generation, self.input_digests)
        except OSError as error:  # (a file where its folder goes: every build was a cold one, unsaid)
            from generator.errors import system_error

            log.warning("warning: could not save the build cache (%s): the next build starts afresh",
                        system_error(error))
