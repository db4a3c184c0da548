"""Input and output modalities: labelled lists ('Input: text and images'), a list before its direction ('text and
image inputs'), verbs whose subject is a model ('accepts text and images', 'generates speech'), conversions ('converts
text into speech'), compounds ('a text-to-video model') and abbreviations ('a TTS model')."""

import re

from .finder import LABEL, PHRASE, WEAK, Finder, Hit
from .scan import Gated
from .values import LABEL_SEP, MODALITY_RE, MODALITY_WORDS, modalities

# -- patterns ---------------------------------------------------------------------------------------------------------
MOD = MODALITY_RE.pattern
MOD_WORD = "|".join(pattern for pattern, _name in MODALITY_WORDS)
PAREN = r"(?:\s*\([^()]{0,80}\))?"
# Words before a kind that keep it that kind ('streaming text', 'human speech').
MOD_ADJ = r"(?:streaming|real[\s-]time|human|raw)\s+"
MODLIST = (
    rf"(?:(?:both|either|only|multilingual|natural[\s-]language)\s+)?(?:{MOD_ADJ})?{MOD}{PAREN}"
    rf"(?:\s*(?:,|and|or|&|/|\+|,\s*and|,\s*or|as\s+well\s+as)\s*(?:multilingual\s+)?(?:{MOD_ADJ})?{MOD}{PAREN})*"
)
# A labelled list runs to its sentence's end, never into the next label ('Input: text. Output: text').
LABEL_LIST = r"(?:(?!(?:in|out)puts?\b)(?:[^.;|\n]|\.(?!\s+[A-Z]|\s*$))){0,200}"
# What a kind of input is called where a sentence names it ('text prompts', 'an image description').
PROMPT_NOUN = r"prompts?|descriptions?|inputs?|instructions?|captions?|queries|questions?"
FILLER = r"(?:(?:any|a)\s+(?:combination|mix|mixture)\s+of\s+)?"
# The words a modality list can start with (where the gated scans try the list patterns).
MOD_STARTS = "both|either|only|multilingual|natural|text|code|image|vision|visual|photo|picture|screenshot|" \
    "audio|speech|voice|sound|spoken|video|streaming|real|human|raw"
MODALITY_PATTERNS = (
    # ('… can take a URL string as input:⏎Deleting a Cloned Voice': no label after 'as')
    (Gated(re.compile(rf"(?<!\bas )(?P<dir>input|output)s?(?:\s+(?:modalit(?:y|ies)|types?|formats?|data))?"
                      rf"\s*(?:\(s\))?"
                      # A line 'Inputs and outputs' over a sentence ('Both models accept text, …') labels no list.
                      # A bold label needs no colon ('**Inputs** Audio, images and text **Output** Text').
                      rf"[ \t]*(?:(?:\*\*|__)[ \t]*{LABEL_SEP}?|{LABEL_SEP}|\n(?![A-Z][a-z]*(?:[ \t]+[a-z]+){{3}}))"
                      rf"\s*(?P<list>{LABEL_LIST})", re.I),
           "input|output"), LABEL),
    # A table cell's capitalised labels with nothing between label and list ('Inputs Audio and text Output Text',
    # a docs page's bold labels as its text reads): only in a table row (see modality_hits).
    # ... or run into its list at a line's start ('InputText, image', a page's label and value copied as text)
    (Gated(re.compile(rf"(?P<dir>(?-i:Input|Output))s?[ \t]*(?P<cap>(?-i:(?=[A-Z]))(?:{MOD_WORD})(?![\w-]))"
                      rf"(?P<list>{LABEL_LIST})", re.I),
           "input|output"), LABEL),
    (Gated(re.compile(rf"(?P<dir>input|output)\s+modalit(?:y|ies)(?P<list>{LABEL_LIST})", re.I), "input|output"),
     LABEL),
    # 'supports multimodal input (text, images, audio)': the kinds in parentheses after the direction
    # (two kinds at least: 'Input (text) goes through the tokenizer' is a remark on the pipeline)
    (Gated(re.compile(rf"\b(?P<dir>input|output)s?[ \t]*\((?=[^()]*(?:,|\band\b|/|&|\+))[ \t]*"
                      rf"(?P<list>{MODLIST})[ \t]*\)", re.I), "input|output"),
     PHRASE),
    # 'provide an input text/image', 'output audio and text': two kinds or more named as what goes in or comes out.
    (Gated(re.compile(rf"\b(?P<dir>input|output)\s+(?P<list>{MOD}(?:\s*(?:/|,|&|\+|and|or)\s*{MOD})+)\b", re.I),
           "input|output"), WEAK),
    (Gated(re.compile(rf"(?P<list>{MODLIST})\s*(?:-\s*)?(?:as\s+)?(?P<dir>inputs?|outputs?)\b", re.I), MOD_STARTS),
     PHRASE),
    (Gated(re.compile(rf"(?P<list>{MODLIST})[\s-]*in\s*[/,]\s*(?P<list2>{MODLIST})[\s-]*out\b", re.I), MOD_STARTS),
     PHRASE),
    # 'read text from images', 'extracts text from scanned documents': what is read out of what goes in.
    # ('recognize speech in audio': the speech is the audio's content, no output of another kind)
    (Gated(re.compile(rf"\b(?:(?:read|extract)s?\s+(?P<list2>{MODLIST})\s+(?:from|in)|recogni[sz]es?\s+"
                      rf"(?P<recognised>{MODLIST})\s+from)\s+(?:the\s+|an?\s+)?(?P<list>{MODLIST})", re.I),
           "read|extract|recogni"), PHRASE),
    (Gated(re.compile(rf"(?P<verb_in>accepts?|takes?(?:\s+in)?|processes|understands?|reads?|receives?|supports?|"
                      rf"(?<=models\s)input|(?<=model\s)inputs)\s+(?:as\s+inputs?\s+)?"
                      rf"{FILLER}(?P<list>{MODLIST})(?!\s*(?:-\s*)?(?:as\s+)?outputs?)"
                      rf"(?!\s+(?:from|in)\s+(?:the\s+|an?\s+)?{MODLIST})", re.I),
           "accept|take|process|understand|read|receive|support|input"), WEAK),
    # 'responses based on speech instructions': what the model answers is what goes in.
    (Gated(re.compile(rf"(?P<verb_in>based\s+on|in\s+response\s+to|conditioned\s+on)\s+(?:the\s+|its\s+)?"
                      rf"(?P<list>{MODLIST})\s+(?:instructions?|prompts?|queries|questions?|inputs?)\b", re.I),
           "based|response|conditioned"), WEAK),
    # 'generates images from text prompts', 'creates video from an image': what comes out, from what goes in.
    (Gated(re.compile(rf"\b(?P<made>generat|creat|produc|render)\w*\s+(?P<list2>{MODLIST})\s+from\s+"
                      rf"(?:the\s+|an?\s+|your\s+)?(?P<list>{MODLIST})(?=\s+(?:{PROMPT_NOUN})|\s*[.,;]|\s+and\b)",
                      re.I),
           "generat|creat|produc|render"), PHRASE),
    # 'Output is text', 'Its outputs are text only': the direction said to be the kinds.
    (Gated(re.compile(rf"\b(?P<dir>input|output)s?\s+(?:is|are)\s+(?:only\s+|always\s+)?(?P<list>{MODLIST})"
                      rf"(?![\w-])", re.I), "input|output"), PHRASE),
    (Gated(re.compile(rf"(?P<verb_out>outputs?|generat(?:es?|ing)|produc(?:es?|ing)|returns?|responds?\s+with|"
                      # 'responds in text', 'replies with text and audio', 'can answer in text or speech'
                      rf"(?:responds?|respond|repl(?:y|ies)|answers?)\s+(?:in|with)|creat(?:es?|ing)|"
                      rf"emit(?:s|ting)?|writes?)\s+"
                      rf"(?:only\s+)?{FILLER}(?P<list>{MODLIST})", re.I),
           "output|generat|produc|return|respond|repl|answer|creat|emit|writ"),
     WEAK),
    # 'transcribing speech audio into the text', 'converts text into speech': what goes in, what comes out.
    (Gated(re.compile(rf"(?:transcrib|convert|turn|translat|synthesi[sz])\w*\s+(?P<list>{MODLIST}(?:\s+{MOD})?)"
                      rf"(?:\s+(?:{PROMPT_NOUN}))?\s+(?:in)?to\s+"
                      rf"(?:the\s+)?(?P<list2>{MODLIST})", re.I), "transcrib|convert|turn|translat|synthesi"), PHRASE),
    # 'text-to-video diffusion models', 'a text to speech model': the compound's words touch hyphens, so the
    # list patterns' own word boundaries cannot be used here.
    # A sentence's, not a heading's or a table section's ('Text-to-text Models' over rows of every kind).
    (Gated(re.compile(rf"(?<![\w-])(?P<compound>(?P<list>(?:{MOD_WORD})(?:-(?:{MOD_WORD}))*)[- ]to[- ]"
                      rf"(?P<list2>{MOD_WORD}))(?![\w])(?=[^.\n|]{{0,60}}?\b(?:models?|LLMs?|generat\w*|decoder|"
                      rf"transformers?|systems?|engines?)\b)", re.I), MOD_STARTS), PHRASE),
    # 'Orvane offers three models for Speech to Text': the kind of work the models are for, named after them.
    (Gated(re.compile(rf"\b(?:models?|LLMs?|systems?|engines?)\s+for\s+(?:the\s+)?(?P<compound>(?P<list>(?:{MOD_WORD})"
                      rf"(?:-(?:{MOD_WORD}))*)[- ]to[- ](?P<list2>{MOD_WORD}))(?![\w])", re.I),
           "model|llm|system|engine"), PHRASE),
)
# A modality label naming no direction ('Modality — Text', 'Modalities: text and vision', a cloud's model page):
# text alone is what goes in and what comes out; text with other kinds is what goes in; other kinds alone say
# neither (an image model's 'Modality: Image' may take text and make images).
UNDIRECTED_LABEL_RE = Gated(re.compile(rf"^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|__)?modalit(?:y|ies)(?:\*\*|__)?"
                                       rf"[ \t]*{LABEL_SEP}[ \t]*(?:\*\*|__)?[ \t]*(?P<list>{LABEL_LIST})",
                                       re.I | re.M), "modalit")
# 'a TTS model', 'an ASR system', 'trained … for TTS (text-to-speech)': the abbreviation, said of a model or spelled
# out beside it, states what goes in and what comes out.
ABBREVIATED_MODALITIES = {"tts": (["text"], ["audio"]), "asr": (["audio"], ["text"]), "stt": (["audio"], ["text"])}
# A Chinese, Japanese or Korean sentence glues the abbreviation to its noun ('开源TTS引擎', an open-source TTS engine).
ABBREVIATION_RE = Gated(re.compile(r"(?<![A-Za-z0-9_])(TTS|ASR|STT)(?:\s+(?:[\w-]+\s+){0,2}?(?:models?|systems?|"
                                   r"engines?)\b|\s*\((?i:text|speech|automatic\s+speech)[\w\s-]{0,30}\)|"
                                   r"\s?(?:引擎|模型|系统|系統|エンジン|モデル|システム|엔진|모델|시스템))"),
                        "tts|asr|stt")


# A verb's object, an indefinite one: what a script or a reader does to any model of the kind ('evaluate a
# pre-trained ASR model', 'fine-tune your own TTS model').
WORKED_ON_BEFORE_RE = re.compile(r"\b(?:evaluat\w*|fine-?tun\w*|finetun\w*|train\w*|load\w*|run\w*|test\w*|build\w*|"
                                 r"deploy\w*|convert\w*)\s+(?:a|an|any|your(?:\s+own)?)\s+(?:[\w-]+\s+){0,2}$", re.I)
OTHER_MODELS_BEFORE_RE = re.compile(r"\b(?:see|check\s+out|try)\s+(?:also\s+)?(?:our|the)\s+(?:other\s+)?$", re.I)


# A bare verb ('generates text') states a modality only when a model (or a pronoun for one) is its subject.
# ('Wombat Vision accepts text and image input and returns text': a name taking a modality verb is a model's)
MODEL_SUBJECT_RE = re.compile(r"\b(?i:models?|llms?|it|they|variants?|versions?)\b|\b[A-Z][\w.\-]*\d[\w.\-]*\b"
                              r"|\b[A-Z][a-z]+[A-Z]\w*"
                              r"|\b[A-Z]\w+\s+(?:can|could|will|may|does|also|only|currently|now|natively|accepts|"
                              r"takes|processes|understands)\b"
                              # ... or a name of capitalised words and numbers right before the verb ('Zorvak 3 Opus')
                              r"|\b[A-Z][\w.\-]*(?:[ \t]+(?:\d[\w.]*|[A-Z][\w.\-]*)){1,3}[ \t]+$")
# '… a processing framework [LLMxMapReduce] to support text': the verb's subject is a tool, not a model.
TOOL_PURPOSE_RE = re.compile(r"\b(?:framework|library|toolkit|tool|pipeline|method|approach|script|package|repository|"
                             r"plugin|engine)s?\b[^.;]{0,80}\bto\s*$"
                             # 'Caption tool, a model that understands videos': a helper tool's model, named as such
                             r"|\b(?:tool|demo|script|utility|plugin)s?[ \t]*,[ \t]*an?[ \t]+(?:[\w-]+[ \t]+){0,2}?"
                             r"model[ \t]+(?:that|which)[ \t]+$", re.I)
# A verb denied ('does not accept images', "can't generate audio", 'cannot process video'): no modality of it.
NEGATED_BEFORE_RE = re.compile(r"\b(?:not|n['’]t|cannot|never|no\s+longer)\s+"
                               r"(?:(?:yet|currently|natively|directly)\s+)?$", re.I)
# An arrow before the verb: a step of a pipeline written as 'a -> b -> c'.
STEP_BEFORE_RE = re.compile(r"(?:->|→|=>|⇒)[ \t]*$")
# ... or a kind denied before its direction ('no image input', 'without audio output').
DENIED_BEFORE_RE = re.compile(r"\b(?:no|without|not|non)[ \t-]+$", re.I)
# A list ends at a relative clause too ('semantic tokens that encode the audio': the audio is not what comes out).
LIST_END_RE = re.compile(r"\b(?:including|such\s+as|e\.g\.|like|via|with|for|to|from|in\s+the\s+form|that|which)\b",
                         re.I)


# What may stand in a table cell before its first word: the column's header as a row reads ('Description: ').
CELL_OPENING_RE = re.compile(r"\s*(?:[^|:\n]{1,40}:\s*)?")
# The end of a table cell's label: what follows it is the cell's value, not more of a sentence.
TABLE_LABEL_END_RE = re.compile(r"[ \t]*(?:\(s\)[ \t]*)?[|:]")
# A direction label just before a list ('Inputs ', '**Input:** '): the list is what that label names.
FEATURE_BEFORE_DIR_RE = re.compile(r"\b(?:structured|json|predicted|streaming|function)[ \t]*$", re.I)
DIRECTION_LABEL_BEFORE_RE = re.compile(rf"\b(?:in|out)puts?(?:\*\*|__)?[ \t]*{LABEL_SEP}?(?:\*\*|__)?[ \t]*$", re.I)
# ... with a word between ('most community text-to-image models', 'Animate Your Personalized Text-to-Image Models'):
# a class of others' models, which the document's module turns into something else.
ANY_KIND_BEFORE_RE = re.compile(r"\b(?:any|every|other|such|all|most|many|existing|community|off-the-shelf|your)"
                                r"(?:\s+(?:community|open|existing|personali[sz]ed|popular|pre-?trained|base))?\s+$",
                                re.I)


def _line_label_mid_line(text: str, m: re.Match) -> bool:
    """A direction word read as a label over the next line though words stand before it on its own line."""
    between = text[m.end("dir"):m.start("list")]
    if "\n" not in between or re.search(rf"{LABEL_SEP}|[*_]", between):
        return False
    line_start = text.rfind("\n", 0, m.start("dir")) + 1
    return bool(text[line_start:m.start("dir")].strip(" \t#*>"))


def modality_span(text: str, offset: int) -> tuple[list[str], int, int]:
    """Modalities named in a list, skipping parentheses and stopping at 'including', 'such as', 'via'…;
    with the span from the first to the last one counted (the excerpt needs no more)."""
    masked = list(text)
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        if depth:
            masked[i] = " "
        if ch == ")" and depth:
            depth -= 1
    masked = "".join(masked)
    stop = LIST_END_RE.search(masked)
    masked = masked[:stop.start()] if stop else masked
    found = list(MODALITY_RE.finditer(masked))
    if not found:
        return [], offset, offset
    return modalities(masked), offset + found[0].start(), offset + found[-1].end()


def modality_hits(f: Finder) -> list[Hit]:
    hits = []
    for pattern, rank in MODALITY_PATTERNS:
        for m in f.scan(pattern):
            groups = m.groupdict()
            # A list ends with its sentence (run-together page text has no full stop before the next block).
            stop = f.seg.at(m.start("list")).end if m.end("list") > m.start("list") else m.end("list")
            lists, start, end = modality_span(f.text[m.start("list"):min(m.end("list"), stop)], m.start("list"))
            if groups.get("compound") and f.doc.blocks[f.seg.at(m.start()).block].kind not in ("text", "item"):
                continue
            if groups.get("compound") and ANY_KIND_BEFORE_RE.search(f.text, max(0, m.start() - 30), m.start()):
                continue  # 'any text to audio model has the potential for misuse': the kind, not this model
            if groups.get("made") and not MODEL_SUBJECT_RE.search(f.text, f.seg.at(m.start()).start, m.start()):
                continue  # 'usage for generating text from audio': a verb whose subject is not a model
            if groups.get("list2"):
                if not lists:  # 'text-image-to-video': the hyphens hide the words from the list reader
                    lists, start, end = modality_span(groups["list"].replace("-", " "), m.start("list"))
                hits.append(Hit("input_modalities", lists, start, end, m.start(), rank))
                outs, a, b = modality_span(groups["list2"], m.start("list2"))
                hits.append(Hit("output_modalities", outs, a, b, m.start(), rank))
                continue
            if groups.get("dir"):
                if FEATURE_BEFORE_DIR_RE.search(f.text, max(0, m.start("dir") - 16), m.start("dir")):
                    continue  # 'Structured outputs - Text, image processing': a feature's name, not what it writes
                field = "input_modalities" if groups["dir"].lower().startswith("in") else "output_modalities"
                if groups.get("list") is not None and m.start("list") < m.start("dir") \
                        and "\n" in f.text[m.end("list"):m.start("dir")] \
                        and f.doc.blocks[f.seg.at(m.start("dir")).block].kind != "row":
                    continue  # 'compared with X code⏎Input PDBs are parsed …': a heading's last word over a sentence
                if groups.get("list") is not None and _line_label_mid_line(f.text, m):
                    continue  # 'TextInput and output⏎ImageInput only': a line's last word, no label over the next
                if groups.get("cap") is not None:
                    glued = not f.text[m.end("dir"):m.start("cap")].strip("s")
                    if glued and not (m.start() == 0 or f.text[m.start() - 1] == "\n"):
                        continue
                    if not glued and f.doc.blocks[f.seg.at(m.start()).block].kind != "row":
                        continue
                    lists, start, end = modality_span(f.text[m.start("cap"):m.end("list")], m.start("cap"))
                if m.start("list") < m.start("dir") and DENIED_BEFORE_RE.search(
                        f.text, max(0, m.start("list") - 12), m.start("list")):
                    continue  # 'text-only (no image input)': the kind it does not take
                if m.start("list") < m.start("dir") and DIRECTION_LABEL_BEFORE_RE.search(
                        f.text, max(0, m.start("list") - 12), m.start("list")):
                    continue  # 'Inputs Audio and text Output Text': the list is the label's before it
                if m.start("list") < m.start("dir") and TABLE_LABEL_END_RE.match(f.text, m.end()) and \
                        f.doc.blocks[f.seg.at(m.start()).block].kind == "row":
                    continue  # a table's row or column label ('Image input | Yes | No'): asks, does not state
            else:
                field = "input_modalities" if groups.get("verb_in") else "output_modalities"
                sentence = f.seg.at(m.start())
                if NEGATED_BEFORE_RE.search(f.text, max(sentence.start, m.start() - 24), m.start()):
                    continue  # 'X does not accept images': what it does not take
                if STEP_BEFORE_RE.search(f.text, max(sentence.start, m.start() - 6), m.start()):
                    continue  # 'capture region -> write image to clipboard -> X': a step of a pipeline, no model's
                # A table cell's sentence opening with the verb ('| Accepts text and images. |') says it of the row.
                cell = max(sentence.start, f.text.rfind("|", 0, m.start()) + 1)
                row_verb = f.doc.blocks[sentence.block].kind == "row" and CELL_OPENING_RE.fullmatch(
                    f.text, cell, m.start())
                if not row_verb and not MODEL_SUBJECT_RE.search(f.text, sentence.start, m.start()):
                    continue  # 'use the library to generate text': a verb whose subject is not a model
                if TOOL_PURPOSE_RE.search(f.text, sentence.start, m.start()):
                    continue  # 'a framework [X] to support text of any length': a tool's purpose, not a model's input
            if lists:
                hits.append(Hit(field, lists, start, end, m.start(), rank))
    for m in f.scan(UNDIRECTED_LABEL_RE):
        lists, start, end = modality_span(m.group("list"), m.start("list"))
        if "text" in lists:
            hits.append(Hit("input_modalities", lists, start, end, m.start(), LABEL))
        if lists == ["text"]:
            hits.append(Hit("output_modalities", lists, start, end, m.start(), LABEL))
    for m in f.scan(ABBREVIATION_RE):
        if OTHER_MODELS_BEFORE_RE.search(f.text, max(0, m.start() - 30), m.start()):
            continue  # '(also see our STT models)': other models of the maker, not this one
        if WORKED_ON_BEFORE_RE.search(f.text, max(0, m.start() - 50), m.start()):
            continue  # 'run this script to evaluate a pre-trained ASR model': any such model a tool works on
        ins, outs = ABBREVIATED_MODALITIES[m.group(1).lower()]
        hits.append(Hit("input_modalities", ins, m.start(1), m.end(1), m.start(), WEAK))
        hits.append(Hit("output_modalities", outs, m.start(1), m.end(1), m.start(), WEAK))
    return [h for h in hits if h.value]
