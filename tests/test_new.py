"""`python -m generator new DIR`: a briefing folder that builds (and checks clean) at once."""

from __future__ import annotations

import datetime
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from generator.cli import main
from tests.conftest import ROOT, build


def files_in(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_new_then_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "briefing"
    assert main(["new", str(site), "--category", "energy", "--category", "foreign-policy",
                 "--title", 'Gas "and" power']) == 0
    assert capsys.readouterr().err.startswith(f"created {site}: site.yaml, content/source.md and 2 example cards")
    assert files_in(site) == [
        ".gitignore", "content/energy/example.yaml", "content/foreign-policy/example.yaml", "content/source.md",
        "schema/card.schema.json", "schema/site.schema.json", "site.yaml",
    ]

    assert build(site) == 0

    data = json.loads((site / "output" / "cards.json").read_text(encoding="utf-8"))
    assert data["site"]["title"] == 'Gas "and" power'
    assert [(c["id"], c["label"]) for c in data["site"]["categories"]] == [
        ("energy", "Energy"), ("foreign-policy", "Foreign policy")]
    assert [(card["category"], card["slug"]) for card in data["cards"]] == [
        ("energy", "example"), ("foreign-policy", "example")]
    assert (site / "output" / "energy" / "example" / "index.html").is_file()
    capsys.readouterr()
    # a briefing `new` made checks clean but for its placeholders: --strict (and so deploy) stops at them
    assert main(["check", "--site", str(site), "--strict", "-q"]) == 1
    settings = (site / "site.yaml").read_text("utf-8").splitlines()
    described, title, publisher, date = (
        1 + next(n for n, line in enumerate(settings) if line.strip().startswith(key))
        for key in ("description: ", "title: \"The article's", "publisher: ", "date: "))
    today = settings[date - 1].split()[1]  # (read: at midnight the test's day may be past new's)
    assert abs(datetime.date.fromisoformat(today) - datetime.date.today()) <= datetime.timedelta(days=1)
    assert settings[date - 1] == f"  date: {today}  # the day `new` ran, {today}: write the day the article was published"
    assert capsys.readouterr().out.splitlines() == [
        f"{site / 'content/source.md'}:1:1: warning: the article is still the placeholder `new` wrote ('Paste the "
        "article here, replacing this text...'): paste the article in its place",
        f"{site / 'site.yaml'}:{described}:14: warning: description is still the placeholder `new` wrote: say what "
        "the briefing covers, in its language",
        f"{site / 'site.yaml'}:{title}:10: warning: source.title is still the placeholder `new` wrote ('The article's "
        "headline'): write the article's headline",
        f"{site / 'site.yaml'}:{publisher}:14: warning: source.publisher is still the placeholder `new` wrote ('The "
        "publisher'): write who published it",
        f"{site / 'site.yaml'}:{date}:9: warning: source.date is still the day `new` ran ({today}): write the day the "
        "article was published"]
    for rel, old, new in (("site.yaml", "What the article says, fact by", "The gas deal, fact by"),
                          ("site.yaml", "The article's headline", "Gas deal signed"),
                          ("site.yaml", "The publisher", "The Courier"),
                          ("site.yaml", f"date: {today}", "date: 2024-03-02"),  # (the comment left as it was)
                          ("content/source.md", "Paste the article here, replacing this text", "The article")):
        (site / rel).write_text((site / rel).read_text("utf-8").replace(old, new), "utf-8")
    assert main(["check", "--site", str(site), "--strict", "-q"]) == 0  # no warnings either
    assert capsys.readouterr().out == ""


def test_the_next_step_is_a_command_that_can_be_pasted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "my briefing ü"
    assert main(["new", str(site)]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[1] == f"next: paste the article into {site}/content/source.md and write its cards; then"
    commands = [shlex.split(line.split("  ")[1]) for line in lines[2:]]
    assert [command[:4] for command in commands] == [["python", "-m", "generator", name] for name in
                                                     ("serve", "check", "build")]
    assert all(command[4:6] == ["--site", str(site)] for command in commands)  # quoted, so they paste whole
    assert lines[-1].endswith(f"the site, into {site}/output")
    for command in commands[1:]:  # check and build work as given
        assert main(command[3:]) == 0
    assert (site / "output/index.html").is_file()


@pytest.mark.parametrize("language", ["en", "fr", "de", "es"])
def test_the_placeholders_check_looks_for_are_those_the_scaffold_writes(language: str, tmp_path: Path) -> None:
    from generator import new
    from generator.config import load_config
    from generator.errors import Problems

    text = new.examples(language)
    assert text == yaml.safe_load((ROOT / "generator/scaffold/examples.yaml").read_text("utf-8"))[language]
    written = new.files(["energy"], None, datetime.date(2024, 3, 2), language)
    settings = yaml.safe_load(written["site.yaml"])
    assert (settings["title"], settings["description"]) == (text["briefing"], text["description"])
    assert (settings["source"]["title"], settings["source"]["publisher"]) == (text["headline"], text["publisher"])
    assert written["content/source.md"].startswith(text["paste_here"] + text["paste_rest"])
    assert f"# {new.NEW_RAN}, 2024-03-02:" in written["site.yaml"]
    for rel, content in written.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(content, "utf-8")
    config = load_config(tmp_path, Problems())
    assert config is not None
    said = [message.split(" is still", 1)[0].split(" (", 1)[0] for *_, message in
            new.placeholders(tmp_path, config)]
    assert said == ["source.title", "source.publisher", "description", "source.date", "the article"]


@pytest.mark.parametrize("language", ["en", "fr", "de", "es"])
def test_every_language_s_examples_give_the_same_things(language: str) -> None:
    from generator import new

    english, text = new.examples("en"), new.examples(language)
    assert sorted(text) == sorted(english)
    assert all(("{label}" in text[key]) == ("{label}" in english[key]) for key in english)
    assert "42" in text["sentence"] and "42" not in text["sentence"].replace("42", "", 1)
    assert new.examples(f"{language}-XX") == text  # (by the primary subtag)


def test_default_category_and_gitignore(tmp_path: Path) -> None:
    site = tmp_path / "empty-folder"
    site.mkdir()  # an existing empty folder is fine
    assert main(["new", str(site), "-q"]) == 0
    assert (site / "content" / "general" / "example.yaml").is_file()
    assert (site / ".gitignore").read_text(encoding="utf-8") == "output/\n.generator-cache/\n"
    config = yaml.safe_load((site / "site.yaml").read_text(encoding="utf-8"))
    assert config["categories"] == [{"id": "general", "label": "General"}]
    assert build(site) == 0
    assert (site / "output" / "general" / "index.html").is_file()


def test_the_example_card_names_every_currency_the_pages_show_by_its_sign(tmp_path: Path) -> None:
    from generator.figures import CURRENCIES

    assert main(["new", str(tmp_path / "b"), "-q"]) == 0
    unit = next(line for line in (tmp_path / "b/content/general/example.yaml").read_text("utf-8").splitlines()
                if "# unit:" in line)
    assert [code for code in CURRENCIES if code not in unit] == []


def test_files_point_at_the_copied_schema(tmp_path: Path) -> None:
    site = tmp_path / "b"
    assert main(["new", str(site), "-q", "--category", "one", "--category", "two"]) == 0
    shipped = ROOT / "generator" / "schema"
    for name in ("card", "site"):
        assert (site / "schema" / f"{name}.schema.json").read_bytes() == (shipped / f"{name}.schema.json").read_bytes()
    for rel, name in (("site.yaml", "site"), ("content/one/example.yaml", "card"), ("content/two/example.yaml", "card")):
        path = site / rel
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=")
        schema_path = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert schema_path == (site / "schema" / f"{name}.schema.json").resolve()
        # what the YAML language server does with it: the file is valid against that schema
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        document = json.loads(json.dumps(document, default=str))  # dates as text, as the generator reads them
        assert list(jsonschema.Draft202012Validator(schema).iter_errors(document)) == []


def test_new_refuses_a_non_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "taken"
    site.mkdir()
    (site / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["new", str(site)]) == 1
    assert capsys.readouterr().err == f"error: {site} is not empty; `new` only creates a briefing in a new or empty folder\n"
    assert files_in(site) == ["notes.txt"]


def test_new_refuses_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x", encoding="utf-8")
    assert main(["new", str(target)]) == 1
    assert capsys.readouterr().err == f"error: {target} is a file; `new` creates a folder\n"
    link = tmp_path / "link"  # a link to nothing: it was "cannot make link: Not a directory"
    link.symlink_to(tmp_path / "gone" / "briefing")
    assert main(["new", str(link)]) == 1
    assert capsys.readouterr().err.startswith(f"error: {link} is a link to ")
    assert not (tmp_path / "gone").exists()


def test_new_says_what_the_system_refused_on_which_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Python's own words were shown: "error: [Errno 20] Not a directory: '/…/file.txt/briefing'"."""
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    assert main(["new", str(tmp_path / "file.txt" / "briefing")]) == 1
    assert capsys.readouterr().err == f"error: cannot make {tmp_path / 'file.txt' / 'briefing'}: Not a directory\n"
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")  # (said of a hidden '.new-…' folder it first made)
    assert main(["new", str(tmp_path / "dangling")]) == 1
    assert capsys.readouterr().err == (f"error: {tmp_path / 'dangling'} is a link to {tmp_path / 'nowhere'}, which "
                                       "does not exist: make that folder, or remove the link\n")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")  # ('a bug in the generator': RuntimeError)
    assert main(["new", str(tmp_path / "loop" / "x")]) == 1
    assert capsys.readouterr().err == f"error: cannot make {tmp_path / 'loop' / 'x'}: a link on its way leads round in a loop\n"


def test_new_writes_the_whole_briefing_or_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the system would not write (a disk full) left a half-made folder, and `new` again then said it was
    not empty."""
    real = Path.write_text

    def full(path: Path, *args: object, **kwargs: object) -> int:
        if path.name == "example.yaml":
            raise OSError(28, "No space left on device", str(path))
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    site = tmp_path / "b"
    for made in (False, True):  # a new folder, and one made empty beforehand (it stays)
        if made:
            site.mkdir()
        with monkeypatch.context() as patched:
            patched.setattr(Path, "write_text", full)
            assert main(["new", str(site), "-q"]) == 1
        assert "No space left on device" in capsys.readouterr().err
        assert sorted(p.name for p in tmp_path.iterdir()) == (["b"] if made else [])  # (no half-made folder left)
        assert not made or list(site.iterdir()) == []
        assert main(["new", str(site), "-q"]) == 0  # and again, once the disk has room
        assert build(site) == 0
        shutil.rmtree(site)


def test_new_fills_an_empty_folder_under_a_parent_it_cannot_write(tmp_path: Path) -> None:
    """A folder made for the user (a volume, under a parent they cannot write): the briefing was first written
    beside it, which failed ('Read-only file system', 'Invalid cross-device link' for a mount). (As root, run
    without the capability that overrides permissions.)"""
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    site = tmp_path / "locked" / "b"
    site.mkdir(parents=True)
    site.parent.chmod(0o555)
    try:
        done = subprocess.run([*prefix, sys.executable, "-m", "generator", "new", str(site), "-q"], cwd=ROOT,
                              capture_output=True, text=True, timeout=60, check=False)
    finally:
        site.parent.chmod(0o755)
    assert (done.returncode, done.stderr) == (0, "")
    assert sorted(p.name for p in site.iterdir()) == [".gitignore", "content", "schema", "site.yaml"]
    assert build(site) == 0


@pytest.mark.parametrize(("categories", "message"), [
    (["Flood Damage"], "--category 'Flood Damage' is not a category id: use lower-case letters, digits and "
                       "hyphens, like 'flood-damage' (it is a folder name; site.yaml gives each its label)"),
    (["§"], "--category '§' is not a category id: use lower-case letters, digits and hyphens, like 'health' or "
            "'foreign-policy' (it is a folder name; site.yaml gives each its label)"),
    (["Économie"], "--category 'Économie' is not a category id: use lower-case letters, digits and hyphens, like "
                   "'economie' (it is a folder name; site.yaml gives each its label)"),  # (was 'conomie')
    (["a", "b", "a"], "--category 'a' is given twice"),
    (["energy\n"], "--category 'energy\\n' is not a category id: use lower-case letters, digits and hyphens, "
                    "like 'energy' (it is a folder name; site.yaml gives each its label)"),  # `$` matched before \n
    (["energy", "assets"], "--category 'assets' clashes with the site's own assets/ folder (the style sheet, script and "
                           "icon); choose another id"),
    (["a" * 101], f"--category '{'a' * 40}…' is 101 characters long; its label, made from it, may be 100: give a "
                  "shorter id (site.yaml can then say the label in full)"),  # (it made a briefing that did not build)
])
def test_new_refuses_bad_categories(categories: list[str], message: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "b"
    flags = [part for category in categories for part in ("--category", category)]
    assert main(["new", str(site), *flags]) == 1
    assert capsys.readouterr().err == f"error: {message}\n"
    assert not site.exists()


@pytest.mark.parametrize(("title", "message"), [
    ("", "--title must not be blank"),
    (" \t", "--title must not be blank"),
    ("\u200b\u00a0", "--title must not be blank"),  # (a zero-width and a no-break space: nothing to see)
    ("\x01bad", "--title has a character no web page can show: U+0001 is a control character, which a web page "
                "cannot show: replace or remove it"),
    ("x" * 301, "--title is 301 characters long; the limit is 300"),
])
def test_new_refuses_a_title_the_build_would_refuse(title: str, message: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "b"
    assert main(["new", str(site), "--title", title]) == 1
    assert capsys.readouterr().err == f"error: {message}\n"
    assert not site.exists()
    assert main(["new", str(site), "--title", "x" * 300, "-q"]) == 0
    assert main(["build", "--site", str(site), "-q"]) == 0  # the longest title allowed builds


def test_a_title_with_line_breaks_is_one_line(tmp_path: Path) -> None:
    """A line break, or U+2028 (a line break to YAML), made a site.yaml that did not build."""
    site = tmp_path / "b"
    assert main(["new", str(site), "--title", "Port\nstrike\u2028 ends\r\n", "-q"]) == 0
    assert main(["build", "--site", str(site), "-q"]) == 0
    assert "<h1>Port strike ends</h1>" in (site / "output/index.html").read_text("utf-8")


def test_new_in_another_language_speaks_it_at_once(tmp_path: Path) -> None:
    site = tmp_path / "fr"
    assert main(["new", str(site), "--language", "fr", "--category", "economie", "-q"]) == 0
    assert "\nlanguage: fr\n" in (site / "site.yaml").read_text("utf-8")
    assert main(["build", "--site", str(site), "-q"]) == 0
    html = (site / "output/index.html").read_text("utf-8")
    assert '<html lang="fr">' in html and "· 1 fait dans 1 rubrique</p>" in html
    # the example text is French too, and checks clean but for its placeholders
    assert "<h1>Un nouveau dossier</h1>" in html and "<p class=\"standfirst\">Ce que dit l’article" in html
    card = (site / "output/economie/example/index.html").read_text("utf-8")
    assert '<h1 id="card-title">Un fait d’exemple de la rubrique Economie</h1>' in card
    assert "<p>La fiche d’exemple de la rubrique Economie cite cette phrase, qui donne un nombre\u00a0: 42.</p>" in card
    assert "<li dir=\"auto\">Exemple</li>" in card
    assert main(["check", "--site", str(site), "-q"]) == 0
    assert main(["check", "--site", str(site), "--strict", "-q"]) == 1  # (the placeholders)
    assert "An example" not in card and "Paste the article" not in (site / "content/source.md").read_text("utf-8")


@pytest.mark.parametrize("language", ["french", "f", "fr_FR", ""])
def test_new_refuses_a_language_the_build_would_refuse(language: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "x"), "--language", language]) == 1
    assert capsys.readouterr().err == (f"error: --language '{language}' is not a language tag: use one like 'en', "
                                       "'fr' or 'pt-BR'\n")
    assert not (tmp_path / "x").exists()


def test_new_refuses_a_folder_another_briefing_reads_or_publishes(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A briefing made in another's content/ broke that one's next build: its folder was read as a category."""
    site = tmp_path / "a"
    assert main(["new", str(site), "-q"]) == 0
    for inside in ("content", "templates", "output"):
        assert main(["new", str(site / inside / "b")]) == 1
        assert capsys.readouterr().err == (f"error: {site / inside / 'b'} is inside the briefing {site}'s {inside}/ "
                                           "folder, which that briefing reads or publishes: make the new one beside "
                                           "it, not in it\n")
    assert main(["new", str(site / "drafts" / "b"), "-q"]) == 0  # a folder of its own: no build of a reads it
    assert main(["build", "--site", str(site), "-q"]) == 0
    (tmp_path / "link").symlink_to(site / "content")  # ... nor reached through a link to its content/
    assert main(["new", str(tmp_path / "link" / "b")]) == 1
    assert capsys.readouterr().err.startswith(f"error: {tmp_path / 'link' / 'b'} is inside the briefing {site}'s "
                                              "content/ folder")


def test_new_beside_the_briefing_one_is_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's `new ../my-briefing`, run in a briefing's folder, was refused as inside its '..' folder; and
    `new x/../c` made an empty x/ on the way."""
    assert main(["new", str(tmp_path / "a"), "-q"]) == 0
    monkeypatch.chdir(tmp_path / "a")
    assert main(["new", "../b", "-q"]) == 0 and (tmp_path / "b" / "site.yaml").is_file()
    monkeypatch.chdir(tmp_path / "a" / "content")
    assert main(["new", "../../c", "-q"]) == 0 and (tmp_path / "c" / "site.yaml").is_file()
    monkeypatch.chdir(tmp_path)
    assert main(["new", "x/../d", "-q"]) == 0 and (tmp_path / "d" / "site.yaml").is_file()
    assert not (tmp_path / "x").exists()
    assert main(["new", "a/content/../../e", "-q"]) == 0  # (beside a, whatever the way there)
