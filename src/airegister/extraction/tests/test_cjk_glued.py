"""Latin names glued to Chinese, Japanese or Korean words (no space between them, as these scripts write):
the name ends where the CJK letters start. Small hand-written documents only."""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown

BOLD_GLUED_MD = """# 鹬鸟语音

**Sandpiper**是一个强大的开源TTS引擎，支持中英文双语，包含多种不同的音色。

以下是Sandpiper生成的几个示例。
"""

KOREAN_MD = """# 도요새

Sandpiper는 40GB 이상의 한국어 텍스트로 학습된 한국어 언어 모델입니다.

`Sandpiper` 관련 이슈는 이곳에 올려주세요.
"""


def names(md: str) -> list[str]:
    return [m.name for m in extract_document(read_markdown(md)).models]


def test_a_bold_name_glued_to_a_chinese_definition_is_the_documents_model():
    assert names(BOLD_GLUED_MD) == ["Sandpiper"]


def test_a_lower_case_name_glued_to_a_chinese_definition_is_the_documents_model():
    # the vendor spells its name in lower case: a Latin word opening a Chinese sentence is a name all the same
    assert names(BOLD_GLUED_MD.replace("Sandpiper", "sandpiper")) == ["sandpiper"]
    # ... and a versioned spelling of it is the same family's model
    versioned = BOLD_GLUED_MD.replace("Sandpiper", "sandpiper") + "\n我们发布了 sandpiper 2.0 与 sandpiper 2.1。\n"
    assert {"sandpiper 2.0", "sandpiper 2.1"} <= set(names(versioned))


def test_a_bold_name_glued_to_chinese_is_no_label_but_a_spaced_one_still_is():
    doc = read_markdown(BOLD_GLUED_MD)
    assert [b.kind for b in doc.blocks][:2] == ["heading", "text"]
    spaced = read_markdown(BOLD_GLUED_MD.replace("**Sandpiper**是", "**Sandpiper** 是"))
    assert [b.kind for b in spaced.blocks][:3] == ["heading", "label", "text"]


def test_a_korean_sentence_defining_its_subject_as_a_model_names_it():
    assert names(KOREAN_MD) == ["Sandpiper"]


def test_a_chinese_sentence_defining_something_else_names_no_model():
    assert names(BOLD_GLUED_MD.replace("开源TTS引擎", "开源工具包")) == []


TITLE_ASIDE_MD = """## Plover2 (한국어 GPT-2) Ver 2.0

`Plover2`는 40GB 이상의 텍스트로 학습된 한국어 디코더 언어모델입니다.

### License

`Plover2`는 `CC-BY-NC-SA 4.0` 라이선스 하에 공개되어 있습니다.
"""


def test_a_name_in_parentheses_after_the_titles_name_and_a_version_suffix_are_no_models():
    assert names(TITLE_ASIDE_MD) == ["Plover2"]
    # without the name before them, the parentheses hold the title's name
    assert "GPT-2" in names(TITLE_ASIDE_MD.replace("## Plover2 (한국어 GPT-2)", "## (GPT-2)"))


def test_a_tts_engine_glued_to_chinese_takes_text_and_gives_audio():
    model = extract_document(read_markdown(BOLD_GLUED_MD)).models[0]
    assert (model.input_modalities, model.output_modalities) == (["text"], ["audio"])
    other = extract_document(read_markdown(BOLD_GLUED_MD.replace("TTS引擎", "TTS工具的模型"))).models
    assert all(not m.input_modalities for m in other)


def test_a_licence_glued_to_the_chinese_or_korean_word_for_licence_is_the_models():
    zh = BOLD_GLUED_MD + "\n## 许可\n\nSandpiper是根据Apache-2.0许可证提供的。\n"
    assert extract_document(read_markdown(zh)).models[0].license == "Apache-2.0"
    ko = KOREAN_MD + "\n`Sandpiper`는 `CC-BY-NC-SA 4.0` 라이선스 하에 공개되어 있습니다.\n"
    assert extract_document(read_markdown(ko)).models[0].license == "CC-BY-NC-SA-4.0"


def test_a_licence_the_chinese_sentence_gives_the_code_is_not_the_models():
    zh = BOLD_GLUED_MD + "\n本仓库的代码采用MIT许可证。\n"
    assert extract_document(read_markdown(zh)).models[0].license is None


def test_a_name_alone_in_parentheses_after_the_titles_name_is_its_short_form_not_an_aside():
    from airegister.extraction.names import ModelNames
    from airegister.extraction.segment import Segmenter

    def strong(md: str) -> dict:
        doc = read_markdown(md)
        found = ModelNames(doc, Segmenter(doc))
        return {doc.text[m.start:m.end]: found._is_strong(m) for m in found.mentions}

    assert strong("# Plover-2 (plover-1b)\n\nA distilled TTS model.\n")["plover-1b"]
    assert not strong("# Plover-2 (a plover-1b fine-tune)\n\nA distilled TTS model.\n")["plover-1b"]


def test_a_bold_name_glued_to_chinese_in_html_is_no_label_either():
    from airegister.extraction.readers import read_html_document

    page = ("<html><body><h1>鹬鸟语音</h1><p><strong>Sandpiper</strong>是一个强大的开源TTS引擎，支持中英文双语。</p>"
            "<p>以下是Sandpiper生成的几个示例。</p></body></html>")
    doc = read_html_document(page)
    assert [b.kind for b in doc.blocks][:2] == ["heading", "text"]
    assert [m.name for m in extract_document(doc).models] == ["Sandpiper"]


def test_a_title_glueing_its_latin_name_to_a_cjk_name_before_a_model_description_names_the_model():
    md = ('<div align="center">\n    <h1>Sandpiper鹬鸟 😊: 多音色提示控制TTS</h1>\n</div>\n\n'
          "一个强大的开源语音合成工具。\n\n以下是Sandpiper生成的几个示例。\n")
    assert names(md) == ["Sandpiper"]
    assert names(md.replace("控制TTS", "控制工具")) == []  # a title describing no model names none
