"""The developer: the organisation that makes the model, from labels ("Model developer: X"), phrases ("developed by
X", "X's models"), bylines, copyright lines, team headings, front matter and a known maker's recurrence."""


import re

from .document import Document
from .field_surfaces import HUB_AFTER_RE
from .finder import LABEL, PHRASE, WEAK, Finder, Hit
from .hubs import HUBS, either
from .links import letters, snippet_repositories
from .scan import Gated
from .values import (
    KNOWN_DEVELOPERS,
    LABEL_SEP,
)

ET_AL_RE = re.compile(r"\s*,?\s*et\.?\s*al\b", re.I)
# -- developer --------------------------------------------------------------------------------------------------------
ORG_WORD = r"(?:[A-Z][\w&'’\-]*(?:\.[A-Za-z]+)*|\d+\.AI)"
ORG = rf"(?P<org>{ORG_WORD}(?:[ \t]+(?:{ORG_WORD}|of|for|&))*)"
# In a case-blind cue ('developed by'), the organisation's words after its first keep their case: 'developed by
# Quillon Labs following X-7B', '… by the Quillon Labs and the AI team of …' end at the first lower-case word.
CASED_ORG = rf"(?P<org>{ORG_WORD}(?-i:(?:[ \t]+(?:{ORG_WORD}|of|for|at|&))*))"
DEVELOPER_RE = Gated(re.compile(
    rf"(?:(?:(?:model\s+)?developer(?:s|\(s\))?|authors?|organi[sz]ation(?:\s+developing\s+the\s+model)?|model\s+creator|provider|vendor|publisher)"
    # (a key-value table's row reads 'Attribute: Provider | Value: Corvid': the value column's header is no maker)
    rf"\s*(?:{LABEL_SEP}|\|(?:[ \t]*(?-i:[A-Z])[\w \t]{{0,20}}:(?=[ \t]))?|\n)"
    rf"|(?:developed|created|built|trained|released|launched|made|published)(?:\s+from\s+scratch)?"
    rf"(?:\s+(?:jointly|independently|collaboratively|primarily|mainly))?\s+by"
    rf"(?:\s+(?:the\s+)?(?:developers|researchers|scientists|engineers|team)\s+(?:at|of|from|in))?\s*[:|]?)\s*(?:the\s+)?"
    rf"{CASED_ORG}",
    re.I,
), 'model|develop|author|organi|provider|vendor|publisher|creat|built|train|releas|launch|made|publish')
# 'models (7B) by Salesforce AI Research': a parenthesis may stand between the models and their maker.
# '… the text to audio model, from Quillon.ai.': a comma may too.
# ('a family of image encoders by Petrel Vision': what kind of model it is names no maker, the 'by' does)
FROM_RE = Gated(re.compile(rf"(?:models?|LLMs?|family|series|assistants?|systems?|(?:en|de)coders?|transformers?|"
                           rf"embedders?|rerankers?|classifiers?|detectors?|recogni[sz]ers?|checkpoints?),?\s+"
                           rf"(?:\([^()\n]{{1,40}}\)\s+)?(?:developed\s+)?(?:from|by)\s+{ORG}"),
                "model|llm|family|series|assistant|system|encoder|decoder|transformer|embedder|reranker|classifier|"
                "detector|recogni|checkpoint")
# An organisation releasing a named model as the sentence's subject ('Quillon Labs today released Kestrel 2 Large',
# 'Tessellate AI has announced Corvid 3 Wren'): the verb, then a name with a digit, as a model's has; the organisation
# is the whole of the sentence before the verb (`MAKER_OPENING_RE`).
RELEASING_VERB_RE = Gated(re.compile(
    r"(?:today[ \t]+|has[ \t]+|have[ \t]+|just[ \t]+)?"
    r"(?:released|announced|introduced|launched|unveiled|open-?sourced)[ \t]+(?:the[ \t]+|its[ \t]+|a[ \t]+new[ \t]+)?"
    r"(?=(?P<name>[A-Z][\w.\-]*)(?:[ \t]+[A-Z0-9][\w.\-]*){0,3}?(?:[ \t-]+v?\d|\d))"),
    "today|has|have|just|released|announced|introduced|launched|unveiled|open")
MAKER_OPENING_RE = re.compile(rf"[ \t]*(?P<org>{ORG_WORD}(?:[ \t]+{ORG_WORD}){{0,3}})[ \t]+")
# "Liquid's LFM text models", "Zorvak's Pre-Trained Language Models": the organisation whose models they are (read
# back from the apostrophe).
# ('Quillon Labs' flagship reasoning model': a plural's apostrophe alone)
APOSTROPHE_S = r"(?:['’]s|(?<=s)['’])"
POSSESSIVE_RE = re.compile(rf"{APOSTROPHE_S}\s+(?:[\w.\-]+\s+){{0,4}}?(?i:models|LLMs|model\s+family)\b"
                           rf"|{APOSTROPHE_S}\s+(?:first|latest|newest|new|own|flagship)\s+(?:[\w.\-]+\s+){{0,4}}?"
                           r"(?:model|LLM)\b")
# 'Command A is Zorvak's most performant model', '… is Zorvak's state of the art translation model': a sentence
# defining its subject as an organisation's model of some rank names its maker; said after 'is' only, never of a
# model compared with ('outperforms Zorvak's largest model').
DEFINING_POSSESSIVE_RE = re.compile(rf"{APOSTROPHE_S}\s+(?:most\s+[a-z]+|largest|smallest|fastest|strongest|best|"
                                    r"state[\s-]of[\s-]the[\s-]art|dedicated|default)\s+(?:[\w.\-]+\s+){0,4}?"
                                    r"(?:model|LLM)\b")
DEFINING_BEFORE_RE = re.compile(r"\b(?:is|was)\s+$")
OWNER_BEFORE_RE = re.compile(rf"(?:(?<=\s)|^)(?P<org>{ORG_WORD}(?:[ \t]+{ORG_WORD}){{0,2}})$")
# A maker named by its site's domain ('made by quillon.art').
DOMAIN = r"[a-z][a-z0-9-]*\.(?:ai|art|com|io|org|net|co|dev|app|tech)"
ORG_SUFFIX = r"(?:AI|Labs?|Inc\.?|Research|Systems|Technologies|Corporation|Corp\.?|LLC|Ltd\.?|GmbH|PBC|Collective|" \
             r"Institute|Intelligence|Computing|Cloud)"
# Words that make a name an organisation's ('Ant Group and Peking University' is no pair of people).
ORG_NOUNS = r"Group|University|College|Academy|School|Laborator(?:y|ies)|Lab|Centre|Center|Foundation|Company|Team|" \
            r"Society|Association|Consortium|Network|Hospital|Council|Agency|Ministry|Bank|Studio|Studios"
# Two people's names, a given name and a family name each, joined by 'and' ('Zhenwei Shao and Xuecheng Ouyang').
PEOPLE_PAIR_RE = re.compile(r"[A-Z][a-z]+[ \t]+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?,?[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+[ \t]+"
                            r"[A-Z][a-z]+\b")
# Three people or more, a given name and a family name each, a footnote's mark after some ('Yongming Rao*, Wenliang
# Zhao*, Yansong Tang'): a paper's authors.
PERSON = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?[ \t]+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?[*†‡§¶\d]*"
PEOPLE_LIST_RE = re.compile(rf"{PERSON},[ \t]+{PERSON},[ \t]+{PERSON}\b")
# A word that makes a name an organisation's ('Kotoba Technologies', 'Ant Group'), whatever else it holds.
ORG_WORD_RE = re.compile(rf"\b(?:{ORG_SUFFIX}|{ORG_NOUNS})\b")
# The second of two parties after the first ('… between Asahi Ushio and Kotoba Technologies')
SECOND_PARTY_RE = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?(?P<org>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3})")
# (after a report's team, 'Heron Team, Osprey Research Institute': the institution the team belongs to)
# ('By the Tanager Labs team · February 20, 2025': the word 'By' and an article are no part of the maker's name)
TEAM_OWNER_RE = re.compile(r",[ \t]+(?P<org>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3})[ \t]*(?=$|[.;|)])", re.M)
BYLINE_LEAD_RE = re.compile(r"(?:[Bb]y[ \t]+(?:the[ \t]+)?)?"
                            r"(?:(?:[A-Z][\w\-]*[ \t]+){1,2}[Tt]eam,[ \t]+(?=[A-Z])|(?=[A-Z]))")
# 'At Play.AI, we've addressed this problem with …': the organisation speaking as 'we', the page's maker.
AT_ORG_WE_RE = re.compile(rf"(?<![^\s(\[])At[ \t]+{ORG},[ \t]+we\b")
BYLINE_RE = re.compile(rf"(?P<org>(?:[A-Z][\w&'’\-]*[ \t]+){{0,3}}{ORG_SUFFIX})(?:[ \t]+team)?[ \t]*(?:$|[—–|·,-])",
                       re.M)
# A team heading may carry a digit-led word after the first ('## SCB 10X AI Team').
TEAM_ORG = rf"(?P<org>{ORG_WORD}(?:[ \t]+(?:{ORG_WORD}|\d+[A-Z][\w-]*|of|for|&))*)"
SIGNATURE_RE = re.compile(r"[ \t]*(?:--|—|–)[ \t]*")
TEAM_RE = re.compile(rf"(?:(?:[Aa]bout|[Mm]eet)\s+)?(?:[Tt]he\s+)?{TEAM_ORG}\s+[Tt]eam")
# Who runs the training, not who makes the model: 'Cloud Provider: AWS', 'Compute provider: …', 'GPU vendor: …'.
INFRASTRUCTURE_BEFORE_RE = re.compile(r"\b(?:cloud|compute|computing|hardware|gpu|infrastructure|hosting|"
                                      r"inference|serving|api)\s*$", re.I)
# '# Openjourney is an open source … model, by PromptHero': a title ending in its maker.
TITLE_BY_RE = re.compile(rf",?\s+by\s+{ORG}\s*$")
COPYRIGHT_RE = Gated(re.compile(r"©\s*(?:\d{4}\s+)?" + ORG), "©")
KNOWN_DEVELOPER_RE = re.compile(r"(?<![\w.])(" + "|".join(re.escape(d) for d in KNOWN_DEVELOPERS) + r")(?![\w])")
# What 'built by', 'created by' follows when its subject is not a model: a dataset, a benchmark, a tool.
NOT_MODEL_MADE_RE = re.compile(r"\b(?:datasets?|data|corpus|corpora|benchmarks?|leaderboards?|tokenizers?|"
                               r"librar(?:y|ies)|toolkits?|frameworks?|demos?|papers?|websites?)\s*(?:(?:was|were|is|are)\s+)?,?\s*$",
                               re.I)
# 'The teacher model is the pretrained Japanese BERT models from X', 'initialized from X's models': the model the
# document's own was made from, whose maker is not its maker.
MADE_FROM_BEFORE_RE = re.compile(r"\b(?:teacher|base|original|parent|foundation)\s+models?\b|\b(?:based\s+on|"
                                 r"initiali[sz]ed\s+(?:with|from)|distilled\s+from|fine-?tuned\s+(?:from|on))\b", re.I)
# 'better than similarly-sized Whisper models from X', 'compared to … models by X': the maker of the models the
# document's own is measured against.
COMPARED_BEFORE_RE = re.compile(r"\b(?:than|compared\s+(?:to|with)|outperform\w*|versus|vs\.)\s", re.I)
# A hub's name alone ('ModelScope', 'Hugging Face', 'HF'): a place models are got from.
HUB_NAME_RE = re.compile(rf"(?:{either(hub.mention for hub in HUBS)})", re.I)
# 'Download the X model from Hugging Face', 'weights can be pulled from …': where the model is fetched from, not
# who made it.
FETCHED_FROM_RE = re.compile(r"\b(?:download\w*|pull\w*|fetch\w*|load\w*|obtain\w*|get|available)\b"
                             r"(?:[^.\n]|\.(?=\w)){0,60}\bfrom\s+$", re.I)
# 'OpenAI-compatible API server', 'the OpenAI ChatCompletion API', 'compatible with the OpenAI …': an interface the
# model is served through, not its maker; so in Chinese and Japanese ('兼容 OpenAI 接口', 'OpenAI互換API').
INTERFACE_AFTER_RE = re.compile(r"[-\s]?(?:(?:compatible|API|ChatCompletion|SDK|client|format|style)\b|"
                                r"(?:的)?(?:接口|格式|兼容|互換|風格|风格))", re.I)
# A deep-learning framework named where a maker could stand ('ported from TF', 'weights from PyTorch').
FRAMEWORK_ORG_RE = re.compile(r"(?:TF|TensorFlow|PyTorch|JAX|Flax|Keras|ONNX|Caffe2?|MXNet|PaddlePaddle|Paddle)"
                              r"(?:\s+(?:original|Hub|Models?))?", re.I)
INTERFACE_BEFORE_RE = re.compile(r"(?:compatible\s+with\s+(?:the\s+)?|兼容\s*|相容\s*|"
                                 # ('SageMaker documentation for Hugging Face': whose tools a page explains)
                                 r"\b(?:documentation|docs|guides?|tutorials?|integration|support)\s+for\s+)$", re.I)
# (and in German, French, Spanish: 'auf Hugging Face', 'bei Hugging Face', 'sur Hugging Face', 'en Hugging Face')
HUB_USE_RE = re.compile(r"(?:\b(?:on|from|via|at|in|to|using|with|auf|bei|über|von|sur|depuis|chez|en|desde)\s+"
                        r"|🤗\s*)$", re.I)
SITE_WORDS_RE = re.compile(r"(?:\s+(?:docs?|documentation|api|apis|blog|help(?:\s+cent(?:er|re))?|developers?|"
                           r"platform|console|cookbook|guides?|news(?:room)?|support|reference))+\s*$", re.I)
# A kind of institution alone ('Institut', 'University', 'Laboratory'): a name cut short, not an organisation.
BARE_INSTITUTION_RE = re.compile(r"(?i:institut(?:e|o|ion)?|universit(?:y|ät|é|à|ies)|universidad|laborator(?:y|ies)|"
                                 r"labs?|department|school|college|faculty|foundation|cent(?:re|er)|group|team)")
# 'Hugging Face checkpoint', 'Kaggle model page': a hub's page of the model, not its maker.
HOSTED_THING_AFTER_RE = re.compile(r"\s*(?:checkpoints?|repo(?:sitory|sitories|s)?|model\s+(?:cards?|pages?)|pages?|"
                                   r"links?|mirrors?|downloads?)\b", re.I)
# A maker's own work the document cites ('the OpenAI CLIP paper', 'the original OpenAI CLIP model card'): whose
# work it builds on, not who made this model.
# ('OpenAI InstructGPT 论文': a paper in Chinese, its word written without a space)
WORK_AFTER_RE = re.compile(r"(?:\s+[A-Z][\w\-]*)?\s*(?:(?<=\s)(?:paper|model\s+card|blog(?:\s+post)?|"
                           r"technical\s+report)\b|(?:的)?(?:论文|論文|博客|技术报告|技術報告))", re.I)
# The first word of a longer name ('Naver Sentiment Analysis', a data set): the thing named, not its maker (not
# 'Microsoft Research Asia', an organisation, nor 'X Source Code License', its maker's licence).
MAKER_WORD = rf"(?:{ORG_SUFFIX}|{ORG_NOUNS}|Research|Licen[cs]e)\b"
NAMED_THING_AFTER_RE = re.compile(rf"(?:[ \t]+(?!{MAKER_WORD})[A-Z][a-z]+\b){{2}}"
                                  rf"(?![ \t]+(?:[A-Z][\w-]*[ \t]+)?{MAKER_WORD})")
ORIGINAL_BEFORE_RE = re.compile(r"\b(?:original|the\s+original)\s+$", re.I)
# A maker's hardware or platform the model runs on ('Apple Silicon', 'Apple's MLX', 'NVIDIA GPUs', 'Google Colab',
# 'Google Cloud', 'Google Drive'),
# or the service that serves it ('NVIDIA NIM', 'Nvidia Hosted API', 'NVIDIA Triton Inference Server'): where the
# model runs, not who made it.
PLATFORM_AFTER_RE = re.compile(r"(?:'s)?\s*(?:silicon|metal|mlx|gpus?|tpus?|chips?|hardware|devices?|colab|cloud|drive|"
                               r"net\s*disk|pan\b|"  # 'Baidu Netdisk', 'Baidu Pan': where files are downloaded
                               r"storage|scholar|workspace|"
                               r"cloud\s+tpus?|cuda|rocm|neural\s+engine|npus?|cpus?|m[1-4]\b|macs?|macbooks?|"
                               r"iphones?|android|windows|platforms?|nim|hosted|inference\s+(?:microservices?|"
                               # ('the new Hugging Face Deep Learning container': a tool the model was trained in)
                               r"servers?|endpoints?)|triton|tensorrt|(?:deep\s+learning\s+)?containers?|dlcs?)\b",
                               re.I)
# What '©' may stand before that is no copyright holder: the heading of a licence section, the word itself.
NOT_HOLDER_RE = re.compile(r"(?:licen[cs]es?|copyright|all\s+rights|rights)\b", re.I)
NOT_ORG = {"the", "our", "this", "we", "it", "model", "models", "claude", "a", "an", "and", "its", "their",
           # 'Data Organization: During model development, …': a clause, not a maker
           "during", "in", "for", "with", "to", "by", "from", "on", "at", "as", "after", "before", "while", "when",
           "since", "through", "using", "based", "if", "all", "each", "some", "these", "those", "there",
           "note", "notes", "please", "see", "also",  # 'Note that the argument builds a model': a sentence's opening
           # a person's role, not an organisation ('developed by Founder and CEO of X, Jane Doe'), and a credits
           # heading's first word ('Development Team')
           "founder", "co-founder", "cofounder", "ceo", "cto", "maintainer", "maintainers", "development",
           "author", "authors", "author's", "authors'"}  # "Author's pretrained models": the writer, no organisation


# 'We are from the School of Data Science, the Chinese University of Hong Kong, Shenzhen (CUHKSZ), and …': the authors
# name their institution; a school or department of it comes first and is a part of the maker, not the maker.
WE_ARE_FROM_RE = Gated(re.compile(r"\b(?:we\s+are|we\s+come|we['’]re|"
                                  r"(?:this|the)\s+(?:project|work|model)\s+(?:is|comes))"
                                  r"(?:\s+(?:a|the)\s+(?:team|group|lab)s?)?\s+from\s+", re.I), "we|this|the")
SUB_UNIT_RE = re.compile(r"(?:the\s+)?(?:school|department|faculty|division|centre|center|college|lab(?:oratory)?)"
                         r"\s+of\b", re.I)


def institution_named(f: Finder) -> list[Hit]:
    """The first institution in 'We are from …', after any school or department of it."""
    hits = []
    for m in f.scan(WE_ARE_FROM_RE):
        end = f.seg.at(m.start()).end
        parts = [p for p in re.finditer(r"[^,;()]+", f.text[m.end():end])]
        for i, part in enumerate(parts):
            words = re.sub(r"^\s*(?:and\s+)?(?:the\s+)?", "", part.group(0))
            if SUB_UNIT_RE.match(words) and i + 1 < len(parts):
                continue
            org = re.match(ORG, words)
            org = trim_org(org.group("org")) if org else ""
            if org and org.split()[0].lower() not in NOT_ORG:
                start = m.end() + part.start() + part.group(0).find(org)
                hits.append(Hit("developer", org, start, start + len(org), m.start(), PHRASE, doc_level=True))
            break
    return hits


# '是由中国电信人工智能研究院研发训练的': 'developed by X' in Chinese, X an organisation by its last word (institute,
# laboratory, company, university, team …); a name may mix in Latin words with spaces
# ('由 vivo AI 全球研究院自主研发'); 由于 is 'because', not 'by'.
# '是北京大学知识计算实验室联合四川天府银行AI团队研发的': a maker named first, its partner joined by 联合/与/和.
CJK_PARTNER = r"(?:(?:联合|聯合|与|與|和|及|携手|攜手)\s*[^\n，。、；：,.;:（）()《》]{1,30}?)?"
CJK_DEVELOPED_BY_RE = re.compile(r"由\s*(?P<org>[^\s，。、；：,.;:由于（）()《》]"
                                 r"[^\n，。、；：,.;:由（）()《》]{0,29}?(?:研究院|研究所|实验室|實驗室|"
                                 r"公司|大学|大學|团队|團隊|集团|集團|中心|学院|學院|科技|智能|技术|技術|Lab|Labs|AI|Team))\s*"
                                 + CJK_PARTNER + r"(?:联合|聯合|共同|自主|独立|獨立)?"
                                 r"(?:研发|研發|开发|開發|训练|訓練|发布|發布|推出|打造|开源|開源)")

# 'X 是智谱 AI 推出的最新一代预训练模型' (X is the latest model launched by Zhipu AI): the maker stands
# between 是 and the verb, a name that may hold a space before its 'AI'.
CJK_IS_MADE_BY_RE = re.compile(r"是\s*(?P<org>[^\s，。、；：,.;:由（）()《》][^\n，。、；：,.;:（）()《》]{0,29}?"
                               r"(?:研究院|研究所|实验室|實驗室|公司|大学|大學|团队|團隊|集团|集團|中心|科技|AI|Lab|Labs|Team))\s*"
                               + CJK_PARTNER + r"(?:联合|聯合|共同|自主|独立|獨立)?"
                               r"(?:研发|研發|开发|開發|训练|訓練|发布|發布|推出|打造|开源|開源)的")
# ... what the verb makes, when it is data ('…开源的中英文多轮对话数据', open-sourced multi-turn dialogue data).
CJK_DATA_MADE_RE = re.compile(r"的?[^，。；\n]{0,20}?(?:数据集?|數據集?|语料|語料|データ)")
# Thanks, in Chinese, Japanese or Korean: a sentence of thanks names others' work, not the model's maker.
THANKS_CJK_RE = re.compile(r"感謝|感谢|致谢|致謝|謝辞|감사")
THANKS_RE = re.compile(r"\b(?i:thanks?|thanking|grateful|gratitude)\b|" + THANKS_CJK_RE.pattern)
# 'X は、つばめ研究所が開発した…': 'developed by X' in Japanese, the maker ending in a word for an organisation and
# marked as the verb's subject (が) or its agent (により, によって).
JA_DEVELOPED_BY_RE = re.compile(r"(?P<org>[^\s、。，,.;:()（）「」]{1,30}?(?:研究所|研究室|研究センター|大学|株式会社|"
                                r"社|ラボ|チーム|Lab|Labs|AI|Inc\.?))\s*(?:が|により|によって)\s*(?:共同\s*)?"
                                r"(?:開発|構築|学習|公開|リリース)")

# 'X은 고려대학교 NLP & AI 연구실과 HIAI 연구소가 개발한 …': 'developed by X' in Korean, the maker (the first of makers
# joined by 과/와) named after the subject's particle, ending in a word for an organisation (lab, institute, university,
# team …) and marked as the verb's subject (이/가) or its place (에서).
KO_DEVELOPED_BY_RE = re.compile(r"(?:은|는)\s+(?P<org>[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,5}?\s*(?:연구실|연구소|연구원|"
                                r"대학교|대학|팀|랩|Lab|Labs|Team))(?:과|와|및)?[^.。\n]{0,40}?(?:이|가|에서)\s*"
                                r"(?:공동\s*)?(?:개발|제작|학습|구축)(?:한|하였|했|하고|된)")

# 'Model was trained on 1024 context length with transformers by Quillon team': a making verb, then words of how,
# then the team that did it.
MADE_BY_TEAM_RE = Gated(re.compile(rf"(?i:developed|created|built|trained|released|made|published)"
                                   rf"(?:\s+(?i:on|with|in|using|for|from)\b[^.\n,;()]{{0,80}}?)?"
                                   rf"\bby\s+(?:the\s+)?{ORG}\s+[Tt]eam\b"),
                        "develop|creat|built|train|releas|made|publish")
# 'We are Quillon Labs.', 'We are the Zorvak team!': a sentence that is only the authors naming themselves.
WE_ARE_RE = Gated(re.compile(rf"(?:^|(?<=[\s>]))[Ww]e\s+are\s+(?:the\s+)?{ORG}(?:\s+[Tt]eam)?\s*[.!]?[ \t]*$", re.M),
                  "we")
# 'Welcome to the Quillon GitHub repository of the X project', 'This is the official Quillon GitHub repo': the
# repository's owner publishes what it holds.
OWN_REPOSITORY_RE = Gated(re.compile(rf"(?:[Ww]elcome\s+to|[Tt]his\s+is)\s+(?:the\s+|our\s+)?(?:official\s+)?{ORG}"
                                     rf"(?:'s|’s)?\s+(?:official\s+)?(?i:git\s*hub|git\s*lab)\s+(?i:repository|repo)\b"),
                          "welcome|this")
# 'an open collaborative research effort between XLang Lab and Salesforce Research', 'in collaboration between
# Quillon, Brastel and Oxford': the first named leads it.
COLLABORATION_RE = Gated(re.compile(rf"\b(?:collaborat\w+|effort|partnership|joint\s+(?:work|project|effort))\s+"
                                    rf"(?:between|of)\s+(?:the\s+)?{ORG}(?:,|\s+and|\s+&)\s+[A-Z]"),
                         "collaborat|effort|partnership|joint")

# 'the MDZ Digital Library team (dbmdz) at the Bavarian State Library open sources another BERT models', 'Quillon
# Labs releases two new models': an organisation (its team; then its short name, where it sits, left out of the
# value) as the subject of a present-tense release of models, read back from the verb.
# 'X open-sources … models', 'Owlworks is releasing Strix 2, a new family of open-weight language models'
RELEASES_MODELS_RE = re.compile(r"[ \t]+(?:open[ -]?sources|releases|publishes|is[ \t]+(?:releasing|open[ -]?sourcing))"
                                r"[ \t]+(?:[\w.\-]+,?[ \t]+){0,8}?(?:models?|LLMs?|checkpoints|weights)\b")
RELEASER_BEFORE_RE = re.compile(
    rf"(?:(?<=\s)|^)(?P<org>{ORG_WORD}(?:[ \t]+(?:{ORG_WORD}|of|for|&))*(?:[ \t]+[Tt]eam)?)"
    rf"(?:[ \t]+\([^()\n]{{1,24}}\))?"
    rf"(?:[ \t]+(?:at|of|from)[ \t]+(?:the[ \t]+)?{ORG_WORD}(?:[ \t]+(?:{ORG_WORD}|of|for|&))*)?$")


# 'XLabs AI team is happy to publish …', 'The Zorvak team is excited to release …': the team announcing a release.
TEAM_ANNOUNCES_RE = re.compile(rf"(?:^|(?<=[\s>]))(?:[Tt]he\s+)?{ORG}\s+[Tt]eam\s+(?:is|are)\s+(?:very\s+)?"
                               r"(?:happy|pleased|excited|proud|glad|thrilled|delighted)\s+to\s+"
                               r"(?:publish|release|present|introduce|announce|share|open[- ]?source)", re.M)
# 'scripts for X model by Y', 'inference code for the X models by Y': the maker of the model a tool serves.
TOOLS_FOR_BEFORE_RE = re.compile(r"\b(?:scripts?|code|tools?|toolkit|support|recipes?)\s+(?:[\w-]+\s+){0,2}?for\s+"
                                 r"(?:the\s+)?[^\s,.;]+(?:\s+[^\s,.;]+)?\s+$", re.I)


def releasers(f: Finder) -> list[Hit]:
    announced = TEAM_ANNOUNCES_RE.finditer(f.text) if " team " in f.low else ()  # (a rare phrase: looked for only then)
    hits = [hit for m in announced if (hit := org_hit(m, PHRASE, doc_level=True))]
    for m in RELEASES_MODELS_RE.finditer(f.text):
        sentence = f.seg.at(m.start())
        owner = RELEASER_BEFORE_RE.search(f.text, max(sentence.start, m.start() - 120), m.start())
        hit = org_hit(owner, PHRASE, doc_level=True) if owner else None
        if hit and hit.value[0].isupper():
            hits.append(hit)
    return hits


IT_SUBJECT_RE = re.compile(r"\W*(?:It|This\s+model)(?:['’]s|\s+(?:is|was|has))\b")


def _said_of_the_base(f: Finder, pos: int) -> bool:
    """The sentence at `pos` speaks of 'it' right after a sentence naming what the model is based on: the base."""
    index = f.seg.index_at(pos)
    if index == 0 or not IT_SUBJECT_RE.match(f.text, f.seg.sentences[index].start):
        return False
    before = f.seg.sentences[index - 1]
    return bool(MADE_FROM_BEFORE_RE.search(f.text, before.start, before.end))


def _base_only_orgs(doc: Document) -> set[str]:
    """The organisations of the bases a card's front matter names (`base_model: org/X`), in letters, when the card's
    snippets load a repository of another organisation: the card's model is that one's, not the base's maker's."""
    orgs = {letters(b.split("/", 1)[0]) for b in doc.base_models if "/" in b}
    loaded = {letters(org) for org, _name in snippet_repositories(doc.source_text)}
    return orgs - loaded if loaded - orgs else set()


def developers(f: Finder) -> list[Hit]:
    hits = institution_named(f)
    hits += releasers(f)
    hits += [hit for m in f.scan(MADE_BY_TEAM_RE) if (hit := org_hit(m, PHRASE))]
    hits += [hit for m in [*f.scan(WE_ARE_RE), *f.scan(OWN_REPOSITORY_RE)]
             if (hit := org_hit(m, PHRASE, doc_level=True))]
    for m in f.scan(COLLABORATION_RE):
        hit = org_hit(m, PHRASE, doc_level=True)
        if hit and PERSON_NAME_RE.fullmatch(hit.value) and not ORG_WORD_RE.search(hit.value):
            # ('the collaboration between Asahi Ushio and Kotoba Technologies': the organisation, not the person)
            other = SECOND_PARTY_RE.match(f.text, hit.end)
            org = trim_org(other.group("org").rstrip(".")) if other else ""
            hit = Hit("developer", org, other.start("org"), other.start("org") + len(org), m.start(), PHRASE,
                      doc_level=True) if org and ORG_WORD_RE.search(org) else None
        if hit:
            hits.append(hit)
    for m in [*CJK_DEVELOPED_BY_RE.finditer(f.text), *CJK_IS_MADE_BY_RE.finditer(f.text),
              *JA_DEVELOPED_BY_RE.finditer(f.text)]:
        if THANKS_CJK_RE.search(f.seg.text(f.seg.at(m.start()))):
            continue  # '[X]チームが公開した[approach]の詳細に感謝します': thanks for another team's published work
        if CJK_DATA_MADE_RE.match(f.text, m.end(), m.end() + 30):
            continue  # '由复旦大学X团队开源的中英文多轮对话数据': the data's maker, not the model's
        hits.append(Hit("developer", m.group("org"), m.start("org"), m.end("org"), m.start(), PHRASE))
    for m in KO_DEVELOPED_BY_RE.finditer(f.text):  # said of the family the page introduces: its publisher
        # '고려대학교 [NLP & AI 연구실](…)': a quote cannot cross the link's markup; the linked part names the maker
        start = max([m.start("org"), *(a for a, _b, _url in f.doc.links_from(m.start("org") + 1, m.end("org")))])
        hits.append(Hit("developer", f.text[start:m.end("org")], start, m.end("org"), m.start(), PHRASE,
                        doc_level=True))
    title = f.seg.text(f.seg.sentences[0]).lower() if f.seg.sentences else ""  # the page's first line
    for m in f.scan(RELEASING_VERB_RE):  # 'Quillon Labs today released Kestrel 2 Large': the subject releasing it
        opening = MAKER_OPENING_RE.fullmatch(f.text, f.seg.at(m.start()).start, m.start())
        org = trim_org(opening.group("org")) if opening else ""
        # ... the page's own model, its name's first word in the page's opening ('Meta released Llama 3' on
        # another's page names Llama's maker)
        if org and org.split()[0].lower() not in NOT_ORG and ORG_WORD_RE.search(org) \
                and m.group("name").lower() in title:
            hits.append(Hit("developer", org, opening.start("org"), opening.start("org") + len(org), m.start(), PHRASE))
    possessives = [*POSSESSIVE_RE.finditer(f.text), *DEFINING_POSSESSIVE_RE.finditer(f.text)]
    for m in possessives:
        sentence = f.seg.at(m.start())
        if m.end() > sentence.end:
            continue  # "as XYWH is COCO's evaluator requirement. … models": no possessive of a model
        owner = OWNER_BEFORE_RE.search(f.text, max(sentence.start, m.start() - 60), m.start())
        if owner and m.re is DEFINING_POSSESSIVE_RE and not DEFINING_BEFORE_RE.search(
                f.text, max(sentence.start, owner.start() - 8), owner.start()):
            continue
        org = trim_org(owner.group("org")) if owner else ""
        if org and COMPARED_BEFORE_RE.search(f.text, sentence.start, owner.start()):
            continue  # 'outperforms Meta AI's Llama-3.1-8B-Instruct': the maker of a model compared with
        if org and org.split()[0].lower() not in NOT_ORG and org[0].isupper():
            hits.append(Hit("developer", org, owner.start("org"), owner.start("org") + len(org), owner.start(),
                            PHRASE))
    for pattern, rank in ((DEVELOPER_RE, LABEL), (FROM_RE, PHRASE)):
        for m in f.scan(pattern):
            if rank == LABEL and _prose_over_line(f.text, m):
                continue  # '… right after another organisation⏎Abbreviation: I-ORG': a sentence's last word, no label
            sentence_end = f.seg.at(m.start("org")).end
            org = trim_org(f.text[m.start("org"):min(m.end("org"), sentence_end)])
            at = m.start("org")
            if rank == LABEL and org:
                org = whole_cell(f, at, org)
                # 'Developers: Kite Team, Orrery': the organisation the team belongs to, after it
                owner = TEAM_OWNER_RE.match(f.text, at + len(org)) if re.search(r"\b[Tt]eam$", org) else None
                if owner:
                    org, at = owner.group("org"), owner.start("org")
            first = org.split()[0] if org else ""
            if org and not first[:1].isupper() and not first[:1].isdigit() \
                    and not re.fullmatch(rf"[a-z][\w-]+(?:[ \t]+[A-Z][\w&-]*)*[ \t]+{ORG_SUFFIX}", org) \
                    and not re.fullmatch(DOMAIN, org):
                # 'built by finetuning X': the pattern is case-blind, an organisation's name is not — unless a
                # lower-case brand heads a named organisation ('developed by the vivo AI Lab') or it is a domain name
                # ('made by quillon.art')
                continue
            if org and first.lower() not in NOT_ORG and (not re.search(r"\d", first[:1])
                                                         or re.fullmatch(r"\d+\.AI", first)
                                                         or KNOWN_DEVELOPER_RE.fullmatch(org)):
                if INFRASTRUCTURE_BEFORE_RE.search(f.text, max(0, m.start() - 24), m.start()):
                    continue  # 'Cloud Provider: AWS' in a training-setup list: where it ran, not who made it
                if NOT_MODEL_MADE_RE.search(f.text, max(f.seg.at(m.start()).start, m.start() - 60), m.start()):
                    continue  # 'trained on the OIG dataset built by LAION': the dataset's maker, not the model's
                if rank == PHRASE and MADE_FROM_BEFORE_RE.search(f.text, f.seg.at(m.start()).start, m.start()):
                    continue  # 'The teacher model is … models from X': the maker of the model it was made from
                if _said_of_the_base(f, m.start()):
                    continue  # 'X is based on [Y 7B]. It's a large open model … trained by Z': Y's maker
                if rank == PHRASE and TOOLS_FOR_BEFORE_RE.search(f.text, max(f.seg.at(m.start()).start,
                                                                                m.start() - 60), m.start()):
                    continue  # 'training scripts for Flux model by X': the maker of the model the scripts serve
                if rank == PHRASE and COMPARED_BEFORE_RE.search(f.text, f.seg.at(m.start()).start, m.start()):
                    continue  # 'better than … Whisper models from X': the maker of the models compared with
                if rank == PHRASE and FETCHED_FROM_RE.search(f.text, f.seg.at(m.start()).start, m.start("org")):
                    continue  # 'Download the X model from Hugging Face': where it is got, not who made it
                if rank == PHRASE and re.search(r"\bfrom\s+$", f.text[m.start():m.start("org")]) \
                        and HUB_NAME_RE.fullmatch(org):
                    continue  # 'We add checkpoints from ModelScope': the hub they are got from, not who made them
                if ET_AL_RE.match(f.text, m.start("org") + len(org)):
                    continue  # 'Created by Divyanshu et al.': the paper's authors, people
                pair = PEOPLE_PAIR_RE.match(f.text, m.start("org")) or PEOPLE_LIST_RE.match(f.text, m.start("org"))
                if pair and not ORG_WORD_RE.search(pair.group(0)):
                    continue  # 'mainly developed by Zhenwei Shao and Xuecheng Ouyang': people, not an organisation
                if FRAMEWORK_ORG_RE.fullmatch(org):
                    continue  # 'checkpoints from TF original': the framework they were ported from, not a maker
                if METHOD_AFTER_RE.match(f.text, m.start("org") + len(org)):
                    continue  # 'the SR module trained by DDPM objective': how it was trained, not who trained it
                if re.match(r"authors?\b", m.group(0), re.I) and not re.search(rf"\b{ORG_SUFFIX}\b", org) \
                        and not KNOWN_DEVELOPER_RE.fullmatch(org):
                    continue  # 'Authors: Erik Nijkamp, …': people, not the organisation
                hits.append(Hit("developer", org, at, at + len(org), m.start(), rank))
    hits += [hit for m in AT_ORG_WE_RE.finditer(f.text) if (hit := org_hit(m, PHRASE, doc_level=True))]
    for m in f.scan(COPYRIGHT_RE):
        org = trim_org(m.group("org"))
        if org and not NOT_HOLDER_RE.match(org):  # '# © License', '© Copyright 2024': a heading, not a holder
            hits.append(Hit("developer", org, m.start("org"), m.start("org") + len(org), m.start(), WEAK,
                            doc_level=True))
    for block in f.doc.blocks[:6]:  # a byline under the title: 'Corvid AI', 'Lyra Systems — 18 February 2025'
        lead = BYLINE_LEAD_RE.match(f.text, block.start, block.end)
        byline = BYLINE_RE.match(f.text, lead.end(), block.end) if lead else None
        # A kind of organisation alone ('Research', 'Cloud': a page's menu items) names no one.
        if byline and f.doc.blocks.index(block) > 0 and " " in byline.group("org").strip():
            org, at = trim_org(byline.group("org")), byline.start("org")
            hits.append(Hit("developer", org, at, at + len(org), block.start, WEAK))
            break
    first = next((b for b in f.doc.blocks if b.kind == "heading"), None)
    by = TITLE_BY_RE.search(f.text, first.start, first.end) if first is not None and first.level <= 1 else None
    hit = org_hit(by, PHRASE, doc_level=True) if by and f.text[first.start:by.start()].strip() else None
    if hit:
        hits.append(hit)
    title = f.doc.title or ""
    # A heading's ' - ' opens a subtitle ('# Zorvak - Galician BERT'), a page's head title's the site's name; an
    # HTML page whose head title gave way to its first heading is titled by that heading.
    head_title = f.doc.format == "html" and (first is None or title != f.text[first.start:first.end])
    separators = r"|\\–—·-" if head_title else r"|\\–—·"
    suffix = re.search(rf"\s[{separators}]\s*{ORG}\s*$", title)
    if suffix and f.doc.format in ("html", "markdown"):  # 'Kestrel Large 2 | Kestrel AI': the publisher
        org = trim_org(SITE_WORDS_RE.sub("", suffix.group("org")))  # 'Models | Kestrel Docs': Kestrel
        if org and org.split()[0].lower() not in NOT_ORG:
            hits.append(Hit("developer", org, 0, 0, 0, WEAK, excerpt=title, doc_level=True))
    counts: dict[str, list[int]] = {}
    for m in KNOWN_DEVELOPER_RE.finditer(f.text):
        if f.doc.blocks[f.seg.at(m.start()).block].kind in ("row", "column") or HUB_USE_RE.search(
                f.text, max(0, m.start() - 12), m.start()) or HUB_AFTER_RE.match(f.text, m.end(), m.end() + 14) \
                or HOSTED_THING_AFTER_RE.match(f.text, m.end(), m.end() + 20) \
                or PLATFORM_AFTER_RE.match(f.text, m.end(), m.end() + 20) \
                or WORK_AFTER_RE.match(f.text, m.end(), m.end() + 30) \
                or NAMED_THING_AFTER_RE.match(f.text, m.end(), m.end() + 40) \
                or ORIGINAL_BEFORE_RE.search(f.text, max(0, m.start() - 16), m.start()) \
                or INTERFACE_AFTER_RE.match(f.text, m.end(), m.end() + 16) \
                or INTERFACE_BEFORE_RE.search(f.text, max(0, m.start() - 24), m.start()) \
                or re.search(r"[A-Za-z0-9]-$", f.text[max(0, m.start() - 2):m.start()]) \
                or re.match(r"-[A-Za-z]", f.text[m.end():m.end() + 2]) \
                or THANKS_RE.search(f.seg.text(f.seg.at(m.start()))):
            continue  # a name in a comparison table, thanked for its work, a hub the model is on, an interface it
            # speaks: not the publisher; nor the base model's maker inside a fine-tune's name ('Grebe-Llama-7B':
            # Grebe's model, made from Llama), nor a word opening a name ('Meta-Transformer')
        counts.setdefault(m.group(1), []).append(m.start())
    if counts:
        name, positions = max(counts.items(), key=lambda kv: len(kv[1]))
        if len(positions) >= 3:  # a publisher recurs; a name met twice is as often a partner or a hub
            hits.append(Hit("developer", name, positions[0], positions[0] + len(name), positions[0], 0,
                            doc_level=True))
    base_orgs = _base_only_orgs(f.doc)
    if base_orgs:  # 'Pre-trained CLIP model by OpenAI' on a card of a fine-tune of 'openai/clip-…': the base's maker
        hits = [h for h in hits if letters(h.value) not in base_orgs]
    last = len(f.doc.blocks) - 1
    for i, block in enumerate(f.doc.blocks):  # '## The Mistral AI Team' closing a card: its authors
        team = TEAM_RE.fullmatch(f.text, block.start, block.end) if block.kind == "heading" else None
        if i == last and block.kind == "text" and team is None:  # a signature ending release notes: '-- The X team'
            signed = SIGNATURE_RE.match(f.text, block.start, block.end)
            team = TEAM_RE.fullmatch(f.text, signed.end(), block.end) if signed else None
        hit = org_hit(team, WEAK, doc_level=True) if team else None
        if hit:
            hits.append(hit)
    return hits


# A label standing over its value on the next line ('Developer⏎Quillon Labs') opens its line: before it, at most a
# list marker, emphasis, a heading's hashes or a table's bar.
LABEL_LINE_LEAD_RE = re.compile(r"[\s\-*+#>|•_]*")
LABEL_WORD_RE = re.compile(r"(?:model\s+)?developer|authors?|organi[sz]ation|model\s+creator|provider|vendor|publisher",
                           re.I)


def _prose_over_line(text: str, m: re.Match) -> bool:
    """A label word that reaches its value only across a line break, written after other words on its line: the last
    word of a sentence or a cell ('… right after another organisation'), not a label over the next line."""
    if not LABEL_WORD_RE.match(text, m.start()) or "\n" not in text[m.start():m.start("org")] \
            or re.search(rf"{LABEL_SEP}|\|", text[m.start():m.start("org")].split("\n")[0]):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not LABEL_LINE_LEAD_RE.fullmatch(text, line_start, m.start())


def org_hit(m: re.Match, rank: int, doc_level: bool = False) -> Hit | None:
    """The developer a match's `org` group names (trimmed), cued where the match starts; None when what it names
    is a pronoun or a common word ('the', 'our', 'this')."""
    org = trim_org(m.group("org"))
    if not org or org.split()[0].lower() in NOT_ORG:
        return None
    return Hit("developer", org, m.start("org"), m.start("org") + len(org), m.start(), rank, doc_level=doc_level)


# Words opening a sentence before its subject ('Today Auk Labs releases …'): when it happens, not who.
TIME_WORDS = {"today", "now", "recently", "yesterday", "finally", "here", "also", "again", "this", "next"}


def whole_cell(f: Finder, start: int, org: str) -> str:
    """A developer column's cell names its maker whole ('| Saudi Data and AI Authority (SDAIA) |', '| Acme, Inc |'),
    words the prose pattern stops at ('and', a comma) included; a cell saying more than a name keeps `org`."""
    block = f.doc.blocks[f.seg.at(start).block]
    if block.kind != "row":
        return org
    end = f.text.find(" | ", start, block.end)
    cell = f.text[start:block.end if end < 0 else end].strip().rstrip(" .")
    return cell if cell.startswith(org) and len(cell) <= 60 and not re.search(r"[.;:!?](?:\s|$)", cell) else org


def trim_org(org: str) -> str:
    words = org.split()
    # ('At Quillon Labs, we have addressed …': the organisation after the preposition)
    while words and (words[0].lower() in TIME_WORDS or words[0] == "At"):
        words.pop(0)
    # 'trained by MosaicML's NLP team on the …': the possessor is the organisation
    owner = next((i for i, w in enumerate(words) if re.search(r"\w['’]s$", w)), None)
    if owner is not None:
        words = words[:owner + 1]
    while words and words[-1].lower() in ("of", "for", "&", "and"):
        words.pop()
    words = words[:6]
    org = " ".join(words).rstrip(".,;:'’")
    org = re.sub(r"['’]s$", "", org)
    if BARE_INSTITUTION_RE.fullmatch(org):
        return ""  # 'developed by the Institut für maschinelle …' cut at its first lower-case word names no one
    return org if len(org) >= 2 else ""


# What follows a method's name, not an organisation's ('trained by DDPM objective', 'by the LAMB optimizer').
METHOD_AFTER_RE = re.compile(r"\s+(?:objective|loss|method|algorithm|technique|optimi[sz]er|procedure|recipe|scheme|"
                             r"paradigm)s?\b", re.I)
# A person's name as a post's front matter gives its author ('Manuel Brack', 'Jane M. Doe'), not 'The X Team'.
PERSON_NAME_RE = re.compile(r"(?:[A-Z][a-z'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){1,3}")


def meta_developer(doc: Document) -> list[Hit]:
    hits = []
    for key in ("developer", "developers", "author", "organization", "model_creator", "provider"):
        value = doc.meta.get(key)
        if isinstance(value, str) and value.strip() and key in doc.meta_lines:
            if key == "author" and PERSON_NAME_RE.fullmatch(value.strip()) \
                    and not re.search(rf"\b{ORG_SUFFIX}\b", value) and not KNOWN_DEVELOPER_RE.fullmatch(value.strip()):
                continue  # a post's 'author: "Jane Doe"': the person who wrote the page, as 'Authors:' in its text
            hits.append(Hit("developer", value.strip(), 0, 0, 0, LABEL, excerpt=doc.meta_lines[key]))
    return hits
