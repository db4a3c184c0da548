"""Names a sentence offers for download as the document's models: 'download our pretrained `X-0.5B` `X-300M`
`X-300M-SFT` model', 'you can download the released A, B and C checkpoints'. READMEs of speech and image models often
name their checkpoints only there (and in the download code beside it), never as a sentence's subject."""

import re

from .links import letters

# The offer, ending where the names begin.
OFFER_RE = re.compile(r"\b(?:download|get|fetch)\s+(?:all\s+)?(?:our|the|these)\s+(?:pre-?trained\s+|released\s+|"
                      r"open[- ]source\s+)?(?:models?\s*:?\s*)?$", re.I)
# Between two names of the offered list: a space (code spans run together once their backticks are read), a comma,
# 'and', 'or'.
BETWEEN_RE = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?")
# What the list ends with: what the names are ('… model', '… checkpoints'), or the sentence's end.
CLOSE_RE = re.compile(r"\s*(?:models?|checkpoints?|weights)\b", re.I)


def offered_spans(text: str, mentions: list) -> set[tuple[int, int]]:
    """Spans of the mentions (in document order) that a download offer lists, two names at least."""
    found: set[tuple[int, int]] = set()
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if not OFFER_RE.search(text, max(0, m.start - 60), m.start):
            i += 1
            continue
        run = [m]
        while i + 1 < len(mentions) and BETWEEN_RE.fullmatch(text, run[-1].end, mentions[i + 1].start):
            i += 1
            run.append(mentions[i])
        if len(run) >= 2 and CLOSE_RE.match(text, run[-1].end):
            found |= {(r.start, r.end) for r in run}
        i += 1
    return found


# Download code naming a hub repository: 'snapshot_download('org/X-300M-25Hz', …)', 'hf_hub_download(repo_id="org/X")',
# 'git clone https://www.modelscope.cn/org/X.git'.
DOWNLOAD_CODE_RE = re.compile(r"""(?:snapshot_download|hf_hub_download)\(\s*(?:repo_id\s*=\s*)?"""
                              r"""["']([\w.\-]+)/([\w.\-]+)["']"""
                              r"""|git\s+clone\s+https?://(?:www\.)?(?:huggingface\.co|modelscope\.cn|hf\.co)/(?:models/)?"""
                              r"""([\w.\-]+)/([\w.\-]+?)(?:\.git)?(?=[\s/]|$)""", re.M)
# Code loading a checkpoint by its id ('AutoModel.from_pretrained("org/X-125M")', 'SentenceTransformer("org/X")').
LOAD_CODE_RE = re.compile(r"""(?:from_pretrained|SentenceTransformer|CrossEncoder)\(\s*["']([\w.\-]+)/([\w.\-]+)["']""")
# What the prose calls a repository that is not a model ('`X-ttsfrd` resource', 'the X tokenizer').
NOT_A_MODEL_AFTER_RE = re.compile(r"\s*(?:resources?|tokenizers?|datasets?|data)\b", re.I)


def downloaded_siblings(verbatim: str, text: str, described_names: list[str]) -> list[str]:
    """The repositories the document's download code fetches beside two of its models at least (one organisation's,
    one stem's), that its prose names nowhere as a model: 'X-300M-25Hz' downloaded beside 'X-300M' and 'X-300M-SFT'.
    Not what the prose calls a resource, a tokenizer or data."""
    found: dict[str, list[str]] = {}
    loaded: dict[str, list[str]] = {}
    for m in DOWNLOAD_CODE_RE.finditer(verbatim):
        org, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        found.setdefault(org.lower(), [])
        if name not in found[org.lower()]:
            found[org.lower()].append(name)
    for m in LOAD_CODE_RE.finditer(verbatim):
        loaded.setdefault(m.group(1).lower(), [])
        if m.group(2) not in loaded[m.group(1).lower()]:
            loaded[m.group(1).lower()].append(m.group(2))
    known = {n.lower() for n in described_names}
    out = []
    for org in dict.fromkeys([*found, *loaded]):  # in the order the code names them (a set's order varies by run)
        names = found.get(org, [])
        stems = {re.match(r"[A-Za-z]+", n).group(0).lower() for n in names if n.lower() in known
                 and re.match(r"[A-Za-z]+", n)}
        if sum(n.lower() in known for n in names) < 2:
            # ... or, loaded by code beside the one model the prose writes as this organisation's id
            # ('`org/X-5.8B-nli`' over 'from_pretrained("org/X-125M-nli")'), its stem's checkpoints
            stems = {re.match(r"[A-Za-z]*", n).group(0).lower() for n in described_names
                     if re.search(rf"(?<![\w.-]){re.escape(org)}/{re.escape(n)}(?![\w.-])", text, re.I)} - {""}
            names = list(dict.fromkeys(names + loaded.get(org, [])))
            if len(described_names) != 1 or not stems:
                continue
        for name in names:
            stem = re.match(r"[A-Za-z]+", name)
            if name.lower() in known or not stem or stem.group(0).lower() not in stems:
                continue
            if any(NOT_A_MODEL_AFTER_RE.match(text, m.end()) for m in re.finditer(re.escape(name), text)):
                continue
            out.append(name)
    return out


# 'we have also released the RN101 model', 'we additionally released the RN50x16 and ViT-B/16 models', 'the RN50x64 and
# ViT-L/14 models were released': identifiers a release statement names as models, which the name shapes (a
# capitalised word and a version, a size) do not read ('RN50', 'ViT-L/14').
RELEASE_VERB_RE = re.compile(r"\b(?:released|open-?sourced)\b", re.I)
RELEASED_ID = r"[A-Za-z]{2,}[A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*"
RELEASED_IDS_RE = re.compile(rf"\bthe[ \t]+(?P<ids>{RELEASED_ID}(?:(?:,[ \t]*|,?[ \t]+and[ \t]+){RELEASED_ID})*)"
                             r"[ \t]+models?\b")
RELEASED_ID_RE = re.compile(RELEASED_ID)


def released_ids(text: str, sentences) -> list[tuple[int, int, str]]:
    """(start, end, identifier) for each identifier with a digit that a sentence saying 'released' names as 'the X
    model' or 'the X and Y models'."""
    found = []
    for sentence in sentences:
        if sentence.heading or not RELEASE_VERB_RE.search(text, sentence.start, sentence.end):
            continue
        for m in RELEASED_IDS_RE.finditer(text, sentence.start, sentence.end):
            for one in RELEASED_ID_RE.finditer(text, m.start("ids"), m.end("ids")):
                if one.group(0).lower() != "and" and any(c.isdigit() for c in one.group(0)):
                    found.append((one.start(), one.end(), one.group(0)))
    return found


# 'Our one-step conditional models CycleGAN-Turbo and pix2pix-turbo can …', 'our models X-Sketch, X-Edge and X-Depth':
# names the document gives its own models right after saying so, written as names (a hyphen inside, or a capital
# after the first letter), which the name shapes pass over when they carry no version or size.
OUR_NAME = r"[A-Za-z][A-Za-z0-9.+]*(?:-[A-Za-z0-9.+]+)+|[A-Za-z][a-z0-9]*[A-Z][A-Za-z0-9.+]*"
OUR_MODELS_RE = re.compile(rf"\b[Oo]ur[ \t]+(?:[\w-]+[ \t]+){{0,3}}?models?[ \t]+(?P<names>(?:{OUR_NAME})"
                           rf"(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)(?:{OUR_NAME}))*)(?![\w-])")
OUR_NAME_RE = re.compile(rf"(?<![\w-])(?:{OUR_NAME})(?![\w-])")


# Models a sentence names, in English, French, German or Spanish ('The new models, called X-120B and X-20B', 'les
# nouveaux modèles, baptisés x-120b et x-20b').
NAMING = r"(?:called|named|dubbed|baptisée?s?|nommée?s?|appelée?s?|genannt|namens|llamados?|denominados?)"
MODELS_NAMED = rf"\b(?i:models?|LLMs?|versions?|family|series|variants?|modèles?|Modelle?|modelos?)\s*,?\s+" \
    rf"(?i:{NAMING})\s+"
NAME_JOIN = r"(?:\s*,\s*|\s+(?:and|et|und|y|e)\s+)"
LOWER_ID = r"[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*-[a-z0-9]*\d[a-z0-9]*(?:[-_.][a-z0-9]+)*"
CALLED_IDS_RE = re.compile(rf"{MODELS_NAMED}(?P<names>{LOWER_ID}(?:{NAME_JOIN}{LOWER_ID})*)(?![\w-])")
LOWER_ID_RE = re.compile(rf"(?<![\w-]){LOWER_ID}(?![\w-])")


def called_models(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) for each identifier written in lower case that a sentence calls its models ('the new
    models, called zorvak-oss-120b and zorvak-oss-20b'): no capital marks them as names, the naming verb does."""
    return [(one.start(), one.end(), one.group(0)) for m in CALLED_IDS_RE.finditer(text)
            for one in LOWER_ID_RE.finditer(text, m.start("names"), m.end("names"))]


def our_named_models(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) for each name 'our … models' introduces, that the document writes again elsewhere."""
    found = []
    for m in OUR_MODELS_RE.finditer(text):
        for one in OUR_NAME_RE.finditer(text, m.start("names"), m.end("names")):
            name = one.group(0)
            if len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) >= 2:
                found.append((one.start(), one.end(), name))
    return found


# A code block that only lists names, after a sentence saying they are models ('the valid model names include'
# over '```⏎RepVGG-A0, RepVGG-A1, RepVGG-B1g2⏎```'): each a model of the document, when the prose names one of
# them as one of its models.
CODE_LIST_RE = re.compile(r"```[^\n]*\n(?P<body>[^`]{1,3000}?)\n```")
CODE_LIST_NAME_RE = re.compile(r"[A-Za-z][\w.+]*(?:-[\w.+]+)+")
INLINE_CODE_LIST_RE = re.compile(r"\b(?:(?:available|supported|valid|pre-?trained|released)\s+models|model\s+names|"
                                 # ('X API supports different types of models: `A`, `B`, `C` and `Standard`')
                                 r"supports?\s+(?:[\w-]+\s+){0,4}?models)"
                                 r"\s*(?:are|include)?\s*:?\s*(?P<body>`[^`\n]+`(?:\s*,?\s*(?:(?:and|or)\s+)?`[^`\n]+`)+)",
                                 re.I)
INLINE_CODE_NAME_RE = re.compile(r"[A-Za-z][\w.+\-]{1,60}")
MODELS_INTRODUCED_BEFORE_RE = re.compile(r"\b(?:model\s+names|models?\s+(?:include|are|available|supported)|"
                                         r"(?:available|supported|valid|pre-?trained|released)\s+models)\b[^.\n]{0,40}"
                                         r"[:\s]*$", re.I)


# A Markdown heading of a section on the models one can choose ('### Available models', '## Pretrained checkpoints',
# '## Model parameters').
MODELS_SECTION_RE = re.compile(r"^#{1,6}[ \t]+[^\n]*\b(?:(?:available|pre-?trained|released|provided)[ \t]+"
                               r"(?:models?|checkpoints?|weights)|model[ \t]+(?:parameters|weights|checkpoints?|"
                               r"zoo))\b", re.I | re.M)
SECTION_END_RE = re.compile(r"^#{1,6}[ \t]", re.M)
# A weights file a command or a line of code names ('--checkpoint_x "./model_params/x_v_48_002.pt"'); not a
# placeholder ('finetuning_x.pt', 'model_N.pt').
WEIGHTS_FILE_IN_CODE_RE = re.compile(r"(?<![\w.-])(?P<stem>[A-Za-z][\w.+-]{2,79}?)\.(?:pt|pth|ckpt|safetensors|bin|"
                                     r"onnx|h5|pdparams|tflite)(?:\.tar)?(?![\w.])")
# A sentence offering the page's pretrained weights, right before the code that loads them ('We also provide
# pretrained weights in `weights`, use the following command to test the pretrained weights.').
OFFERED_WEIGHTS_RE = re.compile(r"\b(?:we|We)[ \t]+(?:also[ \t]+)?(?:provide|release|offer)[ \t]+"
                                r"(?:the[ \t]+|our[ \t]+)?pre-?trained[ \t]+(?:weights|models?|checkpoints?)\b"
                                r"[^`\n]{0,200}(?:`[^`\n]*`[^`\n]{0,200})*\n\s*```[^\n]*\n(?P<body>[^`]{1,3000}?)\n```")


def sectioned_weight_files(source: str, described_names: list[str]) -> list[str]:
    """The weights files the code blocks of a section on the available models name, two at least: each names a
    checkpoint one can choose, by its stem ('proteinmpnn_v_48_002' under '### Available models'); not a file of a
    model the prose names ('X-B2-train.pth' of 'X-B2')."""
    known = tuple(n.lower() for n in described_names)
    out: list[str] = []
    for heading in MODELS_SECTION_RE.finditer(source):
        end = SECTION_END_RE.search(source, heading.end() + 1)
        section = source[heading.end():end.start() if end else len(source)]
        blocks = [_checkpoint_stems(block.group("body"), known) for block in CODE_LIST_RE.finditer(section)]
        # (one block listing two files at least: the choices, not a command loading one file)
        if any(len(stems) >= 2 for stems in blocks):
            out += [s for stems in blocks for s in stems if s not in out]
    return out


def offered_weight_files(source: str, described_names: list[str]) -> list[str]:
    """The weights files named by the code right after the page offers its pretrained weights, two or more over
    the page ('we provide pretrained weights …' over `test.py --snapshot=weights/x-3dmatch.pth.tar`, again over
    `x-kitti.pth.tar`): each a checkpoint, by its stem; not a file of a model the prose names."""
    known = tuple(n.lower() for n in described_names)
    stems = list(dict.fromkeys(stem for offer in OFFERED_WEIGHTS_RE.finditer(source)
                               for stem in _checkpoint_stems(offer.group("body"), known)))
    return stems if len(stems) >= 2 else []


def _checkpoint_stems(code: str, known: tuple[str, ...]) -> list[str]:
    """The stems of the weights files `code` names, each once: not a placeholder ('finetuning_x.pt'), not a file of
    a model the prose names (`known`, lower-cased)."""
    return list(dict.fromkeys(m.group("stem") for m in WEIGHTS_FILE_IN_CODE_RE.finditer(code)
                              if not re.search(r"[_-][xXnN]$", m.group("stem"))
                              and not any(_file_of(m.group("stem").lower(), k) for k in known)))


def _file_of(stem: str, name: str) -> bool:
    """'x-b2-train' is a file of 'x-b2' (a word added, no digit); 'x_v_32_005' is a checkpoint of its own."""
    return stem.startswith(name) and not re.search(r"\d", stem[len(name):])


def code_listed_models(source: str, described_names: list[str]) -> list[str]:
    """The names a code block lists as models (three at least, separated by commas or lines, nothing else in it),
    introduced so by the sentence before it, one of them a model the prose names."""
    known = {n.lower() for n in described_names}
    spelled = {letters(n) for n in known}
    out: list[str] = []
    for m in CODE_LIST_RE.finditer(source):
        body = m.group("body").strip()
        names = [part.strip() for part in re.split(r"[,\n]+", body) if part.strip()]
        if len(names) < 3 or not all(CODE_LIST_NAME_RE.fullmatch(n) for n in names):
            continue
        if not MODELS_INTRODUCED_BEFORE_RE.search(source, max(0, m.start() - 200), m.start()):
            continue
        if not any(n.lower() in known for n in names):
            continue
        out += [n for n in names if n.lower() not in known and n not in out]
    # ... or a sentence listing them as code spans ('Available models are: `abinet`, `crnn`, `x_tiny`, and `x`.')
    for m in INLINE_CODE_LIST_RE.finditer(source):
        names = re.findall(r"`([^`\n]+)`", m.group("body"))
        # (one of them the document's, however spaced: '`PlayHT2.0`' of the section '### PlayHT 2.0 Voices')
        if len(names) < 3 or not all(INLINE_CODE_NAME_RE.fullmatch(n) for n in names) \
                or not any(n.lower() in known or any(k.startswith(letters(n)) for k in spelled) for n in names):
            continue
        # (an identifier spelling a model already found, 'mamba_vision_T' of 'MambaVision-T', is that model)
        out += [n for n in names if n.lower() not in known and n not in out
                and letters(n) not in spelled]
    return out


# A series' version tag inside a name ('zeroshot-v2.0' of 'deberta-v3-large-zeroshot-v2.0'): a word, then 'v' and
# its number, joined by a hyphen.
SERIES_TAG_RE = re.compile(r"(?<![\w.])[A-Za-z][A-Za-z0-9]*-v\d+(?:\.\d+)*(?![\w.])")
ASIDE_AFTER_RE = re.compile(r"\s*\([^()]*\)\s*$")


def series_columns(headers: list[tuple[str, ...]], described_names: list[str]) -> list[str]:
    """Names heading the columns of a results table that carry the series tag of one of the document's models
    ('roberta-base-zeroshot-v2.0-c' beside the card's 'deberta-v3-large-zeroshot-v2.0'): its sibling models,
    compared side by side. A column of another series ('facebook/bart-large-mnli') is a model compared with."""
    tags = {t.lower() for n in described_names for t in SERIES_TAG_RE.findall(n)}
    known = {n.lower() for n in described_names}
    out: list[str] = []
    for header in headers:
        for head in header[1:]:
            name = ASIDE_AFTER_RE.sub("", head).strip()  # 'x-zeroshot-v2.0 (fewshot)': the same model
            if not re.fullmatch(r"[A-Za-z][\w.\-]{2,80}", name) or name.lower() in known or name in out:
                continue
            if any(t.lower() in tags for t in SERIES_TAG_RE.findall(name)):
                out.append(name)
    return out
