"""Model names found by what the document says of them rather than by their shape (a mixin of
`names.ModelNames`): the name it introduces as a model (its title: name_titles.py), its front matter's model-index,
links to its own repositories on a hub, versionless names listed beside a versioned sibling, and elided names
('Corvid 3 Raven, Rook and Jay')."""

import bisect
import re
from collections import Counter

from .links import HUB_REPO_RE, anagram, letters, repositories, written_repositories
from .name_shapes import (
    DEFINES_ABBREVIATION_RE,
    DEFINES_CJK_RE,
    DEFINES_EXPANDED_RE,
    DEFINES_LOWER_RE,
    DEFINES_RE,
    EXCLUDED_TOKENS,
    FAMILY_HEADING_STOP,
    FAMILY_NAMED_RE,
    FILE_NAME_RE,
    GPU_LINE_WORDS,
    GROUP_OF_RE,
    HARDWARE_RE,
    INTRODUCES_LOWER_RE,
    INTRODUCES_RE,
    LATIN_WORD,
    LEADING_STOP,
    MAX_SIBLING_LOOKS,
    MODEL_NOUN_RE,
    NOT_INTRODUCED,
    RELEASE_CUE_RE,
    SIZE_TOKEN_RE,
    SNAKE_ID_RE,
    TABLE_NAME_RE,
    VARIANTS,
    Candidate,
    Mention,
    clean_name,
    tokens,
)
from .name_stems import NOT_STEMS
from .segment import CAMEL_WORDS
from .tables import DOWNLOAD_HEADER_RE, cell_start
from .values import SIZE_RE

# The size words a family names its sizes by, capitalised as a name's word ('Moonshine Tiny', 'X-Large')
FAMILY_SIZE_WORDS = r"Tiny|Mini|Small|Base|Medium|Large|XL|XXL|Huge|Nano"
# 'we released an improved large model named large-v2': a released model called by a size label and a version.
NAMED_RELEASE_RE = re.compile(r"\breleas\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:model|checkpoint|version)\s+"
                              r"(?:named|called)\s+(?P<label>[a-z][a-z0-9]*-v\d+(?:\.\d+)?)\b")
# A capitalised name followed by its size as a count of parameters in parentheses ('Starling Speech Small (240M
# parameters)'): the name of a released size, whether or not it carries a version.
SIZED_NAME_RE = re.compile(r"(?<![\w.\-/])(?P<name>(?:[A-Z][\w.+\-]*[ \t]+){0,3}[A-Z][\w.+\-]*)[ \t]*\(\s*~?"
                           r"\d+(?:\.\d+)?\s*[BMK]\s*(?:param(?:eter)?s|weights)\b")
# Words ending a feature's or a part's name, not a model's ('Lightweight Network', 'Parameter-Efficient Training').
PART_WORDS = {"network", "training", "inference", "architecture", "design", "module", "block", "layer", "head",
              "encoder", "decoder", "backbone", "adapter", "tokenizer"}
# A news line moving a model to a new version ('Updated Fish-Speech to 1.2 version', 'upgraded Zorvak to v2.0'): the
# model of that version, named by the two ('Fish-Speech 1.2').
UPDATED_TO_RE = re.compile(r"\b(?:[Uu]pdated|[Uu]pgraded|[Bb]umped)[ \t]+(?P<name>[A-Z][\w.+]*(?:-[A-Za-z][\w.+]*)*)"
                           r"[ \t]+to[ \t]+(?:[Vv]ersion[ \t]+)?[Vv]?(?P<version>\d+(?:\.\d+){1,2})(?![\w.])")
NUMBER_RE = re.compile(r"\d+(?:\.\d+)+|\d+(?:\.\d+)?[bmt]")  # a version or a size standing as a word of a name
# A line whose lead-in offers what follows for download: its hub links are models the document releases.
# ... at a line's start, what follows it the names offered, one after another ('X-Base, X-Large and X-XL.')
DOWNLOAD_LINE_RE = re.compile(r"^[ \t*_>-]*(?:[\w-]+[ \t]+){0,3}(?:download|weights|checkpoints?)[ \t*_]*[:：][ \t*_]*",
                              re.I | re.M)
OFFERED_SPLIT_RE = re.compile(r"[^,;、\n]+?(?=\s*(?:[,;、]|\band\b|$))", re.M)  # matched up to a bound
# What stands before a written id that opens its line: its organisation, maybe after a short label ('Default
# Model: org/'); and what follows it, a dash or a colon before its description ('org/x-base - This model …').
LINE_HEAD_ID_RE = re.compile(r"[ \t]*(?:[A-Z][\w-]*(?:[ \t][\w-]+){0,3}[ \t]*:[ \t]*)?[\w.-]+/")
ID_DESCRIBED_RE = re.compile(r"[ \t]+[-\u2013\u2014:][ \t]+\S|[ \t]*:[ \t]+\S")
DOWNLOAD_LEAD_RE = re.compile(r"\b(?:model\s+)?(?:download|weights|checkpoints?|models)\b[^\n]{0,40}?[:：]", re.I)


def variant_label(label: str, repo_name: str) -> bool:
    """'X on Captioning [Large](…/x_caption_large_en) | [Distill](…/x_caption_distilled_en)': a link reading one
    size or variant word that the repository's name carries labels that repository's model by its variant, as
    '[7B](…)' labels one by its size; the address names it, though no digit shows it a model's name."""
    word = label.strip(" \t*_`[]()|\\")
    return bool(re.fullmatch(rf"(?:{VARIANTS}|{FAMILY_SIZE_WORDS})", word, re.I)) \
        and letters(word) in letters(repo_name)


# What a link's text may add after the model's name ('[X Chat Model](…)', '[X weights](…)').
LINK_NOUN_RE = re.compile(r"\s*(?:(?:model|weights|checkpoint)s?)?\s*", re.I)


# The address of a docs site's page for one model: '/workers-ai/models/zorvak-9b', 'https://acme.ai/docs/models/z-9b/'.
MODEL_PAGE_RE = re.compile(r"/models/(?:[\w.\-]+/)?(?P<id>[\w.\-]+)/?(?:\?[^#]*)?(?:#(?P<anchor>[\w.\-]+))?$")


# 'We released the X Deep, reasoning enhanced language models, including 2.4B, 7.8B, and 32B': the family, the
# kind of models it is, then its sizes.
RELEASED_FAMILY_RE = re.compile(
    rf"\b[Ww]e(?:'ve|[ \t]+have)?[ \t]+(?:also[ \t]+)?(?:release[ds]?|open-?source[ds]?|launch(?:ed|es)?)[ \t]+"
    rf"(?:the[ \t]+|our[ \t]+)?"
    rf"(?P<family>[A-Z][\w.\-]*(?:[ \t]+(?:[A-Z][\w.\-]*|\d[\w.]*)){{0,2}}),?[ \t]+"
    rf"(?:[\w\-]+[ \t]+){{0,4}}?(?:language[ \t]+)?(?:models?|series|family)\b[^.\n]{{0,30}}?"
    rf"\b(?:including|(?:in[ \t]+)?sizes?[ \t]+of|in)[ \t]+{SIZE_RE}(?:[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)"
    rf"{SIZE_RE})+")


class NameSources:
    """Statement-reading steps of `ModelNames`; they use its candidates, mentions and document."""

    def _other_name_linked(self, overlapping, repos, repo, key: frozenset, label: str) -> None:
        """'[Chinese Llama2 Chat Model](…/Chinese-Llama-2-7b)' under '# Chinese Llama 2 7B': a link whose text
        names a model the document names nowhere else, to the repository spelling another name it gives, calls
        that model by another name (the two are one model)."""
        if key not in self.candidates or len(overlapping) != 1 or not repo.url \
                or self.doc.blocks[self.seg.at(repo.start).block].kind not in ("text", "item"):
            return  # a table row's link names the row's model (tables.py)
        page = HUB_REPO_RE.match(repo.url.strip())
        if not page or letters(page.group("repo")) != letters(repo.name):
            return  # '[X-GGUF](…/X-GGUF)': a conversion's repository, read as the model's own
        a, b = overlapping[0]
        mention = next((m for m in self.mentions if (m.start, m.end) == (a, b)), None)
        if mention is None or mention.key == key or mention.key not in self.candidates \
                or not LINK_NOUN_RE.fullmatch(self.doc.text[b:repo.end]):
            return
        same = [(r.start, r.end) for r in repos if anagram(r.name) == anagram(repo.name)]
        if all(any(s <= x and y <= e for s, e in same) for x, y in self.candidates[mention.key].mentions):
            self._link_aliases[mention.key] = key

    def _variant_link(self, overlapping, repo, label: str) -> bool:
        """The link's text is one name read inside it and words its repository's name carries too ('RoBERTuito
        cased' over 'robertuito-base-cased'), no size or version among them: a variant the name alone does not say."""
        if len(overlapping) != 1 or not repo.url or overlapping[0][0] != repo.start:
            return False
        named = tokens(self.doc.text[overlapping[0][0]:overlapping[0][1]])
        words = tokens(label)
        extra = words - named
        return bool(named and extra and named < words <= tokens(repo.name) | named
                    and not any(re.search(r"\d", w) for w in extra))

    def _linked_repositories(self) -> None:
        """A link to one of the document's own model repositories on a hub names a released model: '[7B](…/lmsys/
        vicuna-7b-v1.3)' is vicuna-7b-v1.3, and '- [nomic-bert-2048](…)' is a model though its name reads like
        none. A link whose text is itself a name marks that name; a link reading '7B', '🤗' or 'here' names the
        repository's model where it stands. Links in tables of results (baselines) name nothing, but for a column
        of results headed by a link to the document's own organisation ('| Benchmark | [v2.1](…/org/x-2.1) |
        [v3.1](…/org/x-3.1) |'): an earlier release of its own, compared."""
        every = repositories(self.doc.links, self.doc.text)
        linked = [r for r in every if not self._in_score_table_at(r.start)]
        written = [r for r in written_repositories(self.doc.text, self.doc.links)
                   if not self._in_score_table_at(r.start)]
        # ... and a results table's download column links each row's own weights ('| X-70B (Uniform) | 54.9 | … |
        # [HuggingFace](…/org/x-70b-uniform) |'): the document's models, compared
        downloads = [r for r in every if self._in_score_table_at(r.start) and self._in_download_cell(r.start)]
        own = self._own_orgs(linked + downloads) if linked or downloads else set()
        if not own:
            # '| [GritLM-7B](…/GritLM/gritlm-7b) | 7B parameter model … | 66.8 |': results rows naming models by links
            # to one organisation's repositories, and no other's, list that organisation's models (the page's own)
            named = Counter(r.org.lower() for r in every if self._in_score_table_at(r.start)
                            and self._in_name_cell(r.start))
            own = set(named) if len(named) == 1 and sum(named.values()) >= 2 else own
            linked += [r for r in every if r.org.lower() in own and self._in_name_cell(r.start)]
        linked += [r for r in every if r.org.lower() in own and (self._heads_score_column(r) or r in downloads)]
        # ... and a results table's rows written as the document's own repository ids ('| org/X_8B_32k | 0.49 |'
        # under 'we also release a long context variant ([org/X_8B_32k](…))'): its models, compared
        scored = [r for r in written_repositories(self.doc.text, self.doc.links)
                  if r.org.lower() in own and self._in_score_table_at(r.start)]
        written += scored
        repos = sorted(linked + written, key=lambda r: r.start)
        if not repos:
            return
        # A written id is the document's own by its organisation alone: the developer's, spelled the same (not
        # 'modelternlabs', text run into it), one whose ids carry the title's word (a second account of the same
        # authors: '# Zorq' writing 'Vexa97/zorq-llama-13b'; not a known maker's, whose model it was built on), or
        # the one of most ids.
        own_written = self._own_orgs(written, by_stem=False) if written else set()
        # A repository's id spells a name its own way ('internlm2_5-7b-chat' for 'InternLM2.5-7B-Chat',
        # 'deepseek-math-7b-base' for 'DeepSeekMath-Base 7B'): the same letters and digits are the same name.
        spelled = {anagram(name): key for key, cand in self.candidates.items() for name in cand.names}
        spans = sorted((m.start, m.end) for m in self.mentions)
        starts = [a for a, _b in spans]
        added = False
        for repo in repos:
            if repo.org.lower() not in (own if repo.url or repo in scored else own_written):
                continue
            i = bisect.bisect_left(starts, repo.start)
            overlapping = [(a, b) for a, b in spans[max(0, i - 1):i + 4] if a < repo.end and b > repo.start]
            key = spelled.get(anagram(repo.name)) or tokens(repo.name)
            if not repo.url and not overlapping and re.match(r"[A-Z].*\d", repo.name) and repo not in scored:
                continue  # a capitalised, versioned id the name shapes pass over: text run together, no name
            if not repo.url and repo.name.islower() and any(k < key and any(NUMBER_RE.fullmatch(t) for t in k)
                                                            for k in self.candidates):
                continue  # a lower-case checkpoint id of a versioned name the text gives ('org/zorvak-3.1-2b-base')
            sizeless = frozenset(t for t in key if not SIZE_TOKEN_RE.fullmatch(t))
            if sizeless != key and sizeless in self.candidates and not any(sizeless < k for k in self.candidates):
                key = sizeless  # 'Dia-1.6B' on the hub is the 'Dia' the text introduces as a 1.6B model
            label = self.doc.text[repo.start:repo.end]
            spelled_out = letters(label) in (letters(repo.name), letters(repo.org + repo.name))
            if overlapping and spelled_out and (len(overlapping) > 1 or letters(
                    self.doc.text[overlapping[0][0]:overlapping[0][1]]) != letters(label)):
                if not repo.url and all(a == repo.start for a, _b in overlapping):
                    continue  # the shapes read a written id's name as it starts ('X-9B-Instruct' of 'X-9B-InstructB')
                # '[AI4Chem/ChemLLM-7B-Chat-1.5-DPO](…)' read as 'AI4Chem' and 'LLM-7B-Chat-1.5-DPO', or as
                # 'AI4Chem' alone, '[CodeGen2.5 7B multi](…/codegen25-7b-multi)' as 'CodeGen2.5 7B': the link's
                # text, the repository's id or name, is one name
                self._drop_mentions(overlapping)
                spans = [span for span in spans if span not in overlapping]
                starts = [a for a, _b in spans]
            elif overlapping and self._variant_link(overlapping, repo, label):
                # '[RoBERTuito cased](…/robertuito-base-cased)': the name and a word the repository's name carries
                # too, one of several variants of it linked so; the whole link text names the variant
                self._drop_mentions(overlapping)
                spans = [span for span in spans if span not in overlapping]
                starts = [a for a, _b in spans]
                span = (repo.start, repo.start + len(label.strip()))
                self._add_mention(tokens(label), label.strip(), *span)
                self._linked.add(span)
                self.hubs[span] = repo
                added = True
                continue
            elif overlapping:
                self._other_name_linked(overlapping, repos, repo, key, label)
                # The link's text names the model itself ('[Command R 08-2024](…/c4ai-command-r-08-2024)'), or
                # something else that the address does not name ('XT-Chat-Base-20B' read inside a path).
                named = [span for span in overlapping if self._raw_key(Mention(*span, key)) <= tokens(repo.name) | key]
                self._linked.update(named)
                self.hubs.update((span, repo) for span in named)
                continue
            if not key or repo.end - repo.start > 40 and not spelled_out and not HUB_REPO_RE.match(label):
                continue  # a long link text that is not the repository's name says something else
            if self._row_named_otherwise(repo, key):
                continue  # '| X-1.6B×4-Top2 | [org/X-StableLM-1.6B-4e](…) |': the row's model's repository
            offered = self._offered_for_download(repo.start)
            if not re.search(r"\d", repo.name) and key not in self.candidates and not spelled_out and not offered \
                    and not variant_label(label, repo.name):
                continue  # a name without a version counts when the link's text spells it ('[MiniCPM-Embedding](…)')
            if offered and not spelled_out and letters(repo.name).startswith(letters(label)) and tokens(label) \
                    and tokens(label) < tokens(repo.name):
                # 'Download: [Mengzi-Oscar](…/mengzi-oscar-base)': the link's text is the model's name, the
                # repository's id adds its size word; the document calls it by the shorter name.
                key, spelled_out = tokens(label), True
            if key not in self.candidates:
                self.candidates[key] = Candidate(key)
                # '[Org/X-Multilingual-hi](…)': the repository id as the document writes it
                self.candidates[key].names[label.strip() if spelled_out else repo.name] += 1
                spelled[anagram(repo.name)] = key
            self.candidates[key].mentions.append((repo.start, repo.end))
            self.mentions.append(Mention(repo.start, repo.end, key))
            sentence = self.seg.at(repo.start)
            block = self.doc.blocks[sentence.block]
            if block.kind != "text" or offered \
                    or RELEASE_CUE_RE.search(self.doc.text, sentence.start, sentence.end) \
                    or not repo.url and self._heads_its_line(repo) \
                    or self.doc.text[block.start:block.end].strip() == label.strip():
                # '[7B](…) and [13B](…)' in a table, a list or a sentence that releases them, or a paragraph that is
                # the link alone ('- Huggingface Path⏎⏎[org/x-quality](…)'); not 'belongs to the X family, in two
                # variants [4K](…) and [128K](…)', which only places the model described.
                self._linked.add((repo.start, repo.end))
            self.hubs[(repo.start, repo.end)] = repo
            added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _model_page_links(self) -> None:
        """'[`zorvak-9b`](/docs/models/zorvak-9b)': a name linking to the site's own page for that model (its address
        ends in a models folder and the name) introduces it, as a link to its repository on a hub does."""
        prose = set(self.candidates)  # the names read before the catalogue ids below
        added = False
        for start, end, url in self.doc.links:
            page = MODEL_PAGE_RE.search(url)
            label = self.doc.text[start:end]
            # '[`@cf/org/zorvak-9b`](/docs/models/zorvak-9b/)': a catalogue id, its organisation before the name
            ident = label.rsplit("/", 1)[-1]
            # ... or its anchor on a page of several ('[`ca_core_news_sm`](/models/ca#ca_core_news_sm)')
            if page is None or letters(ident) not in (letters(page.group("id")), letters(page.group("anchor") or "")):
                continue
            name = letters(ident)
            stem = re.split(r"[-_.]", ident.lower())[0]
            block = self.doc.blocks[self.seg.at(start).block]
            # ... in a line or sentence saying something of it ('- [`@cf/org/x-24b`](…): a 24B parameter model …'),
            # not in a bare list of ids ('Models that support batch inference include: - [`@cf/org/x-8b`](…)');
            # and unless the prose names a model of its stem ('@cf/acme/zorvak-3-120b-a12b' beside 'Acme Zorvak 3
            # Super' is that model's id, not a second model)
            said = block.kind != "item" or self._says_more_than_links(block)
            if (ident != label and TABLE_NAME_RE.match(ident) or SNAKE_ID_RE.fullmatch(ident)) and said and not any(
                    start <= m.start < end for m in self.mentions) and not any(stem in k for k in prose):
                self._add_mention(tokens(ident), ident, end - len(ident), end)
                added = True
            # (the link is placed at its text's first occurrence in the block, which may be inside a code id
            # quoted before it, '@cf/org/zorvak-9b': the block's mentions spelled so are the link's)
            self._linked.update((m.start, m.end) for m in self.mentions if block.start <= m.start < block.end
                                and letters(self.doc.text[m.start:m.end]) == name)
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _says_more_than_links(self, block) -> bool:
        """The block has words of its own besides the texts of its links (three at least)."""
        text = list(self.doc.text[block.start:block.end])
        for a, b, _url in self.doc.links_over(block.start, block.end):
            text[max(a, block.start) - block.start:b - block.start] = " " * (min(b, block.end) - max(a, block.start))
        return len(re.findall(r"[^\W\d_]{2,}", "".join(text))) >= 3

    def _heads_its_line(self, repo) -> bool:
        """A written id that opens its line, alone or after a short label, over a description ('org/x-base - This
        model …', 'Default Model: org/x-da - …'): a list item of a page copied as text, its marker lost."""
        line_start = self.doc.text.rfind("\n", 0, repo.start) + 1
        return bool(LINE_HEAD_ID_RE.fullmatch(self.doc.text, line_start, repo.start)
                    and ID_DESCRIBED_RE.match(self.doc.text, repo.end))

    def _heads_score_column(self, repo) -> bool:
        """The link stands in a table of results as one of its column headings."""
        if not self._in_score_table_at(repo.start):
            return False
        table = self._table_at.get(self.doc.blocks[self.seg.at(repo.start).block].start)
        label = letters(self.doc.text[repo.start:repo.end])
        return any(letters(head) == label for head in table.header)

    def _offered_names(self) -> None:
        """A line that offers names for download without linking them ('**Model Download:** Zorvak-Oscar.', a page
        kept as text): each name it lists is a model the document releases, as its linked form would be."""
        added = False
        text = self.doc.text
        for lead in DOWNLOAD_LINE_RE.finditer(text):
            begin = lead.end()
            end = text.find("\n", begin)
            end = len(text) if end < 0 else end
            if not text[begin:end].strip():  # the bold lead-in read as a line of its own: the names on the next
                begin = end + 1
                end = text.find("\n", begin)
                end = len(text) if end < 0 else end
            stop = re.compile(r"\.(?:\s|$)").search(text, begin, end)  # the first sentence only
            end = stop.start() if stop else end
            if self.doc.links_from(lead.start(), end):
                continue  # its links name what it offers (_linked_repositories)
            for part in OFFERED_SPLIT_RE.finditer(text, begin, end):
                name = re.sub(r"^(?:and|or)\s+", "", part.group(0).strip(" \t*_`."))
                if not name or not TABLE_NAME_RE.match(name) or FILE_NAME_RE.search(name) \
                        or tokens(name) & EXCLUDED_TOKENS:
                    continue
                start = self.doc.text.find(name, part.start())
                if any(m.start < start + len(name) and start < m.end for m in self.mentions):
                    self._linked.update((m.start, m.end) for m in self.mentions
                                        if m.start == start and m.end == start + len(name))
                    continue
                self._add_mention(tokens(name), name, start, start + len(name))
                self._linked.add((start, start + len(name)))
                added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _offered_for_download(self, at: int) -> bool:
        """The link stands on a line that offers it for download ('**Model Download:** [X](…)', 'Weights: [Y](…)'):
        the repository it reaches is a model the document releases, whether or not its name carries a version."""
        if self._in_download_cell(at):
            return True  # '| Generation | Box+Text | [HF Hub](…/org/x-generation-text-box/…) |' under 'Download'
        line_start = self.doc.text.rfind("\n", 0, at) + 1
        if not self.doc.text[line_start:at].strip() and line_start:
            line_start = self.doc.text.rfind("\n", 0, line_start - 1) + 1  # the lead-in broken onto its own line
        return bool(DOWNLOAD_LEAD_RE.search(self.doc.text, line_start, at))

    def _in_name_cell(self, at: int) -> bool:
        """`at` stands in the name cell of a table's row."""
        block = self.doc.blocks[self.seg.at(at).block]
        table = self._table_at.get(block.start)
        if block.kind != "row" or table is None or table.name_col is None or table.name_col >= len(block.cells):
            return False
        start = cell_start(self.doc, block, block.header, table.name_col)
        return start is not None and start <= at < start + len(block.cells[table.name_col].strip())

    def _in_download_cell(self, at: int) -> bool:
        block = self.doc.blocks[self.seg.at(at).block]
        return block.kind == "row" and bool(block.header) and self._under_download_header(block, at)

    def _under_download_header(self, block, at: int) -> bool:
        """`at` stands in a cell of `block` under a column headed as downloads ('Download', 'Weights', 'Checkpoint')."""
        for j, head in enumerate(block.header):
            if j < len(block.cells) and DOWNLOAD_HEADER_RE.search(head):
                start = cell_start(self.doc, block, block.header, j)
                if start is not None and start <= at < start + len(block.cells[j].strip()):
                    return True
        return False

    def _mention_everywhere(self, name: str, flags: int = 0) -> None:
        """Every whole-word occurrence of `name` (its case ignored with re.I) is a mention of its model."""
        key = tokens(name)
        for m in re.finditer(rf"(?<!{LATIN_WORD}|[.\-]){re.escape(name)}(?!{LATIN_WORD}|-|\.\w)", self.doc.text, flags):
            self._add_mention(key, name, m.start(), m.end())
        self.mentions.sort(key=lambda x: x.start)

    def _named_release(self) -> None:
        """'we released an improved large model named large-v2': a release naming a model by a label of its
        family's sizes ('large' beside 'Whisper large'), which takes the family of the models already named so."""
        for m in NAMED_RELEASE_RE.finditer(self.doc.text):
            label = m.group("label")
            families = {name.rsplit(" ", 1)[0] for cand in self.candidates.values() for name in cand.names
                        if " " in name and name.rsplit(" ", 1)[1] == label.split("-")[0]}
            if len(families) == 1 and not any(label in name for c in self.candidates.values() for name in c.names):
                name = f"{families.pop()} {label}"
                self._add_mention(tokens(name), name, m.start("label"), m.end("label"))
                self._item_subjects.add((m.start("label"), m.end("label")))
                self.mentions.sort(key=lambda x: x.start)

    def _updated_versions(self) -> None:
        """'2024/07/02: Updated Fish-Speech to 1.2 version': the version a news line moves a model to is a model of its
        own, named by the two; its mention spans the words from the name to the version."""
        added = False
        for m in UPDATED_TO_RE.finditer(self.doc.text):
            name = f"{m.group('name')} {m.group('version')}"
            if clean_name(name, set()) != name:
                continue  # 'Updated Python to 3.11': no model's name
            self._add_mention(tokens(name), name, m.start("name"), m.end("version"))
            self._item_subjects.add((m.start("name"), m.end("version")))  # released there: the line's subject
            added = True
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _released_families(self) -> None:
        """'We released the X Deep, reasoning enhanced language models, including 2.4B, 7.8B, and 32B', 'We released
        the X 3.5 language model series including 2.4B, 7.8B, and 32B models': a family of the document's own,
        released in the sizes the sentence lists (a name without a digit included, 'X Deep')."""
        taken = {(m.start, m.end): m for m in self.mentions}
        added = False
        for m in RELEASED_FAMILY_RE.finditer(self.doc.text):
            name = m.group("family").rstrip(",")
            start, end = m.start("family"), m.start("family") + len(name)
            if name.lower() in FAMILY_HEADING_STOP or len(name) < 3:
                continue
            key = taken[(start, end)].key if (start, end) in taken else tokens(name)
            if not key:
                continue
            if (start, end) not in taken:
                self._add_mention(key, name, start, end)
                added = True
            if key not in self.released_families:
                self.released_families.append(key)
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _sized_names(self) -> None:
        """'… in two sizes: Starling Speech Small (240M parameters) and Starling Speech Large (1.5B parameters)':
        each name followed by its count of parameters is one of the document's models."""
        taken = {(m.start, m.end) for m in self.mentions}
        added = False
        for m in SIZED_NAME_RE.finditer(self.doc.text):
            words = m.group("name").split()
            while words and words[0].lower() in LEADING_STOP:
                words = words[1:]
            name = " ".join(words)
            if words and words[-1].lower() in PART_WORDS:
                continue  # '1) Lightweight Network (899.06M parameters)': a feature of the model, no model's name
            if not name or len(name) < 3 or name.lower() in FAMILY_HEADING_STOP \
                    or any(HARDWARE_RE.match(w) or w.lower() in GPU_LINE_WORDS | {"gpu", "gpus", "cpu"} for w in words):
                continue  # '… fit into a single H100 GPU (117B parameters …)': the hardware, not a model
            start = m.end("name") - len(name)
            span = (start, start + len(name))
            if span not in taken:
                self._add_mention(tokens(name), name, *span)
                taken.add(span)
                added = True
            self._item_subjects.add(span)
        if added:
            self.mentions.sort(key=lambda x: x.start)

    def _indexed_names(self) -> None:
        """The model a card's front matter names in its `model-index` (its repository id or its name): where the
        text names it, that is the card's model."""
        for name in self.doc.meta.get("model_index_names", []):
            org, _, name = name.strip().rpartition("/")
            key = tokens(name)
            known = next((k for k in self.candidates if anagram(" ".join(k)) == anagram(name)), None) if key else None
            if known is None and len(name) >= 3:
                # written alone, or as the card's own repository id ('lightblue/x-8B' in a snippet or a table)
                own = rf"(?<={re.escape(org)}/)|" if org else ""
                spans = [(m.start(), m.end()) for m in re.finditer(
                    rf"(?:{own}(?<![\w.\-/])){re.escape(name)}(?![\w\-]|\.\w)", self.doc.text, re.I)]
                if spans:
                    known = key
                    for start, end in spans:
                        self._add_mention(key, self.doc.text[start:end], start, end)
                    self.mentions.sort(key=lambda x: x.start)
            if known is not None and self.candidates[known].mentions:
                self._linked.add(self.candidates[known].mentions[0])

    def _introduced_name(self, developer_words: set) -> None:
        """A versionless name the document introduces as a model: 'Aria is a multimodal native MoE model', 'we're
        excited to introduce Chatterbox, … first … TTS model', 'MeloTTS is a … text-to-speech library'. The first
        such sentence only, near the start or named by the title, never a known tool, benchmark or maker."""
        title = self._first_heading()
        title_text = self._hub_free[title.start:title.end] if title else ""  # 'org/Zorvak' titles 'Zorvak'
        untitled = self._untitled()
        for index, sentence in enumerate(self.seg.sentences[:400]):
            # 'suno/Bark is a …': the name read without its organisation
            text = self._hub_free[sentence.start:sentence.end]
            lead = len(text) - len(text.lstrip("\n"))
            text, begin = text[lead:], sentence.start + lead
            # A name written in lower case ('dia is a 1.6B parameter text to speech model') opens its sentence
            # or is one of the title's words: a lower-case word introduced elsewhere is an ordinary word.
            match = DEFINES_RE.match(text) or DEFINES_ABBREVIATION_RE.match(text) or INTRODUCES_RE.search(text) \
                or DEFINES_LOWER_RE.match(text) or DEFINES_CJK_RE.match(text) \
                or self._titled_lower(INTRODUCES_LOWER_RE.search(text), title_text) \
                or self._titled_alone(DEFINES_EXPANDED_RE.match(text), title_text)
            if match and index < 8 and DEFINES_RE.match(text) and GROUP_OF_RE.match(text, match.end()) \
                    and MODEL_NOUN_RE.search(text, match.end()) and not self.introduced_family:
                self.introduced_family = match.group("name")  # 'RITA is a family of protein models'
            elif not match and index < 40 and not self.introduced_family:
                family = FAMILY_NAMED_RE.search(text)  # 'The Whisper models are trained for …'
                self.introduced_family = family.group("name") if family else None
            if not match or not MODEL_NOUN_RE.search(text, match.end()) or GROUP_OF_RE.match(text, match.end()):
                continue  # 'Dirge is a collection of foundation models' names a family, not a model
            # A page whose first heading is a section's ('## Authors') has no title to name it: its introduction
            # may stand after a few sections ('## Abstract': 'We present X - …').
            if index >= (40 if untitled else 8) and match.group("name") not in title_text.split():
                return  # an introduction opens the document, or its title names it; not 'LoRA is a method…'
            name = match.group("name")
            lowered = name.lower()
            if lowered in NOT_INTRODUCED or lowered in CAMEL_WORDS or lowered in developer_words \
                    or tokens(name) in self.candidates or name.islower() and lowered in NOT_STEMS:
                return
            spans = [(m.start(), m.end()) for m in re.finditer(  # glued to CJK words too ('以下是X生成的')
                rf"(?<!{LATIN_WORD}|[.\-/]){re.escape(name)}(?!{LATIN_WORD}|-|\.\w)", self._hub_free)]
            key = tokens(name)
            if not spans:
                return
            for start, end in spans:
                self._add_mention(key, name, start, end)
            self._linked.add((begin + match.start("name"), begin + match.end("name")))
            self.mentions.sort(key=lambda x: x.start)
            self.introduced = name
            return

    @staticmethod
    def _titled_alone(match, title_text: str):
        """A name defined with its long form ('CLIP (Contrastive …) is a …') counts when it is the whole title."""
        return match if match and match.group("name") == title_text.strip().lstrip("#").strip() else None

    @staticmethod
    def _titled_lower(match, title_text: str):
        """A lower-case name introduced ('we introduce zorvak, …') counts when the title carries it too."""
        return match if match and match.group("name") in re.findall(r"[\w.\-]+", title_text) else None

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
            for start, end in spans:
                self._add_mention(key, prefix, start, end)
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
