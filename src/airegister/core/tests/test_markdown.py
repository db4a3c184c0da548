"""User Markdown is rendered, and nothing executable survives it."""

import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from airegister.core.markdown import ALLOWED_TAGS, render_markdown


def test_emphasis_lists_and_links_are_kept():
    html = render_markdown(
        "Use *only* the **enterprise** plan:\n\n- one\n- two\n\nSee [the terms](https://example.com/t)."
    )

    assert "<em>only</em>" in html
    assert "<strong>enterprise</strong>" in html
    assert "<ul>" in html and "<li>one</li>" in html
    assert re.search(
        r'<a href="https://example.com/t" rel="noopener noreferrer nofollow">the terms</a>', html
    )


def test_script_tags_never_reach_the_page():
    html = render_markdown('Fine text <script>alert("x")</script> and more')

    assert "<script" not in html.lower()
    assert "Fine text" in html


def test_javascript_and_data_links_are_dropped():
    html = render_markdown(
        "[click](javascript:alert(1)) [img](data:text/html;base64,PHNjcmlwdD4=) [ok](mailto:a@b.c)"
    )

    assert "javascript:" not in "".join(re.findall(r'href="([^"]*)"', html)).lower()
    assert not any(href.startswith("data:") for href in re.findall(r'href="([^"]*)"', html))
    assert 'href="mailto:a@b.c"' in html


def test_raw_html_attributes_and_event_handlers_are_escaped():
    html = render_markdown('<img src=x onerror="alert(1)"> <a href="javascript:x" onclick="y">z</a>')

    assert "<img" not in html
    assert "<a " not in html
    # What remains is inert text the reader can see.
    assert "&lt;img" in html


def test_empty_input_renders_nothing():
    assert render_markdown("") == ""
    assert render_markdown(None) == ""


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict]]:
    parser = TagCollector()
    parser.feed(html)
    parser.close()
    return parser.tags


DANGEROUS = st.sampled_from(
    [
        "<script>",
        "</script>",
        "<iframe src=x>",
        "javascript:",
        "<svg onload=alert(1)>",
        "[a](",
        ")",
        "*",
        "`",
        "\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(DANGEROUS, st.text(max_size=8)), max_size=20).map("".join))
def test_no_input_produces_executable_markup(text):
    for tag, attrs in tags_of(render_markdown(text)):
        assert tag in ALLOWED_TAGS
        assert set(attrs) <= {"href", "title", "rel"}
        href = (attrs.get("href") or "").strip().lower()
        assert not href.startswith(("javascript:", "data:", "vbscript:"))
