"""The extractor: read a document, find the models it describes, and give each the facts stated for it,
every one with a verbatim excerpt. A fact with no excerpt is dropped; a field nothing states stays null.
"""

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from .document import Document, without_appended_card
from .evaluations import evaluations
from .evidence import Evidence
from .family_facts import family_to_members
from .field_dates import name_suffix_date
from .field_meta import loaded_model
from .fields import find_all
from .finder import PHRASE, WEAK, Hit
from .links import letters
from .llm import llm_settings, read_with_llm
from .maker_scope import maker_of_other
from .models import ExtractionResult, ModelFacts, Source
from .name_descriptions import described
from .name_figures import (
    SIZE_CLASS_BEFORE_RE,
    context_tags,
    name_size,
    size_of_base_in_row,
    sized_in_others_sentence,
    sizes_outside_names,
)
from .name_shapes import KeyIndex, tokens
from .names import ModelNames
from .readers import read_path
from .release_sizes import released_sizes
from .segment import Segmenter
from .statement_subject import MODALITY_FIELDS, stated_subject
from .surface_links import hubs_badged, hubs_linked, same_item
from .tables import compared_fact
from .values import parse_size

LIST_FIELDS = {"access_surfaces"}
APPROXIMATE_BEFORE_RE = re.compile(r"(?:~|≈|∼|\b(?:about|around|approx(?:imately|\.)?|roughly|nearly))"
                                   r"[ \t]*\**[ \t]*\Z", re.I)


# A model named as one of text ('LWM-Text-Chat-1M') reads and writes text only, whatever media its family handles;
# one named as handling media keeps them.
TEXT_ONLY_NAME = frozenset({"text"})
MEDIA_NAME = frozenset({"vision", "vl", "image", "video", "audio", "speech", "multimodal", "omni", "generation", "box",
                        "diffusion", "tts", "t2i", "t2v"})


def extract_path(path: str | Path, known_names: Iterable[str] = ()) -> ExtractionResult:
    path = Path(path)
    doc, data = read_path(path)
    return extract_document(doc, str(path), hashlib.sha256(data).hexdigest(), known_names)


def extract_document(doc: Document, path: str = "", sha256: str = "", known_names: Iterable[str] = ()) \
        -> ExtractionResult:
    """`known_names`: the names the register already knows of the document's vendor (name_known.py)."""
    doc = without_appended_card(doc)  # a base model's card copied under a fine-tune's own is the base's
    seg = Segmenter(doc)
    evidence = Evidence(doc, seg)
    hits = find_all(doc, seg)
    names = ModelNames(doc, seg, _main_developer(hits))
    names.recognise_known(known_names)
    hits = [h for h in hits if not _guess_beside_own_repositories(h, names)]
    models = {key: ModelFacts(names.candidates[key].display) for key in names.described}
    per_field: dict[tuple, list] = defaultdict(list)
    card_models = names.card_models()
    loaded = None
    if len(card_models) > 1 and not names.family_titled():
        loaded = loaded_model(doc, card_models)
        card_models = [loaded] if loaded else card_models
    by_words = _described_by_words(doc, seg, names, hits)
    contexts = frozenset(h.value for h in hits if h.field == "context_window")  # lengths stated as context lengths
    displays = {k: names.candidates[k].display for k in names.described}  # once, not once per hit
    for hit in hits:
        if hit.doc_level:  # the publisher, in the page's head title as in its text
            scope, specific = list(names.described), False
        elif hit.excerpt is not None:
            scope, specific = card_models, False  # front matter: the card's own model
        else:
            anchor = hit.cue if seg.index_at(hit.cue) != seg.index_at(hit.start) else hit.start
            scope, specific = names.scope(hit.start, anchor)
            if not scope and _said_of_all(doc, seg, hit):
                scope = list(names.described)  # under a heading naming no model, of 'a suite of … models
            elif hit.field == "access_surfaces" and (others := _all_but_named_after(doc, seg, names, hit)) is not None:
                scope, specific = others, False  # 'All our open models are on X, and Y-Plus is available through Z'
            if not specific and names.in_results_row(hit.start):
                continue  # a row of a results table that names none of the document's models: another's figures
            if not specific and names.in_others_row(hit.start):
                continue  # '| tiny | 39 M |' where no model is called 'tiny': the row's thing's figures
            if not specific and id(hit) in by_words:
                scope, specific = by_words[id(hit)], True  # '06.02.2020: release of German X and Y models'
            if not specific and hit.field == "release_date" and hit.needs_scope:
                versioned = _named_by_version(doc, seg, names, hit) or _named_by_sizes(doc, seg, names, hit)
                scope, specific = (versioned, True) if versioned else (scope, specific)
            if hit.field == "release_date" and hit.needs_scope:
                # 'We release the X, reasoning models, including 2B, 8B, and 30B': each size the list names
                listed = released_sizes(doc.text, seg.at(hit.cue).start, seg.at(hit.cue).end, displays)
                scope, specific = (listed, True) if len(listed) >= 2 else (scope, specific)
        if hit.field in MODALITY_FIELDS and (not specific or len(scope) > 1):
            subject = stated_subject(doc.text, seg.at(hit.start).start, hit.start, displays)
            if subject is not None:  # 'X models …, and X Sight can read image inputs': X Sight's alone, or another's
                scope, specific = subject, True
            elif not specific and set(hit.value) - {"text"}:
                # 'LWM can generate videos and images from text': not the family's members named as text models
                scope = [key for key in scope if not TEXT_ONLY_NAME & key or MEDIA_NAME & key]
        if hit.field == "parameters":
            named = _size_in_name(names, hit)
            if named:  # '2) X 7.8B outperforms …' after 'X 2.4B …': the figure is its own name's size
                scope, specific = named, True
        if hit.field in ("context_window", "parameters") and (named := _figure_for(doc, names, hit)):
            scope, specific = named, True  # '1M tokens for X Ultra 2; 256K tokens for X Swift 2
        if _compared_row(doc, seg, names, hit.start) or maker_of_other(doc, seg, names, hit) \
                or _appositive_of_other(doc, names, hit):
            continue  # '| GLIDE | Diff | 5.0B |', '[UniTE](…) was developed by …': what the row or sentence names
        if hit.needs_scope and not specific and len(names.described) > 1 and not _said_of_all(doc, seg, hit):
            continue
        if hit.needs_name and not specific:
            continue
        if not specific and names.card_model in scope:
            scope = [names.card_model]  # a card's unscoped facts are its own model's, not those made from it
        elif not specific and doc.meta and loaded in scope and hit.field != "parameters":
            scope = [loaded]  # ... a hub card's: the one its snippets load, not its previous version
        if hit.field == "context_window" and (not specific or len(scope) > 1):
            tagged = [key for key in scope if hit.value in context_tags(key)]
            scope = tagged or scope  # '1M-long context' beside 'X-7B' and 'X-7B-Chat-1M': the -1M model's length
        for key in scope:
            per_field[(key, hit.field)].append((specific, hit))
    for (key, field), found in per_field.items():
        if field in LIST_FIELDS:
            _set_list(models[key], field, found, evidence)
        else:
            size = name_size(names, key, contexts) if field == "parameters" and len(models) > 1 else None
            if size and key != names.card_model:
                # One family's sizes: a document-wide figure is one size, this model's only when it is its own.
                found = [(s, h) for s, h in found if s or h.value == size]
            if size:
                # 'Cogito v2 405B' is no 70B model, whatever list gave it that figure: among several models, a size
                # its name contradicts (more than half again or less; 'Gemma 7B' has 8.5B) is another model's.
                # (Unless the model's own row gives its name's size to another name, the base it was made for:
                # '| Vicuna 7B | EAGLE-Vicuna-7B | 0.24B |', a draft model named after the 7B model it serves.)
                found = [(s, h) for s, h in found if max(h.value, size) <= 1.5 * min(h.value, size)
                         or s and size_of_base_in_row(h, size, names.candidates[key].display)]
            _set_best(models[key], field, found, evidence)
    # The document's model names as written, the short ones too ('… Vertex AI, with Eagle and Wren coming soon'); only
    # a mention in the model's own words (a link's text 'Hugging Face' may stand for the model whose repository it is)
    mentioned = {text for m in names.mentions if m.key in models and tokens(text := doc.text[m.start:m.end]) <= m.key}
    for key, facts in models.items():
        if facts.access_surfaces and any(tokens(v) in models or v in mentioned for v in facts.access_surfaces):
            # '… also available on the Community models: - [X Base model card](…)': a model is not its own place
            kept = [v for v in facts.access_surfaces if tokens(v) not in models and v not in mentioned]
            facts.access_surfaces = kept or None
            if not kept:
                facts.evidence.pop("access_surfaces", None)
        if facts.release_date is None:
            _release_from_name(facts, key, names, evidence, doc)
    _release_of_series(models, hits, names, evidence)
    _one_maker_for_all(models.values(), [h for h in hits if not maker_of_other(doc, seg, names, h)], evidence)
    hubs_linked(models, names, evidence)
    hubs_badged(models, names, evidence)
    _versions_of_product(models)
    family_to_members(models)
    free_sizes = sizes_outside_names(doc, names)
    described_letters = [letters(names.candidates[k].display) for k in names.described]  # once, not once per size
    for key, facts in models.items():
        if facts.parameters is None:
            _parameters_from_name(facts, key, names, evidence, doc, free_sizes, contexts, described_letters)
    for key, items in evaluations(seg, names, evidence).items():
        models[key].evaluations = items
    title = doc.title
    if doc.format in ("text", "pdf") and seg.sentences:
        title = doc.text[seg.sentences[0].start:seg.sentences[0].end][:200]
    source = Source(path=path, sha256=sha256, format=doc.format, title=title)
    result = ExtractionResult(source=source, models=list(models.values()))
    settings = llm_settings()  # the optional LLM reader: off unless AIREGISTER_LLM_BASE_URL is set
    return read_with_llm(result, doc, settings) if settings else result


def _guess_beside_own_repositories(hit: Hit, names: ModelNames) -> bool:
    """A known maker guessed from its name recurring (rank 0: 'Stability AI Japan's MT-Bench', thanks to its team)
    on a page whose own models live under another organisation on a hub ('augmxnt/shisa-7b-v1'): not the maker."""
    if hit.field != "developer" or hit.rank != 0:
        return False
    orgs = {letters(repo.org) for repo in names.hubs.values()}
    maker = letters(hit.value)
    return bool(orgs) and not any(org in maker or maker in org or org[:5] == maker[:5] for org in orgs)


def _main_developer(hits: list[Hit]) -> str | None:
    devs = sorted((h for h in hits if h.field == "developer"), key=lambda h: (-h.rank, h.start))
    return devs[0].value if devs else None


# 'a suite of … models licensed under Apache 2.0', 'X's code and model weights are released under the MIT License':
# a statement about every model of the document, though it names none.
# ('Code and models are released', 'the code and model checkpoints for X', 'code along with pre-trained models')
ALL_OF_THEM_RE = re.compile(r"\b(?:suite|family|series|collection|set)\s+of\b|\bmodel\s+weights\b|"
                            r"\b(?:our|these|all|its|their)\s+(?:[\w-]+\s+){0,3}?(?:models|weights|checkpoints)\b|"
                            r"\bcode\s+(?:and|along\s+with|with)\s+(?:the\s+)?(?:pre-?trained\s+)?"
                            r"(?:models|model\s+(?:checkpoints|weights))\b", re.I)


def _compared_row(doc: Document, seg: Segmenter, names: ModelNames, pos: int) -> bool:
    """`pos` is a fact column's cell of a table row labelled by a name that is none of the document's models."""
    block = doc.blocks[seg.at(pos).block]
    if block.kind != "row" or not compared_fact(doc, block, pos):
        return False
    described = names.described_set()
    if any(set(names.resolve(m.key)) & described for m in names.mentions_in(block.start, block.end)):
        return False
    # The row's label spells one of the document's models, as a repository id ('`org/x-base-cased`') or otherwise.
    label = letters(block.cells[0].rsplit("/", 1)[-1])
    return label not in names.described_spellings()


FUTURE_RELEASE_RE = re.compile(r"\b(?:will|to)\s+be\s+(?:released|open-?sourced|available)|\bcoming\s+soon\b", re.I)


def _all_but_named_after(doc: Document, seg: Segmenter, names: ModelNames, hit: Hit) -> list | None:
    """'All our open-weight models are released on X and Y, and Z-Plus is available through W': the places of a
    clause whose subject is all the document's models (no model named before them in the sentence) are every
    model's but those a later clause names; None where the sentence does not say so."""
    sentence = seg.at(hit.cue)
    first = min(hit.cue, hit.start)
    if not ALL_OF_THEM_RE.search(doc.text, sentence.start, max(hit.cue, hit.start)) \
            or names.mentions_in(sentence.start, first):
        return None
    later = {key for m in names.mentions_in(hit.end, sentence.end) for key in names.resolve(m.key)}
    return [key for key in names.described if key not in later] or None


def _said_of_all(doc: Document, seg: Segmenter, hit: Hit) -> bool:
    sentence = seg.at(hit.cue)
    # (a news line's date opens it: what it releases follows, '[07.10.2024] We released the code and models')
    # ... up to the end of its clause ('…; Support X for all Dolphin models' says nothing of what was released)
    end = max(hit.cue, hit.start)
    if hit.field == "release_date" and hit.needs_scope:
        clause = doc.text.find(";", hit.end, sentence.end)
        end = sentence.end if clause < 0 else clause
        if FUTURE_RELEASE_RE.search(doc.text, sentence.start, end):
            return False  # 'Code and models of X will be released in this repository': not yet
    return bool(ALL_OF_THEM_RE.search(doc.text, sentence.start, end))


def _described_by_words(doc: Document, seg: Segmenter, names: ModelNames, hits: list[Hit]) -> dict[int, list]:
    """The models each dated release statement naming none describes by their names' words (name_descriptions)."""
    dated = [h for h in hits if h.field == "release_date" and h.needs_scope and h.rank == PHRASE]
    if len(names.described) < 2 or not dated:
        return {}
    clauses = []
    for hit in dated:
        sentence = seg.at(hit.cue)
        start = hit.end if sentence.start <= hit.end <= sentence.end else sentence.start
        clauses.append(doc.text[start:sentence.end])
    found = described(clauses, {key: names.candidates[key].display for key in names.described})
    return {id(hit): found[i] for i, hit in enumerate(dated) if i in found}


# 'Updated Fish-Speech to 1.2 version', 'X version 2.0 is out': a family's name and a version written apart.
VERSION_PHRASE_RE = re.compile(r"(?<![\w.\-])(?P<name>[A-Za-z][\w\-]*(?:[ \t]+(?!to\b)[A-Za-z][\w\-]*){0,2})[ \t]+"
                               r"(?:to[ \t]+(?:version[ \t]+|v)?|version[ \t]+)(?P<version>\d+(?:\.\d+)*)(?![\w.])")


def _named_by_version(doc: Document, seg: Segmenter, names: ModelNames, hit: Hit) -> list:
    """The models a dated release statement names as a family's name and a version ('Updated X to 1.2
    version' dates 'X 1.2'): the described model whose name is exactly those two, written together."""
    sentence = seg.at(hit.cue)
    start = hit.end if sentence.start <= hit.end <= sentence.end else sentence.start
    found = []
    for m in VERSION_PHRASE_RE.finditer(doc.text, start, sentence.end):
        words, version = m.group("name").split(), m.group("version")
        # 'Updated X to 1.2': the name is the last word or two before 'to', whichever is a model's
        stems = [letters(" ".join(words[i:])) for i in range(len(words))]
        wanted = {stem + infix + letters(version) for stem in stems for infix in ("", "v")}
        found += [key for key in names.described if letters(names.candidates[key].display) in wanted
                  and re.search(r"(?<![\d.])" + re.escape(version) + r"(?![\d.])", names.candidates[key].display)]
    return list(dict.fromkeys(found))


# 'We release X-Chat from 13B to 65B', 'X-Chat in 7B and 13B': a family's name, then its sizes (or their range).
FAMILY_SIZES_RE = re.compile(r"(?<![\w.\-])(?P<name>[A-Za-z][\w\-]*)[ \t]+(?:(?:in|at|from|with)[ \t]+)?"
                             r"(?P<a>\d+(?:\.\d+)?)[ \t]*(?P<ua>[BM])[ \t]+(?P<link>to|and|&|-)[ \t]+"
                             r"(?P<b>\d+(?:\.\d+)?)[ \t]*(?P<ub>[BM])(?![\w.])")


def _named_by_sizes(doc: Document, seg: Segmenter, names: ModelNames, hit: Hit) -> list:
    """The models a dated release statement names as a family and its sizes ('We release X-Chat from 13B to 65B'
    dates 'X-Chat-13B' and 'X-Chat-65B', and those between): the described models named the family and a size."""
    sentence = seg.at(hit.cue)
    start = hit.end if sentence.start <= hit.end <= sentence.end else sentence.start
    found = []
    for m in FAMILY_SIZES_RE.finditer(doc.text, start, sentence.end):
        low, high = parse_size(m.group("a") + m.group("ua")), parse_size(m.group("b") + m.group("ub"))
        stem = letters(m.group("name"))
        for key in names.described:
            display = names.candidates[key].display
            size = re.fullmatch(r"(.*?)[\s_-]*(\d+(?:\.\d+)?)([BMbm])", display)
            if not size or letters(size.group(1)) != stem:
                continue
            value = parse_size(size.group(2) + size.group(3).upper())  # '135m' as '135M'
            if value in (low, high) or m.group("link") in ("to", "-") and low < value < high:
                found.append(key)
    return list(dict.fromkeys(found))


# '[2023/07/30] We released the OpenChat V3 model series': a family's name, a major version, 'series' or 'family'.
SERIES_RE = re.compile(r"(?<![\w.\-])(?P<name>[A-Za-z][\w\-]*?)[ \t]*[-_]?[Vv](?P<major>\d+)[ \t]+(?:models?[ \t]+)?"
                       r"(?:series|family)\b")


# '2025.01.27: X-Pro is released, an advanced version of X': a family's name as the subject of its release.
# ... or its collection made available ('[May 1, 2025]: 🤗 X Model Collection is now available on Hugging Face'):
# each model named after it is a member.
FAMILY_RELEASED_RE = re.compile(r"[\W_]*(?P<name>[A-Z][\w.\-]*[A-Za-z\d])(?P<group>[ \t]+(?:[Mm]odels?[ \t]+)?"
                                r"(?:[Cc]ollection|[Ss]eries|[Ff]amily))?[ \t]+(?:is|are|has[ \t]+been|have[ \t]+been)"
                                r"[ \t]+(?:now[ \t]+)?(?:(?i:released|open[ \t-]?sourced|launched|out)|"
                                r"(?(group)available))\b")
NAMED_SERIES_RE = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Aa]|[Nn]ew)[ \t]+"
                             r"(?P<name>[A-Za-z][\w.\-]*(?:[ \t]+v?\d[\w.]*)?)[ \t]+"
                             r"(?:(?:language|chat|base|open|foundation)[ \t]+)?(?:models?[ \t]+)?(?:series|family)\b")


def _release_of_series(models: dict, hits: list[Hit], names: ModelNames, evidence: Evidence) -> None:
    """A dated release of a version's series ('We released the X V3 model series') dates the models named as
    members of it ('X 3.1', 'X-v3-w') or listed in the table under the series' own title ('X V1 (click to
    expand)' over '| x8192 | 13B |'), when no statement of their own dates them; the earliest such release."""
    seg, doc = names.seg, names.seg.doc
    dated = sorted((h for h in hits if h.field == "release_date" and h.needs_scope and h.rank == PHRASE
                    and isinstance(h.value, str)), key=lambda h: h.value)
    for hit in dated:
        sentence = seg.at(hit.cue)
        excerpt = _excerpt(hit, evidence)
        for m in SERIES_RE.finditer(doc.text, sentence.start, sentence.end):
            member = re.compile(re.escape(m.group("name")) + r"[ \t_\-]*v?" + m.group("major")
                                + r"(?:\.\d+|[ \t_\-]+[A-Za-z0-9][\w.\-]*)", re.I)
            listed = _listed_under(doc, names, letters(m.group("name")) + "v" + m.group("major"))
            for key, facts in models.items():
                if facts.release_date is None and excerpt and (member.fullmatch(facts.name) or key in listed):
                    facts.set("release_date", hit.value, excerpt)
        # ... and each size of a family its news line releases by name ('X-Pro is released' for X-Pro-1B, X-Pro-7B).
        released = FAMILY_RELEASED_RE.match(doc.text, max(hit.end, sentence.start), sentence.end)
        if released and excerpt and tokens(released.group("name")) not in models:
            family = released.group("name")
            # ('ALMA-R is released' for ALMA-7B-R and ALMA-13B-R: the size written before the family's last part)
            head, _dash, tail = family.rpartition("-")
            sized = re.compile(re.escape(family) + (r"[ \t_\-]+\w[\w.\-]*" if released.group("group") else
                                                    r"[ \t_\-]+\d+(?:\.\d+)?[BMK]") + (
                "|" + re.escape(head) + r"[ \t_\-]+\d+(?:\.\d+)?[BMK][ \t_\-]+" + re.escape(tail)
                if head and tail else ""), re.I)
            for facts in models.values():
                if facts.release_date is None and sized.fullmatch(facts.name):
                    facts.set("release_date", hit.value, excerpt)
        # 'We released the Zorvak1.5 series', 'the Zorvak 3 language model series including 2B and 8B …', '2027-05-13:
        # The Zorvak-1.5 series models are open-sourced' (its first word): each
        # described name extending the series' name ('Zorvak1.5 7B', 'Zorvak 3 8B') is a member of it.
        for m in NAMED_SERIES_RE.finditer(doc.text, sentence.start, sentence.end):
            series = letters(m.group("name"))
            if len(series) < 3 or not excerpt or tokens(m.group("name")) in models:
                continue  # a series named as one model of the page is that model, not a family of others
            for facts in models.values():
                own = letters(facts.name)
                if facts.release_date is None and own.startswith(series) and len(own) > len(series) \
                        and re.match(re.escape(m.group("name")) + r"[ \t_\-]+\w", facts.name, re.I):
                    facts.set("release_date", hit.value, excerpt)


# What a product's name states of it holds for each version of it the document names ('Ultravox takes in audio'
# for 'Ultravox 0.4' and 'Ultravox 0.3'); a release date or a size is each version's own.
PRODUCT_FIELDS = ("developer", "input_modalities", "output_modalities", "access_surfaces", "license")
VERSION_TOKEN_RE = re.compile(r"v?\d+(?:\.\d+)*")


def _versions_of_product(models: dict) -> None:
    """A described name whose other described names extend it by a version number only ('X' beside 'X 0.4', 'X 0.3'),
    two or more, is the product they are versions of: its facts fill the versions' empty fields."""
    index = KeyIndex(models)
    for key, product in models.items():
        versions = [k for k in index.supersets(key) if all(VERSION_TOKEN_RE.fullmatch(t) for t in k - key)]
        if len(versions) < 2:
            continue
        for k in versions:
            for field in PRODUCT_FIELDS:
                value = getattr(product, field)
                if value and getattr(models[k], field) is None:
                    models[k].set(field, value, product.evidence.get(field))


def _listed_under(doc: Document, names: ModelNames, title: str) -> set:
    """The models of the table right under a line titled by `title` alone (an aside in parentheses aside)."""
    found = set()
    for i, block in enumerate(doc.blocks):
        line = re.sub(r"\([^)]*\)", "", doc.text[block.start:block.end])
        if block.kind not in ("heading", "label", "text") or letters(line) != title:
            continue
        for row in doc.blocks[i + 1:]:
            if row.kind != "row":
                break
            found.update(d for x in names.mentions_in(row.start, row.end) for d in names.resolve(x.key))
    return found


# 'the results of GPT-J, a 6B parameter model': the value describes the name the apposition follows.
APPOSITION_RE = re.compile(r"(?<![\w.\-])([A-Z][\w.\-]*(?:[ \t]+[A-Z0-9][\w.\-]*){0,3})[ \t]*,[ \t]+(?:a|an)[ \t]+$")


# '… of Meta-Llama-3-8B-Instruct, which has 8B parameters': the clause describes the name it follows.
RELATIVE_RE = re.compile(r"(?<![\w.\-])([A-Z][\w.\-]*(?:[ \t]+[A-Z0-9][\w.\-]*){0,3})[ \t]*,[ \t]+(?:which|that|who)\b"
                         r"[^,.;:\n]{0,60}$")


FOR_NAME_AFTER_RE = re.compile(r"[ \t]*(?:tokens?[ \t]+|parameters[ \t]+)?(?:for|on|with|in)[ \t]+(?:the[ \t]+)?")


def _figure_for(doc: Document, names: ModelNames, hit: Hit) -> list:
    """A figure said for a named model right after it ('1M tokens for X Ultra 2', '256K for X Swift 2'): that
    model's, whatever the sentence's other names."""
    after = FOR_NAME_AFTER_RE.match(doc.text, hit.end)
    if not after:
        return []
    # (the name's first word may be its maker's, read apart: 'for Glendrax Swift 2' names 'Swift 2')
    named = [m for m in names.mentions_in(after.end(), after.end() + 80)
             if re.fullmatch(r"(?:[A-Z][\w.-]*[ \t]+)?", doc.text[after.end():m.start])]
    return names.resolve(named[0].key) if named else []


def _size_in_name(names: ModelNames, hit: Hit) -> list:
    """A size figure written as part of a model's name ('7.8B' in '2) Zorvak 7.8B outperforms …', cued by an earlier
    'comparable size'): the described models that name stands for, if any."""
    for m in names.mentions_in(max(0, hit.start - 80), hit.end):
        if m.start < hit.start and hit.end <= m.end and names.resolve(m.key):
            return names.resolve(m.key)
    return []


def _appositive_of_other(doc: Document, names: ModelNames, hit: Hit) -> bool:
    """A size in an apposition to a name that is none of the document's models ('GPT-J, a 6B parameter model'),
    or a fact in a relative clause after one ('a fine-tune of Y, which has 8B parameters')."""
    return hit.field != "developer" and _said_of_other_name(doc, names, hit.start, hit.field == "parameters")


def _said_of_other_name(doc: Document, names: ModelNames, pos: int, apposition: bool = True) -> bool:
    """What stands at `pos` describes a name before it that is none of the document's models, in an apposition
    ('Y, a 6B model') or a relative clause ('Y, which has 8B parameters')."""
    m = APPOSITION_RE.search(doc.text, max(0, pos - 60), pos) if apposition else None
    m = m or RELATIVE_RE.search(doc.text, max(0, pos - 100), pos)
    if not m:
        return False
    described = names.described_set()
    return not any(set(names.resolve(x.key)) & described for x in names.mentions_in(m.start(1), m.end(1)))


def _one_maker_for_all(models, hits: list[Hit], evidence: Evidence) -> None:
    """A document that names one maker ('independently developed by X', "X's first TTS model") names the maker
    of each model it describes, not only of the model its sentence names. Two makers named: nothing is assumed."""
    found = [h for h in hits if h.field == "developer" and h.rank >= PHRASE]
    makers = {letters(h.value) for h in found}
    if len(makers) != 1:
        return
    best = sorted(found, key=lambda h: (-h.rank, h.start))
    # A known maker's name recurring (rank 0) is a guess; a stated maker replaces it ('X-13B … developed by Quillon
    # Labs', the family named after a known maker).
    guessed = {h.value for h in hits if h.field == "developer" and h.rank < WEAK}
    for facts in models:
        if facts.developer is None or facts.developer in guessed:
            _set_best(facts, "developer", [(False, h) for h in best], evidence)


def _excerpt(hit: Hit, evidence: Evidence) -> str | None:
    if hit.row_excerpt is not None and evidence.verbatim(hit.row_excerpt):
        return hit.row_excerpt  # a table cell's fact: the whole row, as the source writes it
    if hit.excerpt is not None:
        return hit.excerpt if evidence.verbatim(hit.excerpt) else None
    return evidence.excerpt(hit.start, hit.end, hit.cue)


def _rounded_sizes(found: list, text: str) -> set[int]:
    """The ids of the hits among `found` that write a size as an approximation ('~ 11B') of an exact one beside them
    (within a tenth of it)."""
    rough = {id(h) for _s, h in found if APPROXIMATE_BEFORE_RE.search(text[max(0, h.start - 16):h.start])}
    exact = [h.value for _s, h in found if id(h) not in rough]
    return {id(h) for _s, h in found if id(h) in rough and any(abs(v - h.value) <= 0.1 * h.value for v in exact)}


def _rounded_lengths(found: list, text: str) -> set[int]:
    """The ids of the hits among `found` that write a context length in thousands or millions ('1M token context')
    beside the exact count it rounds ('1,047,576 context window', within a twentieth): the exact one is kept."""
    rough = {id(h) for _s, h in found if re.search(r"\d\s*[KkMm]", text[h.start:h.end])}
    exact = [h.value for _s, h in found if id(h) not in rough]
    return {id(h) for _s, h in found
            if id(h) in rough and any(v != h.value and abs(v - h.value) <= 0.05 * h.value for v in exact)}


def _set_best(facts: ModelFacts, field: str, found: list, evidence: Evidence) -> None:
    # A statement that names the model beats a document-wide one; then the most explicit; then the first; but of
    # dated news lines the earliest ('- 2023-12-05: X is now on Y' above '- 2023-12-01: X is now on Z'): a model
    # comes out once, later lines say where else it went.
    # A figure written as an approximation ('Model Size: ~ 11B' in a results table) gives way to an exact one it
    # rounds, stated of the model or of the page ('SOLAR-10.7B … with 10.7 billion parameters'); so does a context
    # length in thousands or millions beside its exact count.
    rounded = _rounded_sizes(found, evidence.doc.text) if field == "parameters" else \
        _rounded_lengths(found, evidence.doc.text) if field == "context_window" else set()

    def order(sh):
        news = field == "release_date" and sh[1].needs_scope and isinstance(sh[1].value, str)
        earliest = sh[1].value if news else ""
        return id(sh[1]) in rounded, not sh[0], -sh[1].rank, _row_names_more(sh[1], facts.name), earliest, \
            sh[1].start

    for _specific, hit in sorted(found, key=order):
        excerpt = _excerpt(hit, evidence)
        if excerpt:
            facts.set(field, hit.value, excerpt)
            return


def _row_names_more(hit, name: str) -> bool:
    """The hit stands in a table row none of whose cells is just the model's name ('| X 2 single scale | 34 |'
    beside '| X 2 | 40 |'): a variant's row, which gives way to the model's own."""
    if not hit.row_excerpt or "|" not in hit.row_excerpt:
        return False
    cells = (re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", c).strip(" *`_") for c in hit.row_excerpt.split("|"))
    return not any(c.casefold() == name.casefold() for c in cells)


def _set_list(facts: ModelFacts, field: str, found: list, evidence: Evidence) -> None:
    """Items gathered from every statement (a platform list is often split over sentences or list items)."""
    values, first, last = [], None, None
    for _specific, hit in sorted(found, key=lambda sh: sh[1].start):
        for item in hit.value:
            if any(same_item(item, v) for v in values):
                longer = [v for v in values if same_item(item, v) and len(item) > len(v)]
                values = [item if v in longer else v for v in values]
                continue
            if not evidence.verbatim(item) and _excerpt(hit, evidence) is None:
                continue
            values.append(item)
            first = hit if first is None else first
            last = hit
    if not values:
        return
    excerpt = evidence.excerpt(first.start, last.end, first.cue) or _excerpt(first, evidence)
    facts.set(field, values, excerpt)


def _release_from_name(facts: ModelFacts, key: frozenset, names: ModelNames, evidence: Evidence,
                       doc: Document) -> None:
    """'x-large-2407' where the document says a name ends with its release date (YYMM): the sentence naming the
    model is the excerpt."""
    value = name_suffix_date(facts.name, doc.text)
    if not value:
        return
    for mention in (m for m in names.mentions if names.resolve(m.key) == [key]):
        source = doc.blocks[names.seg.at(mention.start).block].source  # a table row: its source line
        excerpt = evidence.sentence_of(mention.start) or (source if source and evidence.verbatim(source) else None)
        if excerpt:
            facts.set("release_date", value, excerpt)
            return


def _parameters_from_name(facts: ModelFacts, key: frozenset, names: ModelNames, evidence: Evidence,
                          doc: Document, free_sizes: dict[int, list[re.Match]], contexts: frozenset,
                          described_letters: list[str]) -> None:
    """A model named with a size ('Aya Expanse 8B') has that many parameters only where the document states the
    size as a size of its own ('available in 8B and 32B'); a size written only inside names is left null
    (the labelling conventions: 'Ministral 8B', 'GLM-4-9B')."""
    size = name_size(names, key, contexts)
    if not size:
        return
    for m in free_sizes.get(size, ()):
        word_before = re.search(r"(?<![\w.\-])([A-Za-z][\w.]*)[ \u00a0]+$", doc.text[max(0, m.start() - 40):m.start()])
        if word_before and word_before.group(1).lower() in key and not parse_size(word_before.group(1)):
            continue  # 'OpenHermes 2.5 Mistral 7B': the model's own name written with spaces, the size a part of it
        if _said_of_other_name(doc, names, m.start()):
            continue  # 'a fine-tune of Y, which has 8B parameters': the other model's size
        if SIZE_CLASS_BEFORE_RE.search(doc.text, max(0, m.start() - 60), m.start()):
            continue  # 'top-1 among all LLaMA-2 based 7B and 13B models': a class of models, not its size
        if sized_in_others_sentence(names, key, m.start(), described_letters):
            continue  # 'UltraLM is a series … we have released the 13B version': UltraLM's size, not UltraRM-13B's
        excerpt = evidence.excerpt(m.start(), m.end())
        if excerpt:
            facts.set("parameters", size, excerpt)
            return
