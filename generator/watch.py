"""Change detection for the live preview: inotify (watchdog) events on the site's inputs, never on the output."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from livereload.watcher import Watcher
from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import ObservedWatch

from generator.cardfiles import CONTENT
from generator.config import SITE_FILE
from generator.environment import TEMPLATES
from generator.inputs import link_targets

log = logging.getLogger("generator.serve")

# Only what a save, a create, a delete or a rename makes; reads (our own build opens every card) are not asked for.
EVENTS: list[type[FileSystemEvent]] = [
    FileCreatedEvent, FileDeletedEvent, FileModifiedEvent, FileMovedEvent, FileClosedEvent,
    DirCreatedEvent, DirDeletedEvent, DirMovedEvent,
]
TREES = (CONTENT, TEMPLATES)  # watched recursively; the site folder itself only one level deep
EDITOR_LEFTOVERS = (".swp", ".swx", ".tmp", "~", "___jb_tmp___", "___jb_old___")  # vim, emacs, JetBrains


class SiteWatcher(Watcher):
    """livereload's Watcher interface, fed by inotify instead of livereload's 0.8 s polling of the whole tree.

    watchdog reports each relevant change to `on_change` (from its own thread, with the path relative to
    the site, and whether the change finished a file: closed after writing, or renamed into place). The
    preview decides when to rebuild; once the new site is in place it calls `reload`, which hands the changed
    path to livereload's `poll_tasks` (the callback given to `start`).
    """

    def __init__(self, site_root: Path, output: Path, on_change: Callable[[str, bool], None]) -> None:
        super().__init__()
        self.site_root = site_root.resolve()
        self.output = output.resolve()
        self.on_change = on_change
        self.observer = Observer()
        self.observer.daemon = True
        self.watched: dict[Path, ObservedWatch] = {}
        self.linked: dict[Path, str] = {}  # a linked folder's target -> the link, relative to the site
        self.lock = threading.Lock()
        self.callback: Callable[[], None] | None = None
        self.pending_reload: str | None = None
        self.source = ""  # the source article's path, when it sits beside site.yaml
        self.handler = _Handler(self)

    # livereload's side -------------------------------------------------------------------------------------
    def start(self, callback: Callable[[], None]) -> bool:
        """Called by LiveReloadHandler.start_tasks: True tells it not to start its own polling."""
        self.callback = callback
        return True

    def examine(self) -> tuple[str | None, float | None]:
        """What livereload's poll_tasks asks for: the changed path, and no extra delay (the site is ready)."""
        path, self.pending_reload = self.pending_reload, None
        self.filepath = path
        return path, None

    def reload(self, path: str) -> None:
        """Tell the connected browsers to reload; call on the server's event loop, after the swap."""
        if self.callback is not None:
            self.pending_reload = path
            self.callback()

    # watchdog's side ---------------------------------------------------------------------------------------
    def begin(self) -> None:
        """Start watching site.yaml, content/ and templates/ (never the output folder)."""
        self.ensure_watches(links=True)
        try:
            self.observer.start()
        except OSError as error:  # e.g. the system's inotify watch limit
            log.warning("cannot watch the site for changes: %s (see fs.inotify.max_user_watches); "
                        "restart the preview to see edits", error)

    def stop(self) -> None:
        self.observer.stop()
        if self.observer.is_alive():
            self.observer.join(timeout=5)

    def ensure_watches(self, source_file: str | None = None, links: bool = False) -> None:
        """Watch the site folder (one level), content/ and templates/ if they exist, the source's folder, and
        (looking for them with `links`: it lists every file) where links to folders in content/ and templates/
        lead (inotify does not follow them: templates shared by briefings, say)."""
        wanted = [(self.site_root, False)] + [(self.site_root / name, True) for name in TREES]
        wanted += self._link_targets() if links else []
        self.source = source_file if source_file is not None else self.source
        if self.source:  # its folder, or the nearest folder on the way to it while it is not there (yet)
            folder = (self.site_root / self.source).resolve().parent
            while not folder.is_dir() and folder.is_relative_to(self.site_root) and folder != self.site_root:
                folder = folder.parent
            inside = folder.is_relative_to(self.site_root) and not self._is_output(folder)
            if inside and not any(folder.is_relative_to(self.site_root / name) for name in TREES):
                wanted.append((folder, False))
        with self.lock:
            for folder, recursive in wanted:
                if folder in self.watched or not folder.is_dir() or folder.is_symlink() or self._is_output(folder):
                    continue
                try:
                    self.watched[folder] = self.observer.schedule(self.handler, str(folder), recursive=recursive,
                                                                  event_filter=EVENTS)
                except OSError as error:  # e.g. the system's inotify watch limit
                    log.warning("cannot watch %s for changes: %s (see fs.inotify.max_user_watches)", folder, error)
                    continue
                super().watch(str(folder))  # livereload's task list: keeps start_tasks from watching the cwd
                log.debug("watching %s%s", folder, " and below" if recursive else "")

    def _link_targets(self) -> list[tuple[Path, bool]]:
        """The folders links in content/ and templates/ lead to, outside those trees (each recursive), and the
        folders of the files they lead to (one level: only the file is mapped to its link)."""
        trees = [Path(os.path.realpath(self.site_root / name)) for name in TREES
                 if not (self.site_root / name).is_symlink()]  # (a linked tree is watched where it leads)
        targets = []
        linked: dict[Path, str] = {}  # (made anew: a link removed since leads nowhere now)
        for rel, target in link_targets(self.site_root):
            if not any(target.is_relative_to(tree) for tree in trees):
                linked.setdefault(target, rel)
                targets.append((target, True) if target.is_dir() else (target.parent, False))
        self.linked = linked
        return targets

    def forget(self, path: str) -> None:
        """A watched folder was deleted or moved away: drop its watch, so that a new one is made if it returns."""
        gone = Path(path).absolute()
        with self.lock:
            for folder in [folder for folder in self.watched if folder.is_relative_to(gone)]:  # (and those in it)
                self.observer.unschedule(self.watched.pop(folder))

    def relevant(self, path: str) -> str | None:
        """`path` relative to the site if a change there can change the site, else None."""
        full = Path(path).absolute()
        rel = full.relative_to(self.site_root) if full.is_relative_to(self.site_root) else next(
            (Path(link) / full.relative_to(target) for target, link in self.linked.items()  # named by the link
             if full.is_relative_to(target)), None)
        if rel is None or not rel.parts or self._is_output(full):
            return None
        name = rel.parts[-1]
        if (any(part.startswith(".") for part in rel.parts) or name.endswith(EDITOR_LEFTOVERS) or name == "4913"
                or (name.startswith("#") and name.endswith("#"))):
            return None  # hidden files, editor swap and backup files (4913 is vim's write test, #card# emacs's)
        if len(rel.parts) == 1 and name not in (SITE_FILE, *TREES, self.source) and not self.towards_source(name):
            return None  # other things beside site.yaml: the output folder's swaps, notes, the repo's files
        return rel.as_posix()

    def towards_source(self, rel: str) -> bool:
        """Whether the folder `rel` (relative to the site) is the source's, outside content/, or holds it."""
        folder = PurePosixPath(self.source).parent
        return bool(self.source) and (PurePosixPath(rel) == folder or PurePosixPath(rel) in folder.parents)

    def _is_output(self, path: Path) -> bool:
        return path == self.output or path.is_relative_to(self.output)


class _Handler(FileSystemEventHandler):
    """Forwards watchdog events that matter to the preview."""

    def __init__(self, watcher: SiteWatcher) -> None:
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory and event.event_type == "modified":
            return  # a folder's listing changed: the file events say which file
        # a rename is named by where it lands and where it left: a file moved over a card (an editor's
        # atomic save from a temporary file beside it, or a card renamed) is gone from where it was
        landed = getattr(event, "dest_path", "")
        for raw in dict.fromkeys(path for path in (landed, event.src_path) if path):
            rel = self.watcher.relevant(os.fsdecode(raw))
            if rel is None:
                continue
            if event.is_directory and event.event_type in ("deleted", "moved"):
                self.watcher.forget(os.fsdecode(event.src_path))
            came = event.event_type in ("created", "moved") and os.path.islink(raw)
            went = event.event_type in ("deleted", "moved") and rel in self.watcher.linked.values()
            if (event.is_directory and (rel in TREES or self.watcher.towards_source(rel))) or came or went:
                self.watcher.ensure_watches(links=True)  # content/, templates/ or the source's folder came (or
                # one on the way to it), or a link came or went
            # a save is whole once its file is closed after writing or renamed into place (not renamed away)
            finished = event.event_type == "closed" or (event.event_type == "moved" and raw == landed)
            self.watcher.on_change(rel, finished and not event.is_directory)
