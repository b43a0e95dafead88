"""The build's Jinja environment renders what stock Jinja renders, through its shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import jinja2
import markupsafe
import pytest

from generator.environment import make_environment
from generator.jinjacode import escape
from generator.model import PartialDate
from generator.templateerrors import template_problem
from generator.urls import Linker
from generator.words import ENGLISH


class Html:
    def __html__(self) -> str:
        return "<em>own</em>"


class Thing:
    """Attributes, a property, a method, and an item that is no attribute."""

    title = "<title>"
    inner: ClassVar[dict[str, str]] = {"name": "<inner name>", "get": "an item"}

    @property
    def html(self) -> markupsafe.Markup:
        return markupsafe.Markup("<b>prop</b>")

    def shout(self, word: str) -> str:
        return word.upper()

    def __getitem__(self, key: str) -> str:
        return f"<item {key}>"


VALUES: list[Any] = ["<a href='x'>&", markupsafe.Markup("<b>safe</b>"), 42, 1.5, None, Html(),
                     type("Text", (str,), {})("<sub>"), ""]

TEMPLATES = {
    "output": "{{ text }}|{{ html }}|{{ number }}|{{ text | e }}|{{ html | safe }}|{{ text ~ html }}|"
              "{{ text | upper }}|{{ '<const>' }}|{{ own }}",
    "macros": "{% macro m(x, y='<y>') %}<b>{{ x }}{{ y }}</b>{% endmacro %}{{ m(text) }}{{ m(html, y=text) }}"
              "{% set held %}<i>{{ text }}</i>{% endset %}{{ held }}{{ held | replace('i', 'q') }}{{ m(held) }}",
    "call blocks": "{% macro box(n) %}<div>{{ n }}{{ caller(n) }}</div>{% endmacro %}"
                   "{% for n in [1, 2] %}{% call(k) box(n) %}{{ text }}{{ k }}{% endcall %}{% endfor %}"
                   "{% filter upper %}{{ text }}<b>{% endfilter %}",
    "calls": "{% for n in [1, 2] %}{{ plain(n) }}{{ with_context() }}{{ url('energy/') }}{% endfor %}"
             "{{ url('source/#q') }}{% set x = plain(text) %}{{ x }}{{ url(plain(url(text))) }}"
             "{% macro m(u) %}{{ u('a/') }}{{ url('b/') }}{% endmacro %}{{ m(url) }}{{ m(plain) }}"
             "{% set url = with_context %}{% for n in [1] %}{{ url() }}{% endfor %}{{ url() }}",
    "autoescape off": "{% autoescape false %}{{ text }}{{ html }}{% endautoescape %}{{ text }}",
    "attributes": "{{ thing.title }}{{ thing.html }}{{ thing.shout(text) }}{{ thing.only_an_item }}"
                  "{{ thing.inner.name }}{{ thing.inner.get('name') }}{{ thing.inner.keys() | list }}{{ text.upper() }}"
                  "{% for n in [3, 4] %}{{ loop.index }}{{ loop.last }}{% endfor %}{{ 'const'.upper() }}"
                  "{% set ns = namespace(n=1) %}{% set ns.n = ns.n + 1 %}{{ ns.n }}"
                  "{% macro m(t) %}{{ t.title }}{{ t.inner.name | length }}{% endmacro %}{{ m(thing) }}"
                  "{{ (thing.inner if thing.title else none).name }}{{ [thing][0].title }}",
    "attributes in every place": "{% for t in things if t.title %}{{ loop.cycle('a', 'b') }}{{ t.title }}{% endfor %}"
                                 "{% set x = thing.inner.name %}{{ x }}{% if thing.title %}yes{% endif %}"
                                 "{% with y = thing.inner %}{{ y.name }}{% endwith %}{{ thing.title[1:3] }}"
                                 "{% filter upper %}{{ thing.title }}{% endfilter %}"
                                 "{% macro m(x=thing.title) %}{{ x }}{% endmacro %}{{ m() }}"
                                 "{{ things | map(attribute='title') | join(',') }}"
                                 "{% for a, b in [(thing, 1)] %}{{ a.title }}{{ b }}{% endfor %}"
                                 "{{ {'k': thing}.k.title }}{{ [thing.title, thing.inner.name] | join }}",
    "one string per output": "100% <a href=\"{{ text }}\">%s {{ '%d' }} {{ number }}%%</a>{{ '50%' }}"
                             "{% set held %}%s<b>{{ text }}</b>%{{ number }}{% endset %}{{ held }}"
                             "{% macro m(x) %}%({{ x }})s{% endmacro %}{{ m('%s') }}{% for n in [1] %}{{ n }}%{% endfor %}",
    "words": "{{ words.say('fact_number', n=number, title=text) }}{{ words.say('report', publisher=html) }}"
             "{% for n in [0, 1] %}{{ words.count(n, 'facts') }}{{ words.date(day) }}{% endfor %}"
             "{{ words.say('report', **{'publisher': text}) }}{{ words.say(*['not_found']) }}{{ words.timeline }}",
}


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_escape_gives_markupsafes_text(value: Any) -> None:
    assert escape(value) == markupsafe.escape(value)


@pytest.mark.parametrize("name", TEMPLATES)
def test_templates_render_as_with_stock_jinja(name: str, tmp_path: Path) -> None:
    ours = make_environment(tmp_path, None)
    stock = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                               lstrip_blocks=True, keep_trailing_newline=True)

    @jinja2.pass_context
    def with_context(context: jinja2.runtime.Context) -> str:
        return f"[{context['text']}]"

    values = dict(text="<a href='x'>&", html=markupsafe.Markup("<b>safe</b>"), number=7, own=Html(),
                  plain=lambda v: f"<{v}>", with_context=with_context, url=Linker("defence/mi-17/"), thing=Thing(),
                  things=[Thing(), Thing()], words=ENGLISH, day=PartialDate(2011, 9, 17))
    expected = stock.from_string(TEMPLATES[name]).render(values)
    assert ours.from_string(TEMPLATES[name]).render(values) == expected
    if name != "autoescape off":
        assert "<a href='x'>" not in expected  # escaped wherever it shows


def test_a_call_of_a_method_of_words_is_a_plain_call(tmp_path: Path) -> None:
    env = make_environment(tmp_path, None)
    code = env.compile("{% for n in [1] %}{{ words.count(n, 'facts') }}{{ thing.shout(n) }}{% endfor %}", raw=True)
    assert code.count("context.call(") == 1  # thing.shout's; words.count is called as it is


def test_a_call_of_a_name_is_plain_when_it_holds_a_link_maker_or_macro(tmp_path: Path) -> None:
    """`url(...)`, `summary(...)` and macros are called straight when the name holds one (checked at each call: a
    template may set the name to anything), else through context.call as Jinja does."""
    env = make_environment(tmp_path, None)
    code = env.compile("{% for n in [1] %}{{ url(n) }}{% endfor %}", raw=True)
    assert "in _direct else context.call(_c, l_1_n, _loop_vars=_loop_vars)" in code
    calls: list[str] = []

    @jinja2.pass_context
    def traced(context: jinja2.runtime.Context, n: int) -> str:
        calls.append(context["here"])
        return str(n)

    template = env.from_string("{{ url('a/') }}{% set url = traced %}{{ url(2) }}")
    assert template.render(url=Linker("b/c/"), traced=traced, here="page") == "../../a/index.html2"
    assert calls == ["page"]


def test_imports_includes_and_globals_work_as_with_stock_jinja(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "lib.html").write_text("{% macro item(n) %}<i>{{ n }}{{ text }}</i>{% endmacro %}", "utf-8")
    (folder / "part.html").write_text("[{{ text }}{% for n in range(2) %}{{ n }}{% endfor %}]", "utf-8")
    (folder / "page.html").write_text(
        "{% from 'lib.html' import item %}{% import 'lib.html' as lib %}{% set ns = namespace(n=0) %}"
        "{% for n in range(3) %}{{ item(n) }}{% set ns.n = ns.n + n %}{% endfor %}{{ lib.item(ns.n) }}"
        "{% include 'part.html' %}{{ cycler('a', 'b').next() }}{{ extra }}", "utf-8")
    stock = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True,
                               undefined=jinja2.StrictUndefined)
    ours = make_environment(tmp_path, None)
    for env in (stock, ours):
        env.globals["extra"] = "<added before loading>"
    expected = stock.get_template("page.html", globals={"text": "<t>"}).render()
    assert ours.get_template("page.html", globals={"text": "<t>"}).render() == expected
    # an imported macro sees the importing template's own globals, as Jinja has it
    assert expected == ("<i>0&lt;t&gt;</i><i>1&lt;t&gt;</i><i>2&lt;t&gt;</i><i>3&lt;t&gt;</i>[&lt;t&gt;01]a"
                        "&lt;added before loading&gt;")


INHERITED = {
    "lib.html": "{% macro box() %}<box>{{ caller(1) }}</box>{% endmacro %}",
    "base.html": "<html>{% block head %}<h>{{ title }}</h>{% endblock %}|{% block body %}{% endblock %}|"
                 "{% include 'foot.html' %}</html>",
    "foot.html": "<f>{{ title }}</f>{% for i in range(3) %}{{ i }}{% endfor %}",
    "plain.html": "<p>{{ 'x' }}</p>",
    "page.html": "{% extends 'base.html' %}{% from 'lib.html' import box %}"
                 "{% block head %}{{ super() }}<h2>{{ self.inner() }}</h2>{% endblock %}"
                 "{% block body %}<b>{{ title }}</b>{% for i in items %}{{ i }}{% include 'plain.html' without context %}"
                 "{% if i == 1 %}{% include 'missing.html' ignore missing %}{% endif %}{% endfor %}"
                 "{% block inner scoped %}({{ title }}){% endblock %}{% call(x) box() %}[{{ x }}]{% endcall %}"
                 "{% filter upper %}{{ title }}{% include 'plain.html' %}{% endfilter %}"
                 "{% set held %}{% include 'plain.html' %}{{ title }}{% endset %}{{ held }}{% endblock %}",
    "dynamic.html": "{% if parent %}{% extends parent %}{% endif %}<top>{% block body %}own{% endblock %}{{ title }}",
    "long.html": "{% for i in range(3000) %}<i>{{ i }}</i>{% if i % 1000 == 0 %}{% include 'plain.html' %}"
                 "{% endif %}{% endfor %}<end>",
}


@pytest.mark.parametrize(("name", "parent"), [("page.html", None), ("dynamic.html", "base.html"),
                                              ("dynamic.html", ""), ("long.html", None)])
def test_blocks_includes_and_calls_come_in_order_as_with_stock_jinja(name: str, parent: str | None,
                                                                     tmp_path: Path) -> None:
    """A root or block function collects its output and yields it joined (jinjacode's module), before each block,
    include and call, and every 1,024 pieces in a loop: the page is as stock Jinja makes it, in a few pieces."""
    folder = tmp_path / "templates"
    folder.mkdir()
    for file, text in INHERITED.items():
        (folder / file).write_text(text, "utf-8")
    stock = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True,
                               undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                               keep_trailing_newline=True)
    values = dict(title="<t>", items=[1, 2], parent=parent)
    expected = stock.get_template(name).render(values)
    pieces = list(make_environment(tmp_path, None).get_template(name).generate(values))
    assert "".join(pieces) == expected
    assert "&lt;t&gt;" in expected or name == "long.html"
    if name == "long.html":  # 3,003 outputs, a loop's 1,024 at a time, and the include's
        assert expected.count("<i>") == 3000 and expected.endswith("<end>")
        assert 3 <= len(pieces) <= 10
    elif name == "page.html":
        assert 2 * len(pieces) < len(list(stock.get_template(name).generate(values)))  # 13 against 27


def test_output_is_plain_text_and_a_missing_value_still_fails(tmp_path: Path) -> None:
    env = make_environment(tmp_path, None)
    pieces = list(env.from_string("{{ text }}").generate(text="<"))
    assert pieces == ["&lt;"] and type(pieces[0]) is str  # no Markup object made per expression
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ url(missing) }}").render(url=Linker(""))
    stock = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    for source in ("{{ thing.nope }}", "{{ thing.inner.nope }}", "{{ thing.nope.deeper }}", "{{ missing.title }}"):
        with pytest.raises(jinja2.UndefinedError) as ours_error:
            env.from_string(source).render(thing=object())
        with pytest.raises(jinja2.UndefinedError) as stock_error:
            stock.from_string(source).render(thing=object())
        assert str(ours_error.value) == str(stock_error.value)  # "'object object' has no attribute 'nope'"


def test_an_output_is_one_string_and_an_error_in_it_is_said_at_its_line(tmp_path: Path) -> None:
    """`<a href="{{ a }}">{{ b }}</a>` is one string, not five (each passes through every template that extends or
    includes its template); a value that fails is said at its own line of the template, not the output's first."""
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/page.html").write_text('<a href="{{ a }}">\n{{ b }}\n{{ 1 // n }}</a>', "utf-8")
    env = make_environment(tmp_path, None)
    assert list(env.get_template("page.html").generate(a="<", b="%s", n=1)) == ['<a href="&lt;">\n%s\n1</a>']
    with pytest.raises(ZeroDivisionError) as raised:
        env.get_template("page.html").render(a="", b="", n=0)
    assert str(template_problem(raised.value)).startswith("templates/page.html:3:1: ")


def test_an_error_raised_by_a_template_line_is_its_problem_and_any_other_is_not(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates/page.html").write_text("<p>\n{{ n // 0 }}</p>\n", "utf-8")
    env = make_environment(tmp_path, None)
    with pytest.raises(ZeroDivisionError) as raised:
        env.get_template("page.html").render(n=1)
    assert str(template_problem(raised.value)) == "templates/page.html:2:1: template error: integer division or modulo by zero"
    with pytest.raises(ZeroDivisionError) as raised:
        _ = 1 // int("0")  # the generator's own code, not a template's: a bug, not the site's problem
    assert template_problem(raised.value) is None


def test_a_template_is_parsed_once_for_compiling_and_for_what_it_reads(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The page keys (keys.py) read the trees compiling made: a cold build parsed every template twice."""
    from generator.keys import reads_every_card

    parses: list[str | None] = []
    parse = jinja2.Environment._parse

    def counted(self: jinja2.Environment, source: str, name: str | None, filename: str | None) -> Any:
        parses.append(name)
        return parse(self, source, name, filename)

    monkeypatch.setattr(jinja2.Environment, "_parse", counted)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "page.html").write_text("{% for card in site.cards %}{{ card.title }}{% endfor %}",
                                                    "utf-8")
    env = make_environment(tmp_path, None)
    assert env.get_template("page.html").render(site={"cards": []}) == ""
    assert reads_every_card(env, "page.html", {}) is True
    assert parses == ["page.html"]
    assert make_environment(tmp_path, None).parse("{{ x }}", "page.html") is not None
    assert parses == ["page.html", "page.html"]  # (each build's environment parses its own)


def test_summary_is_shown_as_the_html_it_is(tmp_path: Path) -> None:
    """`{{ summary(card) }}` showed the sanitized summary's tags as text (`&lt;p&gt;`) unless `| safe` followed."""
    from types import SimpleNamespace

    from generator.urls import Summary

    card = SimpleNamespace(summary_html='<p>See <a href="../../source/">the source</a> &amp; more.</p>',
                           folder="politics/vote/")
    env = make_environment(tmp_path, None)
    for source in ("{{ summary(card) }}", "{{ summary(card) | safe }}"):
        assert env.from_string(source).render(summary=Summary(""), card=card) == (
            '<p>See <a href="source/index.html">the source</a> &amp; more.</p>')



def test_a_byte_order_mark_stays_out_of_the_page(tmp_path: Path) -> None:
    """A footer saved by a Windows editor put a U+FEFF into every page."""
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "footer.html").write_bytes(b"\xef\xbb\xbf<footer>f</footer>\n")
    assert make_environment(tmp_path, None).get_template("footer.html").render() == "<footer>f</footer>\n"


def test_what_would_make_two_builds_differ_is_taken_away(tmp_path: Path) -> None:
    env = make_environment(tmp_path, None)
    with pytest.raises(jinja2.TemplateAssertionError, match="No filter named 'random'"):
        env.from_string("{{ [1, 2] | random }}")
    with pytest.raises(jinja2.UndefinedError, match="'lipsum' is undefined"):
        env.from_string("{{ lipsum(1) }}").render()
