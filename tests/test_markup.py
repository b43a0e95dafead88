"""Card Markdown: rendered, sanitized, and its relative links moved to other pages."""

from __future__ import annotations

import os
import posixpath
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import hypothesis
import markdown
import pytest
import yaml
from hypothesis import strategies as st

from generator.markup import SCHEMES, Refused, Renderer, dropped_links, plain_paragraphs, plain_text, sanitize
from generator.unshowable import unshowable_chars
from generator.urls import SCHEME, Linker, as_browsers_read, rebase
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def md() -> Renderer:
    return Renderer()


def test_markdown_renders(md: Renderer) -> None:
    assert md.render("Some **bold** and a [link](../x/).") == '<p>Some <strong>bold</strong> and a <a href="../x/">link</a>.</p>'


@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    "<iframe src=//evil></iframe>",
    "<object data=x></object>",
    "<style>body{display:none}</style>",
    '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
    "<svg onload=alert(1)><script>alert(1)</script></svg>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
])
def test_hostile_markdown_is_neutralised(md: Renderer, hostile: str) -> None:
    html = md.render(hostile).lower()
    for bad in ("<script", "onerror", "onclick", "onload", "javascript:", "data:", "<iframe", "<object",
                "<style", "style=", "<svg"):
        assert bad not in html



@pytest.mark.parametrize(("text", "html"), [
    ('The envoy, <span lang="ur" dir="rtl">وزیر خارجہ</span>, spoke.',
     '<p>The envoy, <span lang="ur" dir="rtl">وزیر خارجہ</span>, spoke.</p>'),
    ("Talks in <bdi>تهران</bdi>: 3 days.", "<p>Talks in <bdi>تهران</bdi>: 3 days.</p>"),
    ('<bdi dir="auto" lang="fa-Arab-IR">x</bdi>', '<p><bdi dir="auto" lang="fa-Arab-IR">x</bdi></p>'),
    ('<span lang="zh-Hant" dir="ltr">x</span> y', '<p><span lang="zh-Hant" dir="ltr">x</span> y</p>'),
    # values that are not a language tag or a direction go; no other attribute comes through
    ('<span lang="en US" dir="up">x</span>', "<p><span>x</span></p>"),
    ('<span lang="ar dir=rtl" dir="rtl ">x</span>', "<p><span>x</span></p>"),
    ('<span lang="" dir="" onmouseover="alert(1)">x</span>', "<p><span>x</span></p>"),
    ('<span lang="AR" dir="RTL">x</span>', '<p><span lang="AR" dir="rtl">x</span></p>'),  # (HTML ignores case)
    ('<span class="c" style="color:red" id="i" title="t" lang="ar">x</span>', '<p><span lang="ar">x</span></p>'),
    ('<bdi onclick="alert(1)" dir="rtl">x</bdi>', '<p><bdi dir="rtl">x</bdi></p>'),
    ('<p lang="ar" dir="rtl">x</p>', '<p lang="ar">x</p>'),  # lang on any element, dir on a span or bdi only
    ('<em title="t" lang="fr" dir="ltr">x</em> y', '<p><em lang="fr">x</em> y</p>'),  # and no title but a's, abbr's
    ('<q lang="fr\'><script>">x</q>', "<p><q>x</q></p>"),
])
def test_text_in_another_language_or_direction_can_be_marked(md: Renderer, text: str, html: str) -> None:
    """WCAG 3.1.2 (language of parts) and bidi isolation: <span>/<bdi> with a BCP 47-looking lang and a dir of
    ltr, rtl or auto; nothing else (a lang on any element, if it looks like a language tag)."""
    assert md.render(text) == html

@pytest.mark.parametrize(("text", "html"), [
    ("[a](/\\evil.example/a)", '<p><a href="/%5Cevil.example/a">a</a></p>'),  # a browser reads \ as /: //evil
    ('<a href="/\\evil.example/b">b</a>', '<p><a href="/%5Cevil.example/b">b</a></p>'),
    ('<a href="https:/\\evil.example/c">c</a>', '<p><a rel="noopener noreferrer" href="https:/%5Cevil.example/c">c</a></p>'),
    ("[d](http:evil.example/d)", '<p><a rel="noopener noreferrer" href="http:evil.example/d">d</a></p>'),
])
def test_links_a_browser_reads_as_another_site_s_are_marked_or_made_local(md: Renderer, text: str, html: str) -> None:
    assert md.render(text) == html


def test_external_links_get_rel(md: Renderer) -> None:
    html = md.render("[a](https://example.org/x) [b](../local/) [c](//cdn.example.org)")
    assert '<a rel="noopener noreferrer" href="https://example.org/x">a</a>' in html
    assert '<a href="../local/">b</a>' in html
    assert '<a rel="noopener noreferrer" href="//cdn.example.org">c</a>' in html


@pytest.mark.parametrize(("href", "to", "expected"), [
    ("../../source/", "", "source/"),
    ("../../source/", "politics/", "../source/"),
    ("../other/#q", "", "politics/other/#q"),
    ("../other/?a=1", "politics/", "other/?a=1"),
    ("./", "", "politics/vote/"),
    ("", "", ""),
    ("#here", "", "politics/vote/#here"),  # the card's page's place, not the front page's (it stayed '#here')
    ("?q=1", "politics/", "vote/?q=1"),
    ("#here", "politics/vote/", "#here"),
    ("/abs/", "", "/abs/"),
    ("https://example.org/", "", "https://example.org/"),
    ("mailto:a@example.org", "", "mailto:a@example.org"),
    # a fragment or query holding a path is not a path: it became `javascript:alert(1);0` on the front page
    ("../../source/#/../../javascript:alert(1);0?0:0", "", "source/#/../../javascript:alert(1);0?0:0"),
    ("../../source/?x#/../../javascript:alert(1)", "", "source/?x#/../../javascript:alert(1)"),
    ("../../x:y/", "", "./x:y/"),  # a first segment with a colon is not a scheme
])
def test_rebase_moves_relative_links(href: str, to: str, expected: str) -> None:
    html = f'<p><a href="{href}">x</a></p>'
    assert rebase(html, "politics/vote/", to) == f'<p><a href="{expected}">x</a></p>'


@pytest.mark.parametrize(("href", "to", "expected"), [
    ("../../source/", "politics/vote/", "../../source/index.html"),  # on the card's own page too
    ("../../source/#q-x", "", "source/index.html#q-x"),
    ("../other/?a=1", "politics/", "other/index.html?a=1"),
    ("./", "politics/vote/", "index.html"),
    ("../../cards.json", "politics/vote/", "../../cards.json"),
    ("#here", "politics/vote/", "#here"),
    ("https://example.org/", "politics/vote/", "https://example.org/"),
    # a page's folder written without its last slash: kept as is, it opened a folder listing from the file system
    ("../../economy/cost", "politics/vote/", "../../economy/cost/index.html"),
    ("../../economy/cost", "", "economy/cost/index.html"),
    ("..", "politics/vote/", "../index.html"),
    ("..", "", "politics/index.html"),
    ("../other#q", "politics/", "other/index.html#q"),
    ("../../assets/style.css", "", "assets/style.css"),
])
def test_rebase_ends_a_folder_s_link_in_index_html_for_the_file_system(href: str, to: str, expected: str) -> None:
    html = f'<p><a href="{href}">x</a></p>'
    assert rebase(html, "politics/vote/", to, index=True) == f'<p><a href="{expected}">x</a></p>'


@pytest.mark.parametrize(("here", "target", "expected"), [
    ("", "", "index.html"),
    ("", "energy/", "energy/index.html"),
    ("energy/", "", "../index.html"),
    ("energy/", "energy/tapi/", "tapi/index.html"),
    ("energy/tapi/", "energy/", "../index.html"),
    ("energy/tapi/", "energy/tapi/", "index.html"),
    ("energy/tapi/", "energyx/tapi/", "../../energyx/tapi/index.html"),
    ("energy/tapi/", "assets/style.css", "../../assets/style.css"),
    ("energy/tapi/", "source/#q-energy--tapi", "../../source/index.html#q-energy--tapi"),
    ("energy/tapi/", "#figures", "index.html#figures"),
    ("", "#figures", "#figures"),
    ("energy/tapi/", "./x/../energy/", "../index.html"),
])
def test_links_from_a_page_to_a_site_path(here: str, target: str, expected: str) -> None:
    assert Linker(here)(target) == expected


@pytest.mark.parametrize(("target", "said"), [
    ("assets/stlye.css", "url('assets/stlye.css'): the site has no such file (did you mean 'assets/style.css'?)"),
    ("enrgy/", "url('enrgy/'): the site has no such page (did you mean 'energy/'?)"),
    ("enrgy/#figures", "url('enrgy/#figures'): the site has no such page (did you mean 'energy/'?)"),
    ("defence/mi-17/", "url('defence/mi-17/'): the site has no such page"),
    ("feed.xml", "url('feed.xml'): the site has no such file"),
    ("polls", "url('polls'): the site has no such page or file"),
    ("energy", "url('energy') names a page without the / that ends its folder: write url('energy/') (its link then "
               "ends in index.html, as a page opened from the file system needs)"),
    ("energy/tapi/index.htm", "url('energy/tapi/index.htm'): the site has no such file (did you mean "
                              "'energy/tapi/index.html'?)"),
])
def test_url_refuses_a_page_or_file_the_site_does_not_have(target: str, said: str) -> None:
    """A template's url('assets/stlye.css') or url('politcs/') linked to nothing, and the build said nothing."""
    from generator.urls import SitePaths, absolute_link

    paths = SitePaths(["", "energy/", "energy/tapi/", "source/"], ["assets/style.css", "cards.json"])
    for here in ("", "energy/tapi/"):
        with pytest.raises(ValueError) as raised:
            Linker(here, paths)(target)
        assert str(raised.value) == said
    with pytest.raises(ValueError, match=re.escape(said)):
        absolute_link("/briefing/", paths, target)
    for target in ("", "./", "#figures", "?q", "energy/", "energy/tapi/#q", "source/#q-energy--tapi", "cards.json",
                   "assets/style.css?v=2", "energy/./tapi/", "x/../energy/", "index.html", "source/index.html",
                   "energy/index.html#a", "../", "./x/../../"):  # what it has, however written (and what is above it:
        # a branch's list of briefings, for a site deployed --into a folder)
        assert Linker("energy/tapi/", paths)(target) == Linker("energy/tapi/")(target)


def test_pages_beside_each_other_share_only_links_that_are_the_same_from_each() -> None:
    pages = ["energy/tapi/", "energy/casa/", "energy/", "defence/", "source/", "", "energy/tapi/deep/"]
    targets = ["energy/tapi/", "energy/casa/", "energy/", "energy/./tapi/", "energy//tapi/", "./", "../energy/",
               "#q", "source/#q", "assets/style.css", "", "energy/tapi/deep/", "defence/mi-17/"]
    for page in pages + pages[::-1]:  # each page's links after its neighbours' have been shared
        linker = Linker(page)
        for target in targets:
            assert linker(target) == Linker(page)._link(target), (page, target)


_SEGMENT = st.sampled_from(["a", "b", "ab", "energy", "tapi", "x.css"])


@hypothesis.given(st.lists(_SEGMENT.filter(lambda s: "." not in s), max_size=3),
                  st.lists(_SEGMENT, max_size=4), st.booleans())
def test_a_link_leads_from_its_page_to_its_target(here: list[str], to: list[str], folder: bool) -> None:
    page = "".join(part + "/" for part in here)
    target = "/".join(to) + ("/" if folder and to else "")
    link = Linker(page)(target)
    wanted = target + ("" if to and not folder else "index.html")
    assert posixpath.normpath(posixpath.join(page, link)) == posixpath.normpath(wanted or ".")


# Pieces that make text on the edge of what plain_paragraphs accepts: every Markdown character it must refuse,
# the spans it handles, in every position (line starts, word middles, next to each other).
_PIECES = ["word", "Word", "1986", "x", " ", " ", " ", "\n", "\n\n", "\n\n\n", ".", ",", "!", "?", ":", "(", ")",
           '"', "'", "—", "’", "é", "-", "+", "#", ">", "<", "&", "=", "|", "*", "_", "`", "\\", "[", "]", "1.",
           "2)", "    ", "  \n", "\t", "\u00a0", "**bold**", "**two words**", "** spaced**", "**(x)**", "*em*",
           "_em_", "[label](../x/)", "[a label](https://example.org/a?b=c#d)", "[x](y z)", "![i](a.png)",
           "[x](a_b)", "**[l](u)**", "[**b**](u)", "&amp;", "<b>", "[l](javascript:alert(1))", "[l](//example.org/)",
           "[l](a:b)", "[l](1a:b)", "[l](https://[)", "[l](mailto:a@example.org)", "[l](café/)", "é"]


@hypothesis.settings(max_examples=int(os.environ.get("MARKDOWN_EXAMPLES", "3000")), deadline=None)
@hypothesis.given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_the_plain_path_says_what_python_markdown_says_or_nothing(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = plain_paragraphs(text)
    if fast is not None:
        assert fast == markdown.Markdown(output_format="html").convert(text)


@hypothesis.settings(max_examples=int(os.environ.get("MARKDOWN_EXAMPLES", "3000")), deadline=None)
@hypothesis.given(st.lists(st.sampled_from(_PIECES), max_size=30))
@hypothesis.example(["&", "#", "1."])  # (found by a run: Markdown makes '&#1;' of '&#1.')
def test_a_summary_renders_as_python_markdown_and_the_sanitizer_make_it(pieces: list[str]) -> None:
    """The plain path skips the sanitizer when what it made needs none: the HTML must be the same."""
    text = "".join(pieces)
    made = markdown.Markdown(output_format="html").convert(text)
    if "klzzwxh:" in made:  # (Markdown's own placeholder left on the page: refused, see the test below)
        with pytest.raises(Refused, match=r"^summary's \* or _ marks do not pair up"):
            Renderer().render(text)
        return
    if "&#" in text and unshowable_chars(sanitize(made)):  # ("&#1." made "&#1;": a control character, refused)
        with pytest.raises(Refused, match=r"^summary writes &#"):
            Renderer().render(text)
        return
    assert Renderer().render(text) == sanitize(made)


@hypothesis.settings(max_examples=int(os.environ.get("MARKDOWN_EXAMPLES", "3000")), deadline=None)
@hypothesis.given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_a_summary_s_dropped_links_are_those_python_markdown_makes(pieces: list[str]) -> None:
    """dropped_links reads a simple summary's links from the plain path: the same as from Python-Markdown's HTML."""
    text = "".join(pieces)
    slow = [unescape(href) for href in re.findall(r'<a href="([^"]*)"', markdown.markdown(text, output_format="html"))
            if (scheme := SCHEME.match(as_browsers_read(unescape(href)))) and scheme[0][:-1].lower() not in SCHEMES]
    assert dropped_links(text) == slow


def test_the_plain_path_takes_ordinary_summaries(seed_site: Path, tmp_path: Path) -> None:
    """The synthetic benchmark's cards and most of the shipped briefing's are simple enough (else they are slow)."""
    subprocess.run([sys.executable, str(ROOT / "benchmarks/synth.py"), "-n", "200", str(tmp_path / "synth")],
                   check=True, capture_output=True, timeout=120)
    taken = {}
    for name, folder in (("shipped", seed_site), ("synthetic", tmp_path / "synth")):
        texts = [yaml.safe_load(p.read_text("utf-8"))["summary"] for p in (folder / "content").rglob("*.yaml")]
        fast = [plain_paragraphs(text) for text in texts]
        for text, html in zip(texts, fast, strict=True):
            assert html is None or html == markdown.Markdown(output_format="html").convert(text)
        taken[name] = (sum(html is not None for html in fast), len(texts))
    assert taken["synthetic"] == (200, 200)
    assert taken["shipped"][0] >= taken["shipped"][1] - 2, taken  # a card with a list goes to Python-Markdown


def test_plain_text_is_a_summarys_words_without_markdown_or_tags() -> None:
    html = Renderer().render(
        "Russia offered **a wide range** of [equipment](../mi-17/ \"the > offer\") & more:\n\n"
        "- joint *exercises*,\n- training\n\nSee `code`<br>and <abbr title='a \"b\"'>Nato</abbr>.")
    assert plain_text(html) == ("Russia offered a wide range of equipment & more: joint exercises, training "
                                "See code and Nato.")
    words = " ".join(["word"] * 60)  # 299 characters
    cut = plain_text(f"<p>{words}</p>")
    assert cut == " ".join(["word"] * 39) + "…" and len(cut) <= 200
    assert plain_text("<p>" + "x" * 250 + "</p>", limit=20) == "x" * 17 + "…"  # one long word: cut inside it


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(st.lists(st.sampled_from(["<p>", "</p>", "<a href=\"../x/\" title=\"a > b\">", "</a>", "<br>",
                                            "<li>", "</li>", "word ", "longerword ", "x", " ", "\n", "&amp;",
                                            "&nbsp;", "&#x2060;", "&#10;", "&lt;", "&notin;"]), max_size=400),
                  st.integers(min_value=4, max_value=60))
def test_plain_text_of_a_long_summary_is_worked_out_from_its_start_as_from_the_whole(
        pieces: list[str], limit: int) -> None:
    """The first 2 x `limit` characters give the same text as the whole, wherever they cut a tag or a reference."""
    from generator.markup import _words

    html = "".join(pieces)
    whole = _words(html, " ")
    assert plain_text(html, limit) == (whole if len(whole) <= limit else whole[: limit - 3].rsplit(" ", 1)[0] + "…")


_SOUP = ["<b>", "</b>", "<i>", "</i>", "<a href=\"../x/\">", "</a>", "<p>", "</p>", "<ul>", "</ul>", "<li>", "</li>",
         "<h3>", "</h3>", "<blockquote>", "</blockquote>", "<em>", "</em>", "<br>", "<hr>", "text ", "\n\n", "- item\n",
         "<pre>", "</pre>", "<code>", "</code>", "&amp; ", "\""]
_PHRASING_ONLY = {"b", "i", "em", "strong", "code", "abbr", "q", "s", "small", "sub", "sup", "p", "h3", "h4", "h5",
                  "h6", "pre"}


def _misplaced(html: str) -> list[str]:
    """An independent reading of `html`: each block inside an element that may hold phrasing content only (an `a`
    takes what its parent may hold), each non-item straight in a list, each empty paragraph or link."""
    from html.parser import HTMLParser

    blocks = {"p", "ul", "ol", "li", "blockquote", "h3", "h4", "h5", "h6", "hr", "pre"}
    found: list[str] = []

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.stack: list[list[str]] = []  # [tag, "text seen?"]

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            holders = [t for t, _ in self.stack if t != "a"]
            if tag in blocks and holders and holders[-1] in _PHRASING_ONLY:
                found.append(f"{tag} in {holders[-1]}")
            if self.stack and self.stack[-1][0] in ("ul", "ol") and tag != "li":
                found.append(f"{tag} in a list")
            if self.stack:
                self.stack[-1][1] = "yes"
            if tag not in ("br", "hr"):
                self.stack.append([tag, ""])

        def handle_endtag(self, tag: str) -> None:
            if tag in ("br", "hr"):
                return
            element, seen = self.stack.pop()
            assert element == tag, (element, tag)  # well nested
            if element in ("p", "a") and not seen:
                found.append(f"empty {element}")

        def handle_data(self, data: str) -> None:
            if self.stack and data.strip():
                if self.stack[-1][0] in ("ul", "ol"):
                    found.append("text in a list")
                self.stack[-1][1] = "yes"

    reader = Reader()
    reader.feed(html)
    reader.close()
    assert reader.stack == []
    return found


@hypothesis.settings(max_examples=int(os.environ.get("MARKDOWN_EXAMPLES", "3000")), deadline=None)
@hypothesis.given(st.lists(st.sampled_from(_SOUP), max_size=25))
def test_summary_html_however_nested_comes_out_as_html_allows(pieces: list[str]) -> None:
    """The sanitizer repairs `<b>x <i>y</p>` as browsers do, into an `<i>` holding a `<p>` (the Nu checker's
    "Element p not allowed as child of element i"); what a summary renders to never holds such a thing."""
    assert _misplaced(Renderer().render("".join(pieces))) == []


def test_misplaced_elements_are_found_and_given_way(md: Renderer) -> None:
    sloppy = "Mayor <b>Ana Ruiz <i>welcomed</p> the vote.\n\npara <i>open\n\n<ul>stray<li>x</li></ul>"
    import nh3

    from generator.markup import ATTRIBUTES, SCHEMES, TAGS

    cleaned = nh3.clean(markdown.Markdown(output_format="html").convert(sloppy), tags=TAGS, attributes=ATTRIBUTES,
                        url_schemes=SCHEMES, link_rel=None)  # the sanitizer alone
    assert {"p in i", "ul in i", "empty p", "text in a list"} <= set(_misplaced(cleaned))
    assert md.render(sloppy) == ("<p>Mayor <b>Ana Ruiz <i>welcomed</i></b></p> the vote.\n<p>para <i>open</i></p>"
                                 "\n<ul><li>stray</li><li>x</li></ul>")
    well_formed = '<p>a <b>b</b> &amp; "c" <a href="../x/">l</a></p>\n<ul>\n<li>x</li>\n</ul>'
    from generator.markup import conform

    assert conform(well_formed) == well_formed  # nothing to do: the same string, not a copy made again


@pytest.mark.parametrize("text", [
    "[" * 19_000,  # 45 s
    ("[" + "a " * 95) * 100,  # 100 brackets left open in 19,000 characters: 0.5 s
    ("[a](" + "a" * 186) * 100,  # links' '(' left open: 0.25 s
    ("[a](it's " + "a" * 181) * 100,  # a quote mark starts a title that never ends: to the end of the text
    ("[" + "a" * 189) * 100 + "]" * 100,  # closed, at the very end
])
def test_a_summary_markdown_would_take_seconds_over_is_refused(md: Renderer, text: str) -> None:
    """Python-Markdown searches for the `]` of every `[` (the `)` of every `](`) character by character."""
    from generator.markup import Refused

    with pytest.raises(Refused, match=r"^summary's brackets would have Markdown search [\d,]+ characters for a "
                                      r"closing '\]' or '\)' \(the limit is 50,000\)"):
        md.render(text)


@pytest.mark.parametrize("unit", ["<a ", "<div ", "</p "])
def test_a_summary_with_too_many_tags_left_without_their_end_is_refused(md: Renderer, unit: str) -> None:
    """Python-Markdown's time grows with the square of the tags left open ('<a ' 6,666 times: 5.5 s); as many
    closed tags, or as many '<' in prose, render as before (their time is the benchmark's to say, not a test's)."""
    from generator.markup import Refused

    with pytest.raises(Refused) as refused:
        md.render(unit * 1001)
    assert str(refused.value) == ("summary has 1,001 HTML tags without their '>' (the limit is 1,000): Markdown would "
                                  "take too long over them; write &lt; for a '<' that starts no tag")
    for text in (unit * 1000, "<b>x</b> " * 2000, "a < b and c > d " * 1000):
        assert md.render(text)


def test_markdown_s_bracket_searches_are_counted_at_most_as_long_as_they_go() -> None:
    from generator.brackets import markdown_search

    assert markdown_search("[a](b) and [c](d \"t\") (prose)") == 2 + 2 + 2 + 7
    assert markdown_search("x [ab") == 3  # to the end
    assert markdown_search("\\[ab (cd") == 0  # an escaped bracket, and a parenthesis that is no link's
    assert markdown_search("[a](it's) x") == 2 + 8  # Markdown reads on for the title's end
    assert markdown_search("[" * 10) == 55


@pytest.mark.parametrize("unit", ["[", "[a](", "![", "[a](x\"", "[a][", "[`"])
def test_the_most_bracket_searching_a_summary_may_hold_renders(md: Renderer, unit: str) -> None:
    """Up to the limit (50,000 characters searched) a summary renders, whatever the brackets; one more is refused.
    (Markdown's searches then took ~15 ms, where the refused summaries took 0.25-45 s: measured, not tested.)"""
    from generator.brackets import MARKDOWN_SEARCH_LIMIT, markdown_search
    from generator.markup import Refused

    count = 1
    while markdown_search((unit + "word " * 38) * (count + 1)) <= MARKDOWN_SEARCH_LIMIT:
        count += 1
    assert md.render((unit + "word " * 38) * count)
    with pytest.raises(Refused):
        md.render((unit + "word " * 38) * (count + 1))


@pytest.mark.parametrize(("text", "depth"), [
    ("<q>" * 1000 + "x", 1001),  # (and the paragraph around them)
    ("<i>" * 990 + "x", 991),
    ("<ul><li>" * 700 + "x", 1400),
    ("<ol>" * 2000 + "x", 2000),
    ("x <b>" * 3000 + "x", 3001),
    ("> " * 150 + "x", 151),  # Markdown's own quotes
    ("".join("\t" * k + "- x\n" for k in range(190)), 380),  # and lists
    ("<q>" * 100 + "x", 101),
])
def test_a_summary_nesting_elements_deeper_than_100_is_refused_not_a_recursion_error(
        md: Renderer, text: str, depth: int) -> None:
    from generator.markup import Refused

    with pytest.raises(Refused) as refused:
        md.render(text)
    assert str(refused.value) == (f"summary nests {depth:,} elements inside each other (HTML tags, or Markdown's "
                                  f"lists and quotes); the limit is 100")


def test_a_summary_markdown_cannot_read_for_its_nesting_is_refused_and_the_renderer_goes_on(md: Renderer) -> None:
    from generator.markup import Refused

    with pytest.raises(Refused) as refused:
        md.render("1. " * 2000 + "x")
    assert str(refused.value) in (  # (Markdown before 3.11.4 recursed once a level, past Python's limit; now the
        # nesting it makes is refused)
        "summary nests lists or quotes too deeply for Markdown to read; the limit is 100 elements inside each other",
        "summary nests 860 elements inside each other (HTML tags, or Markdown's lists and quotes); the limit is 100")
    assert md.render("<q>" * 98 + "*x*") == "<p>" + "<q>" * 98 + "<em>x</em>" + "</q>" * 98 + "</p>"  # 100 deep


@pytest.mark.parametrize(("text", "html"), [
    ('<a href="/&#9;/evil.example/x">a</a>', '<p><a rel="noopener noreferrer" href="//evil.example/x">a</a></p>'),
    ('<a href="/&#10;/evil.example/x">a</a>', '<p><a rel="noopener noreferrer" href="//evil.example/x">a</a></p>'),
    ('<a href="/&#13;/evil.example/x">a</a>', '<p><a rel="noopener noreferrer" href="//evil.example/x">a</a></p>'),
    ('<a href="&#32;//evil.example/x">a</a>', '<p><a rel="noopener noreferrer" href="//evil.example/x">a</a></p>'),
    ('<a href="h&#9;ttps://evil.example/x">a</a>', '<p><a rel="noopener noreferrer" href="https://evil.example/x">a</a></p>'),
    ('<a href="../vote&#10;/">a</a>', '<p><a href="../vote/">a</a></p>'),
])
def test_a_link_is_read_as_browsers_read_it_without_tabs_line_breaks_or_spaces_at_its_ends(
        md: Renderer, text: str, html: str) -> None:
    """The URL standard takes tabs and line breaks out of a link, and control characters and spaces off its ends:
    `/&#9;/evil.example/x` went to http://evil.example/x without rel="noopener noreferrer"."""
    assert md.render(text) == html


def test_url_and_summary_called_wrongly_say_so_in_a_template_s_words() -> None:
    """A template's `url(card)` said "'Card' object has no attribute 'startswith'", `url()` Python's missing argument."""
    from generator.urls import Summary, absolute_link  # (absolute_link: the 404 page's url(), served at any address)

    with pytest.raises(TypeError, match=r"^url\(\) takes a site path, like url\('economy/'\) or url\(card.folder\), "
                                        r"not an int \('3'\)$"):
        Linker("energy/")(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"not nothing$"):
        Linker("energy/")()
    # an absolute path or an address led nowhere (../../../index.html, https:/example.org/index.html), unsaid
    with pytest.raises(ValueError, match=r"^url\(\) takes a site path, like url\('economy/'\) or "
                                         r"url\('assets/style.css'\), not an absolute path \('/energy/'\): leave out "
                                         r"the first /$"):
        Linker("energy/tapi/")("/energy/")
    for address in ("https://example.org/", "mailto:desk@example.org", "HTTP://x", "data:text/html,x",
                    " javascript:x", "java\tscript:x"):  # (as a browser reads them: spaces before, tabs dropped)
        with pytest.raises(ValueError, match=r"not an address \('.*'\): write a link to another site as it is$"):
            Linker("energy/tapi/")(address)
    for path, said in (("\\\\evil.example/x.png", "an address"), ("\t//evil.example/", "an address"),
                       (" /x", "an absolute path"), ("\\evil.example/", "an absolute path")):  # as a browser reads them
        with pytest.raises(ValueError, match=rf"not {said}"):
            Linker("energy/tapi/")(path)
        with pytest.raises(ValueError, match=rf"not {said}"):
            absolute_link("/briefing/", None, path)
    assert Linker("energy/tapi/")("source/#q-energy--a:b") == "../../source/index.html#q-energy--a:b"

    assert absolute_link("/briefing/", None, "assets/style.css") == "/briefing/assets/style.css"
    with pytest.raises(ValueError, match=r"not an absolute path \('/'\)"):
        absolute_link("/briefing/", None, "/")
    with pytest.raises(TypeError, match=r"not nothing$"):
        absolute_link("/briefing/", None)
    with pytest.raises(TypeError, match=r"^summary\(\) takes a card, like summary\(card\), not a str \('energy'\)$"):
        Summary("energy/")("energy")  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "said"), [
    ("Ctrl &#1; here", "summary writes &#1;: U+0001 is a control character, which a web page cannot show: replace or "
                       "remove it"),
    ("esc &#x1b;[31m", "summary writes &#x1b;: U+001B is a control character, which a web page cannot show: "
                       "replace or remove it"),
    ("a &#xFFFE; b", "summary writes &#xFFFE;: U+FFFE is not a character (Unicode keeps it out of text): remove it"),

    ("<b>x</b> &#127;", "summary writes &#127;: U+007F is a control character, which a web page cannot show: replace "
                        "or remove it"),  # (through Markdown too)
])
def test_a_character_reference_to_what_no_page_can_show_is_refused(text: str, said: str) -> None:
    """`&#1;` in a summary put a raw control character on three pages, and nothing said so."""
    with pytest.raises(Refused) as refused:
        Renderer().render(text)
    assert str(refused.value) == said


def test_markdown_s_own_placeholder_is_never_shown() -> None:
    """'*a**word*[label](../x/)': Python-Markdown left 'klzzwxh:0000' and U+0003 in the page's text (found by the
    property test below); with '&#' in the summary it was called a character reference."""
    for text in ("*a**word*[label](../x/)", "*&#**word*[label](../x/)", "*x**y*<b>z</b>"):
        if "klzzwxh" not in markdown.Markdown(output_format="html").convert(text):  # (Markdown 3.11.4 shows none)
            assert "klzzwxh" not in Renderer().render(text) and "\x03" not in Renderer().render(text)
            continue
        with pytest.raises(Refused) as refused:
            Renderer().render(text)
        assert str(refused.value) == (
            "summary's * or _ marks do not pair up before a link or tag, and Markdown would show its own placeholder "
            "text ('klzzwxh:…') in their place: close each * or _ it opens, or write \\* for a star of its own")
    assert Renderer().render("*a* [l](../x/), klzzwxh: as a word") == (
        '<p><em>a</em> <a href="../x/">l</a>, klzzwxh: as a word</p>')


def test_character_references_a_page_can_show_are_kept() -> None:
    """... and one in a code span, which Markdown shows as written; a reference of 5,000 digits ('a bug')."""
    assert Renderer().render("é &#233; &#x80; &#0; &#99999999999; &amp;#1;") == "<p>é é € \ufffd \ufffd &amp;#1;</p>"
    assert Renderer().render("The escape `&#x1b;` as written") == "<p>The escape <code>&amp;#x1b;</code> as written</p>"
    assert Renderer().render("A &#" + "1" * 5000 + "; b") == "<p>A \ufffd b</p>"
    assert Renderer().render('<a href="&#1;//evil.example/x">a</a>') == (  # (a link's ends: as a browser reads it)
        '<p><a rel="noopener noreferrer" href="//evil.example/x">a</a></p>')


@pytest.mark.parametrize("tag", ["textarea", "title", "noscript", "iframe", "noembed", "noframes", "xmp", "plaintext"])
def test_an_element_whose_content_html_shows_as_text_is_refused_when_it_holds_tags(tag: str) -> None:
    """A stray <textarea> took the rest of the summary as its text: the sanitizer dropped the tag and the page
    showed '<strong>notable</strong>.</p> <p>…' as words; check called that text lost."""
    with pytest.raises(Refused, match=rf"^summary writes <{tag}>, whose content \(left open: the rest of the "
                                      rf"summary\) HTML shows as text, tags and all; remove it, or write &lt;{tag}> "
                                      "for the word itself$"):
        Renderer().render(f"An offer of a <{tag}> is **notable**.\n\nA [link](../../source/).")
    if tag == "plaintext":  # (no end tag closes it)
        with pytest.raises(Refused):
            Renderer().render(f"A <{tag}></{tag}> is not let be.")
        return
    shown = Renderer().render(f"A `<{tag}>` and <{tag}></{tag}> are let be.")
    assert shown.startswith(f"<p>A <code>&lt;{tag}&gt;</code> and ") and "are let be." in shown and "&lt;/" not in shown


def test_a_heading_in_a_summary_is_dropped_and_said_whatever_its_level() -> None:
    """`### More` came out an <h3>, at a card title's level on the front page (a screen reader listed it as a card),
    unsaid: `#` and `##` were dropped and said."""
    from generator.markup import dropped_elements

    text = "The depot will open.\n\n## Detail\n\n### More\n\n###### Least\n\nIt will employ drivers."
    html = Renderer().render(text)
    assert "<h" not in html and "More" in html and "Least" in html
    assert dropped_elements(text) == ["h2", "h3", "h6"]
