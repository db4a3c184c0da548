"""Documents written in Chinese, Japanese or Korean: release verbs without spaces around them, 'developed by' and
licence names in Chinese. Small hand-written documents only."""

import pytest

from airegister.extraction.extract import extract_document
from airegister.extraction.readers import read_markdown
from airegister.extraction.values import DATE_RE, parse_date

TELE_MD = """# 鹭鸶大模型

## 最新动态
- 2025.03.14 开源MoE模型 **Egret-39B-A12B**。
- 2024.11.08 开源 **Egret-3B**、**Egret-7B**，该版本模型均具备工具调用功能。

## 模型介绍
- 鹭鸶大模型**Egret**是由白鹭人工智能研究院研发训练的大语言模型。

| 模型版本 | 下载链接 |
| --- | --- |
| Egret-3B | [modelscope](https://modelscope.cn/models/Egret/Egret-3B) |
| Egret-7B | [modelscope](https://modelscope.cn/models/Egret/Egret-7B) |
| Egret-39B-A12B | [modelscope](https://modelscope.cn/models/Egret/Egret-39B-A12B) |

## 声明、协议、引用
社区使用 Egret 模型需要遵循《[Egret模型社区许可协议](./Egret模型社区许可协议.pdf)》。
"""


def by_name(result):
    return {m.name: m for m in result.models}


def test_a_chinese_news_line_that_open_sources_models_dates_them():
    models = by_name(extract_document(read_markdown(TELE_MD)))
    assert models["Egret-3B"].release_date == "2024-11-08"
    assert models["Egret-7B"].release_date == "2024-11-08"
    assert models["Egret-39B-A12B"].release_date == "2025-03-14"
    assert models["Egret-3B"].evidence["release_date"].startswith("2024.11.08")


def test_developed_by_in_chinese_names_the_institute():
    models = by_name(extract_document(read_markdown(TELE_MD)))
    assert {m.developer for m in models.values()} == {"白鹭人工智能研究院"}


def test_a_licence_in_chinese_title_marks_is_named_without_the_word_for_agreement():
    models = by_name(extract_document(read_markdown(TELE_MD)))
    assert models["Egret-7B"].license == "Egret模型社区许可"
    assert "Egret模型社区许可" in models["Egret-7B"].evidence["license"]


def test_a_chinese_sentence_about_us_names_no_developer():
    text = "# Egret-7B\n\nEgret-7B 是由我们研发的模型。\n"
    assert extract_document(read_markdown(text)).models[0].developer is None


def test_developed_by_in_korean_names_the_first_lab():
    text = """# Heron-12B

Heron-12B는 백로대학교 자연어처리 연구실과 AI 연구소가 개발한 한국어 Large Language Model 입니다.
"""
    assert extract_document(read_markdown(text)).models[0].developer == "백로대학교 자연어처리 연구실"
    linked = text.replace("자연어처리 연구실", "[자연어처리 연구실](https://nlp.example.ac.kr/)")
    # a quote cannot cross the link's markup: the lab as the link names it
    assert extract_document(read_markdown(linked)).models[0].developer == "자연어처리 연구실"


def test_a_korean_news_line_dates_the_model_it_releases_not_the_base_it_is_built_on():
    text = """# Heron

- 2023.05.31: [Polyglot-ko 12.8B 기반 Heron-Polyglot-12.8B-v2 모델 공개](https://huggingface.co/heron-lab/heron-polyglot-12.8b-v2)

Heron-Polyglot-12.8B-v2 is a Korean chat model.
"""
    models = by_name(extract_document(read_markdown(text)))
    assert models["Heron-Polyglot-12.8B-v2"].release_date == "2023-05-31"


def test_a_chinese_models_table_and_introduction_state_sizes_makers_and_lengths_in_their_own_words():
    text = """# 青鸟大模型

青鸟是由星河科技研发的大语言模型系列，采用 Apache 2.0 许可证开源。

## 模型列表

| 模型 | 参数量 | 上下文长度 |
| --- | --- | --- |
| Qingniao-7B-Chat | 70亿 | 32K |
| Qingniao-72B-Chat | 720亿 | 128K |
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert models["Qingniao-72B-Chat"].parameters == 72_000_000_000  # 720亿: 720 × 10^8
    assert models["Qingniao-7B-Chat"].context_window == 32_000
    assert {m.developer for m in models.values()} == {"星河科技"}


def test_a_japanese_introduction_states_its_models_maker_size_length_licence_and_date():
    text = ("# Tsubame-13B\n\nTsubame-13B は、つばめ研究所が開発した130億パラメータの日本語大規模言語モデルです。"
            "コンテキスト長は8,192トークンです。ライセンスは MIT です。\n")
    (model,) = extract_document(read_markdown(text)).models
    assert (model.developer, model.parameters, model.context_window, model.license) == (
        "つばめ研究所", 13_000_000_000, 8192, "MIT")


@pytest.mark.parametrize("text, date", [("于2024年5月20日发布", "2024-05-20"), ("2024年3月に公開", "2024-03")])
def test_a_chinese_or_japanese_date_glued_to_its_words_is_read(text, date):
    assert parse_date(DATE_RE.search(text)) == date


def test_a_chinese_or_japanese_dated_release_dates_the_model_not_an_api_or_a_feature():
    text = """# 青鸟大模型

青鸟是由星河科技研发的大语言模型。

| 模型 | 参数量 |
| --- | --- |
| Qingniao-7B-Chat | 70亿 |
| Qingniao-72B-Chat | 720亿 |

- 2024年5月20日，我们发布了 Qingniao-72B-Chat。
- [青鸟 HTTP API](https://example.com/api) 已于2024年6月6日发布上线。
- [用你自己的数据定制音色](https://example.com/clone)已于2024年6月13日发布上线。
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert models["Qingniao-72B-Chat"].release_date == "2024-05-20"
    assert models["Qingniao-7B-Chat"].release_date is None  # the API's and the feature's dates are not its
    ja = "# Tsubame-13B\n\nTsubame-13B は日本語モデルです。2024年3月に公開しました。\n"
    (model,) = extract_document(read_markdown(ja)).models
    assert model.release_date == "2024-03"


def test_a_length_before_the_word_for_context_and_a_korean_count_are_read():
    zh = "# Kunpeng-2-7B-Chat\n\nKunpeng-2-7B-Chat 由鲲鹏实验室开发，支持 32K 上下文长度。\n"
    (model,) = extract_document(read_markdown(zh)).models
    assert model.context_window == 32_000
    ko = "# Gaon-8B\n\nGaon-8B는 가온 연구소가 개발한 80억 파라미터 한국어 언어 모델입니다.\n"
    (model,) = extract_document(read_markdown(ko)).models
    assert model.parameters == 8_000_000_000  # 80억: 80 × 10^8


def test_weights_said_downloadable_on_hubs_in_chinese_put_the_models_there():
    text = """# 云雀大模型

云雀（Yunque）是由星河科技研发的开源大语言模型系列。

| 模型名称 | 参数量 | 上下文长度 |
|---|---|---|
| Yunque-2-7B-Chat | 7B | 32K |
| Yunque-2-72B-Chat | 72B | 128K |

模型权重可在 Hugging Face 和 ModelScope 下载，采用 Apache-2.0 协议。
"""
    models = {m.name: m for m in extract_document(read_markdown(text)).models}
    assert {tuple(m.access_surfaces or ()) for m in models.values()} == {("Hugging Face", "ModelScope")}
    assert {m.license for m in models.values()} == {"Apache-2.0"}
