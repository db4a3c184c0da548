"""Model names: candidates found by shape (a name with a version or size), which of them the document
describes, and which described models a statement at a given position is about.

A candidate's identity is its set of lower-case tokens, so "Claude 3.7 Sonnet" and "Claude Sonnet 3.7" are one
model; a candidate whose tokens are contained in exactly one other's is a short form of it ("Opus 4"), and one
contained in several is a family name ("Claude 4", "Llama 3.1").
"""

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .document import Document
from .links import HUB_REPO_RE, anagram, letters, repositories
from .segment import CAMEL_WORDS, Segmenter
from .tables import BARE_SIZE_RE, NAME_HEADER_RE, cell_start, column_field, find_tables, score_columns
from .values import KNOWN_DEVELOPERS, SIZE_RE, parse_size

TOKEN = r"[A-Z][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*"
LEAD = r"[A-Z][A-Za-z]*(?:[.\-][A-Za-z]+)*"  # words before a name's versioned word carry no digits (Claude, Meta)
SP = r"[ \t\u00a0]+"  # a name never runs over a line break
LOWER_MODEL = r"o\d(?:-(?:mini|pro|preview))?"  # OpenAI's lower-case names (o1, o3-mini)
# A lower-case identifier with a size word ('gpt-oss-120b', 'llama-2-7b-chat'): how repositories name checkpoints.
LOWER_SIZED = r"[a-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*-\d+(?:\.\d+)?[bmBM](?:-[A-Za-z0-9.]+)*"
# ... or with a version word after two words at least ('nomic-embed-text-v1', 'jina-embedding-t-en-v1').
LOWER_VERSIONED = r"[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}-v\d+(?:\.\d+)*(?:-[a-z0-9.]+)*"
# A lower-case prefix before a capitalised, versioned word ('ruGPT3Large', 'xLSTM7B').
LOWER_CAMEL = r"[a-z]{1,4}[A-Z][A-Za-z0-9]*\d[A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*"
VERSION = r"v?\d+(?:\.\d+)*[a-jl-z]?(?:-[A-Za-z0-9]+)*"  # not 'k' (1.2k likes)
SIZE = r"\d+(?:\.\d+)?[BMT](?:[ \t]*/[ \t]*\d+(?:\.\d+)?[BMT])*|\d+x\d+(?:\.\d+)?B"
VARIANTS = (
    "Instruct|Chat|Base|Pro|Flash|Mini|mini|Nano|nano|Ultra|Turbo|turbo|Vision|Large|Medium|Small|Lite|Plus|Max|"
    "Sonnet|Opus|Haiku|Coder|Code|Thinking|Preview|Reasoning|Omni|Air|Edge|Scout|Maverick|Guard|it|IT|Embed|Distill|"
    "VL|Math|Audio|Realtime|Instant|Nemo|Tiny|XL|XXL|Micro|Heavy|Fast|High|Low"
)
# A name that adds one of these words to another is a different model ("Halo 3 Mini" is not "Halo 3").
DISTINCT_WORDS = {w.lower() for w in VARIANTS.split("|")} - {"instruct", "chat", "base", "it", "preview"}
NAME_RE = re.compile(
    rf"(?:(?<![A-Za-z0-9_.\-/])|(?<=[a-z.:)%])(?=[A-Z]))(?:{LOWER_SIZED}|{LOWER_VERSIONED}|{LOWER_CAMEL}|{LOWER_MODEL}|(?:{LEAD}{SP}){{0,2}}{TOKEN})"
    rf"(?:{SP}(?:{SIZE}|{VERSION}|(?:{VARIANTS})(?![a-z0-9])(?!{SP}[Ll]anguage{SP}[Mm]odel)))*"
    rf"(?:{SP}(?P<tier>[A-Z][a-z]{{2,}})(?![a-z0-9]))?"
    rf"(?![a-z0-9])"  # a capital may follow at once: dumped page text runs blocks together
)
# Words that follow a name without being part of it ("Claude Opus 4 Summary Table").
NOT_TIER = {
    "summary", "table", "model", "models", "system", "card", "report", "family", "series", "standard", "api",
    "app", "announcement", "overview", "release", "notes", "technical", "benchmark", "evaluation", "evaluations",
    "safety", "and", "the", "with", "for", "instruct", "chat", "base", "preview", "is", "are", "was", "has", "can",
    "will", "achieves", "scores", "shows", "on", "in", "at", "by", "to", "of", "via", "license", "community",
    "language", "languages", "collection", "weights", "checkpoints", "team",
}
LEADING_STOP = {
    "the", "our", "this", "these", "those", "both", "in", "for", "as", "with", "when", "while", "compared", "model",
    "models", "new", "introducing", "using", "meet", "today", "each", "all", "unlike", "like", "and", "or", "but",
    "however", "additionally", "also", "note", "see", "read", "use", "download", "try", "run", "a", "an", "if",
    "by", "on", "at", "from", "to", "of", "is", "are", "was", "we", "its", "their", "test", "then", "after",
    "before", "during", "only", "every", "base", "summary", "table", "figure", "here", "there", "what", "which",
    # verbs that start a sentence or a list item before a name ('Supports Llama 3', 'Run DeepSeek-V3')
    "support", "supports", "supported", "running", "runs", "deploy", "deploys", "deploying", "serve", "serving",
    "enable", "enables", "fine-tune", "finetune", "chat", "compare", "evaluate", "install", "load", "loading",
    "architecture", "variations", "status", "overview", "license", "developer", "developers", "input", "output",
    "train", "training", "finetuning", "inference", "evaluating", "convert", "converting", "quantize",
}
EXCLUDED_TOKENS = {
    "level", "section", "table", "figure", "fig", "chapter", "part", "step", "phase", "tier", "article", "annex",
    "appendix", "version", "page", "class", "category", "stage", "round", "day", "week", "year", "top", "asl",
    "iso", "iec", "soc", "report", "card", "gdpr", "hipaa", "covid", "windows", "python", "cuda", "pytorch",
    "transformers", "ubuntu", "android", "ios", "macos", "license", "licence", "apache", "gpl", "agpl", "lgpl",
    "mit", "cc", "bsd", "mpl", "openrail", "rail", "ieee", "rfc", "q1", "q2", "q3", "q4", "tpu", "gpu", "gpus",
    "mmlu", "gsm", "gsm8k", "humaneval", "math", "gpqa", "aime", "swe", "mbpp", "arc", "hellaswag", "ifeval",
    "bbh", "mmmu", "mgsm", "drop", "tau", "bfcl", "livecodebench", "mt", "arena", "winogrande", "truthfulqa",
    "piqa", "boolq", "triviaqa", "agieval", "docvqa", "chartqa", "textvqa", "mathvista", "osworld", "simpleqa",
    "shot", "shots", "cot", "pass", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "cvss", "cve", "owasp", "nist", "rmf", "sp", "act",
}
# A weights file ('Phi-3-mini-4k-instruct-q4.gguf') names a download, not a model.
FILE_NAME_RE = re.compile(r"\.(?:gguf|safetensors|bin|onnx|pt|pth|ckpt|json|ya?ml|md|zip|tar|gz|py|txt|sh|ipynb|mdl|"
                          r"pkl|h5|npz|tflite|exe|msi|dmg|whl|deb|rpm|apk)\b", re.I)
ASIDE_RE = re.compile(r"\s*[(\[][^()\[\]]{1,30}[)\]]\s*$")
IDENTIFIER_TAIL_RE = re.compile(r"_\w|\.[A-Za-z]{2,5}\b")
NON_LETTER_RE = re.compile(r"[^a-z]")
PART_SPLIT_RE = re.compile(r"[-.]")
SIZE_OR_VERSION_RE = re.compile(rf"{SIZE}|{VERSION}")
INITIAL_RE = re.compile(r"[A-Z]\d?")
HARDWARE_RE = re.compile(r"^[A-Z]{1,3}\d{2,4}[A-Z]?$")
STRONG_BEFORE_RE = re.compile(
    r"(?:model\s+card|system\s+card|model\s+report|technical\s+report|report|card|addendum|overview|introducing|"
    r"announcing|meet)\s+(?:for|of|on)?\s*:?\s*(?:the\s+)?$", re.I)
STRONG_AFTER_RE = re.compile(r"^\s*(?:model\s+card|system\s+card|model\s+report|technical\s+report|card\b|"
                             r"(?:is|are|was|were)\s+(?:a|an|our|two|three|four|several|new|the\s+(?:first|latest|"
                             r"new|next))\b|(?:is|are)\s+\w+\s+new\b)", re.I)
REFERENCE_RE = re.compile(r"\b(?:see|refer\s+to|visit|read|check(?:\s+out)?)\b[^.]*$", re.I)
# 'X Technical Report' further down a page is a link to another document; near the top it is the page's title.
CARD_AFTER_RE = re.compile(r"^\s*(?:model\s+card|system\s+card|model\s+report|technical\s+report|card\b)", re.I)
COMPARATIVE_RE = re.compile(r"(?:than|over|vs\.?|versus|compared\s+(?:to|with)|previous|prior|predecessor|like|"
                            r"such\s+as|outperform\w*|beat\w*|surpass\w*|relative\s+to)\s*(?:the\s+|our\s+)?$", re.I)
COORDINATION_RE = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*)$")
ALL_MODELS_RE = re.compile(r"\b(?:both|all(?:\s+\w+)?|each|every|these|the)\s+models?\b|\ball\s+(?:two|three|four)\b",
                           re.I)
FACT_CUE_RE = re.compile(r"context|knowledge|cut-?off|release|parameters|licen[cs]e|modalit|input|output", re.I)
GENERIC_SUFFIXES = {"instruct", "chat", "it", "base", "hf"}
SIZE_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?[bmt]")
ACTIVE_NEAR_RE = re.compile(r"[^.;]{0,30}?\bactiv", re.I)
CHANGE_TO_RE = re.compile(r"\bfrom\s*$|\bfrom\s+\S+\s+to\s*$")
FOR_SIZE_AFTER_RE = re.compile(r"[^.;]{0,20}?\s*for\s+(?:the\s+)?(\d+(?:\.\d+)?\s*[BMT])\b")
SIZE_LIST_RE = re.compile(rf"(?<![\w.])({SIZE_RE})(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/|&)\s*({SIZE_RE}))+")
# A name cell of a models table: a short label with a hyphenated or versioned word ('Seed-X-Instruct', 'Solar Mini').
TABLE_NAME_RE = re.compile(r"^(?=.{2,60}$)[A-Za-z][\w.+]*(?:-[\w.+]+)+(?:[ \t][\w.\-+]+){0,3}$")
FAMILY_HEADING_STOP = {"model", "models", "family", "sizes", "size", "checkpoints", "overview", "available", "the",
                       "series", "variants", "all", "our", "of", "and", "card", "details", "summary", "introduction",
                       "about", "versions", "list", "table", "weights", "downloads", "download", "release", "releases",
                       "information", "specifications", "specs", "architecture", "performance", "evaluation",
                       "results", "usage", "quickstart", "installation", "setup", "license", "citation", "news"}
FAMILY_SIZES_RE = re.compile(rf"\s*(?:models|family|series|variants)\s*(?:\(|in\s+|:)\s*{SIZE_RE}"
                             rf"(?:\s*(?:,\s*(?:and\s+)?|and\s+|/)\s*{SIZE_RE})+")
# Columns that state a model's facts: a table with one makes its rows' names the document's models; a table of
# scores alone ('Model | Arena-Hard | AlpacaEval') compares models the document need not describe.
FACT_HEADER_RE = re.compile(r"param|size|context|licen[cs]|release|cut-?off|modalit|input|output|download|availab|"
                            r"access|token|date|knowledge", re.I)


MAX_SIBLING_LOOKS = 40
RELEASE_CUE_RE = re.compile(r"\b(?:releas|download|weights|checkpoint|open[- ]?sourc|publish|we\s+provide|"
                            r"(?:is|are)\s+(?:now\s+)?available)", re.I)
TITLE_WORD = r"[A-Z][\w.\-]*"
TITLE_NAME = rf"{TITLE_WORD}(?:[ \t]+{TITLE_WORD}){{0,2}}"
TITLE_NAME_RE = re.compile(
    rf"^(?:model\s+card\s*:?\s*(?:for\s+)?({TITLE_NAME})|({TITLE_NAME})\s+(?:model|system)\s+card|"
    rf"({TITLE_NAME})\s*:\s+(?=.*\b(?:models?|LLMs?|family|transformers?)\b).*)$", re.I)
# 'Aria is a multimodal … model', 'introduce Chatterbox, … TTS model': a name the document introduces.
DEFINES_RE = re.compile(r"^(?P<name>[A-Z][a-z]*(?:[A-Z][A-Za-z]*)*)\s+(?:is|are)\s+(?:a|an|our)\b")
INTRODUCES_RE = re.compile(r"\b(?:introduc(?:e|ing)|present(?:ing)?|releas(?:e|ing))\s+(?P<name>[A-Z][a-z]*(?:[A-Z]"
                           r"[A-Za-z]*)*)(?=\s*[,:(—–-]|\s+(?:is|as|a|an)\b)")
MODEL_NOUN_RE = re.compile(r"\b(?:model|LLM|transformer|neural\s+network|text-to-\w+|speech-to-\w+|TTS|ASR|"
                           r"diffusion|vision-language|multimodal|embedding)s?\b")
GROUP_OF_RE = re.compile(r"\W*(?:\w+\W+){0,3}?(?:collection|family|suite|series|set|list|zoo)\s+of\b", re.I)
NOT_INTRODUCED = {"this", "it", "the", "our", "we", "there", "here", "what", "which", "that", "each", "every", "one",
                  "model", "models", "python", "docker", "linux", "windows", "transformers", "diffusers", "ollama"}
OWN_WORDS = {"ours", "our model", "this work", "baseline", "baselines"}
STOP_TITLE_WORDS = {"how", "can", "open", "source", "truly", "with", "for", "new", "technical", "report", "paper",
                    "official", "repository", "code", "github", "readme", "guide", "docs", "documentation", "llm",
                    "llms", "language", "large", "chat", "base", "instruct"}
SHORT_LABEL_RE = re.compile(r"^[A-Za-z][\w.\-]{0,24}$")  # 'tiny', 'tiny.en', 'large-v2', 'turbo'
VARIANT_HEADER_RE = re.compile(r"\b(?:model|checkpoint|variant)s?\b", re.I)
NA_RE = re.compile(r"^(?:n/?a|[-–—]|none)$", re.I)


def tokens(text: str) -> frozenset:
    return frozenset(re.findall(r"[a-z0-9]+(?:\.[0-9]+(?:[bmt](?![a-z0-9]))?)?", text.lower()))


def cell_key(cell: str) -> frozenset:
    """A name cell's tokens without a closing remark in parentheses ('LongChat-13b-16k (ours)')."""
    return tokens(ASIDE_RE.sub("", cell))


@dataclass
class Candidate:
    key: frozenset
    names: Counter = field(default_factory=Counter)
    mentions: list = field(default_factory=list)  # (start, end)
    strong: bool = False

    @property
    def display(self) -> str:
        """The fullest spelling, without a trailing 'Instruct'-like word when a plainer spelling exists."""
        # A repository's lower-case id ('smew-3-7b') yields to the name as the prose writes it ('Smew-3-7B').
        spellings = sorted(self.names, key=lambda n: (-len(tokens(n)), n.islower(), -self.names[n], n))
        return spellings[0]


@dataclass
class Mention:
    start: int
    end: int
    key: frozenset


def clean_name(raw: str, developer_words: set) -> str | None:
    words = raw.split()
    while words and words[0].lower() in LEADING_STOP:
        words.pop(0)
    while len(words) > 1 and words[0].lower() in developer_words and re.search(r"[A-Za-z]", words[1]) \
            and not re.fullmatch(VARIANTS, words[1]):
        words.pop(0)
    while words and words[-1].lower() in GENERIC_SUFFIXES - {"base"} and len(words) > 2:
        words.pop()
    name = " ".join(words)
    if not name or not re.search(r"\d", name) or len(name) > 60 or FILE_NAME_RE.search(name):
        return None
    # 'Step 3' is an instruction's step; 'Step3' (a word run into its number) is a name.
    lowered = [NON_LETTER_RE.sub("", part) for w in words for part in PART_SPLIT_RE.split(w.lower())
               if not re.fullmatch(r"[a-z]{3,}\d{1,2}", part) or part in EXCLUDED_TOKENS]
    if any(t in EXCLUDED_TOKENS for t in lowered) or any(HARDWARE_RE.match(w) for w in words):
        return None
    if any(re.fullmatch(r"[A-Z][a-z]{3,}\d{2,}", w) for w in words):
        return None  # a word run into a section number ("Commitments01"), not a versioned name
    if SIZE_OR_VERSION_RE.fullmatch(name) or INITIAL_RE.fullmatch(words[0]):
        return None
    return name


class ModelNames:
    """Finds the models a document describes and maps positions in it to them."""

    def __init__(self, doc: Document, seg: Segmenter, developer: str | None = None):
        self.doc, self.seg = doc, seg
        self.developer = developer
        self._linked: set[tuple[int, int]] = set()  # spans of mentions that link to the document's own repository
        dev_words = {w.lower() for d in KNOWN_DEVELOPERS for w in d.split() if len(w) > 2}
        dev_words |= {w.lower() for w in (developer or "").split() if len(w) > 2}
        dev_words -= {"mistral", "ai", "labs", "research", "cloud"}
        self._lists = None
        self._heading = False
        self._fact_headers: dict[tuple, bool] = {}
        self._named_levels: Counter | None = None
        self._root_index: dict | None = None
        tables, of_block = find_tables(doc)
        self._table_at = {doc.blocks[i].start: t for i, t in of_block.items()}
        self._squashed: str | None = None  # the text lower-cased without separators, for spelling-blind looks
        self._score_columns: dict[int, bool] = {}  # id(table) -> whether it has a column of results
        self._families: dict[int, str | None] = {}  # heading start -> the family it names, if any
        self._listed_alone: set[frozenset] = set()  # versionless names listed beside their versioned sibling
        self._cell_subjects: set[int] = set()  # ids of the mentions read from a table cell: their row's subject
        self.candidates: dict[frozenset, Candidate] = {}
        self.mentions: list[Mention] = []
        raw_matches = list(NAME_RE.finditer(doc.text))
        tiers = Counter(m.group(0) for m in raw_matches if m.group("tier"))
        for match in raw_matches:
            end = match.end()
            tier = match.group("tier")
            after = doc.text[match.end():match.end() + 20]
            if tier and (tier.lower() in NOT_TIER or tiers[match.group(0)] < 2 and not re.fullmatch(VARIANTS, tier)
                         or re.match(r"[ \t]+[Ll]anguage[ \t]+[Mm]odel", after)):
                end = match.start("tier")  # a tier word counts only when the longer name recurs
            begin = match.start()
            last = seg.sentences[seg.index_at(end - 1)]
            if last.start > begin:  # run-together text: the name starts where its sentence does
                begin = last.start
            raw = doc.text[begin:end].rstrip()
            if IDENTIFIER_TAIL_RE.match(doc.text, begin + len(raw)):
                continue  # 'cerebras-gpt-dense-111m-sp_final.mdl': part of a file name or code identifier
            name = clean_name(raw, dev_words)
            if not name:
                continue
            start = begin + raw.find(name.split()[0])
            key = tokens(name)
            cand = self.candidates.setdefault(key, Candidate(key))
            cand.names[name] += 1
            cand.mentions.append((start, start + len(name)))
            self.mentions.append(Mention(start, start + len(name), key))
        self._title_name()
        self._introduced_name(dev_words)
        self._indexed_names()
        self._table_names(tables)
        self._digitless_siblings()
        self._elided_mentions()
        self._linked_repositories()
        self._merge_short_forms()
        self._starts = [m.start for m in self.mentions]  # mentions are in document order
        self.described: list[frozenset] = []
        self.siblings: set[frozenset] = set()
        self.members: dict[frozenset, list[frozenset]] = {}
        self.sizes: dict[frozenset, int] = {}
        self._choose()

    def _table_names(self, tables) -> None:
        """The name column of a table listing models names models even without a version ('Seed-X-Instruct')."""
        existing = sorted((m.start, m.end) for m in self.mentions)
        starts = [a for a, _b in existing]
        by_span = {(m.start, m.end): m for m in self.mentions}
        removed: set[int] = set()
        added = False
        for table in tables:
            if table.name_col is None or table.scores:
                continue
            for index in table.blocks:
                block = self.doc.blocks[index]
                cells = block.cells
                others = [c for j, c in enumerate(cells) if j != table.name_col and c.strip()]
                if table.name_col >= len(cells) or not others:
                    continue  # a section row ('Audio models'), not a model
                cell = cells[table.name_col].strip()
                sizes = self._size_column(table)
                family = self._table_family(block.start) if sizes and SHORT_LABEL_RE.match(cell) else None
                if family and table.name_counts[cells[table.name_col]] == 1:
                    self._add_table_name(block, table, table.name_col, f"{family} {cell}")
                    for j in self._variant_columns(table):
                        # 'English-only model: tiny.en' beside 'Size: tiny': another model of the row's size
                        variant = cells[j].strip() if j < len(cells) else ""
                        if SHORT_LABEL_RE.match(variant) and variant != cell:
                            self._add_table_name(block, table, j, f"{family} {variant}")
                    added = True
                    continue
                sized = self._family_size_name(table, cells, cell)
                if sized:
                    # 'Cerebras-GPT | 111M', 'Cerebras-GPT | 256M': one family over rows that differ by size.
                    self._add_table_name(block, table, table.name_col, sized)
                    added = True
                    continue
                if not TABLE_NAME_RE.match(cell) or FILE_NAME_RE.search(cell) \
                        or table.name_counts[cells[table.name_col]] != 1:
                    continue
                start = cell_start(self.doc, block, table.header, table.name_col)
                if start is None:
                    continue
                end = start + len(cell)
                i = bisect.bisect_left(starts, start)
                if i > 0 and existing[i - 1][1] > start or i < len(starts) and starts[i] == start:
                    continue  # a name found by its shape already stands there
                overlapping = existing[i:bisect.bisect_left(starts, end)]
                if any(b > end for _a, b in overlapping):
                    continue
                for span in overlapping:  # 'BERT-350M' read inside 'X2.5-ColBERT-350M': the cell is the name
                    m = by_span.pop(span, None)
                    if m is None:
                        continue
                    removed.add(id(m))
                    self.candidates[m.key].mentions.remove(span)
                    if not self.candidates[m.key].mentions:
                        del self.candidates[m.key]
                key = tokens(cell)
                if not key:
                    continue
                cand = self.candidates.setdefault(key, Candidate(key))
                cand.names[cell] += 1
                cand.mentions.append((start, start + len(cell)))
                self.mentions.append(Mention(start, start + len(cell), key))
                added = True
        if removed:
            self.mentions = [m for m in self.mentions if id(m) not in removed]
        if added or removed:
            self.mentions.sort(key=lambda x: x.start)

    def _linked_repositories(self) -> None:
        """A link to one of the document's own model repositories on a hub names a released model: '[7B](…/lmsys/
        vicuna-7b-v1.3)' is vicuna-7b-v1.3, and '- [nomic-bert-2048](…)' is a model though its name reads like
        none. A link whose text is itself a name marks that name; a link reading '7B', '🤗' or 'here' names the
        repository's model where it stands. Links in tables of results (baselines) name nothing."""
        repos = [r for r in repositories(self.doc.links, self.doc.text) if not self._in_score_table_at(r.start)]
        if not repos:
            return
        own = self._own_orgs(repos)
        # A repository's id spells a name its own way ('internlm2_5-7b-chat' for 'InternLM2.5-7B-Chat',
        # 'deepseek-math-7b-base' for 'DeepSeekMath-Base 7B'): the same letters and digits are the same name.
        spelled = {anagram(name): key for key, cand in self.candidates.items() for name in cand.names}
        spans = sorted((m.start, m.end) for m in self.mentions)
        starts = [a for a, _b in spans]
        added = False
        for repo in repos:
            if repo.org.lower() not in own:
                continue
            i = bisect.bisect_left(starts, repo.start)
            overlapping = [(a, b) for a, b in spans[max(0, i - 1):i + 4] if a < repo.end and b > repo.start]
            key = spelled.get(anagram(repo.name)) or tokens(repo.name)
            if overlapping:
                # The link's text names the model itself ('[Command R 08-2024](…/c4ai-command-r-08-2024)'), or
                # something else that the address does not name ('XT-Chat-Base-20B' read inside a path).
                self._linked.update(span for span in overlapping
                                    if self._raw_key(Mention(*span, key)) <= tokens(repo.name) | key)
                continue
            label = self.doc.text[repo.start:repo.end]
            spelled_out = letters(label) in (letters(repo.name), letters(repo.org + repo.name))
            if not key or repo.end - repo.start > 40 and not spelled_out and not HUB_REPO_RE.match(label):
                continue  # a long link text that is not the repository's name says something else
            if not re.search(r"\d", repo.name) and key not in self.candidates and not spelled_out:
                continue  # a name without a version counts when the link's text spells it ('[MiniCPM-Embedding](…)')
            if key not in self.candidates:
                self.candidates[key] = Candidate(key)
                # '[Org/X-Multilingual-hi](…)': the repository id as the document writes it
                self.candidates[key].names[label.strip() if spelled_out else repo.name] += 1
                spelled[anagram(repo.name)] = key
            self.candidates[key].mentions.append((repo.start, repo.end))
            self.mentions.append(Mention(repo.start, repo.end, key))
            sentence = self.seg.at(repo.start)
            if self.doc.blocks[sentence.block].kind != "text" \
                    or RELEASE_CUE_RE.search(self.doc.text, sentence.start, sentence.end):
                # '[7B](…) and [13B](…)' in a table, a list or a sentence that releases them; not 'belongs to
                # the X family, in two variants [4K](…) and [128K](…)', which only places the model described.
                self._linked.add((repo.start, repo.end))
            added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _own_orgs(self, repos) -> set[str]:
        """The hub organisations that publish the document's models: the one named like its developer, the ones
        whose repositories carry its title's word ('lmsys' under '# LongChat', not 'mosaicml'), else one that holds
        most of the links."""
        developer = letters(self.developer or "")
        stems = self._title_stems() | {w for w in re.findall(r"[a-z]+", (self.doc.title or "").lower()) if len(w) > 2}
        stems -= FAMILY_HEADING_STOP | STOP_TITLE_WORDS
        counts = Counter(r.org.lower() for r in repos)
        own = set()
        for repo in repos:
            org, stem = letters(repo.org), re.match(r"[a-z]*", repo.name.lower()).group(0)
            if developer and len(org) >= 3 and (org in developer or developer in org) or stem in stems:
                own.add(repo.org.lower())
        top, count = counts.most_common(1)[0]
        if not own and count >= 3 and count * 3 >= 2 * sum(counts.values()):
            own.add(top)
        return own

    def _table_family(self, pos: int) -> str | None:
        """The family a table of bare sizes belongs to: the nearest heading that names one ('## Whisper' over
        'tiny'), else the document's title ('Model Card: Whisper'). A family's name recurs in its document; a
        heading such as 'Model Details' or 'Available models and languages' names none."""
        for start, title in self.seg.headings_before(pos):
            if start not in self._families:  # one look per heading, not one per table row
                self._families[start] = None
                # 'RITA: a Study on Scaling…', 'Model Card: Whisper': either side of a colon may be the name.
                for part in [title, *title.split(":", 1)] if ":" in title else [title]:
                    words = [w for w in re.findall(r"[\w.\-]+", part) if w.lower() not in FAMILY_HEADING_STOP]
                    family = " ".join(words) if 1 <= len(words) <= 3 and words[0][0].isupper() else None
                    if family and self._recurs(family):
                        self._families[start] = family
                        break
            if self._families[start]:
                return self._families[start]
        return None

    def _add_table_name(self, block, table, j: int, name: str) -> None:
        """A model named by a cell of a table row (the cell may give only its size, the name its family's)."""
        cell = block.cells[j].strip()
        start = cell_start(self.doc, block, table.header, j)
        if start is None:
            return
        key = tokens(name)
        cand = self.candidates.setdefault(key, Candidate(key))
        cand.names[name] += 1
        cand.mentions.append((start, start + len(cell)))
        mention = Mention(start, start + len(cell), key)
        self.mentions.append(mention)
        self._cell_subjects.add(id(mention))

    def _family_size_name(self, table, cells, cell: str) -> str | None:
        """'Family 111M' for a row whose name cell repeats down the table beside a size column."""
        cell = ASIDE_RE.sub("", cell)  # 'Orion-2 (text only)'
        if self._has_results(table) or cell.lower() in OWN_WORDS:
            return None
        if table.name_counts[cells[table.name_col]] < 2 or not re.match(r"[A-Z]", cell) or len(cell) > 40 \
                or re.search(rf"(?<![\w.]){SIZE_RE}(?![\w.])", cell):
            return None
        for j, head in enumerate(table.header):
            if j != table.name_col and j < len(cells) and column_field(head) == "parameters":
                size = re.match(rf"\s*({SIZE_RE})\b", cells[j])
                if size:
                    return f"{cell} {size.group(1).replace(' ', '')}"
        return None

    def _recurs(self, family: str) -> bool:
        """A family's name recurs in its document: as written, or (a name with a hyphen or an inner capital,
        'XLM-RoBERTa Longformer') spelt as a repository id ('xlm-roberta-longformer-base')."""
        if len(re.findall(rf"(?<![\w-]){re.escape(family)}(?![\w-])", self.doc.text)) >= 2:
            return True
        if not re.search(r"-|[a-z][A-Z]|[A-Z]{2}", family):
            return False
        if self._squashed is None:
            self._squashed = re.sub(r"[^a-z0-9]", "", self.doc.text.lower())
        return self._squashed.count(re.sub(r"[^a-z0-9]", "", family.lower())) >= 2

    def _has_results(self, table) -> bool:
        """A table with a column of results compares sizes of models, the document's own or not."""
        if id(table) not in self._score_columns:
            self._score_columns[id(table)] = table.scores or bool(score_columns(self.doc, table))
        return self._score_columns[id(table)]

    def _size_column(self, table) -> bool:
        """The name column gives sizes ('tiny', 'base', '70M'), the family is named elsewhere."""
        cells = [c.strip() for c in table.column(self.doc, table.name_col) if c.strip()]
        return len(cells) >= 2 and sum(bool(BARE_SIZE_RE.match(c)) for c in cells) * 3 >= len(cells) * 2

    def _variant_columns(self, table) -> list[int]:
        """Columns headed as models ('English-only model', 'Multilingual model') whose cells are identifiers."""
        out = []
        for j, head in enumerate(table.header):
            if j == table.name_col or not VARIANT_HEADER_RE.search(head):
                continue
            cells = [c.strip() for c in table.column(self.doc, j) if c.strip() and not NA_RE.match(c)]
            if len(cells) >= 2 and sum(bool(SHORT_LABEL_RE.match(c)) for c in cells) * 3 >= len(cells) * 2:
                out.append(j)
        return out

    def _title_name(self) -> None:
        """A name without a version that titles its card: 'Model Card: Bark', 'OpenELM: An Efficient Language
        Model Family…', 'Zonos Model Card'. Its every mention is a mention of that model."""
        first = next((b for b in self.doc.blocks if b.kind == "heading"), None)
        if first is None or first.level > 1:
            return
        title = self.doc.text[first.start:first.end].strip()
        match = TITLE_NAME_RE.match(title)
        name = match and next(g for g in match.groups() if g)
        if not name or name.lower() in FAMILY_HEADING_STOP or any(tokens(name) <= k for k in self.candidates):
            return
        key = tokens(name)
        cand = self.candidates.setdefault(key, Candidate(key))
        for m in re.finditer(rf"(?<![\w.\-]){re.escape(name)}(?![\w\-]|\.\w)", self.doc.text):
            cand.names[name] += 1
            cand.mentions.append((m.start(), m.end()))
            self.mentions.append(Mention(m.start(), m.end(), key))
        self.mentions.sort(key=lambda x: x.start)

    def _indexed_names(self) -> None:
        """The model a card's front matter names in its `model-index` (its repository id or its name): where the
        text names it, that is the card's model."""
        for name in self.doc.meta.get("model_index_names", []):
            name = name.rsplit("/", 1)[-1].strip()
            key = tokens(name)
            known = next((k for k in self.candidates if anagram(" ".join(k)) == anagram(name)), None) if key else None
            if known is None and len(name) >= 3:
                spans = [(m.start(), m.end()) for m in re.finditer(
                    rf"(?<![\w.\-/]){re.escape(name)}(?![\w\-]|\.\w)", self.doc.text, re.I)]
                if spans:
                    known = key
                    cand = self.candidates.setdefault(key, Candidate(key))
                    for start, end in spans:
                        cand.names[self.doc.text[start:end]] += 1
                        cand.mentions.append((start, end))
                        self.mentions.append(Mention(start, end, key))
                    self.mentions.sort(key=lambda x: x.start)
            if known is not None and self.candidates[known].mentions:
                self._linked.add(self.candidates[known].mentions[0])

    def _introduced_name(self, developer_words: set) -> None:
        """A versionless name the document introduces as a model: 'Aria is a multimodal native MoE model', 'we're
        excited to introduce Chatterbox, … first … TTS model', 'MeloTTS is a … text-to-speech library'. The first
        such sentence only, near the start or named by the title, never a known tool, benchmark or maker."""
        title = self._first_heading()
        title_text = self.doc.text[title.start:title.end] if title else ""
        for index, sentence in enumerate(self.seg.sentences[:400]):
            text = self.doc.text[sentence.start:sentence.end]
            match = DEFINES_RE.match(text) or INTRODUCES_RE.search(text)
            if not match or not MODEL_NOUN_RE.search(text, match.end()) or GROUP_OF_RE.match(text, match.end()):
                continue  # 'Dirge is a collection of foundation models' names a family, not a model
            if index >= 8 and match.group("name") not in title_text.split():
                return  # an introduction opens the document, or its title names it; not 'LoRA is a method…'
            name = match.group("name")
            name = match.group("name")
            lowered = name.lower()
            if lowered in NOT_INTRODUCED or lowered in CAMEL_WORDS or lowered in developer_words \
                    or tokens(name) in self.candidates:
                return
            spans = [(m.start(), m.end()) for m in re.finditer(
                rf"(?<![\w.\-/]){re.escape(name)}(?![\w\-]|\.\w)", self.doc.text)]
            key = tokens(name)
            if not spans:
                return
            cand = self.candidates.setdefault(key, Candidate(key))
            for start, end in spans:
                cand.names[name] += 1
                cand.mentions.append((start, end))
                self.mentions.append(Mention(start, end, key))
            self._linked.add((sentence.start + match.start("name"), sentence.start + match.end("name")))
            self.mentions.sort(key=lambda x: x.start)
            return

    def _digitless_siblings(self) -> None:
        """'Command R, Command R 08-2024': a name without a version listed beside its versioned sibling is a
        model of its own (the first release), not a family, when it stands alone in a list with it."""
        found: dict[str, list[tuple[int, int]]] = {}
        # The most mentioned names only: each costs a scan of the text, and a page names few model lines.
        for cand in sorted(self.candidates.values(), key=lambda c: -len(c.mentions))[:MAX_SIBLING_LOOKS]:
            words = cand.display.split()
            digit_at = next((i for i, w in enumerate(words) if re.search(r"\d", w)), None)
            if digit_at is None or digit_at < 2 or not all(w[0].isupper() for w in words[:digit_at]):
                continue
            prefix = " ".join(words[:digit_at])
            if prefix in found or tokens(prefix) in self.candidates:
                continue
            spans = [(m.start(), m.end()) for m in re.finditer(
                rf"(?<![\w.\-]){re.escape(prefix)}(?![\w.\-]|[ \t]+(?:[A-Z0-9]|(?:{VARIANTS})\b))", self.doc.text)]
            listed = any(re.search(rf"(?<![\w.\-]){re.escape(prefix)}\s*(?:,|and|or|/|&)\s*{re.escape(cand.display)}",
                                   self.doc.text[self.seg.at(a).start:self.seg.at(a).end]) for a, _b in spans)
            if len(spans) >= 2 and listed:
                found[prefix] = spans
        for prefix, spans in found.items():
            key = tokens(prefix)
            self._listed_alone.add(key)
            cand = self.candidates.setdefault(key, Candidate(key))
            for start, end in spans:
                cand.names[prefix] += 1
                cand.mentions.append((start, end))
                self.mentions.append(Mention(start, end, key))
        if found:
            self.mentions.sort(key=lambda x: x.start)

    def _elided_mentions(self) -> None:
        """'Corvid 3 Raven, Rook and Jay': the later names share the first one's stem."""
        added = []
        for m in self.mentions:
            words = self.doc.text[m.start:m.end].split()
            if len(words) < 2:
                continue
            stem = " ".join(words[:-1])
            tail = re.match(r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*)([A-Z][\w.\-]*))+",
                            self.doc.text[m.end:m.end + 120])
            if not tail:
                continue
            for word in re.finditer(r"([A-Z][\w.\-]*)(?![ \t]+\d)", tail.group(0)):
                if word.group(1).lower() in tokens(stem):
                    continue  # 'Sage 2 Pro and Sage 2 Flash': a full name follows, not an elided one
                key = tokens(f"{stem} {word.group(1)}")
                if key in self.candidates and key != m.key:
                    start = m.end + word.start()
                    added.append(Mention(start, start + len(word.group(1)), key))
                    self.candidates[key].mentions.append((start, start + len(word.group(1))))
        self.mentions = sorted(self.mentions + added, key=lambda x: x.start)

    # -- which names are one model ---------------------------------------------------------------------------
    def _merge_short_forms(self) -> None:
        keys = sorted(self.candidates, key=len)
        self.alias: dict[frozenset, frozenset] = {k: k for k in keys}
        # Names that head rows of their own in a table of facts ('DeepSeek-V3' and 'DeepSeek-V3-Base') are two models.
        rows = {m.key for m in self.mentions if self._fact_row_subject(m)}
        # Two names each linking to a repository of its own are two models ('x-v2-moe', 'x-v2-moe-unsupervised').
        linked = {m.key for m in self.mentions if (m.start, m.end) in self._linked}
        for key in keys:
            supersets = [o for o in keys if key < o]
            longer = {self._root(o) for o in supersets}
            if len(longer) == 1 and not self._differs_by_size(key, next(iter(longer))) \
                    and not any(re.fullmatch(r"\d+k", t) for t in next(iter(longer)) - key) \
                    and not self._listed_siblings(key, next(iter(longer))) \
                    and not (key in rows and any(o in rows for o in supersets)) \
                    and key not in self._listed_alone \
                    and not (key in linked and next(iter(longer)) in linked) \
                    and not (next(iter(longer)) - key) & DISTINCT_WORDS:
                target = next(iter(longer))
                self.alias[key] = target
                into = self.candidates[target]
                into.names.update(self.candidates[key].names)
                into.mentions += self.candidates[key].mentions
        for m in self.mentions:
            m.key = self._root(m.key)

    def _listed_siblings(self, short: frozenset, long: frozenset) -> bool:
        """'X-7B | X-7B-Instruct' or 'X-7B and X-7B-Chat' in one block: a base model and its tuned sibling."""
        if not (long - short) <= GENERIC_SUFFIXES:
            return False
        heads = {}  # item block -> the name heading it ('- X-8k: …', '- X-8k-Instruct: …')
        for m in self.mentions:
            block = self.doc.blocks[self.seg.at(m.start).block]
            if block.kind == "item" and block.start == m.start and m.key in (short, long):
                heads[self.seg.at(m.start).block] = m.key
        for index, key in heads.items():
            if key == short and any(heads.get(j) == long for j in (index - 1, index + 1)):
                return True  # neighbouring items of one list, each headed by one of the two names
        blocks = defaultdict(set)
        for m in self.mentions:
            if m.key in (short, long):
                blocks[self.seg.at(m.start).block].add(m.key)
        return any(len(keys) == 2 for keys in blocks.values())

    def _root(self, key: frozenset) -> frozenset:
        while self.alias.get(key, key) != key:
            key = self.alias[key]
        return key

    @staticmethod
    def _differs_by_size(short: frozenset, long: frozenset) -> bool:
        """'Llama 3.1' is the family of 'Llama 3.1 8B', not a short form of it, even when only one size is named."""
        return any(re.fullmatch(r"\d+(?:\.\d+)?[bmt]", t) for t in long - short)

    def is_family(self, key: frozenset) -> bool:
        return bool(self.family_members(key))

    def family_members(self, key: frozenset) -> list[frozenset]:
        """Names extending this one, when it reads as a family: several of them, or sizes of it."""
        if self._root_index is None:  # token -> root names holding it, so a lookup is not a scan of every name
            index = defaultdict(set)
            for k in self.candidates:
                root = self._root(k)
                for t in root:
                    index[t].add(root)
            self._root_index = index
        if not key:
            return []
        smallest = min((self._root_index.get(t, set()) for t in key), key=len)
        supersets = [k for k in smallest if key < k]
        if len(supersets) >= 2 or any(self._differs_by_size(key, k) for k in supersets):
            return supersets
        return []

    # -- which models the document describes -----------------------------------------------------------------
    def _choose(self) -> None:
        strong: list[frozenset] = []
        rows: dict[frozenset, set[int]] = defaultdict(set)  # a key strong only as a table row -> its tables
        prose: set[frozenset] = set()
        for m in self.mentions:
            if self._is_strong(m):
                if m.key not in strong:
                    strong.append(m.key)
                block = self.doc.blocks[self.seg.at(m.start).block]
                if block.kind == "row":
                    rows[m.key].add(id(self._table_at.get(block.start)))
                else:
                    prose.add(m.key)
        strong = [k for k in strong if not self._competitor(k, rows, prose)]
        counts = Counter(m.key for m in self.mentions if not self._comparative(m) and not self._in_score_table(m))
        chosen = list(strong)
        if not chosen and counts:
            top = counts.most_common(1)[0][1]
            chosen = [k for k, c in counts.most_common() if c >= max(2, 0.5 * top)][:12]
        if not chosen and counts:
            chosen = self._titled(counts)
        chosen += self._listed_with(chosen)
        # A versionless name listed beside a chosen sibling ('Command R, Command R 08-2024') is chosen with it.
        chosen += [k for k in self._listed_alone if k not in chosen and any(k < c for c in chosen) and self._sibling(k)]
        described: list[frozenset] = []
        for key in chosen:
            if self.is_family(key) and self._sibling(key):
                described.append(key)  # 'Strato-5, Strato-5 mini and Strato-5 nano': a model, not a family
            for model in self._expand(key, counts):
                if model not in described:
                    described.append(model)
        # A family whose members are also described is not a model of its own.
        self.described = [k for k in described if k in self.siblings
                          or not (self.is_family(k) and any(k < o for o in described))]

    def _listed_with(self, chosen: list[frozenset]) -> list[frozenset]:
        """Names heading the items of a list in which a chosen name heads another ('- X-8k: …', '- X-8k-Instruct:
        …'): the list enumerates the document's models. Only names of the chosen one's line (same stem)."""
        heads: dict[int, frozenset] = {}
        for m in self.mentions:
            block = self.doc.blocks[self.seg.at(m.start).block]
            if block.kind == "item" and block.start == m.start:
                heads[self.seg.at(m.start).block] = m.key
        stems = {self._stem(k) for k in chosen}
        found, lists = [], []
        for index in sorted(heads):
            if lists and index == lists[-1][-1] + 1:
                lists[-1].append(index)
            else:
                lists.append([index])
        for run in lists:
            keys = [heads[i] for i in run]
            if any(k in chosen for k in keys):
                found += [k for k in keys if k not in chosen and k not in found and self._stem(k) in stems]
        return found

    def _competitor(self, key: frozenset, rows: dict, prose: set) -> bool:
        """A model another vendor makes, in a table beside the document's own ('MPT-30B-chat' in LongChat's
        comparison): the document introduces its own models in prose or its title; a row whose name shares no
        stem with them, in a table where a row does, is a model compared, not described."""
        if key in prose or key not in rows:
            return False
        own = {self._stem(k) for k in prose} | self._title_stems()
        if not own or self._stem(key) in own:
            return False
        tables_with_own = {t for k, ts in rows.items() if self._stem(k) in own for t in ts}
        return rows[key] <= tables_with_own

    def _stem(self, key: frozenset) -> str:
        """A name's leading word, letters only: 'longchat' for LongChat-13B-16K, 'mpt' for MPT-30B-chat."""
        m = re.match(r"[a-z]+", self.candidates[key].display.lower())
        return m.group(0) if m else ""

    def _title_stems(self) -> set[str]:
        first = self._first_heading()
        if first is None:
            return set()
        words = re.findall(r"[a-z]+", self.doc.text[first.start:first.end].lower())
        return {w for w in words if len(w) > 2} - FAMILY_HEADING_STOP - STOP_TITLE_WORDS

    def _titled(self, counts: Counter) -> list[frozenset]:
        """Names carrying the document's title word ('xGen-7B' under '# XGen'): a page's model named once."""
        first = self._first_heading()
        if first is None:
            return []
        title = {t for t in tokens(self.doc.text[first.start:first.end]) if len(t) > 2 and not t.isdigit()}
        title -= FAMILY_HEADING_STOP
        return [k for k in counts if title & {t for t in k for t in (t, t.split("-")[0])}][:12]

    def _sibling(self, key: frozenset) -> bool:
        """A family-like name that stands beside its longer names (in a list, or as a table row of its own)."""
        for m in self.mentions:
            if m.key != key:
                continue
            block = self.doc.blocks[self.seg.at(m.start).block]
            if block.kind == "row" and block.header and self._row_subject(block, m):
                self.siblings.add(key)
                return True
            sentence = self.seg.at(m.start)
            for group in self._groups(self.mentions_in(sentence.start, sentence.end)):
                if m in group and any(key < other.key for other in group):
                    self.siblings.add(key)
                    return True
            if block.kind == "item" and block.start == m.start and self._listed_item_sibling(key, sentence.block):
                self.siblings.add(key)
                return True
        return False

    def _listed_item_sibling(self, key: frozenset, index: int) -> bool:
        """'- X-v1' and '- X-v1-ablated' as items of one list: each item names a model of its own."""
        blocks = self.doc.blocks
        first = last = index
        while first > 0 and blocks[first - 1].kind == "item":
            first -= 1
        while last + 1 < len(blocks) and blocks[last + 1].kind == "item":
            last += 1
        for i in range(first, last + 1):
            head = self.mentions_in(blocks[i].start, blocks[i].end)
            if i != index and head and head[0].start == blocks[i].start and key < head[0].key:
                return True
        return False

    def _fact_row_subject(self, m: Mention) -> bool:
        block = self.doc.blocks[self.seg.at(m.start).block]
        if block.kind != "row" or not block.header:
            return False
        facts = self._fact_headers.get(block.header)
        if facts is None:  # one look per table, not one per mention
            facts = self._fact_headers[block.header] = any(FACT_HEADER_RE.search(h) for h in block.header)
        table = self._table_at.get(block.start)
        if table is not None and table.scores and table.name_col is not None:
            return False  # a benchmark table: the models it compares need not be the document's
        if not facts:  # a table listing models (a name column, not a table of benchmark scores)
            facts = table is not None and table.name_col is not None and not table.scores \
                and table.name_col < len(block.cells) and table.name_counts[block.cells[table.name_col]] == 1
        return facts and self._row_subject(block, m)

    def _row_subject(self, block, m: Mention) -> bool:
        if id(m) in self._cell_subjects:
            return True
        table = self._table_at.get(block.start)
        if table is not None and table.name_col is not None and table.name_col < len(block.cells) \
                and cell_key(block.cells[table.name_col]) == self._raw_key(m) \
                and table.name_counts[block.cells[table.name_col]] == 1:
            return True  # a name spread over several rows (a rowspan) heads a group, not a row
        return any(NAME_HEADER_RE.match(head.strip()) and cell_key(cell) == self._raw_key(m)
                   for head, cell in zip(block.header, block.cells, strict=False))

    def _expand(self, key: frozenset, counts: Counter) -> list[frozenset]:
        members = [k for k in self.family_members(key) if counts[k] or self.candidates[k].strong]
        sized = [k for k in members if self._differs_by_size(key, k)]
        sizes = [] if any(SIZE_TOKEN_RE.fullmatch(t) for t in key) else self._size_list(key)
        if len(sizes) >= 2 and len(sized) >= len(sizes):
            # Every size has its own named checkpoint ('X-1B', 'X-3.7B' under 'in 1B, 3B'): the names are the models.
            sizes = []
        if len(sizes) >= 2:
            # 'Granite 3.1 … 2B and 8B … 1B and 3B': one model per size the family is offered in; a longer name
            # with one of those sizes ('Granite-3.1-8B-Instruct') is that size's checkpoint, not another model.
            expanded = [self._size_model(key, size_text) for size_text in sizes]
            for member in sized:
                size_tokens = [t for t in member - key if SIZE_TOKEN_RE.fullmatch(t)]
                size = parse_size(size_tokens[0]) if size_tokens else None
                target = next((e for e in expanded if size is not None and size == self.sizes[e]), None)
                if target is not None and target != member and not (member - target) & DISTINCT_WORDS:
                    self._alias_into(member, target)
            self.members[key] = expanded
            return expanded
        if members and (not sized or len(sized) == len(members)):
            return sorted(members, key=lambda k: self.candidates[k].mentions[0][0])
        if sized:
            return sorted(sized, key=lambda k: self.candidates[k].mentions[0][0])
        return [key]

    def _size_model(self, key: frozenset, size_text: str) -> frozenset:
        self._root_index = None
        name = f"{self.candidates[key].display} {size_text}"
        new_key = tokens(name)
        cand = self.candidates.setdefault(new_key, Candidate(new_key))
        cand.names[name] += 1
        self.sizes[new_key] = parse_size(size_text)
        self.alias.setdefault(new_key, new_key)
        return new_key

    def _alias_into(self, member: frozenset, target: frozenset) -> None:
        self._root_index = None
        self.alias[member] = target
        self.candidates[target].mentions += self.candidates[member].mentions
        for m in self.mentions:
            if m.key == member:
                m.key = target

    def _size_list(self, key: frozenset) -> list[str]:
        """Sizes a family is offered in: '8B, 70B and 405B' (in a sentence naming the family, else anywhere),
        or a table column of sizes in rows that name no model. A mixture's active counts ('with 400M and 800M
        activated parameters') are not sizes."""
        found: list[str] = []
        own_sentences = {self.seg.index_at(start) for start, _end in self.candidates[key].mentions}
        if self._lists is None:  # one scan per document, not one per family
            self._lists = [m for m in SIZE_LIST_RE.finditer(self.doc.text)
                           if not ACTIVE_NEAR_RE.match(self.doc.text, m.end(), m.end() + 40)
                           and not self._in_score_table_at(m.start())]
        lists = self._lists
        own = [m for m in lists if self.seg.index_at(m.start()) in own_sentences]
        if not own:  # a list in a sentence naming another family ('the X1 models (2B, 6B)') is that family's
            lists = [m for m in lists if not self._names_family(m.start())]
        for match in own or lists:
            for size in re.findall(SIZE_RE, match.group(0)):
                if size.upper() not in (f.upper() for f in found):
                    found.append(size)
        for block in self.doc.blocks:
            table = self._table_at.get(block.start)
            if table is not None and self._has_results(table):
                continue  # a benchmark table's parameter column sizes the models compared, not this family
            if block.kind == "row" and block.header and not self.mentions_in(block.start, block.end):
                for head, cell in zip(block.header, block.cells, strict=False):
                    if re.search(r"param|size", head, re.I) and not re.search(r"activ", head, re.I) \
                            and re.fullmatch(rf"\s*{SIZE_RE}\s*", cell):
                        if cell.strip().upper() not in (f.upper() for f in found):
                            found.append(cell.strip())
        return found

    def in_results_row(self, pos: int) -> bool:
        """`pos` stands in a row of a table with a column of results (benchmarks, comparisons)."""
        block = self.doc.blocks[self.seg.at(pos).block]
        table = self._table_at.get(block.start) if block.kind == "row" else None
        return table is not None and self._has_results(table)

    def _in_score_table(self, m: Mention) -> bool:
        return self._in_score_table_at(m.start)

    def _in_score_table_at(self, pos: int) -> bool:
        table = self._table_at.get(self.doc.blocks[self.seg.at(pos).block].start)
        return table is not None and table.scores

    def _name_headings(self) -> dict:
        """Per heading level, how many headings are a model's name alone (looked up once per document)."""
        if self._named_levels is None:
            self._named_levels = Counter()
            for m in self.mentions:
                sentence = self.seg.at(m.start)
                if sentence.heading and sentence.level <= 6 \
                        and self.doc.text[sentence.start:sentence.end].strip(" :") == self.doc.text[m.start:m.end]:
                    self._named_levels[sentence.level] += 1
        return self._named_levels

    def _names_family(self, pos: int) -> bool:
        sentence = self.seg.at(pos)
        return any(self._plural(m) for m in self.mentions_in(sentence.start, pos))

    def _is_strong(self, m: Mention) -> bool:
        text = self.doc.text
        if (m.start, m.end) in self._linked and not self._comparative(m):
            return True  # a link to the document's own repository of it
        if FAMILY_SIZES_RE.match(text, m.end):
            return True  # 'the X models (2B, 6B, 16B)': a family released in sizes
        sentence = self.seg.at(m.start)
        block = self.doc.blocks[sentence.block]
        if block.kind == "heading" and (block.level <= 1 or sentence is self._first_heading()):
            return True
        first = self.seg.sentences[0] if self.seg.sentences else None
        if first is not None and sentence is first and first.end - first.start <= 160:
            return True  # the document's title line
        if self._fact_row_subject(m):
            return True
        if sentence.heading and sentence.level <= 6 and self._name_headings().get(sentence.level, 0) >= 2 \
                and text[sentence.start:sentence.end].strip(" :") == text[m.start:m.end]:
            return True  # one of several sections headed by a model's name alone
        if text[sentence.start:sentence.end].strip(" :") == text[m.start:m.end] \
                and FACT_CUE_RE.search(text, m.end, m.end + 400):
            return True  # a name standing alone over facts: a section per model
        before = text[max(sentence.start, m.start - 60):m.start]
        group_end = self._group_end(m)
        after = text[group_end:min(sentence.end, group_end + 60)]
        if REFERENCE_RE.search(before):
            return False  # 'see the Llama 3.1 Model Card': another document
        if STRONG_AFTER_RE.match(after):
            return bool(not CARD_AFTER_RE.match(after) or sentence.block < 3)
        return bool(STRONG_BEFORE_RE.search(before))

    def _raw_key(self, m: Mention) -> frozenset:
        return tokens(self.doc.text[m.start:m.end])

    def _first_heading(self):
        if self._heading is False:  # looked up once: it was a scan of every sentence per mention
            self._heading = next((s for s in self.seg.sentences if s.heading and s.level <= 6), None)
        return self._heading

    def _group_end(self, m: Mention) -> int:
        """End of the coordinated group of names this mention starts or belongs to ('A and B are…')."""
        end = m.end
        for other in self.mentions[bisect.bisect_left(self._starts, m.end):]:
            if COORDINATION_RE.match(self.doc.text[end:other.start]):
                end = other.end
            else:
                break
        return end

    def _comparative(self, m: Mention) -> bool:
        return bool(COMPARATIVE_RE.search(self.doc.text[max(0, m.start - 30):m.start]))

    # -- which described models a statement is about ---------------------------------------------------------
    def names(self) -> list[str]:
        return [self.candidates[k].display for k in self.described]

    def resolve(self, key: frozenset, near: str = "", plural: bool = False) -> list[frozenset]:
        """Described models a mentioned name stands for: itself, or a family's members (narrowed by a size);
        'Strato-5 models' stands for the whole family even when Strato-5 is also a model."""
        key = self._root(key)
        if plural:
            family = [d for d in self.described if key <= d]
            if family:
                return family
        if key in self.described:
            return [key]
        members = [d for d in self.described if key < d]
        if members and near:
            near_tokens = tokens(near)
            sized = [d for d in members if (d - key) <= near_tokens]
            if sized:
                return sized
        return members

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        first, last = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def scope(self, pos: int, anchor: int | None = None) -> tuple[list[frozenset], bool]:
        """The described models a value at `pos` belongs to ([] when it is about another model), and whether
        the statement names them (True) or speaks for the whole document (False)."""
        anchor = pos if anchor is None else anchor
        sentence = self.seg.at(anchor)
        block = self.doc.blocks[sentence.block]
        span_start, span_end = sentence.start, sentence.end
        if block.kind == "column":
            # A comparison table read by column: the column's heading names its model.
            row_text = self.doc.text[block.start:block.end]
            title_end = block.start + max(row_text.find(" | "), 0)
            keys = {m.key for m in self.mentions_in(block.start, title_end)}
            found = [d for k in keys for d in self.resolve(k, row_text)]
            return (list(dict.fromkeys(found)), True) if keys else (list(self.described), False)
        if block.kind == "row":
            span_start, span_end = block.start, block.end
            row_text = self.doc.text[block.start:block.end]
            subjects = [m for m in self.mentions_in(block.start, block.end) if self._row_subject(block, m)]
            if subjects:  # the row's own model, even when another is named in its description
                found = [d for m in subjects for d in self.resolve(m.key, row_text)]
                return list(dict.fromkeys(found)), True
            if not self.mentions_in(block.start, block.end):
                sizes = [d for d in self.described if self.sizes.get(d) and self._size_in(d, row_text)]
                if sizes:
                    return sizes, True
        if block.kind == "item":
            # '- [X-8k-Instruct](…): built by finetuning X-8k … License: Y': an item headed by a name is about it.
            head = self.mentions_in(block.start, block.end)
            if head and head[0].start == block.start and self.seg.at(pos).block == sentence.block:
                found = self.resolve(head[0].key)
                if len(found) == 1:
                    return found, True
        for_size = FOR_SIZE_AFTER_RE.match(self.doc.text, pos, self.seg.at(pos).end)
        if for_size:  # '… December 2023 for the 70B': the model of that size
            size = parse_size(for_size.group(1))
            sized = [d for d in self.described if self._size_of(d) == size]
            if sized:
                return sized, True
        mentions = self.mentions_in(span_start, span_end)
        # '32K context (128K for X)': a name in a parenthesis after the value is an exception to it, not its subject.
        mentions = [m for m in mentions if not self._aside(pos, m)]
        groups = self._groups(mentions)
        if not groups:
            found = self._section_models(anchor)
            if found:
                return found, True
            return list(self.described), False
        text = self.doc.text
        chosen = None
        for group in groups:
            if group[0].start >= pos and re.match(r"^[^.;()]{0,14}?\b(?:for|by|of)\s+(?:the\s+|our\s+)?"
                                                  r"(?:[a-z]+\s+){0,2}$", text[pos:group[0].start]):
                chosen = group
                break
        if chosen is None:
            before = [g for g in groups if g[-1].end <= pos]
            chosen = before[-1] if before else groups[0]
            if len(before) > 1 and CHANGE_TO_RE.search(text, before[-1][-1].end, pos):
                chosen = before[0]  # 'X extends the context of Y from 4K to 128K': the new value is X's
        sentence_text = text[span_start:span_end]
        found = [d for m in chosen for d in self.resolve(m.key, sentence_text, self._plural(m))]
        # A family's name speaks for all its models, no more precisely than the document as a whole.
        specific = any(self._root(m.key) in found and not self._plural(m) for m in chosen) or len(found) == 1
        return list(dict.fromkeys(found)), specific

    def _aside(self, pos: int, m: Mention) -> bool:
        opening = self.doc.text.rfind("(", pos, m.start)
        return m.start > pos and opening >= 0 and ")" not in self.doc.text[opening:m.start]

    def _section_models(self, pos: int) -> list[frozenset]:
        """Models named by the heading of the section `pos` stands in: a real heading, or a line that is just a
        model's name; a heading naming no model ends the search."""
        i = self.seg.index_at(pos)
        here = self.seg.sentences[i]
        if ALL_MODELS_RE.search(self.doc.text[here.start:here.end]):
            return []  # 'Both models output text': the whole document's models
        for sentence in reversed(self.seg.sentences[max(0, i - 40):i + 1]):
            if not sentence.heading:
                continue
            text = self.doc.text[sentence.start:sentence.end]
            mentions = self.mentions_in(sentence.start, sentence.end)
            standalone = mentions and text.strip(" :") == self.doc.text[mentions[0].start:mentions[0].end]
            if mentions and (sentence.level <= 6 or standalone):
                found = [d for m in mentions for d in self.resolve(m.key, text, self._plural(m))]
                if found:
                    return list(dict.fromkeys(found))
            if sentence.level <= 6:
                return []
        return []

    def _plural(self, m: Mention) -> bool:
        return bool(re.match(r"\s*(?:models|family|series|variants|lineup|line-up)\b", self.doc.text[m.end:m.end + 12]))

    def _size_of(self, key: frozenset) -> int | None:
        if key in self.sizes:
            return self.sizes[key]
        found = [parse_size(t.upper()) for t in key if SIZE_TOKEN_RE.fullmatch(t)]
        return found[0] if len(found) == 1 else None

    def _size_in(self, key: frozenset, text: str) -> bool:
        return any(parse_size(s) == self.sizes[key] for s in re.findall(SIZE_RE, text))

    def _groups(self, mentions: list[Mention]) -> list[list[Mention]]:
        groups: list[list[Mention]] = []
        for m in mentions:
            if groups and COORDINATION_RE.match(self.doc.text[groups[-1][-1].end:m.start]):
                groups[-1].append(m)
            else:
                groups.append([m])
        return groups


def group_by_key(mentions: list[Mention]) -> dict:
    out = defaultdict(list)
    for m in mentions:
        out[m.key].append(m)
    return out
