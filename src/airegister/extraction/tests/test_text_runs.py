"""A page's text saved with no break between its blocks (text_runs.py): its lines put back before it is read."""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_text
from airegister.extraction.text_runs import unrun

PAD = ("Zorvak OverviewIntroductionZorvak is a family of open language models for chat and code, trained on "
       "public web text and code. They are released for research and commercial use under the terms stated below "
       "on this page. ")

DUMPED = (
    "Zorvak Model OverviewLast updated March 3, 2025" + PAD[len("Zorvak OverviewIntroduction"):]
    + "Model summary for Zorvak-7B and Zorvak-70BRelease dateFebruary 2025Availability"
    "Zorvak-7B and Zorvak-70B can be accessed through:Quillon CloudThe Quillon API"
    "ModelsThe released models are listed below.Model\tParameters\tContext"
    "Zorvak-7B\t7B\t4KZorvak-70B\t70B\t32KZorvak-70B-Chat\t70B\t32K"
    "LicenceAll models are released under the Apache 2.0 license.")


def test_blocks_run_together_are_put_on_lines_of_their_own():
    lines = unrun(DUMPED).split("\n")
    assert "Zorvak Model Overview" in lines
    assert "Release date" in lines and "February 2025" in lines
    assert "Quillon Cloud" in lines and "The Quillon API" in lines
    # A table's rows, each row's last cell cut from the next row's first where the names begin.
    assert lines[lines.index("Model\tParameters\tContext") + 1:][:3] == [
        "Zorvak-7B\t7B\t4K", "Zorvak-70B\t70B\t32K", "Zorvak-70B-Chat\t70B\t32K"]
    assert "Licence" in lines


def test_text_with_its_lines_is_left_as_it_is():
    assert unrun("Zorvak Model Overview\nRelease date\nFebruary 2025\n" + PAD.replace("Introduction", "\n")) is None


def test_names_written_in_camel_case_are_not_cut():
    text = ("OverviewWizardCoder-15B is a code model. We compare WizardCoder-15B with InternLM2 and OpenELM-270M "
            "on several tasks.ResultsInternLM2 and DeepSeekMath score lower than WizardCoder-15B here. " + PAD)
    lines = unrun(text).split("\n")
    assert lines[0] == "Overview"
    assert lines[1].startswith("WizardCoder-15B is a code model.")
    assert "Results" in lines
    assert all("InternLM2" in line or "InternLM" not in line for line in lines)
    assert not any(line.endswith(("Wizard", "Intern", "Open", "Deep")) for line in lines)


def test_glued_cells_cut_where_the_last_cells_share_a_shape():
    text = (PAD + "Sizes are listed below.Size\tParameters\tRelative speed"
            "tiny\t39 M\t~10xbase\t74 M\t~7xsmall\t244 M\t~4xmedium\t769 M\t~2xThe speeds are rough.")
    lines = unrun(text).split("\n")
    assert "base\t74 M\t~7x" in lines and "small\t244 M\t~4x" in lines and "medium\t769 M\t~2x" in lines


def test_glued_cells_cut_where_the_first_cells_share_a_stem():
    text = (PAD + "Downloads are below.Model\tFiles"
            "Downloadsorg/zorvak-base-cased\tconfig.json • vocab.txtorg/zorvak-base-uncased\tconfig.json • vocab.txt"
            "org/zorvak-large-cased\tconfig.json • vocab.txtUsageLoad it with the library.")
    lines = unrun(text).split("\n")
    assert "org/zorvak-base-uncased\tconfig.json • vocab.txt" in lines
    assert "org/zorvak-large-cased\tconfig.json • vocab.txt" in lines


def test_a_title_row_of_empty_cells_runs_into_the_next_row():
    text = (PAD + "Model\tFamily\tOpenText models\t\tZorvak-7B\tZorvak\tYesZorvak-70B\tZorvak\tYes"
            "Vision models\t\tZorvak-VL-7B\tZorvak\tNoThe list grows.")
    lines = unrun(text).split("\n")
    assert "Zorvak-7B\tZorvak\tYes" in lines and "Zorvak-VL-7B\tZorvak\tNo" in lines


def test_a_dumped_page_reads_its_facts_with_verbatim_evidence():
    doc = read_text(DUMPED)
    result = extract_document(doc)
    names = [m.name for m in result.models]
    assert {"Zorvak-7B", "Zorvak-70B", "Zorvak-70B-Chat"} <= set(names)
    seven = next(m for m in result.models if m.name == "Zorvak-7B")
    assert seven.release_date is not None
    excerpt = seven.evidence["release_date"]
    assert excerpt in " ".join(DUMPED.split())  # what the page says, as the page says it: 'Release dateFebruary 2025'


def test_lines_after_a_colon_are_what_it_leads_into_not_headings():
    doc = read_text("Availability\nZorvak-7B can be accessed through:\nQuillon Cloud\nThe Quillon Marketplace API\n"
                    "Zorvak-7B is a language model released under the Apache 2.0 license for all uses.\n")
    assert not any(b.kind == "heading" and doc.block_text(b) == "Quillon Cloud" for b in doc.blocks)


def test_a_line_naming_inputs_and_outputs_over_a_sentence_labels_no_list():
    doc = read_text("Zorvak-7B overview\nZorvak-7B is a model released in 2025 by Quillon Labs for everyone.\n"
                    "Inputs and outputs\nBoth models accept text, images and audio as input and produce text output.\n")
    model = next(m for m in extract_document(doc).models if m.name == "Zorvak-7B")
    assert model.output_modalities == ["text"]


def test_a_menu_word_naming_a_kind_of_organisation_is_no_byline():
    doc = read_text("Zorvak-7B System Card\nResearch\nProducts\nZorvak-7B System Card\nQuillon Labs\n"
                    "Zorvak-7B is a language model trained on public web text and code for chat.\n")
    model = next(m for m in extract_document(doc).models if m.name == "Zorvak-7B")
    assert model.developer == "Quillon Labs"


def test_names_sharing_a_beginning_run_together_in_one_word_are_cut_before_each():
    text = (PAD + "Pretrained modelsWe provide pretrained models for Zorvak Embed at the following locations:"
            "zorvak-embed-text-v2-moezorvak-embed-text-v1zorvak-embed-vision-v1.5zorvak-bert-2048"
            "Join the CommunityForum: https://forum.example.org/zorvak-embed-text-v1")
    lines = unrun(text).split("\n")
    assert lines[lines.index("zorvak-embed-text-v2-moe") - 1].endswith("at the following locations:")
    assert [line for line in lines if line.startswith("zorvak-")] == [
        "zorvak-embed-text-v2-moe", "zorvak-embed-text-v1", "zorvak-embed-vision-v1.5", "zorvak-bert-2048"]
    names = {m.name for m in extract_document(read_text(text)).models}
    assert {"zorvak-embed-text-v2-moe", "zorvak-embed-text-v1", "zorvak-bert-2048"} <= names


def test_a_word_repeating_a_beginning_inside_an_address_is_not_cut():
    text = PAD + "Sources: https://example.org/zorvak/zorvakzorvak/zorvak-data/zorvakmodels are listed there."
    assert "https://example.org/zorvak/zorvakzorvak/zorvak-data/zorvakmodels" in unrun(text)


def test_titles_sentence_ends_and_figures_run_into_names_are_cut_before_the_name():
    text = ("Zorvak-7BZorvak-7B is a decoder model trained by QuillonML.Zorvak-7B is part of a family. We finetuned "
            "Zorvak-7B-StoryTeller-65k+ on long stories.Models released:License: Apache 2.0Zorvak-7B-Chat: a chat "
            "model.License: CC-BY-SA-3.0Zorvak-7B-Instruct: an instruction model. QuillonML trains them. " + PAD)
    lines = unrun(text).split("\n")
    assert lines[:2] == ["Zorvak-7B", "Zorvak-7B is a decoder model trained by QuillonML."]
    assert lines[2].startswith("Zorvak-7B is part of a family.")
    assert any("Zorvak-7B-StoryTeller-65k+ on long stories." in line for line in lines)  # a name written once, whole
    assert "Zorvak-7B-Chat: a chat model." in lines and "License: Apache 2.0" in lines
    names = {m.name for m in extract_document(read_text(text)).models}
    assert {"Zorvak-7B", "Zorvak-7B-Chat", "Zorvak-7B-Instruct"} <= names


def test_a_heading_run_into_a_name_written_once_is_still_cut():
    text = "Zenith-4o System CardIntroductionZenith-4o is our model for text and audio. " + PAD + PAD
    lines = unrun(text).split("\n")
    assert lines[:2] == ["Zenith-4o System Card", "Introduction"]


def test_a_card_copied_without_its_front_matter_is_titled_by_its_repository_id():
    text = ("zorvak-base-multilingual-sentiment\nThis is a zorvak-base-multilingual model finetuned for sentiment "
            "analysis of product reviews in six languages.\nTraining data\nHere is the number of reviews we used.\n")
    assert [m.name for m in extract_document(read_text(text)).models] == ["zorvak-base-multilingual-sentiment"]
    # A title that is an id, over a sentence that is not about a model, names none.
    other = text.replace("This is a zorvak-base-multilingual model", "Reviews were")
    assert extract_document(read_text(other)).models == []


def test_a_model_page_copied_as_text_reads_its_tiles_and_labels_run_together():
    # A model page's text content: title run into its subtitle, each tile's label run into its value.
    text = ("Orca-3 miniSmaller, faster version of Orca-3\nOrca-3 mini excels at tool calling.\nIntelligenceHigher\n"
            "InputText, image\nOutputText\n1,047,576 context window32,768 max output tokensJun 01, 2024 knowledge "
            "cutoff\nModalities\nTextInput and output\nImageInput only\n")
    models = extract_document(read_text(text)).models
    assert [m.name for m in models] == ["Orca-3 mini"]  # not the model its subtitle says it is a version of
    mini = models[0]
    assert (mini.input_modalities, mini.output_modalities) == (["text", "image"], ["text"])
    assert (mini.context_window, mini.knowledge_cutoff) == (1_047_576, "2024-06-01")
