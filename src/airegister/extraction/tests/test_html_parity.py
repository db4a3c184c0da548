"""Format parity: the same text served as an HTML page (a docs site's rendering of its Markdown) reads into the same
document and the same facts as the Markdown does."""

from markdown_it import MarkdownIt

from airegister.extraction import extract_document
from airegister.extraction.readers import read_html_document, read_markdown

from .test_tables import DOWNLOADS_MD, SECTIONED_MD


def as_page(markdown: str) -> str:
    body = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    return f"<!DOCTYPE html><html><head><title>Docs</title></head><body><main>{body}</main></body></html>"


def extract_text(text: str, fmt: str):
    doc = read_html_document(text) if fmt == "html" else read_markdown(text)
    return {m.name: m for m in extract_document(doc).models}


def blocks_of(doc) -> list[tuple[str, int, str]]:
    return [(b.kind, b.level, doc.block_text(b)) for b in doc.blocks]


def test_an_html_page_reads_into_the_blocks_its_markdown_does():
    # The same text served as a docs site's page: loose list items, bold-line headings, bold lead-ins and code.
    markdown = ("# Grebe\n\n## Results\n\n**Results and findings**\n\nGrebe wins.\n\n"
                "**Model developers** Grebe Labs\n\n- Grebe-7B: the base model.\n\n"
                "- Grebe-7B-Chat: tuned for dialogue.\n\n```python\nx = 'Grebe-9B'\n```\n")

    assert blocks_of(read_html_document(as_page(markdown))) == blocks_of(read_markdown(markdown))


def test_an_html_page_splits_run_together_words_only_where_two_elements_meet():
    models = extract_text("<html><body><h1>MetaVoice-1B</h1><p>MetaVoice-1B is a 1.2B parameter model for "
                          "speech.</p></body></html>", "html")
    assert list(models) == ["MetaVoice-1B"]
    doc = read_html_document("<p><span>Parameters</span><span>Context length</span> and MetaVoice</p>")
    assert doc.joins == [len("Parameters")]


def test_a_site_wide_head_title_gives_way_to_the_pages_own_heading():
    assert read_html_document("<title>Docs</title><h1>Grebe-7B</h1><p>Text.</p>").title == "Grebe-7B"
    assert read_html_document("<title>Grebe-7B | Grebe Labs</title><h1>Grebe-7B</h1>").title == "Grebe-7B | Grebe Labs"


def test_an_html_pages_usage_snippet_names_the_repository_it_loads():
    page = ("<title>Docs</title><h1>Heron detector trained on PageSet</h1><p>A detector of page layouts.</p>"
            '<pre><code>m = Model.from_pretrained(&quot;herons/heron-detector-PageSet&quot;)\n'
            'p = Processor.from_pretrained(&quot;herons/heron-detector-PageSet&quot;)</code></pre>')
    assert list(extract_text(page, "html")) == ["heron-detector-PageSet"]


def test_a_badge_cell_of_an_html_models_table_puts_the_row_on_its_hub():
    # '<a href="…"><img alt="Open in OpenXLab"></a>': an image-only cell says what its alt text says.
    models = extract_text(as_page(DOWNLOADS_MD), "html")
    assert models["Smew-3-7B"].access_surfaces == ["Hugging Face", "ModelScope", "OpenXLab"]
    assert models["Smew-3-7B-Chat"].access_surfaces == ["Hugging Face"]


def test_a_section_row_of_an_html_table_states_the_modalities_of_its_rows():
    models = extract_text(as_page(SECTIONED_MD), "html")
    assert models["Shoveler-2-1B"].input_modalities == ["text"]
    assert models["Shoveler-2-3B"].output_modalities == ["text"]
    assert models["Shoveler-2-1B"].evidence["input_modalities"] == "Text-to-text models"
    assert models["Shoveler-2-VL-3B"].input_modalities is None


def test_an_html_settings_table_states_the_cards_facts_excerpted_at_the_value():
    page = as_page("# Zorvak-7B\n\nZorvak-7B is a decoder-only transformer.\n\n| Hyperparameter | Value |\n"
                   "|---|---|\n| \\(n_{parameters}\\) | 6,738,415,616 |\n| n_ctx | 4,096 |\n")
    model = extract_text(page, "html")["Zorvak-7B"]
    assert model.parameters == 6_738_415_616 and model.context_window == 4096
    assert model.evidence["context_window"] == "4,096"


def test_an_html_list_item_linking_a_hub_puts_its_model_there():
    # The hub stands only in the link's address, which an HTML item keeps as a link of the document, not in a line.
    for item in ("* Smew-3-7B: [weights](https://huggingface.co/smew/smew-weights)\n",
                 "* [[huggingface][smew/all][Smew-3-7B]](https://huggingface.co/smew/all/tree/Smew-3-7B)\n"):
        page = as_page(f"# Smew\n\n## Downloads\n\n{item}")
        model = extract_text(page, "html")["Smew-3-7B"]
        assert model.access_surfaces == ["Hugging Face"] and model.evidence["access_surfaces"] in page


def test_a_titled_component_left_in_an_html_page_heads_a_section_as_in_mdx():
    mdx = ('# Models\n\n<CardGroup cols={2}>\n\n'
           '<Card title="Grebe-2-1B" href="/m/grebe-2-1b">\n  1B · Fast.\n</Card>\n\n'
           '<Card title="Grebe-2-7B" href="/m/grebe-2-7b">\n  7B · Accurate.\n</Card>\n\n</CardGroup>\n')
    html = read_html_document(as_page(mdx))
    assert blocks_of(html) == blocks_of(read_markdown(mdx))
    assert ("heading", 4, "Grebe-2-7B") in blocks_of(html)
    assert read_html_document('<p>An <abbr title="Grebe Labs">GL</abbr> model.</p>').text == "An GL model."


def test_a_nested_html_list_item_states_a_fact_of_the_model_its_parent_item_names():
    markdown = ("# Grebe-7B\n\nGrebe-7B is a decoder-style transformer.\n\n## Models finetuned off Grebe-7B\n\n"
                "* [Grebe-7B-Instruct](https://example.com/a): a model for short-form instruction following.\n"
                "Built by finetuning Grebe-7B on a dataset we release.\n  * License: Apache 2.0\n\n"
                "* [Grebe-7B-Chat](https://example.com/b): a chatbot-like model for dialogue.\n"
                "Built by finetuning Grebe-7B on chats.\n  * License: _CC-By-NC-SA-4.0_\n")
    for models in (extract_text(markdown, "md"), extract_text(as_page(markdown), "html")):
        assert models["Grebe-7B-Instruct"].license == "Apache-2.0"
        assert models["Grebe-7B-Chat"].license == "CC-BY-NC-SA-4.0"
    assert [b.depth for b in read_html_document(as_page(markdown)).blocks if b.kind == "item"] == [1, 2, 1, 2]


def test_a_heading_titling_an_html_page_keeps_its_subtitle_and_a_head_titles_suffix_is_the_site():
    body = "<h1>Grebe - Galician BERT</h1><p>Grebe is a BERT model for Galician. We release Grebe-Base (110M).</p>"
    assert extract_text(f"<title>Docs</title>{body}", "html")["Grebe"].developer is None
    assert extract_text(f"<title>Grebe - Quillon Labs</title>{body}", "html")["Grebe"].developer == "Quillon Labs"


def test_a_definition_list_of_a_models_facts_reads_as_labelled_lines():
    page = """<html><head><title>Corvid 2 Pro</title></head><body><h1>Corvid 2 Pro</h1>
<p>Corvid 2 Pro is a multimodal model developed by Rookery Labs.</p>
<dl><dt>Context window</dt><dd>256K tokens</dd><dt>Knowledge cutoff</dt><dd>October 2024</dd>
<dt>Availability</dt><dd>Rookery API, Google Vertex AI</dd></dl></body></html>"""
    (model,) = extract_document(read_html_document(page)).models
    assert (model.context_window, model.knowledge_cutoff) == (256_000, "2024-10")
    assert model.access_surfaces == ["Rookery API", "Google Vertex AI"]  # 'Availability' over its places


def test_an_announcement_titled_announcing_its_family_describes_the_sizes_it_lists_and_their_releaser():
    page = """<html><head><title>Announcing Strix 2</title></head><body><h1>Announcing Strix 2</h1>
<p>Owlworks is releasing Strix 2, a new family of open-weight language models, in three sizes:</p>
<ul><li><strong>Strix-2-2B</strong>: for on-device use, with a 32K context window</li>
<li><strong>Strix-2-9B</strong>: our best model for a single GPU, with a 128K context window</li></ul>
<p>All Strix 2 models are available today on Hugging Face under the Apache 2.0 license.</p></body></html>"""
    models = {m.name: m for m in extract_document(read_html_document(page)).models}
    assert sorted(models) == ["Strix-2-2B", "Strix-2-9B"]  # not 'Announcing Strix 2'
    assert {m.developer for m in models.values()} == {"Owlworks"}
    assert models["Strix-2-2B"].context_window == 32_000


def test_a_family_cell_spanning_rows_over_a_variant_column_names_each_variant():
    page = """<html><body><h1>Zorvak models</h1><table>
<tr><th>Model</th><th>Variant</th><th>Parameters</th><th>Context window</th></tr>
<tr><td rowspan="2">Zorvak 3</td><td>Mini</td><td>3B</td><td>32K</td></tr>
<tr><td>Large</td><td>40B</td><td>128K</td></tr>
<tr><td rowspan="2">Zorvak 2</td><td>Mini</td><td>2B</td><td>8K</td></tr>
<tr><td>Large</td><td>30B</td><td>32K</td></tr></table></body></html>"""
    models = {m.name: m for m in extract_document(read_html_document(page)).models}
    assert sorted(models) == ["Zorvak 2 Large", "Zorvak 2 Mini", "Zorvak 3 Large", "Zorvak 3 Mini"]
    assert models["Zorvak 2 Large"].context_window == 32_000


SIDEBAR = ('<div class="site-header"><a href="/">Lumen AI</a> <a href="/pricing">Pricing</a></div>'
           '<aside class="docs-sidebar"><p>Models</p><ul><li><a href="/m/orca-3-pro">Orca 3 Pro</a></li>'
           '<li><a href="/m/orca-3-mini">Orca 3 Mini</a></li><li><a href="/m/reef-embed-2">Reef Embed 2</a></li></ul>'
           '</aside>')
ORCA = ("<h1>Orca 3 Pro</h1><p>Orca 3 Pro is our most capable model. It has a context window of 200,000 tokens.</p>"
        "<p>Orca 3 Mini is coming soon.</p>")


def test_a_page_that_marks_its_content_is_read_from_there_alone():
    # A saved docs page: the sidebar lists every model page of the site; only the page's own model is its model.
    for marked in (f"<main>{ORCA}</main>", f'<div role="main">{ORCA}</div>', f"<article>{ORCA}</article>"):
        models = extract_text(f"<html><title>Orca 3 Pro | Docs</title><body>{SIDEBAR}{marked}"
                              "<div>© Lumen AI</div></body></html>", "html")
        assert list(models) == ["Orca 3 Pro"], marked
        assert models["Orca 3 Pro"].context_window == 200000


def test_a_heading_above_the_marked_content_still_names_the_page():
    doc = read_html_document(f"<title>Docs</title><header><h1>Orca 3 Pro</h1></header>{SIDEBAR}"
                             "<main><p>Orca 3 Pro has a context window of 200,000 tokens.</p></main>")
    assert doc.title == "Orca 3 Pro"
    assert [b.kind for b in doc.blocks] == ["heading", "text"]


def test_a_page_without_marked_content_drops_containers_named_as_site_chrome():
    page = f'<html><title>Docs</title><body>{SIDEBAR}<div class="content">{ORCA}</div>' \
           '<div id="site_footer"><ul><li>Orca 2</li></ul></div></body></html>'
    assert list(extract_text(page, "html")) == ["Orca 3 Pro"]
    # A container holding the page's top heading is content whatever its class says.
    kept = extract_text(f'<html><body><div class="menu-page">{ORCA}</div></body></html>', "html")
    assert list(kept) == ["Orca 3 Pro"]
    # Several <article>s (a listing page) mark no single content: every one is read.
    listing = extract_text("<html><body><article><h2>Orca 3 Pro</h2><p>Orca 3 Pro is a model.</p></article>"
                           "<article><h2>Reef Embed 2</h2><p>Reef Embed 2 is a model.</p></article></body></html>",
                           "html")
    assert set(listing) == {"Orca 3 Pro", "Reef Embed 2"}


def test_a_wrapper_named_for_its_sidebar_is_looked_into_not_dropped():
    # '<div class="layout with-sidebar">' around the sidebar and the content, and no <h1>: the wrapper holds the
    # whole page, so its sidebar is dropped and its content read (dropping the wrapper left no text at all).
    ORCA_H2 = ORCA.replace("h1>", "h2>")
    page = f'<html><title>Docs</title><body><div class="layout with-sidebar">{SIDEBAR}' \
           f'<div class="content">{ORCA_H2}</div></div></body></html>'
    models = extract_text(page, "html")
    assert list(models) == ["Orca 3 Pro"]
    assert models["Orca 3 Pro"].context_window == 200000


def test_a_model_pages_stat_tiles_give_the_context_window_not_the_output_limit():
    # A model page's tiles, one figure over its label each: the exact count beats the prose's rounded '1M'.
    page = ("<html><title>Orca 3 mini - Lumen API</title><body><main><h1>Orca 3 mini</h1>"
            "<p>Orca 3 mini features a 1M token context window.</p>"
            "<div><div>1,047,576 context window</div><div>32,768 max output tokens</div></div></main></body></html>")
    assert extract_text(page, "html")["Orca 3 mini"].context_window == 1_047_576
    alone = page.replace("<p>Orca 3 mini features a 1M token context window.</p>", "")
    assert extract_text(alone, "html")["Orca 3 mini"].context_window == 1_047_576


def test_a_lone_article_that_is_a_teaser_beside_the_content_marks_nothing():
    # The page's one <article> is a small 'related post' card; its models table stands outside it.
    table = ("<h1>Orca models</h1><table><tr><th>Model</th><th>Context window</th></tr>"
             "<tr><td>Orca 3 Pro</td><td>200K</td></tr><tr><td>Orca 3 Mini</td><td>128K</td></tr></table>"
             "<p>Both models are available through the Lumen API. Orca 3 Pro is our most capable model and Orca 3 "
             "Mini our fastest; each reads text and images and writes text.</p>")
    page = f"<html><body>{table}<article><h3>Read next</h3><p>Our blog.</p></article></body></html>"
    models = extract_text(page, "html")
    assert {name: m.context_window for name, m in models.items()} == {"Orca 3 Pro": 200_000, "Orca 3 Mini": 128_000}
