"""Table headers written in another language, read as their English equivalents before the header rules apply.

A models table in a Chinese, Japanese or Korean README heads its columns '模型 | 参数量 | 下载链接'; the header rules
(`tables.NAME_HEADER_RE`, `tables.FIELD_HEADERS`) are written for English. Only whole headers that name a column's
meaning unambiguously are mapped — a small set, each the usual term in vendors' model tables — so a header that merely
contains one of these words ('模型效果', model performance) is left as it is and no rule reads more into it.
"""

import re
from functools import lru_cache

# Whole header (trimmed, case folded) → the English header the rules already understand.
FOREIGN_HEADERS = {
    # Chinese (simplified and traditional)
    "模型": "Model", "模型名称": "Model name", "模型名": "Model name", "名称": "Name", "型号": "Model",
    "模型版本": "Model version", "版本": "Version",
    "参数量": "Parameters", "参数": "Parameters", "參數量": "Parameters", "参数规模": "Parameters",
    "模型大小": "Model size", "大小": "Size",
    "上下文长度": "Context length", "上下文窗口": "Context window", "上下文": "Context length",
    "最大长度": "Max length", "序列长度": "Sequence length",
    "发布日期": "Release date", "发布时间": "Release date", "發布日期": "Release date", "开源时间": "Release date",
    "开源日期": "Release date",
    "许可证": "License", "开源协议": "License", "许可协议": "License", "協議": "License",
    "下载": "Download", "下载链接": "Download", "下载地址": "Download", "下載": "Download",
    # Japanese
    "モデル": "Model", "モデル名": "Model name", "パラメータ数": "Parameters", "コンテキスト長": "Context length",
    "ライセンス": "License", "リリース日": "Release date", "公開日": "Release date", "ダウンロード": "Download",
    "パラメータ": "Parameters", "モデルサイズ": "Model size",
    # Korean
    "모델": "Model", "모델명": "Model name", "파라미터": "Parameters", "파라미터 수": "Parameters",
    "라이선스": "License", "출시일": "Release date", "공개일": "Release date", "공개 일정": "Release date",
    "공개일자": "Release date", "컨텍스트 길이": "Context length", "다운로드": "Download", "모델 이름": "Model name",
}
_DECORATION_RE = re.compile(r"^[\s*_`#]+|[\s*_`:：]+$")


@lru_cache(maxsize=4096)  # (asked of each header once per row and column)
def in_english(head: str) -> str:
    """`head` in English when it is one of the known foreign headers (bold or trailing colon aside), else unchanged."""
    return FOREIGN_HEADERS.get(_DECORATION_RE.sub("", head).casefold(), head)
