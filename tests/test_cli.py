"""The command line, run in-process through main([...])."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import ROOT
from tests.html_tree import parse


def test_build_reports_what_it_wrote(village_site: Path, caplog: pytest.LogCaptureFixture,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--site", str(village_site)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("built ") and "files into" in err
    assert (village_site / "output" / "index.html").is_file()


def test_quiet_build_prints_nothing(village_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--site", str(village_site), "-q"]) == 0
    assert capsys.readouterr() == ("", "")


def test_output_elsewhere(village_site: Path, tmp_path: Path) -> None:
    assert main(["build", "--site", str(village_site), "--output", str(tmp_path / "public"), "-q"]) == 0
    assert (tmp_path / "public" / "cards.json").is_file()
    assert not (village_site / "output").exists()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
def test_an_output_folder_where_no_folder_can_be_made_is_named(village_site: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """/proc takes no new folder: the message names it, not the staging folder the build tried to make there."""
    assert main(["build", "--site", str(village_site), "--output", "/proc/briefing", "-q"]) == 1
    assert capsys.readouterr().err == (
        "error: no folder can be made in /proc (No such file or directory): choose another --output\n")
    assert not (village_site / "output").exists()


def test_an_output_folder_of_the_longest_name_allowed_builds_and_rebuilds(village_site: Path, tmp_path: Path) -> None:
    """The build keeps folders and files named after the output beside it (staging, cache): a 200-byte name fits."""
    output = tmp_path / ("o" * 200)
    for _ in range(2):
        assert main(["build", "--site", str(village_site), "--output", str(output), "-q"]) == 0
    assert (output / "cards.json").is_file()


def test_build_in_current_folder(village_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(village_site)
    assert main(["build", "-q"]) == 0
    assert (village_site / "output" / "index.html").is_file()


def test_messages_name_files_as_they_open_from_the_current_folder(village_site: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """With --site, a message's path is the site's folder joined to the file's (relative to the current folder
    when inside it, else absolute): a terminal or an editor opens it from where the command ran."""
    card = village_site / "content/politics/mayor.yaml"
    card.write_text(card.read_text("utf-8").replace("tags:", "titel: x\ntags:"), "utf-8")
    problem = ":4:1: unknown key 'titel' (did you mean 'title'?)"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for folder, site, shown in [
        (village_site, ".", "content/politics/mayor.yaml"),
        (village_site, str(village_site), "content/politics/mayor.yaml"),
        (tmp_path, "village", "village/content/politics/mayor.yaml"),
        (tmp_path, str(village_site) + "/", "village/content/politics/mayor.yaml"),
        (village_site / "content", "..", "politics/mayor.yaml"),
        (elsewhere, "../village", f"{card}"),  # outside the current folder: absolute, not ../village/...
    ]:
        os.chdir(folder)
        assert main(["build", "--site", site]) == 1
        assert capsys.readouterr().err.splitlines() == [shown + problem, "1 problem found; nothing was written."]
        assert main(["check", "--site", site, "-q"]) == 1
        assert capsys.readouterr().out.splitlines() == [shown + problem]
        assert main(["check", "--site", site, "-q", "--json"]) == 1  # JSON: relative to the site, which it names
        report = json.loads(capsys.readouterr().out)
        assert Path(report["site"] + report["errors"][0]["path"]).resolve() == card.resolve()


def test_another_file_a_warning_names_is_named_as_its_own_file_is(village_site: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """"quotes the same passage as content/…" named the other card from the site's folder, whatever the folder the
    command ran in, where the line's own path opens from there."""
    mayor, vote = village_site / "content/politics/mayor.yaml", village_site / "content/politics/council-vote.yaml"
    quote = next(line for line in vote.read_text("utf-8").splitlines() if line.startswith("source_quote:"))
    mayor.write_text("\n".join(quote if line.startswith("source_quote:") else line
                               for line in mayor.read_text("utf-8").splitlines()) + "\n", "utf-8")
    os.chdir(tmp_path)
    main(["check", "--site", "village"])
    same = [line for line in capsys.readouterr().out.splitlines() if "quotes the same passage" in line]
    assert len(same) == 1 and same[0].startswith("village/content/politics/mayor.yaml:")
    assert same[0].endswith("warning: quotes the same passage as village/content/politics/council-vote.yaml")


def test_a_path_through_a_link_and_up_and_a_current_folder_that_is_gone(village_site: Path, tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from generator.errors import located

    (tmp_path / "deep" / "gas").mkdir(parents=True)
    (tmp_path / "link").symlink_to(tmp_path / "deep" / "gas")
    os.chdir(tmp_path)
    (tmp_path / "deep" / "oil").mkdir()
    assert located(Path("link/../oil"), "content/a.yaml") == "deep/oil/content/a.yaml"  # not oil/: no such folder
    assert located(Path("link/.."), "x.yaml") == "deep/x.yaml"  # where the link leads, then up
    gone = tmp_path / "gone"
    gone.mkdir()
    os.chdir(gone)
    gone.rmdir()
    assert located(Path(".."), "content/a.yaml") == "../content/a.yaml"  # as given: no traceback
    assert located(village_site, "content/a.yaml") == f"{village_site}/content/a.yaml"


def test_a_build_run_in_its_own_output_folder_ends_without_an_error(village_site: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--site", str(village_site), "-q"]) == 0
    os.chdir(village_site / "output")  # swapped out by the build: the current folder is gone at its end
    assert main(["build", "--site", "..", "--no-cache"]) == 0
    assert capsys.readouterr().err.startswith("built 16 files into ")


def test_a_folder_option_given_twice_is_refused_not_half_obeyed(village_site: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("build", "check", "serve", "deploy"):
        assert main([command, "--site", str(village_site), "--site", "elsewhere"]) == 2
        assert capsys.readouterr().err.splitlines()[-1] == (f"python -m generator {command}: error: --site given twice "
                                                            "(a command builds one briefing: run it once for each)")
    assert main(["build", "--output", "a", "--output", "b"]) == 2
    assert "--output given twice" in capsys.readouterr().err
    for port in ("99999", "-1", "http"):  # (99999 was 1, where every other usage error is 2)
        assert main(["serve", "--site", str(village_site), "--port", port]) == 2
        assert capsys.readouterr().err.endswith(f"argument --port: a port from 0 to 65535 (0: any free port), not "
                                                f"'{port}'\n")
    assert main(["--version"]) == 0  # (main returns, whatever argparse does)
    for option in ("--site", "--output"):  # `--site "$BRIEFING"` unset built the current folder, unsaid
        assert main(["build", option, ""]) == 2
        assert capsys.readouterr().err.endswith(f"argument {option}: '' names no folder (an unset variable?): give "
                                                "one, or leave the option out\n")
    assert main(["new", ""]) == 2  # (its folder is no option: it cannot be left out)
    assert capsys.readouterr().err.endswith("argument DIR: '' names no folder (an unset variable?): give the folder "
                                            "to create\n")
    assert not (village_site / "output").exists()


def test_a_site_yaml_or_a_folder_of_briefings_for_site_says_which_folder_to_pass(
        village_site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.chdir(tmp_path)
    assert main(["build", "--site", "village/site.yaml"]) == 1
    assert capsys.readouterr().err == "error: --site takes the briefing's folder, not its site.yaml: pass --site village\n"
    shelf = tmp_path / "briefings"
    for name in ("gas", "my water", "power"):
        shutil.copytree(village_site, shelf / name)
    assert main(["check", "--site", "briefings"]) == 1
    assert capsys.readouterr().err == ("error: no site.yaml in briefings, so it is not a briefing's folder: it holds "
                                       "briefings: pass --site briefings/gas (or 'briefings/my water', briefings/power)\n")


def test_missing_site_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--site", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"error: there is no site folder at {tmp_path / 'nowhere'} (check --site)"]


def test_folder_without_site_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "content").mkdir()
    assert main(["build", "--site", str(tmp_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"error: no site.yaml in {tmp_path}, so it is not a briefing's folder: run this in a briefing's "
                   "folder, pass --site DIR, or start one with `python -m generator new DIR`"]
    (tmp_path / "site.yml").write_text("title: x\n", "utf-8")
    for command in ("build", "check", "serve", "deploy"):
        assert main([command, "--site", str(tmp_path)]) == 1
        assert capsys.readouterr().err == f"error: no site.yaml in {tmp_path}, so it is not a briefing's folder: " \
                                          f"rename {tmp_path / 'site.yml'} to site.yaml\n"
    (tmp_path / "site.yaml").mkdir()  # there, but a folder: it was "no site.yaml in …"
    assert main(["check", "--site", str(tmp_path)]) == 1
    assert capsys.readouterr().err == f"error: {tmp_path / 'site.yaml'} is a folder: a briefing's site.yaml is a file\n"


def test_a_file_name_that_is_not_utf8_is_reported_not_a_traceback(village_site: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A name from an archive unzipped as Latin-1 ("caf\\xe9.yaml") crashed the build cache's digest of the inputs
    with a UnicodeEncodeError; a stray one that no card is ("notes\\xff.txt") too."""
    content = os.fsencode(village_site / "content")
    (Path(os.fsdecode(content + b"/notes\xff.txt"))).write_text("x", "utf-8")
    assert main(["build", "-q", "--site", str(village_site)]) == 0
    card = next((village_site / "content" / "economy").glob("*.yaml"))
    shutil.copy(card, os.fsdecode(os.fsencode(card.parent) + b"/caf\xe9.yaml"))
    capsys.readouterr()
    assert main(["build", "-q", "--site", str(village_site)]) == 1
    err = capsys.readouterr().err
    assert "/economy/caf\\xe9.yaml:1:1: bad slug 'caf\\xe9': a card's file name must be" in err  # its byte, shown


@pytest.mark.parametrize("command", ["build --output", "build --site", "serve --output", "check --site",
                                     "deploy --site"])
def test_a_folder_name_too_long_for_the_system_is_an_error_not_a_traceback(
        command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`build --output <300 letters>` ended in a traceback (OSError: File name too long) before the command ran."""
    name = tmp_path / ("a" * 300)
    assert main([*command.split(), str(name)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err and ("too long" in err or "does not exist" in err), err


def test_no_command_is_a_usage_error_that_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: python -m generator")
    assert [line.split()[0] for line in err.splitlines() if line.startswith("    ") and line[4] != " "] == [
        "build", "deploy", "serve", "check", "new"]
    assert main(["--bogus"]) == 2  # a command missing after an option: argparse's error


def test_site_templates_override_file_by_file(village_site: Path) -> None:
    (village_site / "templates" / "assets").mkdir(parents=True)
    (village_site / "templates" / "footer.html").write_text("<footer><p>Own footer for {{ site.title }}</p></footer>\n")
    (village_site / "templates" / "assets" / "extra.txt").write_text("hello\n")
    assert main(["build", "--site", str(village_site), "-q"]) == 0
    out = village_site / "output"
    footer = parse((out / "index.html").read_bytes()).find("footer")
    assert footer.clean_text() == "Own footer for Village votes to rebuild the old bridge"
    assert (out / "assets" / "extra.txt").read_text() == "hello\n"
    assert (out / "assets" / "style.css").is_file()  # shipped default still there


def test_a_link_among_the_site_s_assets_is_left_out_and_said(village_site: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    (village_site / "templates" / "assets").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("not for the site\n")
    (village_site / "templates" / "assets" / "secret.txt").symlink_to(tmp_path / "secret.txt")
    assert main(["build", "--site", str(village_site)]) == 0
    assert capsys.readouterr().err.splitlines()[0] == (
        "warning: templates/assets/secret.txt is a link, left out of the site: copy the file in")
    assert not (village_site / "output" / "assets" / "secret.txt").exists()


def test_templates_assets_as_a_link_is_left_out_and_said(village_site: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """templates/assets/ as a link to a folder elsewhere (~/.ssh, in a briefing taken from others) published what it
    held: only a link among its files was left out."""
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "id_rsa").write_text("not for the site\n")
    (village_site / "templates").mkdir()
    (village_site / "templates" / "assets").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert main(["build", "--site", str(village_site)]) == 0
    assert capsys.readouterr().err.splitlines()[0] == (
        "warning: templates/assets is a link, left out of the site: make it a folder and copy the files in (or link "
        "templates/ as a whole to a shared folder)")
    assert not (village_site / "output" / "assets" / "id_rsa").exists()
    assert (village_site / "output" / "assets" / "style.css").is_file()  # the shipped ones


@pytest.mark.parametrize("made", ["a link to nothing", "a link to a file", "a file", "a pipe"])
def test_templates_that_is_no_folder_is_an_error(village_site: Path, made: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A shared templates/ link whose folder moved, or a file named templates: the shipped look stood in, unsaid."""
    templates = village_site / "templates"
    shutil.rmtree(templates, ignore_errors=True)
    assert main(["build", "--site", str(village_site), "-q"]) == 0
    if made == "a link to nothing":
        templates.symlink_to(village_site.parent / "moved-away")
    elif made == "a link to a file":
        templates.symlink_to(village_site / "site.yaml")
    elif made == "a file":
        templates.write_text("x\n", "utf-8")
    else:
        os.mkfifo(templates)
    before = (village_site / "output" / "index.html").read_bytes()
    assert main(["build", "--site", str(village_site)]) == 1
    what = {"a link to nothing": f"a link to nothing ({village_site.parent / 'moved-away'})",
            "a link to a file": f"a link to a file ({village_site / 'site.yaml'})"}.get(
        made, "not a folder (a file, a pipe or a device)")
    assert capsys.readouterr().err == (
        f"templates:1:1: templates/ is {what}: the generator's own templates would stand in for the site's; make it "
        "the folder of the site's templates, or remove it\n1 problem found; nothing was written.\n")
    assert (village_site / "output" / "index.html").read_bytes() == before


def test_templates_assets_or_an_asset_that_is_no_folder_or_file_is_left_out_and_said(
        village_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """templates/assets as a file, or a pipe among the assets: left out without a word."""
    (village_site / "templates").mkdir(exist_ok=True)
    (village_site / "templates" / "assets").write_text("x\n", "utf-8")
    assert main(["build", "--site", str(village_site), "-q"]) == 0
    assert capsys.readouterr().err == (
        "warning: templates/assets is not a folder (a file, a pipe or a device), left out of the site: make it the "
        "folder of the site's own files\n")
    (village_site / "templates" / "assets").unlink()
    (village_site / "templates" / "assets").mkdir()
    os.mkfifo(village_site / "templates" / "assets" / "x.css")
    assert main(["build", "--site", str(village_site), "-q"]) == 0
    assert capsys.readouterr().err == ("warning: templates/assets/x.css is not a file (a pipe, a socket or a device), "
                                       "left out of the site\n")
    assert not (village_site / "output" / "assets" / "x.css").exists()


def test_a_newsroom_s_shared_templates_linked_as_templates_bring_their_assets(village_site: Path,
                                                                              tmp_path: Path) -> None:
    """templates/ as a link to a folder several briefings share (the README's way to share them): its assets are
    the briefing's, published like its own (only a link to a file among them is left out, above)."""
    house = tmp_path / "house-templates"
    (house / "assets" / "fonts").mkdir(parents=True)
    (house / "assets" / "fonts" / "house.woff2").write_bytes(b"wOF2 house")
    (house / "assets" / "style.css").write_text("body { color: #123; }\n")
    shutil.rmtree(village_site / "templates", ignore_errors=True)
    (village_site / "templates").symlink_to(house)
    assert main(["build", "--site", str(village_site), "-q"]) == 0
    out = village_site / "output" / "assets"
    assert (out / "fonts" / "house.woff2").read_bytes() == b"wOF2 house"
    assert (out / "style.css").read_text() == "body { color: #123; }\n"


def test_what_an_editor_or_a_tool_keeps_among_the_assets_is_not_published(village_site: Path) -> None:
    """A .git folder, an editor's backup: .git/config was published (only a hidden file itself was left out)."""
    assets = village_site / "templates" / "assets"
    for rel in (".git/config", ".env", "notes.txt~", "#notes.txt#", ".notes.txt.swp", "img/.cache/x.png", "img/logo.svg"):
        (assets / rel).parent.mkdir(parents=True, exist_ok=True)
        (assets / rel).write_text("x\n", "utf-8")
    assert main(["build", "--site", str(village_site), "-q"]) == 0
    published = sorted(p.relative_to(village_site / "output" / "assets").as_posix()
                       for p in (village_site / "output" / "assets").rglob("*") if p.is_file())
    assert "img/logo.svg" in published
    assert [p for p in published if p.startswith(".") or "/." in p or p.endswith(("~", "#"))] == []


def test_the_shipped_briefing_builds(seed_site: Path) -> None:
    assert main(["build", "--site", str(seed_site), "-q"]) == 0
    doc = parse((seed_site / "output" / "index.html").read_bytes())
    assert doc.find("h1").clean_text() == "Pakistan and Russia draw closer, fact by fact"
    # five of its seven figures are marked key: the panel shows those only
    assert len(doc.find(id="figures").find_all("li", class_="figure")) == 5
    assert len(doc.find(id="timeline").find_all("li", class_="tl-entry")) == 5


def test_a_briefings_folder_given_without_site_says_where_it_goes(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """`build flood` said only 'unrecognized arguments: flood'."""
    assert main(["build", "my flood"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "python -m generator: error: unrecognized arguments: my flood (a briefing's folder goes after --site: "
        "python -m generator build --site 'my flood')")
    assert main(["check", "a", "b"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == "python -m generator: error: unrecognized arguments: a b"


def test_a_build_imports_only_what_it_needs(seed_site: Path, tmp_path: Path) -> None:
    """In a fresh process: PyYAML only for YAML that yamlfast declines (none in the shipped briefing, site.yaml
    included), and nothing of YAML, Jinja or Markdown when nothing changed since the last build."""
    import subprocess
    import sys

    script = ("import sys; from generator.cli import main; status = main(['build', '-q']); "
              "print(status, sorted({m.split('.')[0] for m in sys.modules} & {'yaml', 'jinja2', 'markdown'}))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "user"), "PYTHONPATH": str(Path(__file__).parent.parent)}

    def imported() -> str:
        return subprocess.run([sys.executable, "-c", script], cwd=seed_site, env=env, capture_output=True, text=True,
                              check=True).stdout.strip()

    assert imported() == "0 ['jinja2', 'markdown']"  # (a summary with a list goes to Python-Markdown)
    assert imported() == "0 []"
    (seed_site / "content/energy/casa-1000-investment.yaml").write_text(
        (seed_site / "content/energy/casa-1000-investment.yaml").read_text("utf-8") + "# a: comment\n", "utf-8")
    assert imported() == "0 ['jinja2']"  # an edit: that card's page again, no Markdown for its summary
    (seed_site / "site.yaml").write_text((seed_site / "site.yaml").read_text("utf-8").replace(
        "language: en", "language: en  # English"), "utf-8")
    assert imported() == "0 ['jinja2', 'yaml']"  # a comment after a value: libyaml reads site.yaml (cards: kept)


def test_a_bug_is_said_in_one_line_and_shown_with_v(harbour: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug (here one put into a check) printed a Python traceback: now one line, and the traceback with -v."""
    from generator import namechecks

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("a check's bug")

    monkeypatch.setattr(namechecks, "unnamed_name_warnings", broken)
    assert main(["check", "--site", str(harbour)]) == 1
    assert capsys.readouterr().err == ("error: RuntimeError(\"a check's bug\"): a bug in the generator (the same "
                                       "command with -v shows where it happened)\n")
    assert main(["check", "--site", str(harbour), "-v"]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_an_asset_named_with_a_line_end_is_left_out_and_said(village_site: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """'assets/a<newline>/tmp/x' split git's list of the files to publish: deploy hashed a file outside the site."""
    (village_site / "templates" / "assets" / "a\n").mkdir(parents=True)
    (village_site / "templates" / "assets" / "a\n" / "b.css").write_text("p {}\n")
    assert main(["build", "--site", str(village_site)]) == 0
    assert capsys.readouterr().err.splitlines()[0] == (
        "warning: templates/assets/a\\n/b.css has a control character in its name, left out of the site: rename it")
    assert not (village_site / "output" / "assets" / "a\n").exists()


def test_an_asset_named_with_a_backslash_is_left_out_and_said(village_site: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """'logo\\dark.svg' stopped the build with "refusing to write 'assets/logo\\\\dark.svg': it would land outside
    the output folder", naming no file of the site."""
    (village_site / "templates" / "assets").mkdir(parents=True)
    (village_site / "templates" / "assets" / "logo\\dark.svg").write_text("<svg/>\n")
    assert main(["build", "--site", str(village_site)]) == 0
    assert capsys.readouterr().err.splitlines()[0] == (
        "warning: templates/assets/logo\\dark.svg has a backslash in its name, which a web address reads as '/', "
        "left out of the site: rename it")


@pytest.mark.parametrize("under", ["", "/sub"])
def test_an_output_folder_through_a_link_in_a_loop_is_said(village_site: Path, tmp_path: Path, under: str,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """Python's "Symlink loop" came out as a traceback."""
    (tmp_path / "loop").symlink_to("loop")
    assert main(["build", "--site", str(village_site), "--output", f"{tmp_path}/loop{under}"]) == 1
    assert capsys.readouterr().err == (f"error: cannot use {tmp_path}/loop{under} as the output folder: a link on its "
                                       "way leads round in a loop\n")


def test_a_build_cache_that_cannot_be_saved_is_said(village_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file named .generator-cache made every build a cold one, said only with -v."""
    (village_site / ".generator-cache").write_text("not a folder\n")
    assert main(["build", "--site", str(village_site)]) == 0
    assert capsys.readouterr().err.splitlines()[0] == (
        f"warning: could not save the build cache ({village_site}/.generator-cache: File exists): the next build "
        "starts afresh")


@pytest.mark.parametrize("args", [["check", "--json"], ["check", "--json", "--bogus"]])
def test_a_reader_that_stops_reading_ends_the_command_quietly(village_site: Path, args: list[str]) -> None:
    """`check | head -1`: the first write after head had gone said "error: Broken pipe" and exited 1; as Unix tools
    do, it now ends quietly with 141 (128 + SIGPIPE); the JSON of a refused command line too (a traceback)."""
    process = subprocess.Popen([sys.executable, "-m", "generator", *args], cwd=village_site,
                               env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # (before it writes: its report is a few kilobytes, which a pipe would hold)
    said = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141 and "Traceback" not in said
    assert said == "" if "--bogus" not in args else said.endswith("unrecognized arguments: --bogus\n")


@pytest.mark.parametrize("args", [["check"], ["check", "--json"], ["build", "-q"]])
def test_a_command_started_with_its_output_closed_ends_without_a_traceback(village_site: Path,
                                                                           args: list[str]) -> None:
    """`check >&-` (a cron job, a CI wrapper): Python gives such a process no sys.stdout, and flushing it at the end
    raised AttributeError, printed as a traceback."""
    done = subprocess.run(["bash", "-c", 'exec "$@" >&-', "-", sys.executable, "-m", "generator", *args],
                          cwd=village_site, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr


_CTRL_C_DURING = """
import os, runpy, signal, sys
class Interrupt:  # Ctrl-C while Python reads the generator's modules, before any command has begun
    def find_spec(self, name, path=None, target=None):
        if name == "generator.build":
            os.kill(os.getpid(), signal.SIGINT)
sys.meta_path.insert(0, Interrupt())
sys.argv = ["generator", "build"]
runpy.run_module("generator", run_name="__main__", alter_sys=True)
"""


def test_ctrl_c_while_the_generator_starts_ends_it_without_a_traceback(village_site: Path) -> None:
    """Ctrl-C in the first tenth of a second (the imports) printed a KeyboardInterrupt traceback."""
    done = subprocess.run([sys.executable, "-c", _CTRL_C_DURING], cwd=village_site, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120, check=False)
    assert (done.returncode, done.stderr) == (-2, "")  # ended by the signal, as a shell's Ctrl-C ends most programs
    assert not (village_site / "output").exists()


def test_a_generator_started_with_ctrl_c_ignored_goes_on(village_site: Path) -> None:
    """A background job of a script (started with SIGINT ignored) was ended by the Ctrl-C meant for the foreground,
    once the generator set its own handling: it leaves an ignored Ctrl-C ignored."""
    import signal
    import time

    process = subprocess.Popen([sys.executable, "-m", "generator", "build", "-q"], cwd=village_site,
                               env={**os.environ, "PYTHONPATH": str(ROOT)}, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    time.sleep(0.05)
    process.send_signal(signal.SIGINT)  # (while it starts, and again while it builds)
    time.sleep(0.3)
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    assert (process.wait(timeout=120), process.stderr.read() if process.stderr else "") == (0, "")
    assert (village_site / "output" / "index.html").is_file()


def test_check_on_a_terminal_whose_encoding_lacks_a_character(seed_site: Path) -> None:
    """A Latin-1 terminal: a warning naming 'Čapek' was "a bug in the generator", and `check --json` wrote nothing
    (its JSON only inside that error, on stderr)."""
    card = seed_site / "content/defence/mi-17-helicopters.yaml"
    card.write_text(card.read_text("utf-8").replace("  Russia has offered", "  Ivan Čapek says Russia has offered"),
                    "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "latin-1"}

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "generator", "check", *args], cwd=seed_site, env=env,
                              capture_output=True, timeout=120, check=False)

    said = run()
    assert said.returncode == 0 and b"summary names 'Ivan \\u010capek', a name the source never writes" in said.stdout
    assert said.stderr == b"0 errors, 1 warning in 15 cards\n"
    as_json = run("--json")
    assert as_json.returncode == 0 and b"bug" not in as_json.stderr, as_json.stderr
    warnings = json.loads(as_json.stdout.decode("ascii"))["warnings"]
    assert "summary names 'Ivan Čapek', a name the source never writes (no word of it)" in [w["message"] for w in warnings]


def test_the_readme_s_card_example_builds(seed_site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The content format's annotated card is what an editor copies: it gave two errors (a date_end before its date,
    a figure both a range and a change)."""
    readme = (ROOT / "README.md").read_text("utf-8")
    example = next(block for block in re.findall(r"```yaml\n(.*?)```", readme, re.S) if "\nsource_quote: " in block)
    (seed_site / "content/defence/readme-example.yaml").write_text(example, "utf-8")
    assert main(["build", "--site", str(seed_site), "-q"]) == 0, capsys.readouterr().err


@pytest.mark.parametrize("cache", [True, False])
def test_an_interruption_once_the_new_site_is_in_place_says_so(village_site: Path, cache: bool,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while the old site was being deleted, the new one in place, said "output/ is as it was". (The
    interruption is raised where the old site goes: a signal cannot be timed to land there.)"""
    from generator import write

    assert main(["build", "--site", str(village_site), "-q"]) == 0
    card = village_site / "content" / "politics" / "mayor.yaml"
    card.write_text(card.read_text("utf-8").replace("summary: ", "summary: Edited. ", 1), "utf-8")

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(write, "_keep_as" if cache else "_delete_old", interrupted)
    flags = [] if cache else ["--no-cache"]
    assert main(["build", "--site", str(village_site), "-q", *flags]) == 130
    assert capsys.readouterr().err == "interrupted; output/ holds the new build.\n"
    assert "Edited" in (village_site / "output" / "politics" / "mayor" / "index.html").read_text("utf-8")
    monkeypatch.undo()
    assert main(["build", "--site", str(village_site), "-q"]) == 0  # (the old site's folder, left, is cleaned up)
    assert [p.name for p in village_site.iterdir() if p.name.startswith(".output")] == []
