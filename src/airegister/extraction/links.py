"""Model repositories named by link addresses: a hub page's address ('huggingface.co/ORG/REPO') names a model
whose link text often only sizes it ('[7B](https://huggingface.co/lmsys/vicuna-7b-v1.3)') or names the place
('🤗 Hugging Face'). Which links are the document's own models is decided in names.py; this module only reads
addresses."""

import re
from dataclasses import dataclass

from .document import Spans
from .hubs import WEIGHT_HUBS, either, hub_of_address

# Model pages on the hubs vendors publish weights on; a path's first part that is a section of the hub
# (datasets, spaces, papers …) is not an organisation. ModelScope's older single-page addresses put the path after
# '#' ('modelscope.cn/#/models/ORG/REPO'), and its addresses may open a tab of the model's page ('/summary',
# '/files'): the same model page (no other hub has such paths).
HUB_REPO_RE = re.compile(
    rf"(?:https?:)?//(?:www\.)?(?:{either(f'(?:{hub.host})/{hub.model_pages}' for hub in WEIGHT_HUBS)})"
    r"(?P<org>[\w.\-]{1,96})/"
    # ... or its weights ('…/org/x-7b/blob/main/model.bin', '…/resolve/main/x.pth'); not its other files (a LICENSE)
    r"(?P<repo>[\w.\-]{1,96}?)(?:\.git)?(?:/summary|/files|/(?:blob|resolve)/[^\s?#)\]>\"']+\."
    r"(?:bin|pt|pth|ckpt|safetensors|onnx|gguf|h5|tflite|msgpack))?/?"
    r"(?=$|[?#\s)\]>\"'])", re.I)
HUB_SECTIONS = {"datasets", "spaces", "collections", "papers", "docs", "blog", "models", "organizations",
                "settings", "join", "login", "pricing", "learn", "tasks", "posts", "api", "new", "chat"}
# A repository holding another format or precision of a model ('X-7B-GGUF', 'X-7B-Chat-Int4', 'X-7B-AWQ'), or its
# weights as a diff to apply ('X-13b-delta'), holds
# that model, not another one.
FORMAT_SUFFIX_RE = re.compile(
    r"(?:[-_.](?:gguf|ggml|awq|gptq|mlx|onnx|fp8|fp16|bf16|int4|int8|4bit|8bit|bnb|exl2|w4a16|w8a8|q4\w*|q8\w*|"
    r"mlc|openvino|coreml|tflite|quantized|quant|delta|jax|flax))+$", re.I)  # (a framework's copy: 'X-1M-Jax')


def is_conversion(repo) -> bool:
    """The repository's address names another format or precision of a model ('…/TheBloke/x-7b-GPTQ')."""
    return bool(repo.url and FORMAT_SUFFIX_RE.search(repo.url.rstrip("/").rsplit("/", 1)[-1]))


@dataclass(frozen=True)
class Repository:
    start: int  # where the link stands in the analysis text (its text, or the address written out)
    end: int
    org: str
    name: str  # the repository's name, a format suffix dropped
    url: str = ""  # the address as the document writes it

    @property
    def hub(self) -> str:
        return hub_of(self.url)


def hub_of(url: str) -> str:
    """The hub a model page's address (`repository(url)` is not None) stands on."""
    return hub_of_address(url) or "Hugging Face"


def repository(url: str) -> tuple[str, str] | None:
    """(organisation, model repository name) when `url` is a hub's model page; else None."""
    match = HUB_REPO_RE.match(url.strip())
    if not match or match.group("org").lower() in HUB_SECTIONS:
        return None
    name = FORMAT_SUFFIX_RE.sub("", match.group("repo"))
    return (match.group("org"), name) if name else None


# A link into a repository's files ('…/blob/main/…', '…/resolve/main/…'; HUB_REPO_RE reads no others).
FILE_PATH_RE = re.compile(r"/(?:blob|resolve)/", re.I)
# A repository holding many checkpoints as its files ('org/X-Series', 'org/x-checkpoints'): a container, no model.
CONTAINER_RE = re.compile(r"[-_](?:series|collection|models|checkpoints|weights|zoo)$", re.I)


def repositories(links: list, text: str) -> list[Repository]:
    """The hub model repositories a document links to, where each link stands; addresses written out in the
    text count too (at the address itself)."""
    found = []
    for start, end, url in links:
        repo = repository(url)
        if repo and FILE_PATH_RE.search(url) and FILE_RE.search(text[start:end].strip().strip("`")):
            continue  # '[`x.fp16.safetensors`](…/org/x/blob/main/x.fp16.safetensors)': a file, named as such
        if repo and not CONTAINER_RE.search(repo[1]):
            found.append(Repository(start, end, *repo, url=url))
    linked = {(r.start, r.end) for r in found}
    for match in HUB_REPO_RE.finditer(text):
        repo = repository(match.group(0))
        if repo and (match.start(), match.end()) not in linked:
            found.append(Repository(match.start(), match.end(), *repo, url=match.group(0)))
    return sorted(found, key=lambda r: r.start)


# A repository id written out without an address ('Quillon/zorvak-7b-chat', '`org/X-Multilingual-hi`'), as pages
# saved as text or PDF, tables of checkpoints and prose quote them: an organisation, a slash and a repository name
# with a hyphen or a digit; not part of an address, a path or a longer id ('a/b/c').
# 'Zorvak-7B/Zorvak-13B', 'GPT-4/GPT-3.5': two names side by side, not an organisation's repository.
VERSIONED_RE = re.compile(r".*[-.\s]v?\d+(?:\.\d+)?[bmk]?", re.I)
FILE_RE = re.compile(r"\.(?:py|sh|ya?ml|json|ipynb|md|txt|cfg|toml|ini|js|ts|c|cc|cpp|h|rs|go|java|bin|pt|pth|"
                     r"safetensors|gguf|ckpt|onnx|zip|gz|tar|csv|tsv|jsonl|parquet|html?|png|jpe?g|gif|svg|pdf)$", re.I)
# After an id: more words of a display name ('org/Zorvak 7B Chat', a name the organisation only prefixes), or what
# the id holds when it is no model ('org/x-foundry repo', 'org/x-corpus dataset').
NOT_AN_ID_AFTER_RE = re.compile(r"[ \t]+(?:[A-Z0-9]|(?i:repo(?:sitory)?|codebase|library|toolkit|package|data(?:set)?|"
                                r"corpus|space|demo|github)\b)")
WRITTEN_ID_RE = re.compile(r"(?<![\w./:@#~-])(?P<org>[A-Za-z0-9][\w.\-]{0,95})/(?P<repo>[A-Za-z][\w.\-]{0,95}?)"
                           r"(?=[.,;:)]?(?:$|[^\w./\-]))")


def written_repositories(text: str, links: list) -> list[Repository]:
    """The repository ids `text` writes out without an address (outside every link of `links`, whose address
    says what it reaches): a page kept as text still names its checkpoints by their ids. Each stands where its
    repository's name is written ('Zorvak-7B' of 'quillon/Zorvak-7B')."""
    found, spans = [], Spans(links)
    for match in WRITTEN_ID_RE.finditer(text):
        org, name = match.group("org"), FORMAT_SUFFIX_RE.sub("", match.group("repo"))
        if org.lower() in HUB_SECTIONS or not re.search(r"[A-Za-z]", org) or not re.search(r"[\d_-]", name) \
                or len(name) < 4 or not re.search(r"[A-Za-z]{2}", name) \
                or VERSIONED_RE.fullmatch(org) or FILE_RE.search(name) or NOT_AN_ID_AFTER_RE.match(text, match.end()) \
                or spans.overlapping(match.start(), match.end()):
            continue
        found.append(Repository(match.start("repo"), match.end("repo"), org, name))
    return found


def letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def anagram(name: str) -> str:
    """A name's letters and digits in sorted order: one key for every spelling and word order of it."""
    return "".join(sorted(letters(name)))


# A usage snippet loading a repository ('from_pretrained("org/X-70B")', 'model_id = "org/X-70B"'): code is never a
# source of facts, but where the prose names no model, the repository a card loads is the card's model.
# (a variable naming it by any name holding 'model' or 'repo': 'hg_model_hub_name = "org/X"')
# Read as the quoted id, then what stands just before it: one pattern over both scanned every word of a page.
QUOTED_REPO_RE = re.compile(r"""["']([\w.\-]{2,96})/([\w.\-]{2,96})["']""")
LOADS_BEFORE_RE = re.compile(r"""(?:\bfrom_pretrained|\b(?i:[a-z_0-9]*(?:model|repo)[a-z_0-9]*)|--model)"""
                             r"""\s*[=(:]?\s*\(?\s*\Z""")
COMMENTED_LINE_RE = re.compile(r"[ \t]*(?:#|//)")


def snippet_repositories(source: str) -> list[tuple[str, str]]:
    """(organisation, name) of the repositories usage snippets load, not on a line commented out (an alternative the
    reader may swap in: '# model_name = "org/Y"')."""
    out = []
    for m in QUOTED_REPO_RE.finditer(source):
        if LOADS_BEFORE_RE.search(source[max(0, m.start() - 80):m.start()]) \
                and not COMMENTED_LINE_RE.match(source, source.rfind("\n", 0, m.start()) + 1):
            out.append(m.groups())
    return out
