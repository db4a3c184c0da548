"""Licences named in Chinese, Japanese and Korean sentences: a name in title marks (《X模型社区许可协议》), a Latin
name glued to the word for a licence ('根据Apache-2.0许可证提供'), the word then the name ('ライセンスは MIT'), a verb
of adopting then the name ('统一采用 MIT License'), and a verb of following then a name ending in the words for a
licence agreement ('需要遵循 vivo X模型许可协议'). Code's licences are not the model's."""

import re

from .document import CJK_RE
from .finder import PHRASE, Finder, Hit
from .values import find_license

# A licence named in Chinese title marks: 《X模型社区许可协议》; its name without the word for agreement (协议), as
# an English licence's name is kept without 'Agreement'.
CJK_LICENSE_RE = re.compile(r"《\[?(?P<name>[^《》\[\]\n]{1,40}?(?:许可|許可|授权|授權)(?:证|證)?)"
                            r"(?:协议|協議|條款|条款)?\]?》")
# '需要遵循 vivo X模型许可协议' (its title marks dropped, or a link's text in Markdown): the licence the model's
# weights follow, named as in title marks, after a verb of following.
CJK_FOLLOWS_LICENSE_RE = re.compile(r"(?:遵循|遵守|依照|依據|依据)\s*(?P<name>[^\s，。、；：,.;:《》()（）]"
                                    r"[^\n，。、；：,.;:《》()（）]{0,39}?(?:许可|許可|授权|授權))(?:协议|協議|條款|条款)")
# '遵循开源许可协议 Apache 2.0', '遵循[模型许可协议](LICENSE)': 'an open-source licence', 'the model licence', a kind
# of licence, not its name
GENERIC_NAME_RE = re.compile(r"(?:开源|開源|开放|開放|相关|相關|相应|相應|模型|本模型|社区|社區)?\s*"
                             r"(?:许可|許可|授权|授權)")
# '根据Apache-2.0许可证提供', '`MIT` 라이선스 하에 공개': a licence's Latin name glued to the Chinese, Japanese or
# Korean word for a licence; not the code's ('代码采用MIT许可', the code is MIT-licensed).
CJK_NAMED_LICENSE_RE = re.compile(r"(?<![A-Za-z0-9.\-])(?P<name>[A-Za-z][A-Za-z0-9.\- ]{1,40}?)\s?"
                                  r"(?:许可证|許可證|许可|許可|授权|授權|协议|協議|라이선스|라이센스|ライセンス)")
# 'ライセンスは MIT です', '许可证为 Apache-2.0', '라이선스는 MIT': the licence's word, then the licence's Latin name.
CJK_LICENSE_IS_RE = re.compile(r"(?:ライセンス|许可证|許可證|许可协议|許可協議|开源协议|開源協議|라이선스|라이센스)\s*"
                               r"(?:は|为|為|是|：|:|는|은)\s*(?P<name>[A-Za-z][A-Za-z0-9.\- ]{1,40})")
# '开源仓库（包括模型权重）统一采用 MIT License': a Chinese verb of adopting, then a licence named in English.
CJK_ADOPTS_LICENSE_RE = re.compile(r"(?:采用|採用|遵循|遵守)\s*(?P<name>[A-Za-z][A-Za-z0-9.\- ]{1,40}?)\s?"
                                   r"(?=[Ll]icen[sc]e)")
CJK_CODE_SUBJECT_RE = re.compile(r"代码|代碼|源码|源碼|程序|程式|코드|コード|소스|ソース")
CJK_MODEL_SUBJECT_RE = re.compile(r"模型|权重|權重|모델|가중치|モデル|重み")


def _code_only(f: Finder, at: int) -> bool:
    """The sentence before `at` speaks of code and not of a model or its weights."""
    before = f.text[f.seg.at(at).start:at]
    return bool(CJK_CODE_SUBJECT_RE.search(before) and not CJK_MODEL_SUBJECT_RE.search(before))


def cjk_licenses(f: Finder) -> list[Hit]:
    hits = []
    if not CJK_RE.search(f.text):
        return hits  # every pattern here needs a Chinese, Japanese or Korean word: a page without one is not scanned
    for m in CJK_LICENSE_RE.finditer(f.text):  # '需要遵循《X模型社区许可协议》': the licence a Chinese page names
        if not GENERIC_NAME_RE.fullmatch(m.group("name")):
            hits.append(Hit("license", m.group("name"), m.start("name"), m.end("name"), m.start(), PHRASE))
    for m in CJK_FOLLOWS_LICENSE_RE.finditer(f.text):
        # a known licence ('遵循 Apache 2.0 许可协议') is read, by its Latin name, by CJK_NAMED_LICENSE_RE
        if not find_license(m.group("name")) and not GENERIC_NAME_RE.fullmatch(m.group("name")) \
                and not _code_only(f, m.start()):
            hits.append(Hit("license", m.group("name"), m.start("name"), m.end("name"), m.start(), PHRASE))
    for m in CJK_LICENSE_IS_RE.finditer(f.text):
        found = find_license(m.group("name"))
        if found and found[1] == 0:
            start = m.start("name")
            hits.append(Hit("license", found[0], start, start + found[2], m.start(), PHRASE))
    for m in [*CJK_NAMED_LICENSE_RE.finditer(f.text), *CJK_ADOPTS_LICENSE_RE.finditer(f.text)]:
        found = find_license(m.group("name"))
        if found and found[2] == len(m.group("name")) and not _code_only(f, m.start()):
            start = m.start("name") + found[1]
            hits.append(Hit("license", found[0], start, m.start("name") + found[2], m.start(), PHRASE))
    return hits
