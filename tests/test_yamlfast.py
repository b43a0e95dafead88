"""yamlfast: the common YAML of a card read in Python, exactly as libyaml reads it, or declined."""

from __future__ import annotations

import glob
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator import yamlbuild, yamlfast, yamlread
from generator.errors import Problems

ROOT = Path(__file__).resolve().parent.parent

# pieces of scalars: mostly what cards hold, and some chosen for what YAML makes of them (indicators, comments,
# numbers, dates, booleans, nulls, escapes, odd spaces and line breaks)
USUAL = ["a", "Tolls", "x y", "2", "1.5", "0.25", "-3", "0", "-0", "2011-09-17", "2011-05", "2026-02-30", "€4,200,000",
         "O'Brien", "a [b] c", "a, b", "a#b", "a:b", "’quoted’", "“x”", "é", "🙂", "(x)", "$5", "50%", "x-y"]
ODD = ["012", "0x1F", "1_000", "1e5", ".5", "+4", "1.", "2011-9-17", "yes", "No", "on", "OFF", "null", "~", "true",
       "1:20", "say \"hi\"", "#1", "a #b", "a: b", "a:", "- x", "-x", "? x", "[x]", "{x}", "&x", "*x", "!x", "|", ">",
       "%x", "@x", "`x", "\u00a0x", "\u202fx", "\u0085x", "\u2028", "x\\n", "\t", "\ufeffx", "---", "...", " ", ""]
KEYS = ["title", "summary", "source_quote", "date", "figures", "tags", "label", "value", "unit", "from", "key", "Title_2"]
ODD_KEYS = ["on", "yes", "null", "y", "_x", "2x", "a-b", "true"]


def mostly(usual: list[str], odd: list[str]) -> st.SearchStrategy[str]:
    """One of `usual`, or about one time in 25 one of `odd` (so that a document of a dozen pieces is often read)."""
    return st.sampled_from(usual * max(1, 24 * len(odd) // len(usual)) + odd)


SPACE = mostly([""], [" ", "  "])
key = mostly(KEYS, ODD_KEYS)
word = mostly(USUAL, ODD)
text = st.lists(word, min_size=1, max_size=3).map(" ".join)


@st.composite
def scalar(draw: st.DrawFn) -> str:
    body = draw(text)
    style = draw(st.sampled_from(["plain", "plain", "double", "single"]))
    if style == "double":
        return f'"{body}"'
    if style == "single":
        return "'" + body.replace("'", draw(mostly(["''"], ["'"]))) + "'"
    return body


@st.composite
def flow(draw: st.DrawFn) -> str:
    items = draw(st.lists(scalar(), max_size=3))
    comma = draw(st.sampled_from([", ", ",", " , "]))
    return "[" + draw(SPACE) + comma.join(items) + draw(st.sampled_from(["", "", ",", ", "])) * bool(items) + "]"


@st.composite
def literal(draw: st.DrawFn) -> str:
    indent = draw(st.sampled_from([1, 2, 4]))
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(mostly(["text", "text", "blank", "deeper", "comment"], ["spaces", "shallow"]))
        lines.append({"text": " " * indent + draw(text), "blank": "", "spaces": " " * draw(st.integers(1, 6)),
                      "deeper": " " * (indent + 2) + draw(text), "shallow": " " * (indent - 1) + draw(text),
                      "comment": draw(st.sampled_from(["#", "  #"])) + " note"}[kind])
    return draw(mostly(["|", "|", "|-"], ["|+", ">", "|2", "| # c"])) + "".join("\n" + line for line in lines)


@st.composite
def entry(draw: st.DrawFn, indent: int) -> str:
    if draw(st.booleans()):
        return draw(st.one_of(scalar(), flow(), mostly(["x"], ["", " "])))
    keys = draw(st.lists(key, min_size=1, max_size=4, unique=True))
    keys += draw(mostly([""], ["title", "label"])).split()  # a key given twice
    column = indent + 2 + int(draw(mostly(["0"], ["1", "-1"])))
    values = [draw(st.one_of(scalar(), scalar(), flow(), mostly(["x"], [""]))) for _ in keys]
    lines = [f"{name}:{draw(mostly([' '], ['', '  ']))}{value}" for name, value in zip(keys, values, strict=True)]
    return "\n".join([lines[0], *(" " * column + line for line in lines[1:])])


@st.composite
def sequence(draw: st.DrawFn) -> str:
    indent = draw(st.sampled_from([0, 2, 2, 3]))
    entries = []
    for _ in range(draw(st.integers(0, 3))):
        entries.append(" " * indent + draw(mostly(["- "], ["-  ", "-"])) + draw(entry(indent)))
        entries.append(draw(mostly(["", "", "", "", "# c", "  # c"], [" " * indent + "x: 1"])))
    return "".join("\n" + line for line in entries)


@st.composite
def nested(draw: st.DrawFn) -> str:
    """A mapping under a top-level key (site.yaml's `source:`), its keys mostly at one column."""
    indent = draw(st.sampled_from([1, 2, 2, 4]))
    keys = draw(st.lists(key, min_size=0, max_size=4, unique=True))
    keys += draw(mostly([""], ["title"])).split()  # a key given twice
    lines = []
    for name in keys:
        column = indent + int(draw(mostly(["0"], ["1", "-1", "2"])))
        value = draw(st.one_of(scalar(), scalar(), flow(), mostly(["x"], ["", "|\n  x", "\n    - y"])))
        lines.append(" " * column + f"{name}:{draw(mostly([' '], ['', '  ']))}{value}")
        lines.append(draw(mostly(["", "", "", "# c"], ["  # c", " " * column + "- z"])))
    return "".join("\n" + line for line in lines)


@st.composite
def document(draw: st.DrawFn) -> str:
    lines = []
    keys = draw(st.lists(key, min_size=1, max_size=5, unique=True))
    for name in [*keys, *draw(mostly([""], ["title"])).split()]:
        value = draw(st.sampled_from([scalar(), scalar(), flow(), literal(), literal(), sequence(), sequence(),
                                      nested(), st.just("")]).flatmap(lambda strategy: strategy))
        separator = "" if value.startswith("\n") or not value else draw(mostly([" "], ["  ", ""]))
        lines.append(f"{name}:{separator}{value}{draw(SPACE)}")
        lines.append(draw(mostly(["", "", "", "", "", "# note"], ["  # note", "---", "  stray"])))
    return "\n".join(lines) + draw(mostly(["\n"], ["", "\n\n"]))


def composed(text: str) -> tuple[object, list[str]]:
    """What libyaml's path makes of `text`: its data (None for a problem) and the problems."""
    problems = Problems()
    doc = yamlread.compose_yaml(text, "card.yaml", problems)
    return (None if doc is None else doc.data), [problem.message for problem in problems.items]


def same(fast: object, slow: object) -> bool:
    """Equal, and of the same types all the way down (1 is not 1.0, '1' is not 1)."""
    return repr(fast) == repr(slow) and fast == slow


@settings(max_examples=2000, deadline=None)
@given(document())
@example("title: a\nsummary: |\n  One.\n\n  Two.\ntags: [x, \"y, z\"]\nfigures:\n  - label: n\n    value: 1.5\n")
@example("a: |\n  x\nb: c\n")
@example("figures:\n- label: n\n  value: 012\n")
@example("title: Tolls\non: x\n")
@example("source:\n  file: content/source.md\n  date: 2011-09-17\ncategories:\n  - id: a\n    label: A\n")
def test_what_it_reads_libyaml_reads_the_same(text: str) -> None:
    fast = yamlfast.parse(text)
    if fast is None:
        return  # declined: libyaml reads it (and reports what is wrong with it)
    slow, problems = composed(text)
    assert problems == [], f"read {fast!r}, where libyaml finds {problems} in {text!r}"
    assert same(fast, slow), f"{text!r}: {fast!r} against libyaml's {slow!r}"


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([*"ab1.: -#|[]{},'\"~", "title: ", "tags:\n", "\n", "\n- ", "\n  - ", "\n    ",
                                  "label: ", "|\n  "]), max_size=30).map("".join))
def test_any_text_is_read_as_libyaml_reads_it_or_declined(text: str) -> None:
    """Whatever the text, no error: its mapping as libyaml has it, or None."""
    fast = yamlfast.parse(text + "\n")
    if fast is not None:
        slow, problems = composed(text + "\n")
        assert problems == [] and same(fast, slow), f"{text!r}: {fast!r} against libyaml's {slow!r} {problems}"


@pytest.mark.parametrize("text", [
    "title: on\n", "title: 012\n", "title: 1:20\n", "title: x # note\n", "title: &a x\n", "title: !!str x\n",
    "summary: >\n  folded\n", "summary: |\n  x\n   \n  y\n", "summary: |\nnext: x\n", "a:\n  b:\n    c: d\n", "a:\n",
    "a:\n  b: c\n   d: e\n", "a:\n  b: c\n x: e\n", "a:\n  b:\n", "a:\n  b: |\n    x\n", "a:\n  - b\n  c: d\n",
    "title: x\ntitle: y\n", "title: \"a\\tb\"\n", "title: x\r\n", "title:\tx\n", "---\ntitle: x\n", "title: x",
    "title: \"x\n  y\"\n", "title: x\n  y\n", "figures:\n  - label: x\n      value: 1\n", "tags: [a, [b]]\n",
    "tags: {a: b}\n", "tags:\n- \n", "tags:\n-  \n- a\n", "tags: [,]\n", "title: yes\n", "title: ~\n", "title: 1e5x\n" * 2, "t: a\u2028b\n", "t: x" + "y" * 10_000 + "\n",
    "value: " + "1" * 5_000 + "\n",
])
def test_it_declines_what_it_does_not_read_as_libyaml_does(text: str) -> None:
    assert yamlfast.parse(text) is None


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from([*"0123456789_.:+-eExXbBoOnNyYtTfF~<=aIl ", "0x", "0b", ".inf", ".nan", "null", "true",
                                  "yes", "off", "2011-09-17", "T10:00:00", "Z"]), min_size=1, max_size=8).map("".join))
def test_a_plain_scalar_s_type_is_the_one_pyyaml_s_resolver_gives(text: str) -> None:
    """yamlfast tells bools, numbers, nulls and dates from text without importing PyYAML: as its resolver does."""
    import yaml

    assert yamlfast.implicit_tag(text) == yaml.resolver.Resolver().resolve(yaml.ScalarNode, text, (True, False))


def test_a_card_s_usual_yaml_is_read_without_libyaml() -> None:
    """The shipped briefing's cards and the benchmark's: none falls back to libyaml (the speed is in that)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import synth  # the benchmark's cards
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    texts = [Path(path).read_text("utf-8") for path in sorted(glob.glob(str(ROOT / "content/*/*.yaml")))]
    assert len(texts) > 10
    texts += [synth.card_yaml(card) for card in synth.make_site(200).cards]
    for text in texts:
        fast = yamlfast.parse(text)
        assert fast is not None, text
        assert same(fast, composed(text)[0])


def test_a_problem_on_a_card_read_fast_still_has_its_place() -> None:
    """Positions come from libyaml's nodes, composed only when a problem asks for one."""
    text = "title: Tolls\nfigures:\n  - label: toll\n    value: 2\n  - label: cost\n    value: x\n"
    doc = yamlread.parse_yaml(text, "card.yaml", Problems())
    assert doc is not None and doc.root is None and doc.data["figures"][1]["value"] == "x"
    assert doc.at(("figures", 1, "value")) == (6, 12)
    assert doc.key_at(("figures", 1, "value")) == (6, 5)


def test_a_number_read_fast_keeps_the_zero_its_text_ends_with() -> None:
    """YAML reads 2.40 as 2.4: a card read fast keeps "2.40" for its figure (no libyaml nodes composed to find it),
    and the same text composed by libyaml gives the same."""
    text = "title: Tolls\nfigures:\n  - label: toll\n    value: 2.40\n    from: 2.5\n  - value: 10.0\n    label: x\n"
    fast = yamlread.parse_yaml(text, "card.yaml", Problems())
    slow = yamlread.compose_yaml(text, "card.yaml", Problems())
    assert fast is not None and fast.root is None and slow is not None and slow.numbers is None
    for doc in (fast, slow):
        assert [doc.written(("figures", i, key)) for i, key in ((0, "value"), (1, "value"))] == ["2.40", "10.0"]
    assert fast.written(("figures", 0, "from")) is None and slow.written(("figures", 0, "from")) == "2.5"  # no zero
    assert fast.root is None  # (still no nodes)


def test_no_long_text_is_read_fast() -> None:
    """libyaml's composer guards long texts against deep nesting (yamlread): the fast path never takes one."""
    assert yamlfast.LONGEST <= yamlbuild.DEEP_TEXT


def _paths(node: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every value's path in libyaml's nodes (keys as their text), and a path past each one."""
    import yaml

    found = [path, (*path, "nope"), (*path, 7)]
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            found += _paths(value, (*path, key_node.value))
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            found += _paths(value, (*path, i))
    return found


@settings(max_examples=1500, deadline=None)
@given(document(), st.sampled_from(["a", "x", "b", "2", "1.5", "c", "y", "note", "O'Brien", "Tolls"]))
@example("# c\ntitle: Hello world\ntags: [a, \"b c\", 'd']\nsummary: |\n  Line one\n\n  more b\n\n# b\n"
         "figures:\n  - label: x b\n    value: 3\n  -   label: b\n      value: 4.0\nlist2:\n- b\n- b\n\nlast: |-\n  b\n",
         "b")
def test_a_file_read_fast_places_a_value_as_libyaml_s_nodes_do(text: str, snippet: str) -> None:
    """Where a value is, where it writes a word, and the comment after it: from yamlfast's second reading, as from the
    nodes libyaml composes (`check` places thousands of warnings: composing each card took a quarter of it)."""
    import yaml

    fast = yamlread.parse_yaml(text, "card.yaml", Problems())
    if fast is None or fast.numbers is None:
        return  # (declined: composed anyway)
    slow = yamlread.compose_yaml(text, "card.yaml", Problems())
    assert slow is not None
    paths = _paths(slow.root)
    lists = [path for path in paths if not isinstance(slow._find(path)[0], yaml.ScalarNode)]
    for path in [*(path for path in paths if path not in lists), *lists]:
        assert fast.at(path) == slow.at(path), (path, text)
        assert fast.comment(path) == slow.comment(path), (path, text)
        for nth in (0, 1):
            assert fast.place_of(path, snippet, nth) == slow.place_of(path, snippet, nth), (path, nth, text)
        assert fast.root is None or path in lists  # (no nodes composed, but for a list's or mapping's snippet)
