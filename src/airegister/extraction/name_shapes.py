"""The shapes of model names: the patterns a name is found by, the words that are never names, and a name's
identity (its set of lower-case tokens; see names.py)."""


import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from .document import CJK_LETTERS
from .values import SIZE_RE

# (a mixture's experts by their size, 'X-1.6B×4-Top2', joined by a multiplication sign as by a hyphen)
TOKEN = r"[A-Z][A-Za-z0-9]*(?:(?:[.\-]|(?<=\d[BMbm])×)[A-Za-z0-9]+)*"
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
SIZE = r"\d+(?:\.\d+)?[BMT](?:[ \t]*/[ \t]*\d+(?:\.\d+)?[BMT])*|\d+[x×]\d+(?:\.\d+)?B"  # ('8x7B', '8×7B')
# ... or before a capitalised word of no digits when a size or version follows ('xLSTM 7B', 'mBART 50'), never
# read from its capital on ('LSTM 7B').
LOWER_CAMEL_SPACED = rf"[a-z]{{1,2}}[A-Z]{{2,}}[A-Za-z]*(?=[ \t\u00a0]+(?:{SIZE}|v?\d))" \
    rf"|[a-z]{{2,3}}[A-Z][a-z]{{2,}}(?=[ \t\u00a0]+{SIZE}(?![\w.]))"  # ... one capital before a size ('aiXcoder 7B')
CONTEXT_TAG = r"\d+[Kk]\+?(?![A-Za-z0-9])"  # a context length in a name ('Yi 6B 200K', 'Nanbeige 16B Base 32k')
# A checkpoint's build after its size, as a hyphenated name carries it ('X 8B A1B' active parameters, 'X 7B Chat
# AWQ' quantised, 'X 300M SFT' a training stage): written with spaces, still the name's own words.
BUILD_TAG = r"A\d+(?:\.\d+)?B|AWQ|GPTQ|[Ii]nt[48]|FP8|SFT|DPO|RLHF(?![A-Za-z0-9])"
# A variant word joined on by a hyphen ('Gemini 2.0 Flash-Lite', '1.0 Pro-Vision', 'Flash-8B'): capitalised or a
# number, never a lower-case word of the sentence ('Flash-based agents').
VARIANT_JOIN = r"-(?:[A-Z][A-Za-z0-9]*|\d[A-Za-z0-9.]*)(?![a-z])"
FORMAT_END_RE = re.compile(r"(?:^|-)(?:GGUF|GPTQ|AWQ|EXL2|[Ii]nt[48]|FP8)$", re.I)
VARIANTS = (
    "Instruct|Chat|Base|Pro|Flash|Mini|mini|Nano|nano|Ultra|Turbo|turbo|Vision|Large|Medium|Small|Lite|Plus|Max|"
    "Sonnet|Opus|Haiku|Coder|Code|Thinking|Preview|Reasoning|Omni|Air|Edge|Scout|Maverick|Guard|it|IT|Embed|Distill|"
    "VL|Math|Audio|Realtime|Instant|Nemo|Tiny|XL|XXL|Micro|Heavy|Fast|High|Low|"
    # a generation model's task ('X v1.2 I2V', 'X-14B-T2V'): image-to-video, text-to-video, text-image-to-video
    "I2V|T2V|TI2V|T2I|I2I|V2V"
)
# A name that adds one of these words to another is a different model ("Halo 3 Mini" is not "Halo 3").
DISTINCT_WORDS = {w.lower() for w in VARIANTS.split("|")} - {"instruct", "chat", "base", "it", "preview"}
# Words of a conversion's name ('X-Chat-GGUF', 'X-7B-AWQ'): another format of a model, never the model's long form.
FORMAT_WORDS = {"gguf", "ggml", "gptq", "awq", "exl2", "int4", "int8", "fp8", "mlx", "onnx"}
NAME_RE = re.compile(
    rf"(?:(?<![A-Za-z0-9_.\-/])|(?<=[a-z.:)%])(?=[A-Z]))(?:{LOWER_SIZED}|{LOWER_VERSIONED}|{LOWER_CAMEL}|{LOWER_CAMEL_SPACED}|{LOWER_MODEL}|(?:{LEAD}{SP}){{0,2}}{TOKEN})"
    rf"(?:{SP}(?:{SIZE}|{CONTEXT_TAG}|{VERSION}|{BUILD_TAG}|(?:{VARIANTS})(?:{VARIANT_JOIN})*(?![a-z0-9])(?!{SP}[Ll]anguage{SP}[Mm]odel)))*"
    rf"(?:{SP}(?P<tier>[A-Z][a-z]{{2,}})(?![a-z0-9])(?![A-Z][a-z]|-\w))?"  # not a next name's head ('CosyVoice')
    rf"(?![a-z0-9])"  # a capital may follow at once: dumped page text runs blocks together
    r"(?!(?<=\d)D(?![A-Za-z0-9]))"  # ... but not a dimension's ('Stable 3D Face Alignment' names no 'Stable 3')
    r"(?!,\d{3}(?!\d))"  # 'Full 131,072 tokens': a number grouped in thousands is a count, not a version
)
# Words that follow a name without being part of it ("Claude Opus 4 Summary Table").
NOT_TIER = {
    "summary", "table", "model", "models", "system", "card", "report", "family", "series", "api",
    "app", "announcement", "overview", "release", "notes", "technical", "benchmark", "evaluation", "evaluations",
    "safety", "and", "the", "with", "for", "instruct", "chat", "base", "preview", "is", "are", "was", "has", "can",
    "will", "achieves", "scores", "shows", "on", "in", "at", "by", "to", "of", "via", "license", "community",
    "language", "languages", "collection", "weights", "checkpoints", "team", "benchmarks", "results", "examples",
}
DETERMINERS = {"the", "our", "this", "these", "those"}
LEADING_STOP = {
    "the", "our", "this", "these", "those", "both", "in", "for", "as", "with", "when", "while", "compared", "model",
    "models", "new", "introducing", "using", "meet", "today", "each", "all", "unlike", "like", "and", "or", "but",
    "however", "additionally", "also", "note", "see", "read", "use", "download", "try", "run", "a", "an", "if",
    "by", "on", "at", "from", "to", "of", "is", "are", "was", "we", "its", "their", "test", "then", "after",
    "before", "during", "only", "every", "base", "summary", "table", "figure", "here", "there", "what", "which",
    # a question's first word ('Can YOLO11 be deployed …?', an FAQ's heading)
    "can", "does", "do", "how", "why", "where", "should", "could", "would",
    # a sentence's conjunction or adverb before its subject ('Because GPT-2 is …', 'Currently X-7B supports …')
    "because", "although", "though", "since", "whereas", "unless", "once", "currently", "finally", "moreover",
    "furthermore", "notably", "similarly", "instead", "thus", "therefore", "hence", "besides", "specifically",
    # verbs that start a sentence or a list item before a name ('Supports Llama 3', 'Run DeepSeek-V3')
    "support", "supports", "supported", "running", "runs", "deploy", "deploys", "deploying", "serve", "serving",
    "enable", "enables", "fine-tune", "finetune", "chat", "compare", "evaluate", "install", "load", "loading",
    "architecture", "variations", "status", "overview", "license", "developer", "developers", "input", "output",
    "train", "training", "finetuning", "inference", "evaluating", "convert", "converting", "quantize",
    "setup", "usage", "pretraining", "fine-tuned", "finetuned", "fine-tuning", "pre-training", "pre-train",
    "pretrain", "post-training", "benchmarking", "testing", "trained", "pretrained", "pre-trained", "tuning",
    # an announcement's title before the name ('Announcing Strix 2', 'Releasing X-7B', 'Welcome X')
    "announcing", "releasing", "launching", "presenting", "unveiling", "welcome", "welcoming", "say", "hello",
    "released", "introduced", "launched", "unveiled", "announced", "presented",  # a news line's 'Released X-7B'
    "open-sourced", "upgraded", "updated", "finished", "completed", "shipped",
    "added", "adds", "adding",  # a news line's verb ('2026/05/20: Added Qwen3-ASR (0.6B/1.7B)')
    # a docs page's description, addressed to its reader ('Discover X11, an advancement in …', 'Explore X11 …')
    "discover", "explore", "learn", "introduce", "introduces", "towards", "toward",
    # a how-to's title ('Building X-32K-Chat Using the Y API', 'Scaling X to 1M tokens')
    "building", "build", "creating", "create", "making", "scaling", "extending", "customizing", "customising",
    "optimizing", "optimising", "distilling", "adapting", "improving", "accelerating", "reproducing", "aligning",
}
EXCLUDED_TOKENS = {
    "level", "section", "table", "figure", "fig", "chapter", "part", "step", "phase", "option", "scenario", "tier",
    "article", "annex",
    "appendix", "version", "page", "class", "category", "stage", "round", "day", "week", "year", "top", "asl",
    "iso", "iec", "soc", "report", "card", "gdpr", "hipaa", "covid", "windows", "python", "cuda", "pytorch",
    "transformers", "ubuntu", "android", "ios", "macos", "license", "licence", "apache", "gpl", "agpl", "lgpl",
    "mit", "cc", "bsd", "mpl", "openrail", "rail", "ieee", "rfc", "q1", "q2", "q3", "q4", "tpu", "gpu", "gpus",
    "shot", "shots", "cot", "pass", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "cvss", "cve", "owasp", "nist", "rmf", "sp", "act",
    "example", "examples", "utf", "ascii",  # 'Example 1' of a card's samples; 'UTF-8', a text encoding
    "commons", "attribution", "noncommercial", "sharealike",  # 'Creative Commons Attribution-NonCommercial 4.0'
    # conferences and journals with their year ('CVPR-2021', 'NeurIPS 2023'): where a paper appeared
    "cvpr", "iccv", "eccv", "neurips", "nips", "icml", "iclr", "aaai", "ijcai", "emnlp", "naacl", "coling", "acl",
    "interspeech", "icassp", "siggraph", "kdd", "tpami", "miccai", "wacv", "bmvc",
}
# Benchmarks: a name made of one ('GSM8K', 'MATH-500', 'MMLU-Pro') is no model's. A model of a domain may carry the
# word inside its name, after its own versioned stem and before its size ('Zorvak2.5-Math-72B'): that is a model.
BENCHMARK_TOKENS = {
    "mmlu", "gsm", "gsm8k", "humaneval", "math", "gpqa", "aime", "swe", "mbpp", "arc", "hellaswag", "ifeval",
    "bbh", "mmmu", "mgsm", "drop", "tau", "bfcl", "livecodebench", "mt", "arena", "winogrande", "truthfulqa",
    "piqa", "boolq", "triviaqa", "agieval", "docvqa", "chartqa", "textvqa", "mathvista", "osworld", "simpleqa",
}
EXCLUDED_TOKENS |= BENCHMARK_TOKENS
# Metrics written as one word with their rank or threshold ('Acc1', 'Top5', 'mAP50').
EXCLUDED_TOKENS |= {"acc1", "acc5", "top1", "top5", "map50", "map75", "ap50", "ap75"}
# Runtimes, inference libraries and model formats: 'the conversion of X to the CTranslate2 model format' names
# what runs a model, never the model ('CTranslate2', 'TensorRT-LLM', 'OpenVINO 2024').
RUNTIME_TOKENS = {
    "ctranslate2", "onnx", "onnxruntime", "tensorrt", "openvino", "vllm", "sglang", "ggml", "fastertransformer",
    "tensorflow", "tensorflow2", "keras", "coreml", "mlx", "deepspeed", "triton", "jax", "flax", "torchscript",
    "torchhub", "tflite", "tfjs", "ncnn", "mnn",
    "llvm", "gcc", "clang", "nodejs", "node",  # compilers and runtimes a page has its reader install
    "attention", "xformers", "docker",  # 'Flash Attention 2', kernels and containers a page has its reader install
    "raspberry", "jetson",  # boards a model runs on ('Raspberry Pi 4', 'Jetson Orin')
    "apache2",  # 'Apache2': the licence written as one word
}
EXCLUDED_TOKENS |= RUNTIME_TOKENS
# A weights file ('Phi-3-mini-4k-instruct-q4.gguf') names a download, not a model.
# A file, not a model: weights and exported formats ('yolo-7n.torchscript', 'x.mlpackage'), documents, packages.
FILE_NAME_RE = re.compile(r"\.(?:gguf|safetensors|bin|onnx|pt|pth|ckpt|json|ya?ml|md|zip|tar|gz|py|txt|sh|ipynb|mdl|"
                          r"pkl|h5|npz|tflite|exe|msi|dmg|whl|deb|rpm|apk|torchscript|engine|mlpackage|mlmodel|pb|pte|"
                          r"rknn|mnn|nemo|caffemodel|pdparams|keras|xml|tnnmodel|tnnproto|tmfile|joint|param|kmodel)\b",
                          re.I)
ASIDE_RE = re.compile(r"\s*[(\[][^()\[\]]{1,30}[)\]]\s*$")
IDENTIFIER_TAIL_RE = re.compile(r"_\w|\.[A-Za-z]{2,5}\b")
NON_LETTER_RE = re.compile(r"[^a-z]")
PART_SPLIT_RE = re.compile(r"[-.]")
SIZE_OR_VERSION_RE = re.compile(rf"{SIZE}|{VERSION}")
INITIAL_RE = re.compile(r"[A-Z]\d?")
VERSION_WORD_RE = re.compile(r"(?:ver|version|rev|release)\.?", re.I)  # 'Ver 2.0': a version, not a name
HARDWARE_RE = re.compile(r"^[A-Z]{1,3}\d{2,4}[A-Z]?$")
# An accelerator's product line ('RTX 3090', 'GeForce GTX 1080 Ti', 'Tesla T4'): the hardware a run used, not a model.
# An accelerator's product name as a part of a word ('A100-SXM-80GB', 'H100-80G', 'MI300X'): hardware, not a model.
ACCELERATOR_PART_RE = re.compile(r"(?:[ahvpb]\d{2,3}[gsx]?|a\d{4}|l40s?|mi\d{3}[ax]?|g[bh]\d{3})")
GPU_LINE_WORDS = {"rtx", "gtx", "geforce", "quadro", "tesla", "titan", "radeon", "instinct", "gaudi", "tpu", "tpuv4"}
# A fact's label before its figure ('Context Window 96K', 'Max Output 32K', a model card's spec lines copied as text):
# a figure of the model, not a model's name.
FACT_LABEL_RE = re.compile(r"(?:max(?:imum)?[ \t]+)?(?:context(?:[ \t]+(?:window|length|size))?|(?:input|output)"
                           r"(?:[ \t]+(?:tokens?|cost|price|length|limit))?|(?:max(?:imum)?[ \t]+)?tokens?|"
                           r"sequence[ \t]+length|vocab(?:ulary)?(?:[ \t]+size)?|param(?:eter)?s|total[ \t]+params)",
                           re.I)
# A date standing as a word in a name's place ('Update 2022-02-10', 'News 2024.05.01'): a dated heading, whose digits
# are no version ('grebe-2024-05', a dated snapshot, joins its date to the name).
DATED_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])(?:[-./](?:0?[1-9]|[12]\d|3[01]))?(?![\w-])")
STRONG_BEFORE_RE = re.compile(
    r"(?:model\s+card|system\s+card|model\s+report|technical\s+report|report|card|addendum|overview|introducing|"
    r"announcing|meet)\s+(?:for|of|on)?\s*:?\s*(?:the\s+)?$"
    # ... or the vendor's release note: 'We've launched X', 'We released an upgraded X model'
    r"|\b(?:we|we've|we\s+have|we're|we\s+are)\s+(?:just\s+|now\s+)?(?:launched|released|introduced|unveiled)\s+"
    r"(?:the\s+|our\s+|an?\s+)?(?:new\s+|upgraded\s+)?[*_]{0,2}$", re.I)
# 'Today we're releasing X, our most capable model, alongside Y': a model the document releases beside its own (a
# 'we' or 'today' before the verb, so 'after Meta released X alongside Y' is not).
RELEASED_BEFORE_RE = re.compile(
    r"\b(?:we|we're|we\s+are|we\s+have|we've|today|now|to)\s+(?:(?:also|officially|publicly|proudly)\s+)?"
    r"(?:releas(?:e|ed|ing)|launch(?:ed|ing)?|open[- ]sourc(?:e|ed|ing)|unveil(?:ed|ing)?)\s+"
    r"[^.;!?\n]{0,120}?\b(?:alongside|along\s+with|together\s+with|as\s+well\s+as)\s+"
    r"(?:the\s+|our\s+|a\s+|an\s+)?(?:new\s+)?$", re.I)
# (... and 'X is now generally available', 'X enters public preview': a release note's words for its release)
STRONG_AFTER_RE = re.compile(r"^\s*(?:model\s+card|system\s+card|model\s+report|technical\s+report|"
                             r"card\b|(?:is|are|was|were)\s+(?:a|an|our|two|three|four|several|new|the\s+(?:first|"
                             r"latest|new|next))\b|(?:is|are)\s+\w+\s+new\b|"
                             r"(?:is|are)\s+(?:now\s+)?(?:generally\s+)?available\b|"
                             # 'X and Y are the second generation of Z's models'
                             r"(?:is|are)\s+(?:the|our)\s+(?:\w+\s+){0,2}(?:generation|version|iteration|edition)\s+of\b|"
                             r"enters?\s+(?:public\s+|"
                             r"private\s+)?preview\b|"
                             # 'The model weights are released under …': the page's own models
                             r"(?:model\s+)?weights\s+(?:are|is)\s+(?:now\s+)?(?:licensed|released|available|open)\b)",
                             re.I)
# 'X-7B-Chat, The First Open-source Large Language Model for …': a sentence opened by a name and a description of
# it as a model; the page introduces its model so when it has no title line (a banner image, front matter only).
APPOSITIVE_MODEL_RE = re.compile(r"[ \t]*,[ \t]+(?:the[ \t]+(?:first|latest|new)|a|an|our)\b[^.\n]{0,80}?"
                                 r"\b(?:models?|LLMs?|language[ \t]+models?)\b", re.I)
REFERENCE_RE = re.compile(r"\b(?:see|refer\s+to|visit|read|check(?:\s+out)?)\b[^.]*$", re.I)
# 'X Technical Report' further down a page is a link to another document; near the top it is the page's title.
CARD_AFTER_RE = re.compile(r"^\s*(?:model\s+card|system\s+card|model\s+report|technical\s+report|card\b)", re.I)
COMPARATIVE_RE = re.compile(r"(?:than|over|vs\.?|versus|compared\s+(?:to|with)|previous|prior|predecessor|like|"
                            r"such\s+as|outperform\w*|beat\w*|surpass\w*|relative\s+to)\s*(?:the\s+|our\s+)?$", re.I)
# A name used as a yardstick ('A GPT-4V Level Multimodal LLM', 'GPT-4-class performance'): the level another
# model reaches, not a model of the document's own, even in its title.
YARDSTICK_AFTER_RE = re.compile(r"[ \t]*-?[ \t]*(?:level|class|grade)\b(?![ \t]*\d)", re.I)
# Between two names of one list: ', and', '&', '/'; in Chinese, Japanese or Korean text '、', '，', '和', 'と', '및'.
COORDINATION_RE = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*|[、，]\s*(?:以及|和|及|与|與)?\s*|"
                             r"(?:以及|和|及|与|與|と|및)\s*)$")
ALL_MODELS_RE = re.compile(r"\b(?:both|all(?:\s+\w+)?|each|every|these|the)\s+models?\b|\ball\s+(?:two|three|four)\b",
                           re.I)
FACT_CUE_RE = re.compile(r"context|knowledge|cut-?off|release|parameters|licen[cs]e|modalit|input|output", re.I)
GENERIC_SUFFIXES = {"instruct", "chat", "it", "base", "hf"}
SIZE_TOKEN_RE = re.compile(r"\d+(?:\.\d+)?[bmt]")
SIZED_SCORE_RE = re.compile(r"\d+\.\d+|\d{1,3}")  # after a sized name: a score ('X-7B 71.6', 'X-7B 75')
YEAR_RE = re.compile(r"(?:19|20)\d\d")
# A conference or journal and its year ('NeurIPS 2024 Oral', 'CVPR 2023 Highlight', 'ACL 2024 Findings'): where a
# paper appeared, never a model, whatever words follow.
VENUE_YEAR_RE = re.compile(r"(?:NeurIPS|NIPS|ICLR|ICML|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|EACL|COLING|AAAI|IJCAI|KDD|"
                           r"SIGIR|WSDM|Interspeech|INTERSPEECH|ICASSP|MICCAI|TPAMI|TMLR|JMLR|CoRL|RSS|ICRA|IROS|"
                           r"SIGGRAPH(?:\s+Asia)?|WACV|BMVC|MM|ACM\s+MM)'?[ \t]*(?:19|20)?\d\d\b")
BARE_DECIMAL_RE = re.compile(r"\d+\.\d+")
# A decimal no version is written as: two places or more ('95.87', '0.852'), or a whole part of two digits ('23.5'):
# after a name, a score or a measure ('X 95.87; Y 89.58', a results table written as a list), not its version.
SCORE_DECIMAL_RE = re.compile(r"\d+\.\d{2,}|\d{2,}\.\d+")
ACTIVE_NEAR_RE = re.compile(r"[^.;]{0,30}?\bactiv", re.I)
CHANGE_TO_RE = re.compile(r"\bfrom\s*$|\bfrom\s+\S+\s+to\s*$")
# 'The 13B model was released on …', 'the 7B and 70B models': a statement about the models of those sizes only.
SIZE_REFERENCE_RE = re.compile(rf"\b(?:the|our|its|their)\s+((?:{SIZE_RE})(?:\s*(?:,|and|&|/)\s*(?:{SIZE_RE}))*)"
                               r"(?:[\s-]+(?:base|chat|instruct(?:ion)?(?:-tuned)?|parameter))?\s+"
                               r"(?:models?|versions?|variants?|checkpoints?)\b", re.I)
FOR_SIZE_AFTER_RE = re.compile(r"[^.;]{0,20}?\s*for\s+(?:the\s+)?(\d+(?:\.\d+)?\s*[BMT])\b")
SIZE_LIST_RE = re.compile(rf"(?<![\w.])({SIZE_RE})(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/|&)\s*({SIZE_RE}))+")
# Sizes written in words, a list of two or more before 'parameter(s)' ('124 million, 355 million, and 774 million
# parameter models'): the same as '124M, 355M and 774M'.
WORD_SIZE = r"\d+(?:\.\d+)?[ \t]+(?:million|billion)"
WORD_SIZE_LIST_RE = re.compile(rf"(?<![\w.]){WORD_SIZE}(?:[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|and[ \t]+|or[ \t]+)"
                               rf"{WORD_SIZE})+(?=[ \t]+parameters?\b)")
WORD_SIZE_ITEM_RE = re.compile(r"(\d+(?:\.\d+)?)[ \t]+(million|billion)")


def word_size(m: re.Match) -> str:
    """A WORD_SIZE_ITEM_RE match as a size's text: '124 million' -> '124M'."""
    return f"{m.group(1)}{m.group(2)[0].upper()}"


def written_sizes(text: str) -> list[str]:
    """'124 million, 355 million' -> ['124M', '355M']."""
    return [word_size(m) for m in WORD_SIZE_ITEM_RE.finditer(text)]


# What a name after it was made from ('a version of X', 'based on X', 'fine-tuned from X'): that model's base.
DERIVED_FROM_BEFORE_RE = re.compile(r"\b(?:version|variant|edition|successor|update)\s+(?:of|to)\s+(?:the\s+)?$"
                                    r"|\b(?:based\s+on|built\s+on|fine-?tuned\s+from|distilled\s+from|than)\s+(?:the\s+)?$",
                                    re.I)
# A price ('$0.02', '€ 1.25', 'US$3'): what a pricing page states of each model it sells.
PRICE_RE = re.compile(r"[$€£¥]\s?\d")
# A package id of words joined by underscores ('ca_core_news_sm', 'en_ner_craft_md'), three at least.
SNAKE_ID_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+){2,}")
# A name cell of a models table: a short label with a hyphenated or versioned word ('Seed-X-Instruct', 'Solar Mini').
# A name without a version, in the name column of a table that lists models with their facts.
# A cell of a table that lists models (headed 'Model', facts beside it): any short label names one, lower case too
# ('openchat', 'opencoderplus').
LISTED_NAME_RE = re.compile(r"^(?=.{2,40}$)[A-Za-z][\w.+]*(?:-[\w.+]+)*(?:[ \t][A-Za-z0-9][\w.+\-]*){0,3}$")
# ... or the same written with spaces for its hyphens, a word of it run into its number ('wmt21 comet da', 'large v2'),
# not led by a bare version ('v1.3 No').
TABLE_NAME_RE = re.compile(r"^(?=.{2,60}$)(?:[A-Za-z][\w.+]*(?:-[\w.+]+)+(?:[ \t][\w.\-+]+){0,3}|"
                           # ... a tier after a spaced dash too ('Titan Text G1 - Express')
                           # (its spaced words hyphenated too: 'MicroNet VWW-2 INT8'; a fourth and fifth word no
                           # plain lower-case word, no sentence: 'Llama 3 Instruct 8B RRHF v0.2', not 'X-1B A strong
                           # model.')
                           r"(?=.*(?:[A-Za-z]\d|\d[A-Za-z]))[A-Za-z]{2}[\w.+]*"
                           r"(?:(?:[ \t]+[-–])?[ \t][\w.+]+(?:-[\w.+]+)*){1,3}"
                           r"(?:[ \t](?![a-z]+\b)[\w+]+(?:[.-][\w+]+)*){0,2})$")
FAMILY_HEADING_STOP = {"model", "models", "family", "sizes", "size", "checkpoints", "overview", "available", "the",
                       "series", "variants", "all", "our", "of", "and", "card", "details", "summary", "introduction",
                       "about", "versions", "list", "table", "weights", "downloads", "download", "release", "releases",
                       "information", "specifications", "specs", "architecture", "performance", "evaluation",
                       "results", "usage", "quickstart", "installation", "setup", "license", "citation", "news",
                       "languages", "supported", "features", "capabilities"}
# The words of a section's heading ('## Authors', '## Model Details', '## Quickstart for Pre-Trained Checkpoints'): a
# page whose first heading is one of them has no title of its own (it stands in the HTML head, a banner, a menu).
SECTION_WORDS = FAMILY_HEADING_STOP | {"authors", "abstract", "description", "quick", "start", "for", "pre", "trained",
                                       "install", "getting", "started", "contents", "requirements", "tokenizer",
                                       "training", "data", "dataset", "uses", "use", "intended", "limitations",
                                       "updates", "highlights", "features", "examples", "example", "inference",
                                       "demo", "links", "contact", "acknowledgements", "references", "faq", "to", "a",
                                       "in", "on", "with", "how", "what", "is", "new", "latest"}
FAMILY_SIZES_RE = re.compile(rf"\s*(?:models|family|series|variants)\s*(?:\(|in\s+|:)\s*{SIZE_RE}"
                             rf"(?:\s*(?:,\s*(?:and\s+)?|and\s+|/)\s*{SIZE_RE})+")
# Columns that state a model's facts: a table with one makes its rows' names the document's models; a table of
# scores alone ('Model | Arena-Hard | AlpacaEval') compares models the document need not describe.
FACT_HEADER_RE = re.compile(r"param|size|context|licen[cs]|release|cut-?off|modalit|input|output|download|availab|"
                            r"access|token|date|knowledge", re.I)


MAX_SIBLING_LOOKS = 40
# ('currently offer three different sizes of models, including [X-large](…), [X-base](…)': what it offers)
RELEASE_CUE_RE = re.compile(r"\b(?:releas|download|weights|checkpoint|open[- ]?sourc|publish|we\s+provide|"
                            r"(?:is|are)\s+(?:now\s+)?available|offer(?:s|ed)?\b[^.]{0,40}\bmodels)", re.I)
TITLE_WORD = r"[A-Z][\w.\-]*"
TITLE_NAME = rf"{TITLE_WORD}(?:[ \t]+{TITLE_WORD}){{0,2}}"
# Before 'Model Card' a title is the model's name whole, a word longer ('Stable Diffusion Image Variations').
CARD_TITLE_NAME = rf"{TITLE_WORD}(?:[ \t]+{TITLE_WORD}){{0,3}}"
TITLE_NAME_RE = re.compile(
    rf"^(?:model\s+card\s*:?\s*(?:for\s+)?({CARD_TITLE_NAME})|({CARD_TITLE_NAME})\s+(?:model|system)\s+card|"
    # ... or an acronym or camel-cased word titled as the model ('# GPTSAN Model')
    r"((?-i:[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*))\s+model|"
    # ... or after a dash ('Dhwani - Indic Speech To Text Translation'), the subtitle saying what kind of model it is
    rf"({TITLE_NAME})(?:\s*:|\s+[-–—](?=\s+(?-i:[A-Z])))\s+(?=.*\b(?:models?|LLMs?|family|transformers?|speech|text[\s-]to[\s-]\w+|"
    rf"translation|TTS|ASR|embeddings?|(?:en|de)coders?|generation|recognition|detection|segmentation)\b).*)$", re.I)
# 'Aria is a multimodal … model', 'introduce Chatterbox, … TTS model': a name the document introduces.
DEFINES_RE = re.compile(r"^(?P<name>[A-Z][a-z]*(?:[A-Z][A-Za-z]*)*)\s+(?:is|are)\s+(?:a|an|our)\b")
# ... its long form in parentheses between ('CLIP (Contrastive Language-Image Pre-Training) is a neural network …'):
# read only where the title is that name alone ('# CLIP'); under '# BERT in X' such a sentence defines what X builds on.
DEFINES_EXPANDED_RE = re.compile(r"^(?P<name>[A-Z][a-z]*(?:[A-Z][A-Za-z]*)*)\s+\([A-Z][^()\n]{2,80}\)"
                                 r"\s+(?:is|are)\s+(?:a|an|our)\b")
# 'Agronomic Nucleotide Transformer (AgroNT) is a … model': a long name defining its short one, the name the
# document goes on to use; one model ('is'), not a plural kind ('Liquid Foundation Models (LFMs) are …').
DEFINES_ABBREVIATION_RE = re.compile(r"^(?:[A-Z][\w\-]*\s+){1,5}\((?P<name>[A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*)"
                                     r"(?<![A-Z]s)\)\s+is\s+(?:a|an|our)\b")
# ('We introduce K-EXAONE, a …': a name of capitals joined by a hyphen too)
INTRODUCES_RE = re.compile(r"\b(?:introduc(?:e|ing)|present(?:ing)?|releas(?:e|ing))\s+(?P<name>[A-Z][a-z]*(?:[A-Z]"
                           r"[A-Za-z]*)*(?:-[A-Z][A-Za-z]*)*)(?![\w-])(?=\s*[,:(—–-]|\s+(?:is|as|a|an)\b)")
DEFINES_LOWER_RE = re.compile(r"^(?P<name>[a-z][a-z0-9]{2,}(?:[A-Z][A-Za-z]*)*)\s+(?:is|are)\s+(?:a|an|our)\b")
INTRODUCES_LOWER_RE = re.compile(r"\b(?:introduc(?:e|ing)|present(?:ing)?|releas(?:e|ing))\s+"
                                 r"(?P<name>[a-z][a-z0-9]{2,}(?:[A-Z][A-Za-z]*)*)(?=\s*[,:(—–-])")
# Bounded by Latin letters only: a Chinese sentence runs its words into them ('开源TTS引擎', an open-source TTS engine).
MODEL_NOUN_RE = re.compile(r"(?<![A-Za-z0-9_])(?:model|LLM|transformer|neural\s+network|text-to-\w+|speech-to-\w+|TTS|"
                           r"ASR|diffusion|vision-language|multimodal|embedding)s?(?![A-Za-z0-9_])|模型|모델|モデル")
# 'X是一个…TTS引擎', 'X는 … 모델입니다', 'Xは…モデルです': a Chinese, Korean or Japanese sentence defining the name
# it opens with ('X是…'); a Korean or Japanese particle is glued to the name. A Latin word opening such a sentence is a
# name in lower case too ('x是一个…TTS引擎'): the prose around it has no capitals to start sentences with.
DEFINES_CJK_RE = re.compile(r"^(?P<name>[A-Za-z][a-z]*(?:[A-Z][A-Za-z]*)*(?:-[A-Za-z0-9]+)*)"
                            rf"(?:\s?(?:是|為|为)|(?:는|은|は))(?=[{CJK_LETTERS}\s])")
# A title whose Latin name runs into its name in Chinese, Japanese or Korean, then a description after a colon
# ('X易魔声 😊: 多音色提示控制TTS').
CJK_TITLE_RE = re.compile(rf"^(?P<name>[A-Z][A-Za-z0-9.\-]*)[{CJK_LETTERS}]+[^:：\n\w]{{0,8}}[:：]\s*(?P<rest>.+)$")
# A word character that is no Chinese, Japanese or Korean letter: what a Latin name may not run on into.
LATIN_WORD = rf"[^\W{CJK_LETTERS}]"
# A family named by its models ('The Whisper models are trained …', '(Whisper models)'): where no heading names the
# family of a table of bare sizes, the family the text names so.
FAMILY_NAMED_RE = re.compile(r"(?:\b[Tt]he\s+|\()(?P<name>[A-Z][a-z]*(?:[A-Z][A-Za-z]*)*)\s+models\b"
                             r"(?:\s+(?:are|were)\b|\))")
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


STARRED_RE = re.compile(r"(?<![*\s])\*$")


@lru_cache(maxsize=1 << 16)  # asked per row and per name: pure, and the same text recurs
def tokens(text: str) -> frozenset:
    """A name's words as a key; a version's 'v' is dropped ('OpenChat V3.2' is 'OpenChat 3.2')."""
    words = re.findall(r"[a-z0-9]+(?:\.[0-9]+(?:[bmt](?![a-z0-9]))?)?", text.lower())
    if STARRED_RE.search(text):
        words.append("*")  # 'VMamba-B*' (fine-tuned at a higher resolution) is another checkpoint than 'VMamba-B'
    # ('X-L-2-v2' is not 'X-L-2': a version equal to another number of the name keeps its 'v')
    return frozenset(bare if (bare := VERSION_V_RE.sub("", w)) == w or bare not in words else w for w in words)


class KeyIndex:
    """Names (token sets) by token, so that the names extending one are found without a scan of every name: a page
    of thousands of models asks that once per name."""

    def __init__(self, keys):
        self.keys = list(keys)
        self._order: dict[frozenset, int] = {}
        self._by_token: dict[str, list[frozenset]] = defaultdict(list)
        for i, key in enumerate(self.keys):
            if key not in self._order:
                self._order[key] = i
                for t in key:
                    self._by_token[t].append(key)
        self._distinct = len(self._order) == len(self.keys)

    def supersets(self, key: frozenset, strict: bool = True) -> list[frozenset]:
        """The names holding every token of `key` (strictly more when `strict`), in the order they were given."""
        if not key or not self._distinct:  # a name given twice stands twice, as a scan would return it
            return [k for k in self.keys if key < k or not strict and key == k]
        pool = min((self._by_token.get(t, ()) for t in key), key=len)
        return sorted((k for k in pool if key < k or not strict and key == k), key=self._order.__getitem__)


VERSION_V_RE = re.compile(r"^v(?=\d+(?:\.\d+)*$)")
VERSION_V_WORD_RE = re.compile(r"[vV]\d+(?:\.\d+)*")


# A hub id in prose: an organisation (lower case, hyphens allowed: 'meta-llama', 'scb-10x'; or one word: 'Qwen',
# 'ResembleAI', not a variant word: 'Base/Chat'), a slash, and a repository written as a display name, capitalised,
# with a digit or a hyphen ('Qwen/Qwen2-7B'), or after a lower-case organisation without ('suno/Bark'). A lower-case
# repository id ('org/x-2b-base') is how code and lists of checkpoints quote a download, and stays unread; so does
# an id inside an address or a path.
HUB_ID_RE = re.compile(rf"(?<![\w./:@#-])(?:(?:[a-z][a-z0-9_-]{{1,95}}|\d+-[a-z][a-z_-]{{0,93}})/(?=[A-Z])|"
                       rf"(?!(?:{VARIANTS})/)[A-Z][A-Za-z]{{1,38}}/(?=[A-Z][\w.]*[\d-]))"
                       r"(?=[\w.-]*(?![\w./-]))")


# A whole name cell that is a repository id in lower case ('acme/zorvak-base-cased', 'acme/tiny.en') names the model
# after its organisation's slash; in prose 'and/or' would read so, in a name cell nothing does.
REPO_CELL_RE = re.compile(r"^[a-z0-9][\w.-]{0,95}/(?=[\w.-]+$)")
# ... quoted as code is ("'acme/chunk-fast'", '`acme/tiny.en`'): the quotes stay, the organisation goes.
QUOTED_REPO_CELL_RE = re.compile(r"^(['\"`])[a-z0-9][\w.-]{0,95}/(?=[\w.-]+\1$)")


@lru_cache(maxsize=8192)  # (asked of every name cell and mention, often of the same cell)
def without_org(cell: str) -> str:
    """A name cell's name without its hub organisation ('01-ai/Yi-VL-34B': 'Yi-VL-34B', 'acme/tiny.en': 'tiny.en')."""
    return QUOTED_REPO_CELL_RE.sub(r"\1", REPO_CELL_RE.sub("", HUB_ID_RE.sub("", cell).strip()))


def cell_key(cell: str) -> frozenset:
    """A name cell's tokens without a closing remark in parentheses ('LongChat-13b-16k (ours)') or a hub
    organisation ('01-ai/Yi-VL-34B'), and a weights file's by its stem ('x_sd15_mm.ckpt')."""
    return tokens(weights_stem(ASIDE_RE.sub("", without_org(cell))))


def cell_keys(cell: str) -> tuple[frozenset, frozenset]:
    """A name cell's key without its closing parentheses and with them: a qualifier that tells rows apart ('HorNet-T
    (GF)' beside 'HorNet-T (7x7)') is part of the row's name (name_tables.py)."""
    return cell_key(cell), tokens(without_org(cell))


# A name cell that is a weights file ('v3_sd15_mm.ckpt', its extension even written twice): its stem names the model.
WEIGHTS_CELL_RE = re.compile(r"[`'\"]?(?P<stem>[A-Za-z][\w+-]*(?:\.\d+)*[\w+-]*?)(?:\.(?:pt|pth|ckpt|safetensors|bin))+"
                             r"[`'\"]?")


def weights_stem(cell: str) -> str:
    """The stem of a cell that is a weights file's name alone, else the cell."""
    m = WEIGHTS_CELL_RE.fullmatch(cell.strip())
    return m.group("stem") if m else cell


@dataclass
class Candidate:
    key: frozenset
    names: Counter = field(default_factory=Counter)
    mentions: list = field(default_factory=list)  # (start, end)
    strong: bool = False

    def _inner_word(self, name: str) -> bool:
        squashed = re.sub(r"[^a-z0-9]", "", name.lower())
        return len(self.key) > 2 and len(tokens(name)) == 1 and not any(
            re.sub(r"[^a-z0-9]", "", other.lower()).startswith(squashed) for other in self.names if other != name)

    @property
    def display(self) -> str:
        """The fullest spelling, without a trailing 'Instruct'-like word when a plainer spelling exists."""
        # A repository's lower-case id ('smew-3-7b') or an id joined by underscores ('smew3_based_on_x') yields to
        # the name as the prose writes it ('Smew-3-7B', 'SMEW3'), the underscores last ('smew3' first); a name its
        # vendor spells in lower case, with spaces ('smew 3.2'), is prose already.
        # ... but a one-word spelling from inside the id ('BC5CDR' of 'en_ner_bc5cdr_md', a data set its row names)
        # is no spelling of it, as the id's own head ('ruGPT3Large' of 'rugpt3large_based_on_gpt2') is.
        spellings = sorted(self.names, key=lambda n: (self._inner_word(n),
                                                      n.islower() and " " not in n or "_" in n, "_" in n,
                                                      -len(tokens(n)), -self.names[n], n))
        if _drops_stamp(self.key, spellings[0]):
            # A shorter spelling never drops the version stamp a whole spelling writes ('Zorvak Q7' beside the row
            # id 'zorvak-q7-11-2024', whose siblings are told apart by their dates alone); an id under its
            # organisation ('org/zorvak-q7-11-2024') is no such spelling.
            whole = [n for n in spellings if self.key <= tokens(n) and "/" not in n]
            return whole[0] if whole else spellings[0]
        return spellings[0]


def _drops_stamp(key: frozenset, spelling: str) -> bool:
    """`spelling` lacks only numbers of `key` (a date or version stamp: '11', '2024' of 'zorvak-q7-11-2024')."""
    missing = key - tokens(spelling)
    return bool(missing) and all(word.isdigit() for word in missing)


# A person's given and family names with the number of an affiliation glued on ('Yiyuan Zhang1,2*', 'Wanli Ouyang2'),
# one of a list of authors.
MARKED_AUTHOR_RE = re.compile(r"[A-Z][a-z]+[ \t][A-Z][a-z]+[1-9]")
AUTHOR_MARKS_RE = re.compile(r"(?:,[1-9])*,?[*†‡✉]|,[1-9]|[ \t]+[A-Z][a-z]+[ \t][A-Z][a-z]+[1-9]")


def marked_author(text: str, start: int, end: int) -> bool:
    """text[start:end] is an author's name marked with an affiliation's number, other marks or authors after it."""
    return bool(MARKED_AUTHOR_RE.fullmatch(text, start, end) and AUTHOR_MARKS_RE.match(text, end))


@dataclass
class Mention:
    start: int
    end: int
    key: frozenset


# Data sets that models are trained or scored on, named with a number ('CIFAR-10', 'ImageNet-21K', 'COCO 2017').
DATASET_WORDS = {"cifar", "imagenet", "coco", "mscoco", "ade20k", "cityscapes", "librispeech", "wikitext", "squad",
                 "superglue", "kitti", "lvis", "mnist", "celeba", "ffhq", "kinetics", "msrvtt", "audioset", "fleurs",
                 "treebank", "ontonotes", "conll", "openwebtext"}
# ... and web corpora whose names carry their figure whole ('mC4', 'C4', 'CC12M')
DATASET_IDS = {"mc4", "c4", "laion", "cc3m", "cc12m", "yfcc100m", "sbu", "webvid", "howto100m", "wit400m"}


def _names_a_dataset(words: list[str]) -> bool:
    """The name opens with a data set's word ('CIFAR-10'), or is a treebank's ('LDC Chinese Treebank 7'), and gives
    no size: a fine-tune named after its data ('roberta-base-squad2') opens with its model's word instead."""
    parts = [p for w in words for p in re.split(r"[-_.]", w.lower()) if p]
    if parts and parts[0] in DATASET_IDS:
        return True  # 'mC4', 'LAION-5B', 'CC12M': corpora named with a figure, whatever size it gives
    if not parts or any(SIZE_TOKEN_RE.fullmatch(p) for p in parts):
        return False
    return re.sub(r"\d+$", "", parts[0]) in DATASET_WORDS or "treebank" in parts


# A number format or a quantisation alone ('FP8', 'BF16', 'INT4', 'EXL2', 'Q4_K_M'): how a model is stored.
QUANT_FORMAT_RE = re.compile(r"(?:fp|bf|u?int|nf)\d{1,2}|exl2|gguf|gptq|awq|q\d(?:_k)?(?:_[a-z0-9])*", re.I)


# A network layer's class ('Conv1D', 'MaxPooling2D', 'BatchNorm1d', 'ConvTranspose2d').
LAYER_RE = re.compile(r"(?:conv(?:transpose)?|(?:max|avg|average|global)?pool(?:ing)?|batchnorm|upsampling|deconv)"
                      r"[123]d", re.I)


def clean_name(raw: str, developer_words: set) -> str | None:
    words = raw.split()
    while words and words[0].lower() in LEADING_STOP:
        words.pop(0)
    # 'Limitations & Bias\nThe X-1B Model': a line's last word run into the next line's sentence; a determiner
    # inside the words before the name starts the name's sentence, so what stands before it is no part of it.
    inner = [i for i, w in enumerate(words[:-1]) if w.lower() in DETERMINERS]
    if inner:
        words = words[inner[-1] + 1:]
    # 'Meta Llama 3' is Llama 3; but a maker's name before a bare version is the name ('Playground v2.5').
    # A maker's word before a size or version is the name's own stem ('Nanbeige 16B Base', as 'Nanbeige-16B-Base').
    while len(words) > 1 and words[0].lower() in developer_words and re.match(r"[A-Za-z]", words[1]) \
            and not re.fullmatch(VARIANTS, words[1]) and not VERSION_V_WORD_RE.fullmatch(words[1]):
        words.pop(0)
    # 'Grebe-7B 71.6': a score after a sized name, not its version (a version stands before the size: 'Grebe 2 7B')
    while len(words) > 1 and SIZED_SCORE_RE.fullmatch(words[-1]) and any(SIZE_TOKEN_RE.search(w.lower())
                                                                          for w in words[:-1]):
        words.pop()
    # 'X-7B-GGUF GPTQ AWQ': formats listed after a quantised checkpoint's name, not more of its name
    while len(words) > 1 and re.fullmatch(BUILD_TAG, words[-1]) and FORMAT_END_RE.search(words[-2]):
        words.pop()
    if len(words) > 1 and SCORE_DECIMAL_RE.fullmatch(words[-1]):
        words.pop()
    name = " ".join(words)
    if not name or not re.search(r"\d", name) or len(name) > 60 or FILE_NAME_RE.search(name):
        return None
    if _names_a_dataset(words):
        return None  # 'CIFAR-100', 'ImageNet-1K', 'LDC Chinese Treebank 7': a data set a table reports results on
    if len(words) == 1 and (QUANT_FORMAT_RE.fullmatch(name) or LAYER_RE.fullmatch(name)):
        return None  # '# FP8', '# EXL2': a section on a quantised format; 'Conv1D', 'MaxPool2d': a layer
    if re.fullmatch(r"[A-Z]2[A-Z]{1,2}", name):
        return None  # 'text-to-image (T2I)', 'I2V': a task's abbreviation ('X to Y'), not a model
    if len(words) > 1 and words[-1] == "101" and not any(re.search(r"\d", w) for w in words[:-1]):
        return None  # 'Hallucination Detection 101': an introduction to a subject, not a version
    if len(words) == 2 and YEAR_RE.fullmatch(words[1]) and not re.search(r"\d", words[0]) \
            or VENUE_YEAR_RE.match(name) or len(words) > 2 and YEAR_RE.fullmatch(words[-1]) \
            and all(re.fullmatch(r"[A-Z]{2,}", w) for w in words[:-1]):
        return None  # 'ICLR 2023', 'Summer 2024', 'NeurIPS 2024 Oral', 'CAAI AIR 2024': a venue's or a season's
        # year, not a version
    # 'Step 3' is an instruction's step; 'Step3' (a word run into its number) is a name.
    parts = [part for w in words for part in PART_SPLIT_RE.split(w.lower())]
    lowered = [NON_LETTER_RE.sub("", part) for part in parts
               if not re.fullmatch(r"[a-z]{3,}\d{1,2}", part) or part in EXCLUDED_TOKENS]
    # 'GSM8K', 'MMLU-Pro': a benchmark's own name (checked as written too: its digits are part of it)
    if any(t in EXCLUDED_TOKENS for t in lowered) and not _domain_model(parts, len(words) == 1) \
            or EXCLUDED_TOKENS.intersection(parts) and not _domain_model(parts, len(words) == 1) \
            or any(HARDWARE_RE.match(w) for w in words):
        return None
    if any(re.fullmatch(r"[A-Z][a-z]{3,}\d{2,}", w) for w in words):
        return None  # a word run into a section number ("Commitments01"), not a versioned name
    if len(words) > 1 and FACT_LABEL_RE.fullmatch(" ".join(words[:-1])):
        return None  # 'Context Window 96K': a figure under its label
    if SIZE_OR_VERSION_RE.fullmatch(name) or INITIAL_RE.fullmatch(words[0]) or VERSION_WORD_RE.fullmatch(words[0]):
        return None
    if any(w.lower() in GPU_LINE_WORDS for w in words) or not re.search(r"\d", DATED_RE.sub("", name)):
        return None
    if any(ACCELERATOR_PART_RE.fullmatch(part) for part in parts):
        return None
    return name


def _domain_model(parts: list[str], one_word: bool = False) -> bool:
    """'zorvak2.5', 'math', '72b': a benchmark's word inside a name, after a stem written with its version and before
    a size, names the model's domain ('Zorvak2.5-Math-72B'), not a benchmark ('MATH-500', 'MMLU-Pro 5-shot'); so
    does one after the size in a name written as one hyphenated word ('Zorvak2-350M-Math', 'Zorvak2-350M-ENJP-MT'),
    never a score table's 'Zorvak2-7B MMLU'."""
    hits = [i for i, part in enumerate(parts)
            if NON_LETTER_RE.sub("", part) in EXCLUDED_TOKENS or part in EXCLUDED_TOKENS]
    return bool(hits) and all(NON_LETTER_RE.sub("", parts[i]) in BENCHMARK_TOKENS and i > 0 for i in hits) \
        and re.search(r"[a-z]\d", parts[0]) is not None \
        and (any(SIZE_TOKEN_RE.fullmatch(part) for part in parts[max(hits) + 1:])
             or one_word and any(SIZE_TOKEN_RE.fullmatch(part) for part in parts[1:min(hits)]))
