"""Long documents: the indexes that keep extraction linear (bench/extract_scaling.py times it) answer as the plain
scans they replace, and a page of many models still gives each its own facts.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from airegister.extraction.document import Spans
from airegister.extraction.evidence import SourceWords
from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown, read_text
from airegister.extraction.segment import Segmenter


def heading_before_by_scan(seg: Segmenter, index: int, below: int) -> int | None:
    return next((i for i in range(index - 1, -1, -1) if seg.sentences[i].heading and seg.sentences[i].level < below),
                None)


def heading_after_by_scan(seg: Segmenter, index: int, up_to: int) -> int | None:
    return next((i for i in range(index + 1, len(seg.sentences))
                 if seg.sentences[i].heading and seg.sentences[i].level <= up_to), None)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=30))
def test_the_heading_above_and_the_next_heading_are_the_ones_a_scan_finds(levels):
    # 0 stands for a paragraph, 1-6 for a heading of that level
    text = "\n\n".join(f"{'#' * n} Part {i}" if n else f"Text number {i} of the page." for i, n in enumerate(levels))
    seg = Segmenter(read_markdown(text + "\n"))
    for index in range(len(seg.sentences)):
        for level in range(1, 8):
            assert seg.heading_before(index, below=level) == heading_before_by_scan(seg, index, level)
            assert seg.heading_after(index, up_to=level) == heading_after_by_scan(seg, index, level)


def test_a_table_of_two_thousand_models_gives_each_row_its_own_size_and_context():
    rows = [f"| Zorvak-{i}B-Instruct | {i}B | {4 * (i % 8 + 1)}K |" for i in range(1, 2001)]
    text = "\n".join(["# Zorvak models", "", "| Model | Parameters | Context length |", "| --- | --- | --- |", *rows])
    models = {m.name: m for m in extract_document(read_markdown(text + "\n")).models}
    assert len(models) == 2000
    for i in (1, 777, 2000):
        model = models[f"Zorvak-{i}B-Instruct"]
        assert model.parameters == i * 10**9
        assert model.context_window == 4000 * (i % 8 + 1)
        assert model.evidence["parameters"] == f"| Zorvak-{i}B-Instruct | {i}B | {4 * (i % 8 + 1)}K |"


def test_a_section_per_model_over_a_thousand_models_keeps_each_sections_facts():
    sections = [f"## Zorvak-{i}B-Chat\n\n- Parameters: {i}B\n- Context length: {8 * (i % 4 + 1)}K\n"
                for i in range(1, 1001)]
    text = "# Zorvak models\n\n" + "\n".join(sections)
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert len(models) == 1000
    assert models["Zorvak-500B-Chat"].parameters == 500 * 10**9
    assert models["Zorvak-999B-Chat"].context_window == 8000 * (999 % 4 + 1)


SOURCE_TEXT = st.text(alphabet="ab1B. |<>-:\u4e2d\u6587", max_size=60)


@settings(max_examples=400, deadline=None)
@given(SOURCE_TEXT, SOURCE_TEXT, st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=60))
def test_the_word_index_finds_a_text_exactly_where_a_scan_of_the_source_would(source, other, a, b):
    words = SourceWords(source)
    # a piece of the source (starting and ending anywhere, inside words too) and a text that may not stand in it
    for text in (source[min(a, b):max(a, b)], other, other[: a % 7]):
        if text:
            assert words.holds(text) == (text in source), (source, text)


def test_a_long_table_saved_run_together_is_read_row_by_row_when_each_row_ends_in_a_size():
    # '…Context length Zorvak-1B-Instruct 1B 8KZorvak-2B-Instruct …': each row's last cell (a length) runs into the
    # next row's name; only tabs part the cells, as a page's text content is saved
    rows = "".join(f"Zorvak-{i}B-Instruct\t{i}B\t{4 * (i % 8 + 1)}K" for i in range(1, 501))
    text = "Zorvak modelsZorvak Labs releases the Zorvak family.Model\tParameters\tContext length" + rows + "\n"
    models = {m.name: m for m in extract_document(read_text(text)).models}
    assert len(models) == 500
    assert models["Zorvak-321B-Instruct"].parameters == 321 * 10**9
    assert models["Zorvak-321B-Instruct"].context_window == 4000 * (321 % 8 + 1)


SPANS = st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)).map(lambda p: (p[0], p[0] + p[1], "u")),
                 max_size=25)


@settings(max_examples=200, deadline=None)
@given(SPANS, st.integers(0, 60), st.integers(1, 10))
def test_the_link_index_finds_the_links_in_and_over_a_range_as_a_scan_would(spans, start, length):
    # links may nest ('[![badge](img)](page)'), so a range can lie inside several of them
    index, end = Spans(spans), start + length
    ordered = sorted(spans, key=lambda span: span[0])
    assert index.starting_in(start, end) == [s for s in ordered if start <= s[0] < end]
    assert index.overlapping(start, end) == [s for s in ordered if s[0] < end and start < s[1]]
