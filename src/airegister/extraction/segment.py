"""Sentences, headings and topics over a document's analysis text.

Text dumped from web pages often runs blocks together with no separator ("Release dateMay 2025Access
Surfaces…"). Such joins (a lower-case letter, a full stop or a colon straight before a capital) are read as
boundaries, except inside brand words that are written that way (OpenAI, DeepSeek, GitHub, iPhone).
"""

import bisect
import re
from dataclasses import dataclass

from .document import Document

CAMEL_WORDS = {
    w.lower() for w in (
        "OpenAI DeepSeek DeepMind PyTorch TensorFlow TensorRT GitHub GitLab YouTube LinkedIn HuggingFace JavaScript "
        "TypeScript ChatGPT ChatGLM WhatsApp PowerPoint SharePoint OneDrive LangChain LlamaIndex MiniMax SambaNova "
        "MosaicML FlashAttention NeMo InternLM InternVL StarCoder CodeLlama CodeGemma WizardLM HumanEval HellaSwag "
        "WinoGrande TriviaQA TruthfulQA BoolQ OpenBookQA SuperGLUE LiveCodeBench BigCodeBench AlpacaEval FineWeb "
        "RedPajama SlimPajama OpenRouter SageMaker BigQuery PostgreSQL MySQL MongoDB JetBrains IntelliJ NVIDIA "
        "GroqCloud StableLM PaLM LaMDA RoBERTa DistilBERT BigScience BigCode EleutherAI AllenAI LightOn MistralAI "
        "DeepSeekMath OpenAssistant TinyLlama SmolLM PaliGemma RecurrentGemma ShieldGemma DataGemma CodeQwen "
        "QwQ SciQ PubMedQA MedQA NaturalQuestions SQuAD DROP CommonsenseQA SocialIQA PIQA ARC MathVista ChartQA "
        "DocVQA TextVQA InfoVQA AudioBench VoiceBench WebArena OSWorld TauBench SWEBench MultiPL GPQA BrowseComp "
        "FireworksAI TogetherAI DeepInfra CoreWeave OctoAI WorkersAI MacBook AirPods iPhone iPad macOS iOS watchOS "
        "eBay xAI vLLM SGLang llama.cpp LMStudio LocalAI KoboldCpp OpenChat OpenHermes NeuralChat YaRN RoPE LoRA QLoRA "
        "GPTQ AWQ GGUF SafeTensors DeepSpeed MegaBlocks FastChat LMSys LMArena ChatbotArena TextGen"
    ).split()
}
ABBREVIATIONS = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|Inc|Corp|Ltd|Co|No|Fig|Sec|Eq|Dr|Mr|Ms|St|al|cf)|\b[A-Z])\.$"
)
SENTENCE_END = re.compile(
    r"[.!?](?=\s+[\"“'(\[]?[A-Z0-9])|[.!?](?=[A-Z][a-z])|(?<=[a-z0-9)\]%])[.!?]:?(?=[\"“(]?[A-Z])(?!AI\b)"
    r"|[。！？](?=\s*[^\s。！？」』）)])"  # a Chinese or Japanese sentence's end, whatever follows
)
JOIN = re.compile(
    r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2,})|(?<=\d)(?=[A-Z][a-z]{2,})|(?<=[%)\]:])(?=[A-Z][a-z])"
)
LEAD_LABEL = re.compile(r"([A-Z][A-Za-z0-9'’&/\- ]{2,60}?)\s*:\s+(?=\S)")
MAX_WORD = 100
STOP_TITLE = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "vs"}


@dataclass
class Sentence:
    start: int
    end: int
    block: int
    heading: bool = False
    level: int = 0


class Segmenter:
    """Sentences of a document with their block, and the heading or lead-in label (topic) in force at any point."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.sentences: list[Sentence] = []
        # Sentence ends and run-together joins found in one pass over the whole text (blocks are separated by
        # newlines, which no boundary pattern crosses), then shared out to the blocks.
        text = doc.text
        self._ends = [m.end() for m in SENTENCE_END.finditer(text)]
        # Markdown is written by hand, block by block: a capital inside a word there is a name ('LongChat'), not two
        # blocks run together as in text dumped from a page.
        # An HTML page's reader knows where its elements' texts meet (`Document.joins`); only there can words run
        # together.
        if doc.format == "markdown":
            self._joins = []
        elif doc.joins is not None:
            self._joins = doc.joins
        else:
            self._joins = [m.start() for m in JOIN.finditer(text)]
        for index, block in enumerate(doc.blocks):
            # A heading element is one title ('XGen', 'Model Card: Whisper'), never run-together text.
            spans = [(block.start, block.end)] if block.kind == "heading" else self._split(block.start, block.end)
            for start, end in spans:
                sentence = Sentence(start, end, index, block.kind == "heading", block.level)
                if not sentence.heading and block.kind in ("text", "label") and self._heading_like(start, end):
                    sentence.heading, sentence.level = True, 7  # a soft heading: a short title-case line
                self.sentences.append(sentence)
        self._starts = [s.start for s in self.sentences]
        self._topics = self._collect_topics()
        self._topic_starts = [t[0] for t in self._topics]
        self._headings = [(start, text) for start, text, hard in self._topics if hard and self.at(start).level <= 6]
        self._heading_starts = [h[0] for h in self._headings]
        self._index_headings()

    def _index_headings(self) -> None:
        """Each heading sentence's nearest heading of a lower level before and after it, so that the heading a
        sentence stands under is found by a few hops, not by walking back over every sibling section (a page
        of a thousand models, each under a heading of its own)."""
        self._heading_indices = [i for i, s in enumerate(self.sentences) if s.heading]
        self._outer_before: dict[int, int | None] = {}
        self._outer_after: dict[int, int | None] = {}
        stack: list[int] = []
        for i in self._heading_indices:
            while stack and self.sentences[stack[-1]].level >= self.sentences[i].level:
                stack.pop()
            self._outer_before[i] = stack[-1] if stack else None
            stack.append(i)
        stack = []
        for i in reversed(self._heading_indices):
            while stack and self.sentences[stack[-1]].level >= self.sentences[i].level:
                stack.pop()
            self._outer_after[i] = stack[-1] if stack else None
            stack.append(i)

    def heading_before(self, index: int, below: int) -> int | None:
        """The index of the nearest heading sentence before sentence `index` whose level is lower than `below`."""
        k = bisect.bisect_left(self._heading_indices, index) - 1
        h = self._heading_indices[k] if k >= 0 else None
        while h is not None and self.sentences[h].level >= below:
            h = self._outer_before[h]  # every heading between is at least as deep as h
        return h

    def section_end(self, index: int, level: int) -> int:
        """Where the section of a heading of `level` at or before sentence `index` ends: at the next heading of that
        level or higher, else at the document's end."""
        after = self.heading_after(index, up_to=level)
        return self.sentences[after].start if after is not None else len(self.doc.text)

    def heading_after(self, index: int, up_to: int) -> int | None:
        """The index of the nearest heading sentence after sentence `index` whose level is `up_to` or lower."""
        k = bisect.bisect_right(self._heading_indices, index)
        h = self._heading_indices[k] if k < len(self._heading_indices) else None
        while h is not None and self.sentences[h].level > up_to:
            h = self._outer_after[h]
        return h

    # -- sentences -------------------------------------------------------------------------------------------
    def _split(self, start: int, end: int) -> list[tuple[int, int]]:
        whole = self.doc.text
        text = whole[start:end]
        ends = self._ends[bisect.bisect_left(self._ends, start):bisect.bisect_right(self._ends, end)]
        cuts = {e - start for e in ends if not ABBREVIATIONS.search(whole, max(start, e - 8), e)}
        joins = self._joins[bisect.bisect_left(self._joins, start):bisect.bisect_left(self._joins, end)]
        cuts |= {j - start for j in joins if j > start and self._real_join(text, j - start)}
        spans, prev = [], 0
        for cut in sorted(cuts):
            if cut - prev > 0 and text[prev:cut].strip():
                spans.append((prev, cut))
                prev = cut
        spans.append((prev, len(text)))
        out = []
        for a, b in spans:
            piece = text[a:b]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            if trail > lead:
                out.append((start + a + lead, start + a + trail))
        return out

    @staticmethod
    def _real_join(text: str, i: int) -> bool:
        """A lower/upper join inside a word is a boundary unless the word is a known brand or a short prefix."""
        if text[i - 1] in ".:%)]":
            return True
        # A word longer than any brand or identifier is run-together text ('X-1B-Instruct1B8KX-2B-…' over a whole
        # page): looking further than MAX_WORD either way changes no answer and would make a page's joins quadratic.
        left, stop = i, max(0, i - MAX_WORD)
        while left > stop and (text[left - 1].isalnum() or text[left - 1] in "-."):
            left -= 1
        right, stop = i, min(len(text), i + MAX_WORD)
        while right < stop and text[right].isalpha():
            right += 1
        word = text[left:right]
        head, tail = text[left:i], text[i:right]
        if word.lower() in CAMEL_WORDS or head.lower() in CAMEL_WORDS or tail.lower() in CAMEL_WORDS:
            return False
        if right < len(text) and text[right].isdigit() and text[left].isupper():
            return False  # 'CodeGen2', 'MiniCPM3': a versioned identifier written in camel case, not a join
        letters = re.sub(r"[^A-Za-z]", "", head)
        if len(letters) <= 2 and text[i - 1].islower():
            return False  # iPhone, eBay, xAI
        if tail.isupper() and len(letters) <= 5 and text[i - 1].islower():
            return False  # OpenAI-like: a short word ending in an acronym
        return True

    def _heading_like(self, start: int, end: int) -> bool:
        text = self.doc.text[start:end]
        numbered = re.match(r"(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+([A-Z].*)$", text)
        if numbered:  # '2.1 Intended uses': a numbered section title, in any case
            rest = numbered.group(1)
            return len(rest.split()) <= 8 and len(rest) <= 80 and rest[-1] not in ".,;:!?"
        words = text.split()
        if not 1 <= len(words) <= 8 or len(text) > 80 or text[-1] in ".,;:!?" or not text[0].isupper():
            return False
        content = [w for w in words if w.lower() not in STOP_TITLE]
        return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)

    def index_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def at(self, pos: int) -> Sentence:
        return self.sentences[self.index_at(pos)]

    def text(self, sentence: Sentence) -> str:
        return self.doc.text[sentence.start:sentence.end]

    def following(self, pos: int, count: int = 2) -> list[Sentence]:
        i = self.index_at(pos)
        return self.sentences[i + 1:i + 1 + count]

    # -- topics (for naming evaluations) and sections (for scoping facts) ------------------------------------
    def _collect_topics(self) -> list[tuple[int, str, bool]]:
        topics = []
        for sentence in self.sentences:
            text = self.text(sentence)
            if sentence.heading:
                title = re.sub(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+", "", text.rstrip(":"))
                topics.append((sentence.start, title, True))
                continue
            lead = LEAD_LABEL.match(text)
            in_table = self.doc.blocks[sentence.block].kind in ("row", "column")
            if lead and len(lead.group(1).split()) <= 6 and not in_table:
                topics.append((sentence.start, lead.group(1).strip(), False))
        return topics

    def topic_at(self, pos: int) -> str | None:
        i = bisect.bisect_right(self._topic_starts, pos) - 1
        return self._topics[i][1] if i >= 0 else None

    def heading_at(self, pos: int) -> tuple[int, str] | None:
        """The nearest hard heading (a real heading element) before `pos`."""
        i = bisect.bisect_right(self._heading_starts, pos) - 1
        return self._headings[i] if i >= 0 else None

    def headings_before(self, pos: int) -> list[tuple[int, str]]:
        """Every hard heading before `pos`, the nearest first."""
        i = bisect.bisect_right(self._heading_starts, pos)
        return self._headings[:i][::-1]
