"""Models listed as labelled items (a mixin of `names.ModelNames`): a list whose items each open with a short
label and a colon, then the facts of what the label names, is a models table written as a list:

    - Zorvak-Instruct: instruction-tuned; download from the hub
    - tiny: 39 M parameters; ~1 GB of memory       (under '# Model Card: Zorvak': 'Zorvak tiny')

The label is the model's name whatever its shape (no version, lower case, a bare size taking its family from the
nearest heading, as a table's size column does), when the list is parallel: two items at least so labelled, most of
its items, each stating a fact (a size, a count, a context, a download). A list of a card's details ('- License:
MIT', '- Developed by: X') labels facts, not models, a list of results ('- X: 95.3 win rate') compares them, and a
list of formats ('- GGUF: hf.co/…') places one model.

Definition lines ('**Zorvak-Chat**: a 7B chat model …') and the subsections of a 'Models' section ('### Zorvak-Chat'
over its facts) list models the same way, and are read by the same rules."""

import bisect
import re
from collections import Counter

from .hubs import file_host_of_address
from .links import FORMAT_SUFFIX_RE, repository
from .name_checkpoints import checkpoint_labels
from .name_shapes import (
    EXCLUDED_TOKENS,
    FACT_HEADER_RE,
    FILE_NAME_RE,
    LISTED_NAME_RE,
    RUNTIME_TOKENS,
    SHORT_LABEL_RE,
    tokens,
    without_org,
)
from .tables import BARE_SIZE_RE, SCORE_HEADER_RE, WEIGHTS_EXTENSIONS
from .values import SIZE_RE

# ... or a dash ('1. **X Ultra** — our flagship model with a 1M-token context window'; a hyphen is part of names)
# ... or its facts in a parenthesis opening with a figure ('- `heron-small` (80M parameters)'; not '(MoE) Models:')
# ('- [**X**](X) (March 15, 2021): pre-trained models for …': the label, then its date in parentheses)
ITEM_LABEL_RE = re.compile(r"(?P<label>[^:;,()\[\]—–]{1,40}?)(?:\s*:|\s+[—–]|(?=\s+\(\s*(?:[~≈]?\d|"
                           r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)))\s+"
                           r"(?P<rest>\S.*)", re.S)
# A hub's page of any kind (a model's, a dataset's, a demo's): where a line of links points.
HUB_PAGE_RE = re.compile(r"(?:https?:)?//(?:www\.)?(?:huggingface\.co|hf\.co|modelscope\.cn)/", re.I)
# A hub's page of a dataset or a demo, not of a model: what a line's link to it says is no fact of a model.
NOT_MODEL_PAGE_RE = re.compile(r"\S*(?:huggingface\.co|hf\.co|modelscope\.cn)/(?:datasets|spaces)/\S*", re.I)
QUOTED_LABEL_RE = re.compile(r"['\"‘“`]([^'\"‘’“”`]+)['\"’”`]")
# A fact's value, not only its word: a size or a count ('7B', '39 M', '4K'), its files' size ('75 MiB', '1.5 GB'), or a
# hub to download it from.
ITEM_FACT_RE = re.compile(rf"(?<![\w.\-])(?:{SIZE_RE}|\d+(?:\.\d+)?\s*(?:[KMB]|[KMGT]i?B)\b)|"
                          r"hugging\s*face|\bhf\.co\b|modelscope|🤗|"
                          # ... or a dated fact of it ('Data cut-off December 2018', 'Release date 2024-05'), or
                          # where to download it ('Download link')
                          r"\b(?:cut-?off|release\s+date|download\s+link|downloads?:)"
                          # ... or the date it came out, in parentheses after its name ('(March 15, 2021): …')
                          r"|^\(\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*\)"
                          # ... or its architecture ('# Layers 12', 'Hidden size 768', '24-layer')
                          r"|\b(?:layers?|heads?|hidden\s+size|embedding\s+size)\W{0,3}\d+|\b\d+[\s-]*(?:layers?|heads?)\b",
                          re.I)
# An item whose name is followed by its specifications, each after a comma, before any colon ('RuBERT, Russian,
# cased, 12-layer, 768-hidden, 12-heads, 180M parameters: [download]'): a size among them makes it a model's line.
# (the items before the size taken whole, never given back: a list of authors, 'Longpre, S., Hou, L., …', would
# otherwise be split every way before the match fails)
SPEC_ITEM_RE = re.compile(r"(?P<label>[^:;,()\[\]\n]{1,40}?),[ \t]+(?P<rest>(?:[^,:;\n]{1,40},[ \t]*)*+"
                          rf"[^,:;\n]*?(?<![\w.\-]){SIZE_RE}[ \t]+param(?:eter)?s\b)", re.I)
# A bare decimal ('71.6'): a score; an item with two of them lists results ('- MMLU: X-7B 71.6; Y-8B 66.5').
SCORE_NUMBER_RE = re.compile(r"(?<![\w.])\d{1,3}\.\d{1,4}(?![\w.])")
# A label of a card's details: its words after the first are lower case ('Developed by', 'Model type').
DETAIL_LABEL_RE = re.compile(r"^\S+(?:\s+[a-z(][\w()]*)+$")
# A section listing models one subsection each ('## Models', '## 2. Available models', '## Model variants').
MODELS_HEADING_RE = re.compile(r"\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:our|the|available|released|open)\s+)?(?:models?|"
                               r"model\s+(?:variants?|family|zoo|list|line-?up|checkpoints?|versions?|sizes)|"
                               r"checkpoints?|variants?)\W*", re.I)
# A size stated among an item's facts ('Parameters 111M'): with it, items repeating one family's name each list one
# of its sizes ('- X-GPT: Parameters 111M; …', '- X-GPT: Parameters 256M; …'), as a table's size column does.
ITEM_SIZE_RE = re.compile(rf"\b(?:param(?:eter)?s?|size)\b\W{{0,3}}(?P<size>{SIZE_RE})", re.I)
# The marker of a list item's source line: a bulleted list and the numbered steps around it are two lists.
MARKER_RE = re.compile(r"\s*(?:(?P<bullet>[-*+•])|\d{1,3}[.)])\s")
# A sentence that introduces a list of models: 'The following models are available:', 'Supported architectures:',
# 'We have three checkpoints you can choose for now:'.
INTRODUCES_MODELS_RE = re.compile(r"(?:\b(?:[Ww]e\s+(?:also\s+)?(?:have|provide|offer)|[Tt]here\s+are)\s+"
                                  r"(?:(?:two|three|four|five|six|several|many|\d+)\s+)?(?:[a-z][\w-]*\s+)?"
                                  r"(?:models?|checkpoints?|variants?)\b|"
                                  r"\b(?:following|these|below)\b[^.:\n]{0,80}?\b(?:models?|architectures?|"
                                  r"checkpoints?|variants?)\b|\b(?:models?|architectures?|checkpoints?|variants?)\b"
                                  r"[^.:]{0,40}?\b(?:available|supported|released|provided|included?|includes)\b|"
                                  r"\b(?:available|supported|released|pretrained|pre-trained)\s+(?:models?|"
                                  r"architectures?|checkpoints?|variants?))[^.:\n]{0,60}"
                                  # ... an aside before its colon ('… are available (see the paper's Table 2):')
                                  r"(?:\([^()\n]{0,200}\))?[^.:\n]{0,20}:\s*$", re.I)
# An item that is just one model's identifier: 'crnn_vgg16_bn', 'Zorvak-7B', 'org/zorvak-base' (no spaces, a letter
# first, or a size first and an underscore after it: '500M_human_ref', '2B5_1000G'); a digit, an
# underscore or a hyphen inside it, so that a plain word ('master', 'Overview') is not one.
IDENTIFIER_ITEM_RE = re.compile(r"(?:[\w.-]+/)?(?P<name>[A-Za-z][\w.+-]{1,79}|\d[\dA-Za-z.]*[A-Za-z][\dA-Za-z.]*"
                                r"_[A-Za-z\d][\w.+-]{0,70})")
IDENTIFIER_MARK_RE = re.compile(r"[\d_]|-\w")
# An item opening with one identifier and a colon, then what it is ('- synth_3d: trained on synthetic 3D data'), perhaps
# after its organisation ('- acme/synth_3d: …'), which is no part of its name.
# ('- x-full (default): …': a short aside between the identifier and its colon)
# ('- `x-sim`, the reward model trained on …': an apposition after a comma describes it as a colon would)
LABELLED_IDENTIFIER_RE = re.compile(r"(?:[\w.-]+/)?(?P<name>[A-Za-z][\w.+-]{1,79})(?:[ \t]*\([^()\n]{1,30}\))?"
                                    r"(?::|,(?=[ \t]+(?:the|a|an)\b))\s+\S")
# A line that is one identifier alone, a letter first and no spaces ('wsj-0-18-left3words.tagger', 'tern_v2'), perhaps
# after its organisation or folder ('acme/wsj-0-18-left3words.tagger'), which is no part of its name.
LONE_LABEL_RE = re.compile(r"(?:[\w.-]+/)?(?P<name>[A-Za-z][\w.+-]{2,79})")
# The sentences describing a lone label: they open with a capital word ('Trained on …', 'This model uses …').
DESCRIBES_RE = re.compile(r"\s*[A-Z][a-z]+\s+\S+\s+\S")
# A list item that is one lower-case identifier and an aside ('cmu_aew (M, Arctic)'), under a heading of models or
# voices ('## Text to Speech Models').
ASIDE_ITEM_RE = re.compile(r"[\s*_`]*(?P<name>[a-z][a-z0-9]*(?:[_.\-][a-z0-9]+)*)[\s*_`]*\([^()\n]{1,80}\)\s*")
LISTED_MODELS_HEADING_RE = re.compile(r"\b(?:models?|voices?|checkpoints?|weights)\b", re.I)
# A heading over a section on the release's own models, several ('Included serialized models', 'Pretrained models').
SHIPPED_MODELS_HEADING_RE = re.compile(r"\b(?:included|pre-?trained|available|released|provided|serialized|shipped|"
                                       r"bundled|downloadable)\b[^.:\n]{0,30}?\bmodels\b", re.I)
# A file's name in prose, dotted parts after a letter ('english.all.3class.distsim.crf.ser.gz'), perhaps after one
# folder or organisation ('acme/english.all.3class.crf.ser.gz'), not a longer path's tail.
FILE_IDENTIFIER_RE = re.compile(r"(?<![\w./\\-])(?:[\w-]+/)?(?P<file>[A-Za-z][\w-]*(?:\.[\w-]+)+)(?![\w/\\-])")
# Marks of code in a block ('model = X("a.pt")', '# comment', '--flag', '`x`'): not prose.
CODE_MARK_RE = re.compile(r"[=#`{}\"]|\w\(|\s--?\w")
# Files that hold documents, settings or programs, never a model's weights.
NOT_WEIGHTS_RE = re.compile(r"\.(?:md|json|ya?ml|txt|py|sh|ipynb|xml|exe|msi|dmg|whl|deb|rpm|apk)$", re.I)
# A link whose text is an archive's file name ('[x-base-cased-v1.zip](…/x-base-cased-v1.zip)'): the weights it
# downloads, named by the file's stem.
ARCHIVE_LINK_RE = re.compile(r"(?P<name>[A-Za-z][\w.+-]{2,79}?)\.(?:zip|tar\.gz|tgz|tar|tar\.bz2|tar\.xz|7z)")
# ... the same file's name standing as a word of prose, no part of an address or a path ('here: x-base-cased.zip').
# A list item naming a model by its weights file or its name, then what it is in parentheses ('XMem-s2.pth (No
# pretraining on static images)', 'XMem-no-sensory (No sensory memory)').
ASIDE_FILE_ITEM_RE = re.compile(rf"(?P<name>[A-Za-z][\w+-]*(?:\.(?!{WEIGHTS_EXTENSIONS}\b)[\w+-]+)*)"
                                rf"(?:\.{WEIGHTS_EXTENSIONS})?[ \t]*\([^()\n]{{1,80}}\)")
# A section on preparing data ('## Setup Datasets', '## Data preparation'): the archives it has one download are
# data sets ('leftImg8bit_trainvaltest.zip'), not models.
DATA_SECTION_RE = re.compile(r"\b(?:data\s*sets?|data|corp(?:us|ora))\b(?![^\n]*\b(?:models?|checkpoints?|weights))",
                             re.I)
ARCHIVE_WORD_RE = re.compile(r"(?<![\w./:\\-])(?P<name>[A-Za-z][\w.+-]{2,79}?)"
                             r"\.(?:zip|tar\.gz|tgz|tar|tar\.bz2|tar\.xz|7z)(?![\w/\\-]|\.\w)")
DOWNLOAD_WORD_RE = re.compile(r"\bdownload", re.I)
DATED_STEM_RE = re.compile(r"(?:19|20)\d\d[-_.]?[01]\d[-_.]?[0-3]\d")
# What follows a definition line's bold label: a colon or a dash, then its text ('**X-Chat**: a 7B chat model').
DEFINITION_REST_RE = re.compile(r"\s*[:\u2013\u2014-]\s+")


# A label naming a group of things, a plural noun last ('Multi-task Checkpoints', 'Single-task Checkpoints',
# 'NL2Code Benchmarks'): a section of the document, never one model.
GROUP_LABEL_RE = re.compile(r"\b(?:checkpoints|models|weights|results|benchmarks|examples|datasets|experiments|"
                            r"settings|tasks|variants|baselines|evaluations|data|dataset|corpus|corpora)\W*$", re.I)

class ListNames:
    """The labelled-list step of `ModelNames`; it uses its candidates, mentions and document."""

    def _labelled_items(self) -> None:
        blocks = self.doc.blocks
        runs: list[list[int]] = []  # runs of item blocks, then of definition lines, then of subsections
        lines = self.doc.verbatim.split("\n")
        markers: dict[int, bool | None] = {}
        for index, block in enumerate(blocks):
            if block.kind != "item":
                continue
            marker = MARKER_RE.match(lines[block.line]) if block.line is not None and block.line < len(lines) else None
            markers[index] = bool(marker.group("bullet")) if marker else None
            if runs and runs[-1][-1] == index - 1 \
                    and (None in (markers[index], markers[index - 1]) or markers[index] == markers[index - 1]):
                runs[-1].append(index)
            else:
                runs.append([index])
        runs = [[self._item_label(blocks[i]) for i in run] for run in runs] + self._definition_runs() \
            + self._subsection_runs() + self._paragraph_runs() + self._introduced_runs() + self._lone_label_runs() \
            + self._shipped_file_runs() + self._aside_item_runs()
        existing = {m.start: m for m in self.mentions}
        written: dict[int, str] = {}  # label start -> the label as written, where a size is added to it
        added = False
        found_here: list[tuple[frozenset, str, str]] = []
        for run in runs:
            labelled = self._own_of_compared(self._without_repeats([found for found in run if found
                                                                    and not GROUP_LABEL_RE.search(found[1])]))
            if len({entry[1] for entry in labelled}) < len(labelled):
                labelled = self._sized_labels(labelled, written)
            if len(labelled) < 2 or len(labelled) * 3 < len(run) * 2 \
                    or len({entry[1] for entry in labelled}) < len(labelled):
                continue
            labels = [entry[1] for entry in labelled]
            # Mostly sizes, bare or led by one ('tiny', 'base', 'base.cn', … 'turbo'): every short label is a size of
            # one family, as in a table's size column; labels shaped as model names keep their own name where no
            # family is named.
            sized = sum(bool(BARE_SIZE_RE.match(re.split(r"[.\-]", label, maxsplit=1)[0]))
                        for label in labels) * 3 >= len(labels) * 2
            named = self._shaped_as_models(labels)
            for start, label, *family_at in labelled:
                name = label
                if BARE_SIZE_RE.match(label) or sized and SHORT_LABEL_RE.match(label):
                    # the family of a bare size: the heading above the list's label
                    family = self._table_family(family_at[0] if family_at else start)
                    if not family and not named:
                        continue
                    name = f"{family} {label}" if family else label
                elif start in written:  # 'X-GPT 111M', its label written 'X-GPT': a shape's reading of it yields
                    label = written[start]
                    self._drop_mentions([(start, start + len(label))])
                    existing.pop(start, None)
                key = tokens(name)
                self._item_subjects.add((start, start + len(label)))
                if start in existing and existing[start].end == start + len(label):
                    continue  # found by its shape already: now known as a listed model
                self._add_mention(key, name, start, start + len(label))
                found_here.append((key, name, label))
                added = True
        # A name found only as a list's label ('- crnn_vgg16_bn') is the same model wherever the text writes it
        # again (the row of a table giving its size), though no name shape finds it there.
        taken = [(m.start, m.end) for m in self.mentions]
        for key, name, label in found_here:
            if name != label:
                continue
            for m in re.finditer(rf"(?<![\w.\-/]){re.escape(label)}(?![\w\-])", self.doc.text):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    self._add_mention(key, name, m.start(), m.end())
                    taken.append((m.start(), m.end()))
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _own_of_compared(self, labelled: list) -> list:
        """A list where one label is the title's name and two or more carry none of its words ('- DALL·E: #Params
        12B', …, '- Zorvak-α: #Params 0.6B' under '# Zorvak-α'): a comparison, whose other labels are others' models.
        A label that only shares a word with the title ('Zorvak BERT' under '# BERT in Quillon', beside 'Brastel')
        is one of a list of the document's models, whatever the others are called."""
        title = tokens(self._title_text())
        if not title:
            return labelled
        own = [entry for entry in labelled if tokens(entry[1]) <= title]
        stems = self._title_stems()
        strangers = [entry for entry in labelled if not stems & set(re.findall(r"[a-z]+", entry[1].lower()))]
        return own if own and len(strangers) >= 2 else labelled

    def _without_repeats(self, labelled: list) -> list:
        """The entries whose line is not a copy of an earlier one's (a list repeating an item word for word)."""
        seen, out = set(), []
        for entry in labelled:
            end = self.doc.text.find("\n", entry[0])
            line = self.doc.text[entry[0]:end if end >= 0 else None]
            if line not in seen:
                seen.add(line)
                out.append(entry)
        return out

    def _sized_labels(self, labelled: list, written: dict[int, str]) -> list:
        """Items repeating one name, each stating a size ('- X-GPT: Parameters 111M; …'), list that family's sizes:
        each item's (start, 'X-GPT 111M'), when every repeated label states one; else `labelled` unchanged."""
        counts = Counter(entry[1] for entry in labelled)
        out, sized = [], {}
        for start, label, *rest in labelled:
            if counts[label] < 2:
                out.append((start, label, *rest))
                continue
            line_end = self.doc.text.find("\n", start) % (len(self.doc.text) + 1)  # -1: the text's end
            size = ITEM_SIZE_RE.search(self.doc.text, start + len(label), line_end)
            if not size:
                return labelled
            out.append((start, f"{label} {size.group('size')}", *rest))
            sized[start] = label
        written.update(sized)
        return out

    def _definition_runs(self) -> list[list[tuple[int, str] | None]]:
        """Runs of definition lines ('**X-Chat**: a 7B chat model …', read as a label block and the text after it),
        each line's (label start, label) when it labels facts, else None."""
        blocks, runs, last = self.doc.blocks, [], -3
        for index in range(len(blocks) - 1):
            block, after = blocks[index], blocks[index + 1]
            if block.kind != "label" or after.kind != "text" \
                    or not DEFINITION_REST_RE.match(self.doc.text, after.start):
                continue
            label = self.doc.text[block.start:block.end].strip()
            rest = self.doc.text[after.start:after.end]
            found = (block.start, label) if self._labels_facts(label, DEFINITION_REST_RE.sub("", rest, 1)) else None
            if index == last + 2:
                runs[-1].append(found)
            else:
                runs.append([found])
            last = index
        return runs

    def _paragraph_runs(self) -> list[list[tuple[int, str] | None]]:
        """Runs of paragraphs each opening with a label and a colon ('<p><b>X-Chat</b>: a 7B chat model …</p>', an
        HTML page's definition lines read as one text block each)."""
        runs, last = [], -2
        for index, block in enumerate(self.doc.blocks):
            if block.kind != "text" or not ITEM_LABEL_RE.match(self.doc.text, block.start, block.end):
                continue
            if index == last + 1:
                runs[-1].append(self._item_label(block))
            else:
                runs.append([self._item_label(block)])
            last = index
        return runs

    def _subsection_runs(self) -> list[list[tuple[int, str, int] | None]]:
        """The subsections of a 'Models' section, each headed by one model's name over its facts ('## Models',
        '### X-Chat', 'Parameters: 7B. Context window: 32K.'): each heading's (start, label, where its family is
        looked up) when it labels facts, else None."""
        blocks, runs = self.doc.blocks, []
        for index, parent in enumerate(blocks):
            if parent.kind != "heading":
                continue
            models = MODELS_HEADING_RE.fullmatch(self.doc.text[parent.start:parent.end])
            run, child = [], None
            for i in range(index + 1, len(blocks)):
                block = blocks[i]
                if block.kind == "heading" and block.level <= parent.level:
                    break
                if block.kind == "heading":
                    child = block if block.level == parent.level + 1 else child
                    if block is child:
                        run.append([block.start, self.doc.text[block.start:block.end].strip(), ""])
                elif child is not None and run and len(run[-1][2]) < 600:
                    run[-1][2] += " " + self.doc.text[block.start:block.end]
            if not models and not all(BARE_SIZE_RE.match(label) for _start, label, _facts in run):
                continue  # elsewhere, only a family's sizes head subsections of their own ('## Small', '## Large')
            runs.append([(start, label, parent.start) if self._labels_facts(label, facts) else None
                         for start, label, facts in run])
        return runs

    def _introduced_runs(self) -> list[list[tuple[int, str] | None]]:
        """A list a sentence introduces as models ('The following architectures are currently supported:', 'Models
        available:') whose items are each just an identifier ('- crnn_vgg16_bn', '- org/x-base'): each names one."""
        blocks, runs = self.doc.blocks, []
        for index, block in enumerate(blocks[:-1]):
            if block.kind not in ("text", "label") or not INTRODUCES_MODELS_RE.search(self.doc.text, block.start,
                                                                                       block.end):
                continue
            run, asides = [], []
            for item in blocks[index + 1:]:
                if item.kind != "item":
                    break
                label = self.doc.text[item.start:item.end].strip()
                ident = IDENTIFIER_ITEM_RE.fullmatch(label)
                named = ident and IDENTIFIER_MARK_RE.search(ident.group("name")) and not FILE_NAME_RE.search(label) \
                    and not tokens(label) & (RUNTIME_TOKENS | EXCLUDED_TOKENS)
                # the model's name without its hub organisation ('org/x-base' names 'x-base')
                at = self.doc.text.find(label, item.start) + (ident.start("name") if named else 0)
                run.append((at, ident.group("name")) if named else None)
                # '1. XMem-s012.pth (Trained with BL30K)': a weights file, or a name, and what it is
                aside = ASIDE_FILE_ITEM_RE.fullmatch(label)
                asides.append((self.doc.text.find(label, item.start), aside.group("name")) if aside
                              and not tokens(aside.group("name")) & (RUNTIME_TOKENS | EXCLUDED_TOKENS) else None)
            if len(run) >= 2:
                runs.append(run)
            if len(asides) >= 2 and all(asides) and sum(bool(IDENTIFIER_MARK_RE.search(label) or FILE_NAME_RE.search(
                    label)) for _at, label in asides) * 2 >= len(asides):
                runs.append(asides)
            described = self._described_identifiers(blocks[index + 1:])
            if described:
                runs.append(described)
        return runs

    def _described_identifiers(self, following) -> list[tuple[int, str]] | None:
        """The items after a sentence introducing models, when each opens with one identifier and a colon over a
        description ('- general: trained on diverse data', '- synth_3d: trained on synthetic 3D data'): each names a
        model, plain words too, when most of the labels are written as identifiers (a digit, '_' or '-' in them),
        so that a list of notes ('- Note: …', '- Tip: …') names none."""
        run = []
        for item in following:
            if item.kind != "item":
                break
            match = LABELLED_IDENTIFIER_RE.match(self.doc.text, item.start, item.end)
            label = match and match.group("name")
            # ('- ONNX: …', '- Python: …' name a runtime; 'detectron2_onnx', a model exported to one, still a model)
            if not label or FILE_NAME_RE.search(label) or FACT_HEADER_RE.search(label) \
                    or re.split(r"[\W_]+", label.lower())[0] in RUNTIME_TOKENS | EXCLUDED_TOKENS:
                return None
            run.append((match.start("name"), label))
        marked = sum(1 for _start, label in run if IDENTIFIER_MARK_RE.search(label))
        return run if len(run) >= 2 and marked * 2 >= len(run) else None

    def _lone_label_runs(self) -> list[list[tuple[int, str]]]:
        """A plain-text list of models written as definitions: paragraphs each opening with a line that is one
        identifier alone, over sentences describing it ('wsj-0-18-left3words.tagger' / 'Trained on WSJ sections …').
        Three such paragraphs at least, in a document that speaks of models before them; a label with no digit, '_'
        or '-' ('arabic.tagger') counts when it ends as the marked ones do, so the list is one kind of name."""
        blocks, entries = self.doc.blocks, []
        for index, block in enumerate(blocks[:-1]):
            line = self.doc.text[block.start:block.end].strip()
            after = blocks[index + 1]
            lone = LONE_LABEL_RE.fullmatch(line)
            # A file's name in capitals ('ZORVAK-left3words.tagger') reads as a heading in plain text: a label still.
            filed = block.kind == "heading" and lone and re.search(r"\.[A-Za-z]\w*$", lone.group("name"))
            if block.kind != "text" and not filed or after.kind != "text" or not lone \
                    or not DESCRIBES_RE.match(self.doc.text, after.start, after.end):
                continue
            label = lone.group("name")
            if FILE_NAME_RE.search(label) or tokens(label) & (RUNTIME_TOKENS | EXCLUDED_TOKENS):
                continue
            entries.append((self.doc.text.index(line, block.start) + lone.start("name"), label))
        marked = [label for _start, label in entries if IDENTIFIER_MARK_RE.search(label)]
        endings = {m.group(0) for label in marked for m in [re.search(r"\.[A-Za-z]\w*$", label)] if m}
        kept = [(start, label) for start, label in entries if label in marked
                or any(label.endswith(ending) for ending in endings)]
        if len(kept) < 3 or len(marked) * 2 < len(kept) \
                or not re.search(r"\bmodels?\b", self.doc.text[:kept[0][0]], re.I):
            return []
        return [kept]

    def _aside_item_runs(self) -> list[list[tuple[int, str]]]:
        """A section on models, voices or checkpoints listing them by identifier, each with an aside and nothing
        else ('* cmu_aew (M, Arctic)', '* ljspeech (F, Public Domain)'): three at least, half of them written as
        identifiers (a digit or '_' in them), so that a list of languages ('English (en-us)') names none."""
        runs, current, listing = [], [], False
        for block in self.doc.blocks:
            if block.kind == "heading":
                runs.append(current)
                current = []
                listing = bool(LISTED_MODELS_HEADING_RE.search(self.doc.text, block.start, block.end))
                continue
            match = ASIDE_ITEM_RE.fullmatch(self.doc.text, block.start, block.end) if block.kind == "item" else None
            if listing and match and not tokens(match.group("name")) & (RUNTIME_TOKENS | EXCLUDED_TOKENS):
                current.append((match.start("name"), match.group("name")))
        runs.append(current)
        return [run for run in runs if len(run) >= 3
                and sum(1 for _start, label in run if re.search(r"[\d_]", label)) * 2 >= len(run)]

    def _shipped_file_runs(self) -> list[list[tuple[int, str]]]:
        """The files a section on the release's own models names in its prose ('INCLUDED SERIALIZED MODELS': 'It is
        included as x.all.3class.crf.ser.gz'): the models it ships, each named by its file, though a file met
        elsewhere (a table of exported formats, a download command) names no model. Two files at least."""
        blocks, runs = self.doc.blocks, []
        for index, heading in enumerate(blocks):
            if heading.kind != "heading" or not SHIPPED_MODELS_HEADING_RE.search(self.doc.text, heading.start,
                                                                                 heading.end) \
                    or not any(b.kind == "heading" for b in blocks[:index]):
                continue  # the title ('Japanese DistilBERT Pretrained Model') heads the document, not a section
            run: list[tuple[int, str]] = []
            for block in blocks[index + 1:]:
                if block.kind == "heading" and block.level <= heading.level:
                    break
                if block.kind != "text" or CODE_MARK_RE.search(self.doc.text, block.start, block.end):
                    continue  # prose only: a command or a line of code loads a file, it does not present a model
                for m in FILE_IDENTIFIER_RE.finditer(self.doc.text, block.start, block.end):
                    if FILE_NAME_RE.search(m.group("file")) and not NOT_WEIGHTS_RE.search(m.group("file")) \
                            and m.group("file") not in {label for _start, label in run}:
                        run.append((m.start("file"), m.group("file")))
            if len(run) >= 2:
                runs.append(run)
        return runs

    def _alone_in_block(self, start: int, end: int) -> bool:
        """The link at start:end is its paragraph or item, but for a remark in parentheses ('(best model)')."""
        block = self.doc.blocks[self.seg.at(start).block]
        rest = self.doc.text[block.start:start] + self.doc.text[end:block.end]
        return block.kind in ("text", "item") and not re.sub(r"\([^()]{0,40}\)", "", rest).strip(" \t\n-*•")

    def _downloaded_archives(self) -> None:
        """Archives offered for download in their section ('Download the model here: [x-base-cased.zip](…)', or the
        file's name alone where the page lost its links: 'Download the model here: x-base-cased.zip'; or a link on a
        host of files standing alone, '[x-encoder-512](https://drive.google.com/…)'): each names
        the model it holds, by the file's stem, when the stem is written as an identifier (a digit, '_' or '-' in
        it). A link's address must end with that file; a name in prose must stand outside any address or code."""
        text, taken = self.doc.text, {(m.start, m.end) for m in self.mentions}
        headings = [b.start for b in self.doc.heading_blocks]
        offered: list[tuple[int, str]] = []  # (where the archive's name starts, its stem)
        hosted: set[int] = set()  # where links standing alone on a host of files start
        for start, end, url in self.doc.links:
            label = text[start:end].strip()
            match = ARCHIVE_LINK_RE.fullmatch(label)
            if match and url.rstrip("/").endswith("/" + label):
                offered.append((text.find(match.group("name"), start), match.group("name")))
            elif re.fullmatch(r"[A-Za-z][\w.+-]{2,79}", label) and re.search(
                    rf"/{re.escape(label)}\.{WEIGHTS_EXTENSIONS}$", url.rstrip("/"), re.I):
                offered.append((start + text[start:end].find(label), label))  # '[nn4.v1](…/nn4.v1.t7)': its weights
            elif re.fullmatch(r"[A-Za-z][\w.+-]{2,79}", label) and file_host_of_address(url) \
                    and self._alone_in_block(start, end):
                # '[x-encoder-512](drive.google…)'; '[x_L-12.zip](pan.baidu…)': the model the archive holds
                label = match.group("name") if match else label
                offered.append((start + text[start:end].find(label), label))
                hosted.add(offered[-1][0])
        for match in ARCHIVE_WORD_RE.finditer(text):
            block = self.doc.blocks[self.seg.at(match.start()).block]
            if block.kind in ("text", "item") and not self.doc.links_over(match.start(), match.start() + 1) \
                    and not CODE_MARK_RE.search(text, block.start, block.end):
                offered.append((match.start("name"), match.group("name")))
        added = False
        for at, name in offered:
            if not IDENTIFIER_MARK_RE.search(name) or DATED_STEM_RE.search(name) or name.endswith(("_", "-")):
                # ('train_<x>.tar.gz': a pattern of the data's shard files, its placeholder read as a tag)
                continue  # 'opus-2020-02-26.zip': a dated build of the card's model, not a model of its own
            section = max([h for h in headings if h < at], default=0)
            if section and DATA_SECTION_RE.search(text, section, self.doc.blocks[self.seg.at(section).block].end):
                continue
            # (a link alone on a host of files: offered by a heading further up, '### 3. Download the pretrained
            # models' over collapsed lists of them)
            window = max(0, at - 1500) if at in hosted else max(section, at - 300)
            if not DOWNLOAD_WORD_RE.search(text, window, at) or (at, at + len(name)) in taken:
                continue
            self._add_mention(tokens(name), name, at, at + len(name))
            self._item_subjects.add((at, at + len(name)))
            taken.add((at, at + len(name)))
            added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _checkpoint_items(self) -> None:
        """Checkpoints a section lists by what they were trained for, each over its download (name_checkpoints.py)."""
        taken = {(m.start, m.end) for m in self.mentions}
        labels = [(at, label) for at, label in checkpoint_labels(self.doc, self.seg, self._alone_in_block)
                  if (at, at + len(label)) not in taken]
        for at, label in labels:
            self._add_mention(tokens(label), label, at, at + len(label))
            self._item_subjects.add((at, at + len(label)))
        if labels:
            self.mentions.sort(key=lambda x: x.start)

    def _item_label(self, block) -> tuple[int, str] | None:
        """(where the label starts, the label) of an item that opens with a name-like label over facts."""
        match = SPEC_ITEM_RE.match(self.doc.text, block.start, block.end) \
            or ITEM_LABEL_RE.match(self.doc.text, block.start, block.end)
        if not match:
            return None
        label, rest = match.group("label").strip(), match.group("rest")
        quoted = QUOTED_LABEL_RE.fullmatch(label)  # "- 'chunk-fast': …": the identifier inside its quotes
        label = quoted.group(1) if quoted else label
        # A label linking to a model's page on a hub ('- [x-coder](https://hf.co/org/x): Description …') names the
        # model whatever facts follow it.
        start = match.start("label") + (match.group("label").index(label) if quoted else 0)
        # A label written as a hub id ('- acme/Zorvak-7B: 7B parameters …') names the model without its
        # organisation, as a table's name cell does.
        name = without_org(label)
        if name and name != label and label.endswith(name):
            start, label = match.start("label") + match.group("label").rindex(name), name
        hub = any(repository(url) for _s, _e, url in self.doc.links_over(start, start + 1))
        if self._topic_label(label, match.start("rest"), match.end("rest")) \
                or self._captions_hub_links(label, match.start("rest"), match.end("rest")):
            return None
        return (start, label) if self._labels_facts(label, rest, hub) else None

    def _captions_hub_links(self, label: str, rest_start: int, rest_end: int) -> bool:
        """'Model Zoo: [modelscope](…/iic/X-Small), [huggingface](…/org/X-Small)', 'Online Demo: [space](…)': words
        over nothing but links to hub pages named otherwise caption those links (where to get the model, where to
        try it); they name no model. A label the linked page shares a word with ('X-Small: [hf](…/org/X-Small)'),
        or a bare size ('Base: [hf](…)'), still names one."""
        if re.search(r"\d", label) or BARE_SIZE_RE.match(label):
            return False
        links = self.doc.links_over(rest_start, rest_end)
        if not links or not all(HUB_PAGE_RE.match(url.strip()) for _s, _e, url in links):
            return False
        covered = list(self.doc.text[rest_start:rest_end])
        for s, e, _url in links:
            s, e = max(s, rest_start) - rest_start, min(e, rest_end) - rest_start
            covered[s:e] = " " * (e - s)
        if re.search(r"\w", "".join(covered)):
            return False  # words of its own beside the links: the label may be a model's, its facts written out
        label_tokens = tokens(label)
        return not any(label_tokens & tokens(re.sub(r"[_/]", " ", url.rstrip("/").rsplit("/", 2)[-1]))
                       for _s, _e, url in links)

    def _topic_label(self, label: str, rest_start: int, rest_end: int) -> bool:
        """'- **Broad Skills:** Zorvak 60B Base outperforms …': a label of plain words over a sentence whose subject is
        another name (the sentence opens with it) heads a point made of that model, not a model of its own."""
        if re.search(r"\d", label) or not re.fullmatch(r"[A-Za-z]+(?:[ \t]+[A-Za-z]+)+", label):
            return False  # (words, not an id: 'Zorvak-GPT: Parameters 111M' labels a model)
        opening = re.match(r"[\s*_]*", self.doc.text[rest_start:rest_end]).end() + rest_start
        at = bisect.bisect_left(self.mentions, opening, key=lambda m: m.start)
        # A name the document writes elsewhere too (not 'Sparse 1B' of '- MoE Models: Sparse 1B and 3B MoE models');
        # its first words may stand outside the mention ('Zorvak' of 'Zorvak LM 60B Base').
        return any(not m.key & tokens(label) and len(self.candidates[m.key].mentions) >= 2
                   for m in self.mentions[at:at + 3]
                   if re.fullmatch(r"(?:[A-Z][\w.\-]*[ \t]+){0,2}", self.doc.text[opening:m.start]))

    @staticmethod
    def _labels_facts(label: str, rest: str, hub: bool = False) -> bool:
        """The label reads as a model's name and what follows it states a fact of it, not results."""
        rest = NOT_MODEL_PAGE_RE.sub(" ", rest)  # 'Euscrawl: https://huggingface.co/datasets/…': a dataset's page
        if not LISTED_NAME_RE.match(label) or FACT_HEADER_RE.search(label) or DETAIL_LABEL_RE.match(label) \
                or FILE_NAME_RE.search(label) or FORMAT_SUFFIX_RE.fullmatch(f"-{label}") \
                or tokens(label) & (RUNTIME_TOKENS | EXCLUDED_TOKENS) or not (hub or ITEM_FACT_RE.search(rest)):
            return False
        # Results beside a name compare models, the document's or not; beside a bare size ('- 111M: 0.27; 0.59'),
        # they are the sizes of the family the heading names, as a table's size column is.
        # ... unless the item states the model's size as a count of parameters ('- X-d16: #params 310M; FID 3.55'): a
        # model's line with its results, as a models table's row with a size column and a score column is
        return bool(BARE_SIZE_RE.match(label)) or bool(ITEM_SIZE_RE.search(rest)) \
            or not (SCORE_HEADER_RE.search(rest) or len(SCORE_NUMBER_RE.findall(rest)) >= 2)
