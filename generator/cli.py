"""The command line: each command is a short recipe of pipeline stages."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import functools
import io
import logging
import os
import shlex
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from generator import __version__
from generator.build import build
from generator.errors import Problem, SiteError, UsageError, located_folder, system_error

if TYPE_CHECKING:
    from generator.model import Site

log = logging.getLogger("generator")


def _build(args: argparse.Namespace, on_loaded: Callable[[Site, list[Problem]], None] | None = None) -> int:
    started = time.perf_counter()
    def published(_: int) -> None:
        args.built = True  # (an interruption from here on finds the output folder built anew)

    count = build(args.site, args.output, cache=not getattr(args, "no_cache", False), on_loaded=on_loaded,
                  on_published=published)
    took = time.perf_counter() - started
    log.info("built %d files into %s in %.2f s", count, located_folder(args.output), took)
    return 0


def _deploy(args: argparse.Namespace) -> int:
    """check git -> build -> publish the output folder to the remote's gh-pages branch."""
    from generator.check import deploy_warnings
    from generator.config import require_site
    from generator.deploy import Options, built_as, check_repo, deploy, into_folder

    require_site(args.site)
    options = Options(args.remote, args.branch, args.message, args.force, args.dry_run, into_folder(args.into),
                      args.allow_warnings)
    repo = check_repo(args.site, args.output, options)
    refusals: list[str | None] = []

    def checked(*loaded: tuple[Site, list[Problem]]) -> None:
        """The editorial checks, on the site the build loaded (before it renders: a refused deploy leaves the last
        build's output as it was) or, when the output was up to date, on the site loaded again."""
        refusals.append(None if args.allow_warnings else deploy_warnings(args.site, *loaded))
        if refusals[0] and not options.dry_run:
            raise UsageError(f"{refusals[0]}: nothing was deployed. {_ALLOW}")

    _build(args, lambda site, unused: checked((site, unused)))  # first: a site with errors says them all
    if not refusals:
        checked()
    refusal = refusals[0]
    deploy(args.site, args.output, repo, options, built_as(args.output))
    if refusal:  # a dry run lists what would be published, then says the deploy would stop
        raise UsageError(f"{refusal}: a deploy would stop there. {_ALLOW}")
    return 0


_ALLOW = "Fix the cards, or deploy with --allow-warnings if the source bears the warnings out"


def _serve(args: argparse.Namespace) -> int:
    """build (with the reload script) -> serve -> rebuild on every save, until Ctrl-C."""
    from generator.config import require_site
    from generator.serve import serve

    require_site(args.site)
    _configure_server_logging(args.verbose)
    return serve(args.site, args.output, build, args.host, args.port, args.open,
                 on_ready=lambda url: print(f"Serving {url}  (Ctrl-C to stop)", flush=True))


def _check(args: argparse.Namespace) -> int:
    """load and render in memory -> editorial checks (and coverage) -> report; writes nothing."""
    from generator.check import check_site, parse_today, print_report

    wanted = args.min_coverage is not None
    try:
        report = check_site(args.site, parse_today(args.today), with_coverage=args.coverage or args.json or wanted)
    except (UsageError, OSError) as error:
        if args.json:  # (a tool reading stdout gets JSON all the same)
            _refused_as_json(str(error) if isinstance(error, UsageError) else
                             f"{error.filename or args.site}: {error.strerror or error}")
        raise
    report = dataclasses.replace(report, min_coverage=args.min_coverage)
    print_report(report, args.site, as_json=args.json, strict=args.strict, github=args.github)
    return 1 if report.failed(args.strict) else 0


def _means_json(arg: str) -> bool:
    """`--json` or an abbreviation argparse takes for it (`--js`): no other option of `check` starts `--j`."""
    return len(arg) > 2 and "--json".startswith(arg.partition("=")[0])  # (and '--json=yes', which argparse refuses)


def _refused_as_json(message: str) -> None:
    """`check --json`'s report when the check cannot run (stdout is JSON whatever happens), its keys as a report's."""
    import json

    from generator.check import stdout_is_unicode

    print(json.dumps({"ok": False, "error": message, "errors": [], "warnings": [], "coverage": None},
                     ensure_ascii=not stdout_is_unicode()))


def _new(args: argparse.Namespace) -> int:
    """A new briefing folder that builds at once."""
    from generator.new import create

    create(args.folder, args.category or ["general"], args.title, language=args.language)
    return 0


def _folder(text: str, fix: str = "give one, or leave the option out") -> Path:
    """A folder option's path; '' is none (`--site "$BRIEFING"` unset built the current folder, unsaid)."""
    if not text:
        raise argparse.ArgumentTypeError(f"'' names no folder (an unset variable?): {fix}")
    return Path(text)


def _port(text: str) -> int:
    """--port's number: a usage error (status 2, as argparse's own) when it is no port."""
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"a port from 0 to 65535 (0: any free port), not {text!r}")
    return int(text)


def _percent(text: str) -> int:
    if not text.isdigit() or int(text) > 100:
        raise argparse.ArgumentTypeError(f"a whole percentage from 0 to 100, not {text!r}")
    return int(text)


class _Once(argparse.Action):
    """A folder option: a second one is an error (argparse would keep the last, and the first go unbuilt)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        given = namespace.__dict__.setdefault("_given", set())
        if self.dest in given:
            parser.error(f"{option_string} given twice (a command builds one briefing: run it once for each)")
        given.add(self.dest)
        setattr(namespace, self.dest, values)


class _Parser(argparse.ArgumentParser):
    """argparse's, keeping the last error it said (for `check --json`, whose stdout is JSON even then)."""

    refused = ""

    def error(self, message: str) -> NoReturn:
        _Parser.refused = message
        super().error(message)


def parser() -> argparse.ArgumentParser:
    main_parser = _Parser(
        prog="python -m generator",
        description="Build a briefing site from YAML fact cards tied to their source article.",
    )
    main_parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = main_parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, output: bool = True, quiet: str = "print errors only"
                ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if output:
            sub.add_argument("--output", type=_folder, metavar="DIR", action=_Once,
                             help="where to build the site (default: SITE/output)")
        sub.add_argument("--site", type=_folder, default=Path("."), metavar="DIR", action=_Once,
                         help="the briefing's folder, holding site.yaml (default: the current folder)")
        sub.add_argument("-q", "--quiet", action="store_true", help=quiet)
        sub.add_argument("-v", "--verbose", action="store_true", help="print more about each step")
        return sub

    sub = command("build", "Validate every card against the source and build the site.")
    sub.add_argument("--no-cache", action="store_true",
                     help="rebuild every card and page from scratch (ignore and keep no .generator-cache/)")
    sub.set_defaults(run=_build)

    sub = command("deploy", "Build, then publish the site to a branch of a git remote (GitHub Pages).")
    sub.add_argument("--remote", default="origin", help="the git remote to push to (default: origin)")
    sub.add_argument("--branch", default="gh-pages", help="the branch to publish to (default: gh-pages)")
    sub.add_argument("--message", "-m", help="the commit message (default: Deploy <source sha>: <its subject>)")
    sub.add_argument("--force", action="store_true",
                     help="overwrite the remote branch even if someone else deployed in the meantime")
    sub.add_argument("--dry-run", action="store_true",
                     help="build and list the files that would be added, changed or removed; commit nothing")
    sub.add_argument("--allow-warnings", action="store_true",
                     help="deploy even if the editorial checks (python -m generator check) warn, or base_url does "
                          "not suit where the branch is served")
    sub.add_argument("--into", metavar="FOLDER",
                     help="publish into this folder of the branch, keeping the rest (briefings sharing one branch)")
    sub.set_defaults(run=_deploy)

    sub = command("serve", "Build, serve the site, and rebuild and reload the browser on every save.")
    sub.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)")
    sub.add_argument("--port", type=_port, metavar="N",
                     help="the port (default: 8000, or the next free one); 0 picks any free port")
    sub.add_argument("--open", action="store_true", help="open the site in a web browser")
    sub.set_defaults(run=_serve)

    sub = command("check", "Check every card as the build does, plus editorial warnings; writes nothing.", output=False,
                  quiet="print the errors and warnings only, not the count after them")
    sub.add_argument("--strict", action="store_true", help="fail (exit 1) on warnings too")
    sub.add_argument("--today", metavar="YYYY-MM-DD",
                     help="the day an 'expected' date must not be before (default: the source's date)")
    sub.add_argument("--coverage", action="store_true", help="list the source's sentences no card quotes")
    sub.add_argument("--min-coverage", type=_percent, metavar="PERCENT",
                     help="fail (exit 1) when the cards cover less of the source than this (implies --coverage)")
    form = sub.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print the whole report (with coverage) as JSON")
    form.add_argument("--github", action="store_true",
                      help="print GitHub Actions annotations (::error file=…,line=…::), shown on the lines they name")
    sub.set_defaults(run=_check)

    sub = commands.add_parser("new", help="Create a new briefing folder that builds at once.",
                              description="Create a new briefing folder that builds at once.")
    sub.add_argument("folder", type=functools.partial(_folder, fix="give the folder to create"), metavar="DIR",
                     help="the folder to create (new or empty)")
    sub.add_argument("--category", action="append", metavar="ID",
                     help="a category id (lower-case letters, digits, hyphens); repeat for more (default: general)")
    sub.add_argument("--title", help="the briefing's title (default: 'A new briefing', in its language)")
    sub.add_argument("--language", default="en", metavar="TAG",
                     help="the article's language, like 'fr' (default: en); the pages' own words follow it")
    sub.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    sub.add_argument("-v", "--verbose", action="store_true", help="print more about each step")
    sub.set_defaults(run=_new)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    """Run a command; returns the exit status (0 done, 1 problems found, 130 interrupted)."""
    main_parser = parser()
    if not (sys.argv[1:] if argv is None else argv):  # no command: what the commands are, not only that one is missing
        main_parser.print_help(sys.stderr)
        return 2
    given = sys.argv[1:] if argv is None else argv
    try:
        args, extra = main_parser.parse_known_args(argv)
        if extra:
            command, folder = getattr(args, "command", ""), shlex.quote(extra[0])
            hint = (f" (a briefing's folder goes after --site: python -m generator {command} --site {folder})"
                    if command and hasattr(args, "site") and len(extra) == 1 and not extra[0].startswith("-") else "")
            main_parser.error(f"unrecognized arguments: {' '.join(extra)}{hint}")
    except SystemExit as stop:  # argparse's error (2), said on stderr; `check --json` also says it as JSON; --help
        if stop.code == 2 and given[:1] == ["check"] and any(_means_json(arg) for arg in given):
            _refused_as_json(_Parser.refused)
        return stop.code if isinstance(stop.code, int) else 2  # (main() returns, as its callers expect)
    _configure_logging(args.quiet, args.verbose)
    if getattr(args, "output", "unset") is None:
        args.output = args.site / "output"
    try:
        if isinstance(getattr(args, "output", None), Path) and args.output.is_symlink():
            from generator.outputfolder import refuse_a_loop

            refuse_a_loop(args.output)
            args.output = args.output.resolve()  # a build replaces the folder at its path: a link would become one
        return int(args.run(args))
    except SiteError as error:
        for problem in error.problems:
            print(problem.shown(getattr(args, "site", Path("."))), file=sys.stderr)
        count = len(error.problems)
        done = "nothing was published" if getattr(args, "command", "") == "deploy" else "nothing was written"
        print(f"{count} problem{'s' if count != 1 else ''} found; {done}.", file=sys.stderr)  # (a deploy's list of
        # briefings fails after its build: output/ may be new)
        return 1
    except UsageError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        output = getattr(args, "output", None)
        folder = located_folder(output) if output else "output/"
        print(f"interrupted; {folder} {'holds the new build' if getattr(args, 'built', False) else 'is as it was'}"
              f"{', and nothing was published' if args.command == 'deploy' else ''}.", file=sys.stderr)
        return 130
    except BrokenPipeError as error:
        if not _reader_gone():
            print(f"error: {system_error(error)}", file=sys.stderr)
            return 1
        _silenced(sys.stdout)  # (the last flush would fail again)
        return 128 + signal.SIGPIPE  # the reader stopped (`check | head`): quietly, as Unix tools end
    except OSError as error:
        print(f"error: {system_error(error)}", file=sys.stderr)
        return 1
    except Exception as error:  # a bug: said in a line, its traceback with -v
        logging.getLogger("generator").debug("the traceback:", exc_info=True)
        print(f"error: {error!r}: a bug in the generator (the same command with -v shows where it happened)",
              file=sys.stderr)
        return 1


def _silenced(*streams: Any) -> None:
    """The streams led to /dev/null: their reader gone, what is left in them cannot be written."""
    for stream in streams:
        with contextlib.suppress(AttributeError, OSError, ValueError):  # (none, or no descriptor: a test's)
            os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


def _reader_gone() -> bool:
    """Whether standard output is a pipe whose reader has closed it."""
    import select

    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(event & select.POLLERR for _, event in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # (no stdout, or one with no descriptor: a test's)
        return False


def run() -> NoReturn:
    """`python -m generator`: `main()`, then exit at once. Python would free a big site's objects one by one
    first (0.08 s at 5,000 cards, a tenth of an edit's rebuild); the system takes the memory back anyway.
    Every file is closed and every worker process joined by then: only the standard streams need flushing.
    SIGTERM (a CI job cancelled, `kill`) and SIGHUP (its terminal closed) stop a command as Ctrl-C does: its
    temporary folders are removed.
    Until here Ctrl-C ends the process quietly (`__main__` asks for that before the imports): nothing was begun."""
    signal.signal(signal.SIGTERM, _terminated)
    if signal.getsignal(signal.SIGHUP) is not signal.SIG_IGN:  # (the terminal closed: not under nohup)
        signal.signal(signal.SIGHUP, _terminated)
    if isinstance(sys.stdout, io.TextIOWrapper):  # a character the terminal's encoding lacks (Latin-1's “): escaped,
        sys.stdout.reconfigure(errors="backslashreplace")  # as on stderr, not "a bug in the generator"
    try:
        if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:  # (started with Ctrl-C ignored: a background job)
            signal.signal(signal.SIGINT, signal.default_int_handler)
        status = main()
    except KeyboardInterrupt:  # before main() had read the command: nothing to say about the output folder
        status = 130
    except BrokenPipeError:  # a report's reader gone while main() said why it stopped (`check --json --bad | true`,
        status = 128 + signal.SIGPIPE  # `build 2>&1 | head -1`): quietly, as main() ends for a reader gone
        _silenced(sys.stdout, sys.stderr)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # (started with that descriptor closed: `check >&-`)
            continue
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            status = status or 1
    os._exit(status)


def _terminated(signum: int, frame: object) -> None:
    if os.getpid() != _MAIN_PROCESS:  # a forked worker: it ends as a process does on SIGTERM
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    raise KeyboardInterrupt


_MAIN_PROCESS = os.getpid()


def _configure_logging(quiet: bool, verbose: bool) -> None:
    level = logging.WARNING if quiet else logging.DEBUG if verbose else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger("generator")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


class _OneLine(logging.Formatter):
    """The message and the error, without the traceback."""

    def format(self, record: logging.LogRecord) -> str:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += f": {record.exc_info[1]!r}"
        return text


def _configure_server_logging(verbose: bool) -> None:
    """The server libraries' own messages: problems only (one line each), everything with -v."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s") if verbose else _OneLine())
    # tornado.access is the request log; watchdog's errors are about its own threads (a race when it stops)
    quiet = {"tornado": logging.WARNING, "livereload": logging.WARNING, "watchdog": logging.CRITICAL}
    for name, level in quiet.items():
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.DEBUG if verbose else level)
        logger.propagate = False
    logging.getLogger("tornado.access").setLevel(logging.DEBUG if verbose else logging.CRITICAL)
