"""Reading YAML and text: positions, encodings, limits and unsafe constructs."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest

from generator.errors import Problems
from generator.inputs import MAX_FILE_BYTES, read_text
from generator.unshowable import MAX_UNSHOWABLE, unshowable
from generator.yamlread import parse_yaml, read_yaml


def parse(text: str) -> tuple[object, list[str]]:
    problems = Problems()
    doc = parse_yaml(text, "f.yaml", problems)
    return (doc.data if doc else None), [str(p) for p in problems.items]


def test_positions_of_values_and_keys() -> None:
    problems = Problems()
    doc = parse_yaml("title: A\nfigures:\n  - label: x\n    value: 3\n", "f.yaml", problems)
    assert doc is not None and not problems
    assert doc.at(("title",)) == (1, 8)
    assert doc.at(("figures", 0, "value")) == (4, 12)
    assert doc.key_at(("figures", 0, "value")) == (4, 5)
    assert doc.at(("figures", 0, "missing")) == (3, 5)  # nearest located parent


def test_positions_past_lists_aliases_merges_and_keys_that_are_not_text() -> None:
    problems = Problems()
    text = ("base: &b\n  unit: km\n2011: year\nyes: flag\nitems:\n  - {label: a, value: 1}\n  - <<: *b\n"
            "    value: 2\n")
    doc = parse_yaml(text, "f.yaml", problems)
    assert doc is not None and not problems
    assert doc.data["items"][1] == {"unit": "km", "value": 2} and doc.data["2011"] == "year"
    assert doc.at(("2011",)) == (3, 7) and doc.key_at(("2011",)) == (3, 1)
    assert doc.at(("yes",)) == (4, 6) and "yes" in doc.data  # (a key YAML reads as true: as written, not 'True')
    assert doc.at(("items", 0, "value")) == (6, 23)
    assert doc.at(("items", 1, "unit")) == (2, 9)  # merged from the anchor: where it is written
    assert doc.key_at(("items", 1, "value")) == (8, 5)
    assert doc.at(("items", 5, "value")) == (6, 3)  # no such item: the list (from its first dash)
    assert doc.at(("items", "x")) == (6, 3) and doc.at(()) == (1, 1)
    assert doc.key_at(("items", 0)) == doc.at(("items", 0))  # not a key: the value's position


def test_keys_yaml_reads_as_no_text_are_named_as_written_and_a_merged_key_may_be_overridden() -> None:
    """`null: 1` and `~: 2` were "duplicate key 'None'"; a key of its own over one `<<: *b` merged in was a
    duplicate of a key in another mapping (YAML lets it override), hiding the file's other problems."""
    assert parse("null: 1\n~: 2\nyes: 3\n") == ({"null": 1, "~": 2, "yes": 3}, [])
    problems = Problems()
    doc = parse_yaml("a: 1\nnull: 2\n", "f.yaml", problems)
    assert doc is not None and doc.key_at(("null",)) == (2, 1)
    assert parse("base: &b {title: x, summary: y}\nm: {<<: *b, k: 1}\ntitle: t\n<<: *b\n") == (
        {"base": {"title": "x", "summary": "y"}, "m": {"title": "x", "summary": "y", "k": 1}, "summary": "y",
         "title": "t"}, [])
    assert parse("a: 1\na: 2\n")[1] == ["f.yaml:2:1: YAML error: duplicate key 'a' (line 1 has it too): delete one"]


def test_places_in_a_mapping_of_thousands_of_keys_read_its_keys_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """20,000 unknown keys in a card took minutes to report: each key's place read every key before it."""
    import generator.yamlbuild as yamlbuild

    keys = 3000
    problems = Problems()
    doc = parse_yaml("title: x\nsummary: |\n" + "".join(f"k{i}: {i}\n" for i in range(keys)), "f.yaml", problems)
    assert doc is not None and not problems
    read: list[object] = []

    def counted(node: Any) -> str:
        read.append(node)
        return str(node.value)

    monkeypatch.setattr(yamlbuild, "key_text", counted)  # (which yamlread takes from there when it reads keys)
    places = [doc.key_at((f"k{i}",)) for i in range(keys)]
    blocks = {doc.empty_block_before((f"k{i}",), {"title", "summary"}) for i in range(keys)}
    assert places == [(i + 3, 1) for i in range(keys)] and blocks == {"summary"}
    assert len(read) == keys + 2  # each key once (it was keys x keys / 2, twice)


def test_dates_become_iso_text_and_years_stay_numbers() -> None:
    data, errors = parse("a: 2011-09-17\nb: 2011\nc: 2011-05\n")
    assert errors == []
    assert data == {"a": "2011-09-17", "b": 2011, "c": "2011-05"}


def test_a_timestamp_that_is_no_date_stays_its_text_for_the_schema_to_report() -> None:
    data, errors = parse("a: 2024-02-30\nb: 2024-13-01\nc: 2011-09-17 25:00:00\n")
    assert errors == []
    assert data == {"a": "2024-02-30", "b": "2024-13-01", "c": "2011-09-17 25:00:00"}


def test_aliases_expand_within_limit() -> None:
    data, errors = parse("a: &x [1, 2]\nb: *x\n")
    assert errors == [] and data == {"a": [1, 2], "b": [1, 2]}


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, name = chr(96 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    started = time.perf_counter()
    data, errors = parse("\n".join(lines) + "\n")
    assert data is None
    assert errors == ["f.yaml:1:38: YAML error: the document holds more than 50,000 values (counting each copy an alias makes)"]
    assert time.perf_counter() - started < 5  # a guard against a hang, not a timing target


def test_deep_nesting_is_refused_where_it_passes_the_limit_before_it_can_crash_the_composer() -> None:
    """libyaml's composer recursed in C past ~30,000 levels and killed the process (60 KB of brackets). Our limit,
    100, holds where libyaml has none (0.2.5); libyaml 0.2.6 stops at 1,000 itself, before our count sees 101."""
    deep = r"YAML error: nesting is too deep \(more than (100|1000) levels of lists and mappings\)"
    for text, line in [("tags: " + "[" * 30_000 + "]" * 30_000, 1), ("a: " + "{a: " * 50_000 + "1" + "}" * 50_000, 1),
                       ("x:\n" + "- " * 30_000 + "y\n", 2)]:
        errors = parse(text)[1]
        assert len(errors) == 1 and re.fullmatch(rf"f\.yaml:{line}:\d+: {deep}", errors[0]), errors
    assert parse("tags: " + "[" * 99 + "]" * 99 + "\n" + "# [{- " * 2000)[1] == []  # 100 levels are fine
    assert parse("tags: " + "[" * 100 + "]" * 100 + "\n" + "# [{- " * 2000)[1] == [
        "f.yaml:1:106: YAML error: nesting is too deep (more than 100 levels of lists and mappings)"]


def test_a_value_that_is_not_what_its_tag_says_is_an_error_at_its_place() -> None:
    assert parse("a: !!int abc\nb: !!float x\n")[1] == [
        "f.yaml:1:4: YAML error: 'abc' is not what its tag (tag:yaml.org,2002:int) says it is"]
    assert parse("date: !!timestamp nope\n") == ({"date": "nope"}, [])  # the schema says what a date is


def test_a_short_text_nesting_a_few_hundred_deep_is_reported_where_it_passes_the_limit() -> None:
    """Under 10,000 characters nothing is counted first; Python's recursion limit stops it, at 1:1 until now."""
    assert parse("tags: " + "[" * 600 + "]" * 600)[1] == [
        "f.yaml:1:106: YAML error: nesting is too deep (more than 100 levels of lists and mappings)"]


def test_unsafe_tags_are_refused() -> None:
    data, errors = parse("a: !!python/object/apply:os.system ['true']\n")
    assert data is None
    assert errors == ["f.yaml:1:4: YAML error: the tag 'tag:yaml.org,2002:python/object/apply:os.system' "
                      "is not allowed: use plain text, numbers, lists and mappings"]
    assert parse("a: !!binary aGVsbG8=\n")[1] == ["f.yaml:1:4: YAML error: binary values are not allowed"]
    assert parse("a: !!set {x, y}\n")[1][0].startswith("f.yaml:1:4: YAML error: the tag 'tag:yaml.org,2002:set'")


def test_duplicate_and_complex_keys_are_errors() -> None:
    assert parse("a: 1\na: 2\n")[1] == ["f.yaml:2:1: YAML error: duplicate key 'a' (line 1 has it too): delete one"]
    # each said, and the rest of the file still read, with the first (a duplicate stopped there: it hid the rest)
    assert parse("a: 1\nb: [x]\na: 2\nb: 3\nc: 4\n") == ({"a": 1, "b": ["x"], "c": 4}, [
        "f.yaml:3:1: YAML error: duplicate key 'a' (line 1 has it too): delete one",
        "f.yaml:4:1: YAML error: duplicate key 'b' (line 2 has it too): delete one"])
    # two lists (categories: written twice in site.yaml): checked as one, and said to be made one ("delete one" would
    # lose items, and the items of the list dropped were then "not in site.yaml")
    assert parse("b: [x]\nc: 4\nb:\n  - y\n") == ({"b": ["x", "y"], "c": 4}, [
        "f.yaml:3:1: YAML error: duplicate key 'b' (line 1 has it too): YAML keeps one of the two lists; write their "
        "items under one"])
    # a second figure without its '- ': said so, and the line said to write reads two figures
    second = "figures:\n  - label: Cost\n    value: 12\n    label: Size\n    value: 4\n"
    assert parse(second)[1] == ["f.yaml:4:5: YAML error: duplicate key 'label' (line 2 has it too): delete one, or, "
                                "if it starts another item of the list, write '- label: Size', its '- ' lined up "
                                "with the item's above"]
    assert parse(second.replace("    label: Size", "  - label: Size")) == (
        {"figures": [{"label": "Cost", "value": 12}, {"label": "Size", "value": 4}]}, [])
    assert parse("? [1, 2]\n: 3\n")[1] == ["f.yaml:1:3: YAML error: a mapping key must be plain text, not a list or mapping"]


@pytest.mark.parametrize(("text", "expected"), [
    ('title: \u200bx\x7f\n', "f.yaml:1:10: YAML error: character U+007F is not allowed in YAML"),
    ('title: "a \U0001F600 \x1b b"\n', "f.yaml:1:13: YAML error: character U+001B is not allowed in YAML"),
])
def test_a_character_yaml_refuses_is_placed_by_characters_not_bytes(text: str, expected: str) -> None:
    """libyaml counts bytes: after a zero-width space the error named the 's' of the next line, at 2:1."""
    assert parse(text) == (None, [expected])


def test_a_line_break_only_yaml_counts_is_an_error_at_its_place() -> None:
    """U+2028 (pasted text) is a new line to YAML: every later error was placed a line too far, and a title holding
    one was read as two lines ('could not find expected ':'')."""
    assert parse('title: "x\u2028y"\nsummary: s\u2029\ntags: [5]\n') == (None, [
        "f.yaml:1:10: U+2028 (a line separator, from pasted text?) is a line break to YAML: replace it with a space, "
        "or start a new line",
        "f.yaml:2:11: U+2029 (a paragraph separator, from pasted text?) is a line break to YAML: replace it with a "
        "space, or start a new line"])


def test_a_carriage_return_inside_a_line_is_said_as_one(tmp_path: Path) -> None:
    """'title: Russia<CR>agreed to invest' was "no ':' after 'agreed': write 'agreed: to invest…'"; a file whose lines
    all end so (an old Mac's) reads as it did."""
    card = tmp_path / "c.yaml"
    card.write_bytes(b"title: Russia \ragreed to invest\nsummary: s\r\nsource_quote: x\r\n")
    problems = Problems()
    assert read_yaml(card, "c.yaml", problems) is None
    assert [str(p) for p in problems.items] == [
        "c.yaml:1:15: a carriage return (from pasted text?) inside a line is a line break to YAML: replace it with a "
        "space, or start a new line"]
    card.write_bytes(b"title: Russia\rsummary: s\rsource_quote: x\r")
    doc = read_yaml(card, "c.yaml", problems := Problems())
    assert doc is not None and doc.data == {"title": "Russia", "summary": "s", "source_quote": "x"}


def test_slips_in_a_line_libyaml_words_its_own_way_are_said_plainly() -> None:
    """A robustness review's: libyaml's "while parsing a block mapping (at line 1, column 1) did not find expected
    key", "did not find expected node content", "block sequence entries are not allowed in this context" and "found
    undefined alias" were shown as they are."""
    for text, said in (
            ("tags: [a, b]]", "f.yaml:2:13: YAML error: a ']' that closes nothing: remove it"),
            ("related: {a: 1}}", "f.yaml:2:16: YAML error: a '}' that closes nothing: remove it"),
            ("tags: [a, b] c", "f.yaml:2:14: YAML error: text after the list's closing ']': put it inside the list, "
                               "before the ']', or remove it"),
            ("tags: [a,, b]", "f.yaml:2:10: YAML error: an empty item in the list (a ',' right after another, or after "
                              "the bracket): remove it"),
            ("tags: - Ana Ruiz", "f.yaml:2:7: YAML error: a list's '- ' item cannot start on the line of its key: put "
                                 "'- Ana Ruiz' on the next line, indented under 'tags:', or write tags: [Ana Ruiz]"),
            ("tags: *nope", "f.yaml:2:7: YAML reads '*nope' here as a reference to an anchor (&nope) that no value "
                            "has, not as text: write tags: \"*nope\""),
    ):
        assert parse(f"title: t\n{text}\n")[1] == [said], text


def test_a_time_is_kept_as_written() -> None:
    """`date: 2011-05-01T00:00:00Z` was quoted back as '2011-05-01T00:00:00+00:00', which no one wrote."""
    assert parse("date: 2011-05-01T00:00:00Z\nday: 2011-05-01\n") == (
        {"date": "2011-05-01T00:00:00Z", "day": "2011-05-01"}, [])


def test_syntax_error_has_position() -> None:
    assert parse("a: [1, 2\n")[1] == ["f.yaml:1:4: YAML error: the [ here is never closed: add its closing ] on this "
                                      "line (or write the list one '- item' a line)"]


def test_the_usual_syntax_mistakes_are_said_plainly_where_they_are() -> None:
    tab = "f.yaml:{}: YAML error: a tab character; YAML indents with spaces only (replace the tab with spaces)"
    assert parse("title: a\nsummary:\n\tb\n")[1] == [tab.format("3:1")]
    assert parse("title: a\n\tsummary: b\n")[1] == [tab.format("2:1")]
    assert parse('title: "Unclosed\nsummary: x\nsource_quote: y\n')[1] == [
        'f.yaml:1:8: YAML error: the text that starts with " here is never closed: add its closing "']
    assert parse("a: 1\ntitle: 'Unclosed\n")[1] == [
        "f.yaml:2:8: YAML error: the text that starts with ' here is never closed: add its closing '"]
    # closed by a quote mark further on instead: PyYAML said "did not find expected key" at that later line
    run_on = "YAML error: the text that starts with {0} here is not closed on its line, so it runs on into " \
             "'summary:' (line 2): add its closing {0}"
    assert parse('title: "Opposition says\nsummary: s\nsource_quote: "The package."\n')[1] == [
        "f.yaml:1:8: " + run_on.format('"')]
    assert parse("title: 'Opposition says\nsummary: Tom Brown's view\nsource_quote: x\n")[1] == [
        "f.yaml:1:8: " + run_on.format("'")]
    assert parse('title: "Opposition says\nsummary: |\n  The "plan" is here.\nsource_quote: x\n')[1] == [
        "f.yaml:1:8: " + run_on.format('"')]
    assert parse('title: "A title over\n  two lines"\nsummary: s\nsource_quote: x\n')[1] == []  # (YAML allows it)
    # a flow list or mapping left open: PyYAML said "while parsing a flow sequence (at line 2, column 7) did not
    # find expected ',' or ']'" at the next key
    assert parse("title: t\ntags: [Tom Brown\nrelated: []\n")[1] == [
        "f.yaml:2:7: YAML error: the [ here is never closed: add its closing ] on this line (or write the list one "
        "'- item' a line)"]
    # the text ends inside it: libyaml's own words were shown ("while parsing a flow node did not find expected
    # node content"), at the end of the file
    for last, at in (("tags: [\n", "2:7"), ("tags: [a,\n\n", "2:7"), ("tags: [a, b]\nrelated: {x: [y,\n", "3:14")):
        assert parse("title: t\n" + last)[1] == [
            f"f.yaml:{at}: YAML error: the [ here is never closed: add its closing ] on this line (or write the list "
            "one '- item' a line)"], last
    # lines after it that cannot be inside it: "a text cannot start with '|'" at the next line's block, or libyaml's
    # "did not find expected node content" at an item written with a dash (a review's)
    for first, after, at in (("title: [", "summary: |\n  text", "1:8"), ("title: {", "summary: >\n  text", "1:8"),
                             ("tags: [a,", "summary: |\n  text", "1:7"), ("tags: [", "- a", "1:7")):
        opened = first.rstrip(",a")[-1]
        assert parse(f"{first}\n{after}\nsource_quote: x\n")[1] == [
            f"f.yaml:{at}: YAML error: the {opened} here is never closed: add its closing {'}' if opened == '{' else ']'} "
            "on this line" + (" (or write the list one '- item' a line)" if opened == "[" else "")], (first, after)
    assert parse("title: t\nsummary: |\n  a > b | c\nsource_quote: x\n")[1] == []
    # the first item of a list of mappings without its dash: "while parsing a block mapping (at line 1, column 1)
    # did not find expected key", at the next item's dash
    assert parse("title: t\nfigures:\n    label: Housing spend\n    value: 3\n  - label: Other\n    value: 4\n")[1] == [
        "f.yaml:3:5: YAML error: an item of the list without its '- ': write '- label: Housing spend', its '- ' lined "
        "up with those of the items below"]
    assert parse("title: t\nfigures:\n  - {label: x, value: 3\n")[1] == [
        "f.yaml:3:5: YAML error: the { here is never closed: add its closing } on this line"]
    colon = ("YAML error: a ': ' where no key can start: if it is part of a text, put the whole text in double quotes "
             '(title: "Peace: a plan"); if it ends a key, line the key up with the keys above it')
    assert parse("title: Peace: a plan\n")[1] == ["f.yaml:1:13: " + colon]
    assert parse("title: a\n  said: b\n")[1] == ["f.yaml:2:7: " + colon]  # (a text's ': '? a key's?)
    assert parse("title: a\n  summary: b\n")[1] == [  # a known key
        "f.yaml:2:3: YAML error: this key is not lined up with the keys above it: start it at column 1, under theirs"]


def test_bom_crlf_and_nfd_are_read_as_plain_nfc(tmp_path: Path) -> None:
    path = tmp_path / "card.yaml"
    path.write_bytes("\ufefftitle: Cafe\u0301\r\nsummary: \"a\tb\"\r\n".encode())
    problems = Problems()
    doc = read_yaml(path, "card.yaml", problems)
    assert not problems and doc is not None
    assert doc.data == {"title": "Caf\u00e9", "summary": "a\tb"}


def test_non_utf8_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "card.yaml"
    path.write_bytes(b"title: ok\nsummary: caf\xe9\n")
    problems = Problems()
    assert read_text(path, "card.yaml", problems) is None
    assert [str(p) for p in problems.items] == ["card.yaml:2:13: not UTF-8 text (byte 0xe9: it reads as Windows-1252, where it is 'é'); save the file as UTF-8"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le without its mark", "utf-16-be without its mark"])
def test_a_utf16_file_is_named_as_such(tmp_path: Path, encoding: str) -> None:
    """It was 'not UTF-8 text (byte 0xff: it reads as Windows-1252, where it is 'ÿ')'; without its byte-order mark,
    a source was 26 problems (NULs, and every quote not in it)."""
    path = tmp_path / "card.yaml"
    codec, _, bare = encoding.partition(" ")
    mark = "\ufeff" if codec.endswith("be") and not bare else ""
    path.write_bytes(mark.encode(codec) + "title: “ok” — yes\nsummary: the council met\n".encode(codec))
    problems = Problems()
    assert read_text(path, "card.yaml", problems) is None
    assert [str(p) for p in problems.items] == ["card.yaml:1:1: the file is UTF-16 text, not UTF-8; save it as UTF-8"]


def test_an_anchor_read_as_one_is_said_once_where_it_is_written() -> None:
    """`summary: *a` naming the title's anchor was said again, at the title's place, as "write summary: '&a x'"."""
    assert parse("title: &a x\nsummary: *a\nsource_quote: q\n")[1] == [
        "f.yaml:1:8: YAML reads '&a' here as an anchor (a name for the value), not as text, so this text is 'x': "
        "write title: \"&a x\""]


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: " + b"x" * MAX_FILE_BYTES + b"\n")
    problems = Problems()
    assert read_yaml(path, "big.yaml", problems) is None
    assert [p.message for p in problems.items] == [f"file is {MAX_FILE_BYTES + 4:,} bytes; the limit is {MAX_FILE_BYTES:,}"]


def test_nul_character_is_an_error() -> None:
    assert parse("a: 1\nb: \x00\n")[1] == ["f.yaml:2:4: file contains a NUL character"]


def test_empty_document_is_none() -> None:
    assert parse("") == (None, [])


def test_plain_scalars_get_the_tags_of_pyyamls_resolver_when_they_repeat() -> None:
    import datetime
    import math

    import yaml

    text = ("a: [yes, No, ~, null, '', 1e3, 0x1f, 0o17, 1_000, .inf, -.Inf, .nan, 2011-09-17, 2011-09-17 10:00:00,"
            " '2011', \"1\", 12:30, text, 3.5, -7, +7, 0b101, true]\nb: |\n  2011\n")
    expected = yaml.safe_load(text)
    for _ in range(2):  # the second time, plain scalars' tags come from what the first worked out
        data, errors = parse(text)
        assert errors == []
        # dates as ISO text, as parse_yaml gives them (a date and time as written: no date a card may give)
        wanted = ["2011-09-17 10:00:00" if isinstance(v, datetime.datetime) else v.isoformat()
                  if isinstance(v, datetime.date) else v for v in expected["a"]]
        assert [type(v) for v in data["a"]] == [type(v) for v in wanted]  # type: ignore[index]
        assert [v for v in data["a"] if not (isinstance(v, float) and math.isnan(v))] == [  # type: ignore[index]
            v for v in wanted if not (isinstance(v, float) and math.isnan(v))]
        assert data["b"] == "2011\n"  # type: ignore[index]


def test_escaped_characters_no_page_can_show_are_errors_where_their_text_starts() -> None:
    data, problems = parse('title: "A\\x01 \\x9f"\n"key\\x1b": ok\ntags: [a, "b\\uFDEF"]\nok: "tab\\t\\u00e9\\x0c\\r\\n"\n')
    assert problems == [
        "f.yaml:1:8: U+0001 is a control character, which a web page cannot show: replace or remove it "
        "(1 more in this text)",
        "f.yaml:2:1: U+001B is a control character, which a web page cannot show: replace or remove it",
        "f.yaml:3:11: U+FDEF is not a character (Unicode keeps it out of text): remove it",
    ]  # tab, form feed, carriage return, line feed and é are fine
    assert data == {"title": "A\x01 \x9f", "key\x1b": "ok", "tags": ["a", "b\ufdef"], "ok": "tab\t\u00e9\x0c\r\n"}


def test_a_texts_unshowable_characters_are_reported_one_by_one_then_counted() -> None:
    problems = Problems()
    text = "Intro.\n" + "It\u0092s. " * (MAX_UNSHOWABLE + 2) + "\U0010FFFF\n"
    unshowable(text, "source.md", problems)
    lines = [str(p) for p in problems.items]
    assert lines[0] == ("source.md:2:3: U+0092 is a control character, which a web page cannot show (pasted from "
                        "Windows-1252 text? there it is \u2019): replace or remove it")
    assert lines[1].startswith("source.md:2:9: U+0092 ")
    assert len(lines) == MAX_UNSHOWABLE + 1 and lines[-1] == "source.md:1:1: 3 more characters no web page can show"
    problems = Problems()
    unshowable("Plain text, \u2019quotes\u2019, tabs\tand form feeds\x0c, an emoji \U0001F600, \uFFFD.\n", "source.md", problems)
    assert not problems


def test_a_quote_mark_inside_a_quoted_text_is_said_where_it_closes_the_text() -> None:
    """A wire quote pasted between double quotes gave 'while parsing a block mapping … did not find expected key'."""
    block = "write the text as a block (source_quote: | and the text on the next line, indented), or "
    assert parse('title: a\nsource_quote: ""No one will be left," Rahman said."\n')[1] == [
        'f.yaml:2:16: YAML error: a " inside the text closes it here, and YAML cannot read what follows: '
        + block + 'write each " inside it as \\"']
    assert parse('title: a\nsource_quote: "\\"No one will be left," Rahman said."\n')[1] == [
        'f.yaml:2:38: YAML error: a " inside the text closes it here, and YAML cannot read what follows: '
        + block + 'write each " inside it as \\"']
    assert parse("title: a\nsource_quote: 'in Sunamganj's hills'\n")[1] == [
        "f.yaml:2:28: YAML error: a ' inside the text closes it here, and YAML cannot read what follows: "
        + block + "write each ' inside it as ''"]
    assert parse('title: a\ntags:\n  - "a" b\n')[1] == [
        'f.yaml:3:7: YAML error: a " inside the text closes it here, and YAML cannot read what follows: '
        'write each " inside it as \\"']
    assert parse("title: 'it''s' # a comment\nsummary: \"a \\\" b\"\n") == ({"title": "it's", "summary": 'a " b'}, [])


def test_a_key_without_its_colon_is_said_on_its_own_line() -> None:
    """YAML's error named the next line (or a comment, or past the end) and 'could not find expected ':''."""
    assert parse("title: a\nfigures\n  - value: 1\n")[1] == ["f.yaml:2:8: YAML error: no ':' after 'figures': write "
                                                               "'figures:'"]
    assert parse("title: a\nfigures:\n  - value: 1\n    unit hectares\n    label: x\n")[1] == [
        "f.yaml:4:9: YAML error: no ':' after 'unit': write 'unit: hectares'"]
    assert parse("title: a\ntags [x, y]\n")[1] == ["f.yaml:2:5: YAML error: no ':' after 'tags': write 'tags: [x, y]'"]
    assert parse("title 92,000 hectares of crops under water in the north\nsummary: b\n")[1] == [
        "f.yaml:1:6: YAML error: no ':' after 'title': write 'title: 92,000 hectares of crops unde…'"]
    assert parse('source:\n  publisher "Reuters"\n  # a comment\n  date: 2024-01-01\n')[1] == [
        "f.yaml:2:12: YAML error: no ':' after 'publisher': write 'publisher: \"Reuters\"'"]


def test_a_list_item_without_its_dash_and_two_keys_on_a_line_are_told_apart() -> None:
    """The review's cases: 'no ':' after 'Pakistan'' led to another error, and two keys on one line were told a
    quote mark closed the text."""
    assert parse("tags:\n  - Russia\n  Pakistan\n")[1] == [
        "f.yaml:3:3: YAML error: an item of the list above without its '- ': write '- Pakistan'"]
    assert parse('title: "A"  summary: "B"\n')[1] == [
        "f.yaml:1:13: YAML error: a second key on this line: put 'summary:' on a line of its own"]
    assert parse("title: 'A' summary: b\n")[1] == [
        "f.yaml:1:12: YAML error: a second key on this line: put 'summary:' on a line of its own"]
    assert parse("figures:\n  - label: x\n    value 5\n    unit: t\n")[1] == [
        "f.yaml:3:10: YAML error: no ':' after 'value': write 'value: 5'"]


def test_a_key_of_the_format_is_not_taken_for_a_list_item_nor_a_word_of_text_for_a_key() -> None:
    """The second review's cases: a list at its key's indent made 'summary Hello' a list item, and a title with a
    colon after its closing quote was told it held a second key."""
    assert parse("title: x\ntags:\n- Oslo\nsummary Hello\n")[1] == [
        "f.yaml:4:8: YAML error: no ':' after 'summary': write 'summary: Hello'"]
    assert parse('title: "Oil" prices: up\n')[1] == [
        'f.yaml:1:12: YAML error: a " inside the text closes it here, and YAML cannot read what follows: write the '
        'text as a block (title: | and the text on the next line, indented), or write each " inside it as \\"']


def test_a_block_s_text_not_indented_under_its_key_is_said_so() -> None:
    """'summary: |' then the text at the key's indent: YAML read the text's first line as a key without its
    colon, and the message advised writing one ('no ':' after 'According')."""
    text = "summary: |\nAccording to a source privy to the talks, the line\nwill be built.\nsource_quote: x\n"
    assert parse(text)[1] == ["f.yaml:2:1: YAML error: the text of 'summary: |' must be indented under it: put two "
                              "more spaces before each of its lines than before 'summary:'"]
    assert parse("title: t\nsummary: >-\n\nOne line only.\ntags: [a]\n")[1] == [
        "f.yaml:4:1: YAML error: the text of 'summary: >-' must be indented under it: put two more spaces before "
        "each of its lines than before 'summary:'"]
    assert parse("figures:\n  - label: |\n    Investment\n    value: 5\n")[1] == [  # at the key's own indent
        "f.yaml:3:5: YAML error: the text of 'label: |' must be indented under it: put two more spaces before "
        "each of its lines than before 'label:'"]
    quoted = 'summary: |\nJess Lennox, housing: "Buying homes back" is key.\nsource_quote: x\n'
    assert parse(quoted)[1] == [  # it said a " closes the text early, and to write 'Jess Lennox, housing: |'
        "f.yaml:2:1: YAML error: the text of 'summary: |' must be indented under it: put two more spaces before "
        "each of its lines than before 'summary:'"]
    assert parse("figures:\n  - label: |\n      Investment\n    value 5\n")[1] == [  # indented: another mistake
        "f.yaml:4:10: YAML error: no ':' after 'value': write 'value: 5'"]


def test_a_comment_that_cuts_a_text_short_is_a_problem() -> None:
    """`title: Plan #2 is out` reads 'Plan': said where the '#' is, with the fix, in the keys that hold prose. A
    comment after a value, as editors and `new`'s card write them, is let be; so is a '#' in a quoted text."""
    text = ("title: Plan #2 is out\nsummary: Two words # a note\nfigures:\n  - label: Votes for  # of 9\n"
            "    unit: metric tons       # what is counted\n  - label: Rally #MeToo\n    value: 1\n"
            "date_status: stated #checked\nquoted: 'Plan #2 is out'  # a comment\ntags:\n  - Old bridge  #place\n")
    data, problems = parse(text)
    assert isinstance(data, dict) and data["title"] == "Plan"
    assert data["figures"][0] == {"label": "Votes for", "unit": "metric tons"}
    assert problems == [
        "f.yaml:1:13: ' #' starts a YAML comment, so this text ends at 'Plan': put the whole text in quotes to keep "
        "'#2 is out'",
        "f.yaml:6:18: ' #' starts a YAML comment, so this text ends at 'Rally': put the whole text in quotes to keep "
        "'#MeToo'"]
    assert parse("title: C# in schools\n") == ({"title": "C# in schools"}, [])  # no space before it: no comment


@pytest.mark.parametrize("value", ["[Draft] Plan approved", "{Draft} plan", "@ana wins", "*Exclusive* vote",
                                   "% rise", "`code` here", "- a dash", "? a question", "!Breaking news",
                                   '[Draft] "Plan" \\ ok', "| pipe", "> quote"])
@pytest.mark.parametrize("key, before, after", [("title", "", "\nsummary: s\n"),
                                                ("label", "title: t\nfigures:\n  - ", "\n    value: 3\n")])
def test_a_text_starting_with_what_yaml_reads_otherwise_is_told_to_be_quoted(value: str, key: str, before: str,
                                                                            after: str) -> None:
    """`title: [Draft] Plan approved` gave libyaml's "while parsing a block mapping ... did not find expected key";
    the message quotes the text, and the file with that line builds the text as written."""
    text = f"{before}{key}: {value}{after}"
    problems = parse(text)[1]
    line = text.count("\n", 0, text.index(f"{key}:")) + 1
    column = len(text[:text.index(f"{key}:")].split("\n")[-1]) + len(key) + 3
    fix = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    block = (f" (or, for a block of text, put '{value[2:]}' on the line after '{key}: {value[0]}', indented)"
             if value[0] in "|>" else "")
    assert problems == [f"f.yaml:{line}:{column}: YAML error: a text cannot start with '{value[0]}' unless it is in "
                        f"quotes: write {key}: {fix}{block}"]
    data, problems = parse(text.replace(f"{key}: {value}", f"{key}: {fix}"))
    assert isinstance(data, dict) and problems == [] and (data["title"] if key == "title" else data["figures"][0]["label"]) == value


@pytest.mark.parametrize("text, line, column, message, fixed", [
    ("figures:\n  - label: Diesel share\n    value: 78\n    unit: %\n", 4, 11,
     "a text cannot start with '%' unless it is in quotes: write unit: \"%\"", "%"),
    ("tags: [@ana, Quay St #2, Mill Lane]\n", 1, 8,
     "an item of a list cannot start with '@' unless it is in quotes: write tags: [\"@ana\", \"Quay St #2\", Mill Lane]",
     ["@ana", "Quay St #2", "Mill Lane"]),
    ("tags:\n  - Mill Lane\n  - `code`\n", 3, 5,
     "an item of a list cannot start with '`' unless it is in quotes: write - \"`code`\"", ["Mill Lane", "`code`"]),
])
def test_a_unit_or_a_tag_starting_with_what_yaml_reads_otherwise_is_told_to_be_quoted(
        text: str, line: int, column: int, message: str, fixed: object) -> None:
    """`unit: %` (the README's own unit) and `tags: [@ana]` gave libyaml's "found character that cannot start any
    token"; what the message says to write reads as meant."""
    assert parse(text)[1] == [f"f.yaml:{line}:{column}: YAML error: {message}"]
    write = message.split("write ", 1)[1]
    lines = text.split("\n")
    lines[line - 1] = lines[line - 1][:len(lines[line - 1]) - len(lines[line - 1].lstrip())] + write  # its indent
    data, problems = parse("\n".join(lines))
    assert isinstance(data, dict) and problems == []
    assert (data["figures"][0]["unit"] if "figures" in data else data["tags"]) == fixed
    assert parse("tags: [a, &b c]\n")[1] == [  # an anchor YAML drops without a word: 'c'
        "f.yaml:1:11: YAML reads '&b' here as an anchor (a name for the value), not as text, so this text is 'c': "
        "write \"&b c\" for that item"]


@pytest.mark.parametrize("value, prop, what, read", [
    ("&Co plan", "&Co", "an anchor (a name for the value)", "plan"), ("! alert", "!", "a tag (the kind of value)",
                                                                     "alert")])
def test_an_anchor_or_a_tag_that_cuts_a_text_short_is_a_problem(value: str, prop: str, what: str, read: str) -> None:
    """`title: &Co plan` read 'plan' without a word: YAML takes '&Co' for an anchor, '!' for a tag."""
    for key, text in (("title", f"title: {value}\n"), ("label", f"figures:\n  - label: {value}\n    value: 1\n")):
        problems = parse(text)[1]
        line, column = (1, 8) if key == "title" else (2, 12)
        assert problems == [f"f.yaml:{line}:{column}: YAML reads '{prop}' here as {what}, not as text, so this text "
                            f"is '{read}': write {key}: \"{value}\""]
        assert parse(text.replace(value, f'"{value}"')) == ({"title": value} if key == "title" else {
            "figures": [{"label": value, "value": 1}]}, [])
    assert parse("title: !!str 2024\n") == ({"title": "2024"}, [])  # YAML's own way to say "text"
    assert parse("title: Plan & Co!\n") == ({"title": "Plan & Co!"}, [])


def test_a_block_indented_less_than_its_number_asks_is_said_so_and_either_fix_reads() -> None:
    """`summary: |4` and its text 2 spaces in: libyaml said "did not find expected key"; a list item's key counts
    from its own column (`- label: |2` asks for 6 spaces at 4)."""
    for text, line, key, style, wanted, has in (
            ("title: t\nsummary: |4\n  The council backed it.\nsource_quote: q\n", 3, "summary", "|4", 4, 2),
            ("title: t\nfigures:\n  - label: |2-\n     Votes\n    value: 1\n", 4, "label", "|2-", 6, 5)):
        assert parse(text)[1] == [
            f"f.yaml:{line}:1: YAML error: the text of '{key}: {style}' must be indented {wanted} spaces, as its "
            f"number says, and this line has {has}: indent it so, or write '{key}: {style.replace(style[1], '')}' "
            "without the number to indent its text as its first line is"]
        lines = text.split("\n")
        indented = "\n".join(" " * wanted + row.lstrip() if n == line - 1 else row for n, row in enumerate(lines))
        unnumbered = text.replace(style, style.replace(style[1], ""))
        for fixed in (indented, unnumbered):
            assert parse(fixed)[1] == [], fixed


def test_a_yaml_error_past_the_last_line_is_reported() -> None:
    """libyaml places '{{{' on line 2 of a one-line text: the look for a block's uneven lines read past the end
    (IndexError, found by test_hostile's fuzzing)."""
    for text in ("{{{", "[[["):
        assert len(parse(text)[1]) == 1, text


def test_a_line_indented_off_its_neighbours_is_said_so() -> None:
    """A list item or a key a space off, and a block's line written at the key's indent: each message said another
    line (the list's first item, "write '- - label: ...'") or another fix ("write 'later: it said more.'")."""
    item = "figures:\n  - label: Cost\n    value: 12\n  - label: Size\n    value: 4\n - label: Votes\n    value: 7\n"
    assert parse(item)[1] == [
        "f.yaml:6:2: YAML error: this item is not lined up with the items above it: start it at column 3, under theirs"]
    key = "title: t\nfigures:\n  - label: Cost\n    value: 12\n   unit: USD\n"
    assert parse(key)[1] == [
        "f.yaml:5:4: YAML error: this key is not lined up with the keys above it: start it at column 5, under theirs"]
    assert parse("title: t\n tags: [A]\n")[1] == [
        "f.yaml:2:2: YAML error: this key is not lined up with the keys above it: start it at column 1, under theirs"]
    block = "title: t\nsummary: |\n  The council backed a **new depot**\nlater it said more.\nsource_quote: q\n"
    assert parse(block)[1] == [
        "f.yaml:4:1: YAML error: this line is not indented like the text of 'summary: |' above it: put 2 spaces "
        "before it, as before that text's other lines"]
    uneven = "title: t\nsummary: |\n   The council backed a **new depot**\n  later it said more.\nsource_quote: q\n"
    assert parse(uneven)[1] == [
        "f.yaml:4:1: YAML error: the text of 'summary: |' starts with 3 spaces (line 3) and this line has 2: indent "
        "its lines alike"]
    assert parse(" title: t\nsummary: s\n")[1] == [  # the first key is the one off, not the rest
        "f.yaml:1:2: YAML error: this key is not lined up with the keys below it: start it at column 1, as theirs"]
    # a card's own key a space in, after a block or a list of figures: column 1, not the block's or the figure's
    for text in ("title: t\nsummary: |\n  Welcomed the vote.\n tags: [A]\n",
                 "figures:\n  - label: Votes\n    value: 7\n tags: [A]\n"):
        assert parse(text)[1] == [f"f.yaml:{text.count(chr(10))}:2: YAML error: this key is not lined up with the keys "
                                  "above it: start it at column 1, under theirs"], text
    assert parse("figures:\n  - label: >\n      Cost of the works\n     value: 4\n")[1] == [  # a figure's key
        "f.yaml:4:6: YAML error: this key is not lined up with the keys above it: start it at column 5, under theirs"]
    for text in (item, key, block):  # each fix, as said, reads
        fixed = text.replace("\n - label: Votes", "\n  - label: Votes").replace("\n   unit", "\n    unit").replace(
            "\nlater", "\n  later")
        assert parse(fixed)[1] == []


def test_where_a_value_writes_a_word_of_its_own() -> None:
    """A number or a name in a long text, for a warning's place: not in a block's comment, nor in a link's address."""
    text = ("a: |  # from paragraph 12\n  The council said 12 homes.\n"
            "b: \"The [report](https://example.org/item-57) says 57, <https://x.org/57> 5G\"\n"
            "c: plain 7 and 7\n")
    doc = parse_yaml(text, "x.yaml", Problems())
    assert doc is not None
    assert doc.place_of(("a",), "12") == (2, 20)  # (not 1:24, in the comment after the '|')
    assert doc.place_of(("b",), "57") == (3, 52)  # (not in the link's or the autolink's address)
    assert doc.place_of(("b",), "5") == (3, 75)  # a number glued to letters, at itself
    assert doc.place_of(("c",), "7", 1) == (4, 16)  # the second time
    assert doc.place_of(("c",), "8") == (4, 4)  # not there: where the value starts


def test_the_comment_after_a_value() -> None:
    text = ("a: x  # checked\n"
            "b: !!str |2-  # Checked: a tag and indicators before it\n  text\n"
            "c: &anchor >  # checked\n  text\n"
            "d: [Emmanuel Macron,  # checked\n   Olaf Scholz]\n"
            "e: [one, two]  # checked after the list\n"
            "f: \"# checked\"\n"
            "g:\n  - item  # checked\n"
            "h:\n  - {label: P, value: 12}  # checked after a flow mapping\n")
    doc = parse_yaml(text, "x.yaml", Problems())
    assert doc is not None
    assert [doc.comment(path) for path in (("a",), ("b",), ("c",), ("d", 0), ("d", 1), ("e", 1), ("f",), ("g", 0),
                                           ("h", 0, "value"))] == [
        "checked", "Checked: a tag and indicators before it", "checked", "checked", "", "checked after the list", "",
        "checked", "checked after a flow mapping"]
