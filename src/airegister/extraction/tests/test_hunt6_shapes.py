"""Shapes of Chinese, Japanese, Korean and European-language model READMEs met in a sixth hunt over unseen public
documents (news lines, size and context statements, licence lines): each test is a small made-up page in the
shape, with invented vendor and model names.

Small hand-written documents only (not the corpus files, which are scored, not tested against).
"""

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown


def models_of(text: str) -> dict:
    return {m.name: m for m in extract_document(read_markdown(text)).models}


HARD_BROKEN_NEWS_MD = """# Lunaro-13B

[🤗 Lunaro-13B](https://huggingface.co/lunaro/Lunaro-13B) ｜ [🤗 Lunaro-13B-Chat](https://huggingface.co/lunaro/Lunaro-13B-Chat)

## 更新信息
**[2027/09/26]** 发布 7B 尺寸的 [Lunaro-7B](https://github.com/lunaro-ai/Lunaro-7B) 底座模型，全开源。{BREAK}
**[2027/08/22]** 发布经过指令精调的 Lunaro-13B-Chat 对话模型。

## 模型介绍

**Lunaro-13B** 是由星河智算自主研发的支持多语言的大语言模型，主要特点如下：

- **模型结构**：Lunaro-13B 使用 Decoder-only 的标准 Transformer 网络结构，支持 8K 的上下文长度（Context Length）。

可通过以下代码加载 Lunaro-13B-Chat 模型来进行对话。
""".replace("{BREAK}", "  ")  # Markdown's hard break: two spaces ending the line


def test_context_length_written_after_of_in_chinese():
    models = models_of(HARD_BROKEN_NEWS_MD)
    assert models["Lunaro-13B"].context_window == 8000


def test_news_line_joined_by_a_hard_break_dates_the_model_it_names():
    models = models_of(HARD_BROKEN_NEWS_MD)
    assert models["Lunaro-13B-Chat"].release_date == "2027-08-22"
    assert models["Lunaro-13B"].release_date is None


def test_bold_date_without_colon_opens_its_news_line():
    first = HARD_BROKEN_NEWS_MD.index("**[2027/09/26]**")
    text = HARD_BROKEN_NEWS_MD[:first] + HARD_BROKEN_NEWS_MD[HARD_BROKEN_NEWS_MD.index("**[2027/08/22]**"):]
    text = text.replace("## 更新信息\n", "## 更新信息\n\n")
    assert models_of(text)["Lunaro-13B-Chat"].release_date == "2027-08-22"


MIXED_SCRIPT_MAKER_MD = """# Tessel

# 模型介绍

Tessel 是由 arbor AI 全球研究院自主研发的大规模预训练语言模型，本次发布包含 7B 基础模型和 7B 对话模型。

| 模型 | 下载 |
|:--|:--|
| Tessel-7B-Base | [🤗](https://huggingface.co/arbor-ai/Tessel-7B-Base) |
| Tessel-7B-Chat | [🤗](https://huggingface.co/arbor-ai/Tessel-7B-Chat) |
"""


def test_chinese_maker_name_with_latin_words_and_spaces():
    models = models_of(MIXED_SCRIPT_MAKER_MD)
    assert models["Tessel-7B-Chat"].developer == "arbor AI 全球研究院"


def test_because_is_not_a_maker():
    text = MIXED_SCRIPT_MAKER_MD.replace("是由 arbor AI 全球研究院自主研发的", "由于 arbor AI 团队研发的需要，是一个")
    assert models_of(text)["Tessel-7B-Chat"].developer is None


INTERFACE_AND_PAPER_MD = """# Zorbot

## 最新发布

- [8/21/2027] Zorbot-7B-chat [[huggingface](https://huggingface.co/zor/zorbot-7b-chat)]: 基于Zorbot-7B-base微调。
- [8/03/2027] Zorbot 兼容 OpenAI 接口。
- [7/26/2027] Zorbot 支持 OpenAI 的接口格式。

## 摘要

Zorbot 是一个多语言多任务的大规模语言模型。根据 OpenAI InstructGPT 论文的自动评测，Zorbot-7B-chat 表现良好。
"""


def test_a_known_maker_named_for_its_interface_or_paper_in_chinese_is_not_the_developer():
    models = models_of(INTERFACE_AND_PAPER_MD)
    assert models["Zorbot-7B-chat"].developer is None


FOLLOWED_LICENCE_MD = """# Quillon

本次发布包含 Quillon-7B-Base 和 Quillon-7B-Chat 两个模型。

| 模型 | 下载 |
|:--|:--|
| Quillon-7B-Base | [🤗](https://huggingface.co/quillon/Quillon-7B-Base) |
| Quillon-7B-Chat | [🤗](https://huggingface.co/quillon/Quillon-7B-Chat) |

## 协议

对本仓库源码的使用遵循开源许可协议 [Apache 2.0](LICENSE)。
使用 Quillon 模型权重需要遵循 [corvid Quillon模型许可协议](M.pdf)。
"""


def test_licence_agreement_named_after_a_verb_of_following_without_title_marks():
    models = models_of(FOLLOWED_LICENCE_MD)
    assert {m.license for m in models.values()} == {"corvid Quillon模型许可"}


def test_the_codes_open_source_licence_agreement_is_no_model_licence():
    text = FOLLOWED_LICENCE_MD.replace("使用 Quillon 模型权重需要遵循 [corvid Quillon模型许可协议](M.pdf)。", "")
    assert {m.license for m in models_of(text).values()} == {None}


def test_the_bare_words_model_licence_agreement_name_no_licence():
    bare = "[模型许可协议](M.pdf)，商用请填写《模型许可协议》末尾的申请表。"
    text = FOLLOWED_LICENCE_MD.replace("[corvid Quillon模型许可协议](M.pdf)。", bare)
    assert {m.license for m in models_of(text).values()} == {None}


def test_chinese_maker_named_first_of_two_that_made_the_model_jointly():
    joint = "是星河大学知识计算实验室联合蓝湾银行AI团队研发的"
    text = MIXED_SCRIPT_MAKER_MD.replace("是由 arbor AI 全球研究院自主研发的", joint)
    assert models_of(text)["Tessel-7B-Chat"].developer == "星河大学知识计算实验室"


SERIES_SIZES_MD = """# Zenlo3

本次开源Zenlo3 8B/13B系列模型，模型的地址如下:

| | Base |
|:-:|:-:|
| 8B | **Zenlo3-8B-Base**([🤗](https://huggingface.co/zen/Zenlo3-8B-Base)) |
| 13B | **Zenlo3-13B-Base**([🤗](https://huggingface.co/zen/Zenlo3-13B-Base)) |

Zenlo3 8B/13B模型基于Llama架构。
"""


def test_a_series_written_with_a_size_list_after_a_space_is_its_sizes_models():
    assert set(models_of(SERIES_SIZES_MD)) == {"Zenlo3-8B-Base", "Zenlo3-13B-Base"}


def test_context_length_glued_after_a_chinese_word():
    text = HARD_BROKEN_NEWS_MD.replace("支持 8K 的上下文长度（Context Length）", "支持16K上下文")
    assert models_of(text)["Lunaro-13B"].context_window == 16000


def test_long_context_glued_after_the_figure_in_chinese():
    text = HARD_BROKEN_NEWS_MD.replace("支持 8K 的上下文长度（Context Length）", "支持128K长上下文")
    assert models_of(text)["Lunaro-13B"].context_window == 128000
