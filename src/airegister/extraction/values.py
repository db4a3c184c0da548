"""Value shapes and their normal forms: dates, token counts, parameter counts, licences, modalities, platforms."""

import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
YEAR = r"(?:19[89]\d|20\d\d)"
DATE_RE = re.compile(
    # (a date in Chinese or Japanese stands glued to the words around it: '于2024年5月20日发布')
    rf"(?=[0-9JFMASOND])(?:(?<![\w-])|(?<=[a-z])(?=[A-Z])|(?<=[^\x00-\x7f])(?=\d{{4}}\s*年))(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>{MONTH}),?\s+(?P<y1>{YEAR})"
    # ('Jan.16 2024': the abbreviation's dot stands for the space)
    rf"|(?P<m2>{MONTH})(?:(?<=\.)\s*|\s+)(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>{YEAR})"
    rf"|(?P<m3>{MONTH}),?\s+(?:of\s+)?(?P<y3>{YEAR})"
    rf"|(?P<y4>{YEAR})-(?P<mo4>0[1-9]|1[0-2])(?:-(?P<d4>[0-3]\d))?"
    rf"|(?P<y5>{YEAR})/(?P<mo5>0[1-9]|1[0-2])(?:/(?P<d5>[0-3]?\d))?"
    # '2024.10.10: We release X', '[2024-3-23]', '2024/5/17': news lines write dates with dots or slashes or without
    # leading zeros
    rf"|(?P<y6>{YEAR})(?P<s6>[./-])(?P<mo6>0?[1-9]|1[0-2])(?P=s6)(?P<d6>[0-3]?\d)(?!\.\d)"
    # '06.02.2020: Public release of …': the day-first dotted date of German and other European documents
    rf"|(?P<d7>[0-3]?\d)\.(?P<mo7>0?[1-9]|1[0-2])\.(?P<y7>{YEAR})(?!\.\d)"
    # '| 2023 Nov 2 | Release …': the year first, then the month's name and the day, as changelogs write it
    rf"|(?P<y8>{YEAR})\s+(?P<m8>{MONTH})\s+(?P<d8>[0-3]?\d)(?:st|nd|rd|th)?"
    # '2024年5月20日', '2024年3月': Chinese and Japanese dates
    # '[8/21/2023]', '21/08/2023': month and day before the year, read only when one of them cannot be a month
    rf"|(?P<a10>[0-3]?\d)/(?P<b10>[0-3]?\d)/(?P<y10>{YEAR})"
    # (a date ending in 日 may run into the hour: '2024年4月19日22点')
    rf"|(?P<y9>{YEAR})\s*年\s*(?P<mo9>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d9>[0-3]?\d)\s*日)?)(?:(?<=日)|(?![a-z0-9-]))",
    re.I,
)
# What stands between a label and its value ('Provider: X', 'License - MIT', 'Modality — Text').
LABEL_SEP = r"[:\-–—]"
SIZE_RE = r"\d+(?:\.\d+)?[BMTb](?![a-z0-9])"
# A size in bytes ('75 MiB', '3.12 GB'): a file's, never a count of parameters.
FILE_SIZE = r"\d+(?:\.\d+)?\s*[KMGT]i?B\b"
# A count of parameters, never a size in bytes: '25 MB', '1.5 TiB' are files (a models table's 'Max file size').
PARAM_VALUE_RE = re.compile(
    r"(?<![A-Za-z0-9_.])(?<!\d,)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:-\s*)?(?P<unit>[BMT](?![a-z0-9]|i?B)|b(?![A-Za-z0-9])|billion|million|trillion"
    r"|万亿|萬億|亿|億|억)",  # Chinese, Japanese, Korean counts: '70亿' is 7B, '130億' 13B, '1.8万亿' 1.8T, '80억' 8B
)
TOKEN_COUNT_RE = re.compile(
    r"(?<![\w.])(?:(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[KkMm]|million|thousand)(?![a-z0-9])(?:\s*-?\s*tokens?)?"
    r"|(?P<big>\d{1,3}(?:,\d{3})+|\d{3,8})(?:\s*-?\s*tokens?)?)(?![\d,])"
)
SCALE = {"b": 10**9, "billion": 10**9, "m": 10**6, "million": 10**6, "t": 10**12, "trillion": 10**12, "k": 1000,
         "亿": 10**8, "億": 10**8, "억": 10**8, "万亿": 10**12, "萬億": 10**12}

KNOWN_DEVELOPERS = (
    "Anthropic", "OpenAI", "Google DeepMind", "Google", "Meta", "Microsoft", "Mistral AI", "Cohere", "AI21 Labs",
    "Alibaba Cloud", "Alibaba", "DeepSeek", "xAI", "Amazon", "NVIDIA", "IBM", "Apple",
    "Technology Innovation Institute",
    "Allen Institute for AI", "Ai2", "Stability AI", "01.AI", "Zhipu AI", "Baidu", "Tencent", "Moonshot AI", "MiniMax",
    "Reka", "Databricks", "Snowflake", "Salesforce", "Hugging Face", "EleutherAI", "BigScience", "Nous Research",
    "Upstage", "LG AI Research", "Naver", "Sakana AI", "Aleph Alpha", "Inflection AI", "Perplexity", "Writer",
    "Liquid AI", "ServiceNow", "Adobe", "Samsung", "Baichuan", "Qwen Team",
)
# Platforms and services a model is reached through; matched where a document says where a model is available.
KNOWN_SURFACES = (
    r"Claude(?:\.ai| apps?\b)", r"(?:the )?Anthropic API", r"Anthropic Console", r"(?:Amazon|AWS) Bedrock",
    r"Amazon SageMaker(?: JumpStart)?", r"(?:Google Cloud(?:['’]s)? |Google )?Vertex AI(?: Model Garden)?",
    r"Google AI Studio", r"(?:the )?Gemini API", r"(?:the )?Gemini app", r"Gemini Advanced",
    r"(?:Microsoft )?Azure(?: AI Foundry| AI Studio| OpenAI(?: Service)?| AI(?! Foundry| Studio))?",
    r"Microsoft Foundry", r"GitHub Models", r"GitHub Copilot", r"Microsoft Copilot", r"(?:the )?OpenAI API",
    r"ChatGPT(?: Plus| Pro| Team| Enterprise| Edu)?", r"Hugging ?Face(?: Hub)?", r"Kaggle",
    r"ModelScope", r"OpenXLab",
    r"NVIDIA NIM", r"NVIDIA API Catalog", r"IBM watsonx(?:\.ai)?", r"watsonx\.ai", r"Databricks(?: Mosaic AI)?",
    r"Snowflake Cortex(?: AI)?", r"Oracle Cloud Infrastructure(?: Generative AI)?", r"OCI Generative AI",
    r"Cloudflare Workers AI", r"Together AI", r"Fireworks AI", r"Groq(?:Cloud)?", r"Replicate", r"OpenRouter",
    r"La Plateforme", r"Le Chat", r"Meta AI", r"Alibaba Cloud Model Studio", r"DashScope", r"Perplexity",
    r"Poe", r"Cohere API", r"Mistral API", r"DeepSeek API", r"xAI API", r"Grok app",
)
# Lookarounds allow a capital straight before or after: text dumped from pages runs list items together.
SURFACE_RE = re.compile(
    r"(?:(?<![A-Za-z0-9.])|(?<=[A-Za-z])(?=[A-Z][a-z]))(?:" + "|".join(KNOWN_SURFACES) + r")(?![a-z0-9])"
)

SPDX = (
    (r"Apache(?:[\s-]+License)?,?[\s-]*\(?(?:Version\s*|v\.?\s*)?2(?:\.0)?", "Apache-2.0"),
    (r"MIT(?:\s+License)?", "MIT"),
    (r"(?:GNU\s+)?Affero\s+General\s+Public\s+License\s*v?(?:ersion\s*)?3(?:\.0)?|AGPL-?v?3(?:\.0)?", "AGPL-3.0"),
    (r"(?:GNU\s+)?Lesser\s+General\s+Public\s+License\s*v?(?:ersion\s*)?2\.1|LGPL-?v?2\.1", "LGPL-2.1"),
    (r"(?:GNU\s+)?General\s+Public\s+License\s*v?(?:ersion\s*)?3(?:\.0)?|GPL-?v?3(?:\.0)?", "GPL-3.0"),
    (r"(?:GNU\s+)?General\s+Public\s+License\s*v?(?:ersion\s*)?2(?:\.0)?|GPL-?v?2(?:\.0)?", "GPL-2.0"),
    (r"BSD[\s-]*3[\s-]*Clause", "BSD-3-Clause"),
    (r"BSD[\s-]*2[\s-]*Clause", "BSD-2-Clause"),
    (r"Mozilla\s+Public\s+License\s*(?:Version\s*)?2\.0|MPL-?2\.0", "MPL-2.0"),
    (r"CC[\s-]?BY[\s-]?NC[\s-]?ND[\s-]?4\.0|Creative\s+Commons\s+Attribution[\s-]NonCommercial[\s-]NoDerivatives\s+4\.0",
     "CC-BY-NC-ND-4.0"),
    (r"CC[\s-]?BY[\s-]?ND[\s-]?4\.0", "CC-BY-ND-4.0"),
    (r"CC[\s-]?BY[\s-]?NC[\s-]?SA[\s-]?3\.0", "CC-BY-NC-SA-3.0"),
    (r"CC[\s-]?BY[\s-]?SA[\s-]?3\.0", "CC-BY-SA-3.0"),
    (r"CC[\s-]?BY[\s-]?3\.0", "CC-BY-3.0"),
    (r"CC[\s-]?BY[\s-]?NC[\s-]?SA[\s-]?4\.0|Creative\s+Commons\s+Attribution[\s-]NonCommercial[\s-]ShareAlike\s+4\.0",
     "CC-BY-NC-SA-4.0"),
    (r"CC[\s-]?BY[\s-]?NC[\s-]?4\.0|Creative\s+Commons\s+Attribution[\s-]NonCommercial\s+4\.0", "CC-BY-NC-4.0"),
    (r"CC[\s-]?BY[\s-]?SA[\s-]?4\.0|Creative\s+Commons\s+Attribution[\s-]ShareAlike\s+4\.0", "CC-BY-SA-4.0"),
    (r"CC[\s-]?BY[\s-]?4\.0|Creative\s+Commons\s+Attribution\s+4\.0", "CC-BY-4.0"),
    (r"CC0(?:[\s-]1\.0)?", "CC0-1.0"),
    # A Creative Commons licence named without its version ('the CC-BY-NC license'): its kind, as written.
    (r"CC[\s-]BY[\s-]NC[\s-]SA(?![\s-]?\d)", "CC-BY-NC-SA"),
    (r"CC[\s-]BY[\s-]NC[\s-]ND(?![\s-]?\d)", "CC-BY-NC-ND"),
    (r"CC[\s-]BY[\s-]NC(?![\s-]?(?:\d|SA|ND))", "CC-BY-NC"),
    (r"CC[\s-]BY[\s-]SA(?![\s-]?\d)", "CC-BY-SA"),
    (r"CC[\s-]BY[\s-]ND(?![\s-]?\d)", "CC-BY-ND"),
    # ('CreativeML Open RAIL-M', as Stable Diffusion's fine-tunes write it, spaced or not)
    (r"CreativeML\s+Open\s?RAIL-M", "CreativeML OpenRAIL-M"),
    (r"(?:BigScience\s+)?Open\s?RAIL-M|BigScience\s+RAIL\s+License(?:\s+v1\.0)?", "OpenRAIL-M"),
)
SPDX_RE = [(re.compile(rf"(?<![\w-])(?:{p})(?![a-z0-9-]|\.\d)", re.I if name != "MIT" else 0), name)
           for p, name in SPDX]
NAMED_LICENSE_RE = re.compile(
    r"(?<![\w-])((?:(?:[A-Z][\w.\-]*|v?\d+(?:\.\d+)*)\s+)(?:(?:[A-Z][\w.\-]*|v?\d+(?:\.\d+)*|\[[\w.\-]+\])\s+){0,4}"
    r"(?:Community\s+License(?:\s+Agreement)?|Open\s+(?:Model|Weights?)\s+License(?:\s+Agreement)?|"
    r"Research\s+License(?:\s+Agreement)?|License\s+Agreement|Terms\s+of\s+Use|License))(?![\w-])"
)
# Hugging Face front-matter licence ids -> the licence's SPDX id or own name.
HF_LICENSES = {
    "apache-2.0": "Apache-2.0", "mit": "MIT", "cc-by-4.0": "CC-BY-4.0", "cc-by-sa-4.0": "CC-BY-SA-4.0",
    "cc-by-nc-4.0": "CC-BY-NC-4.0", "cc-by-nc-sa-4.0": "CC-BY-NC-SA-4.0", "cc-by-nc-nd-4.0": "CC-BY-NC-ND-4.0",
    "cc-by-nd-4.0": "CC-BY-ND-4.0", "cc-by-sa-3.0": "CC-BY-SA-3.0", "cc-by-3.0": "CC-BY-3.0",
    "cc-by-nc-sa-3.0": "CC-BY-NC-SA-3.0", "bsd-2-clause": "BSD-2-Clause", "gpl-2.0": "GPL-2.0", "lgpl-2.1": "LGPL-2.1",
    "gpl-3.0": "GPL-3.0", "agpl-3.0": "AGPL-3.0",
    "bsd-3-clause": "BSD-3-Clause", "mpl-2.0": "MPL-2.0", "cc0-1.0": "CC0-1.0", "openrail": "OpenRAIL",
    "openrail++": "OpenRAIL++", "bigscience-openrail-m": "OpenRAIL-M", "creativeml-openrail-m": "CreativeML OpenRAIL-M",
    "llama2": "Llama 2 Community License", "llama3": "Llama 3 Community License",
    "llama3.1": "Llama 3.1 Community License", "llama3.2": "Llama 3.2 Community License",
    "llama3.3": "Llama 3.3 Community License", "llama4": "Llama 4 Community License", "gemma": "Gemma Terms of Use",
    # The hub's other licence ids are SPDX ids in lower case ('license: afl-3.0'): the SPDX spelling.
    "afl-3.0": "AFL-3.0", "artistic-2.0": "Artistic-2.0", "bsl-1.0": "BSL-1.0",
    "bsd-3-clause-clear": "BSD-3-Clause-Clear",
    "cc-by-2.0": "CC-BY-2.0", "cc-by-2.5": "CC-BY-2.5", "cc-by-nc-2.0": "CC-BY-NC-2.0", "cc-by-nc-3.0": "CC-BY-NC-3.0",
    "cc-by-nc-nd-3.0": "CC-BY-NC-ND-3.0", "cc-by-nc-sa-2.0": "CC-BY-NC-SA-2.0", "cdla-sharing-1.0": "CDLA-Sharing-1.0",
    "cdla-permissive-1.0": "CDLA-Permissive-1.0", "cdla-permissive-2.0": "CDLA-Permissive-2.0", "wtfpl": "WTFPL",
    "ecl-2.0": "ECL-2.0", "epl-1.0": "EPL-1.0", "epl-2.0": "EPL-2.0", "etalab-2.0": "etalab-2.0",
    "eupl-1.1": "EUPL-1.1",
    "eupl-1.2": "EUPL-1.2", "lgpl-3.0": "LGPL-3.0", "isc": "ISC", "lppl-1.3c": "LPPL-1.3c", "ms-pl": "MS-PL",
    "odc-by": "ODC-By-1.0", "odbl": "ODbL-1.0", "osl-3.0": "OSL-3.0", "postgresql": "PostgreSQL", "ofl-1.1": "OFL-1.1",
    "ncsa": "NCSA", "unlicense": "Unlicense", "zlib": "Zlib", "pddl": "PDDL-1.0",
    # ... and the hub's ids of licence families and named model licences ('license: bsd')
    "bsd": "BSD", "gpl": "GPL", "bigcode-openrail-m": "BigCode OpenRAIL-M",
    "bigscience-bloom-rail-1.0": "BigScience BLOOM RAIL 1.0", "deepfloyd-if-license": "DeepFloyd IF License",
    "c-uda": "C-UDA", "apple-ascl": "Apple Sample Code License",
}
MODALITY_WORDS = (
    (r"texts?|textual|code", "text"),
    (r"images?|vision|visual|photos?|pictures?|screenshots?|imagery", "image"),
    (r"audio|speech|voice|sounds?|spoken", "audio"),
    (r"videos?", "video"),
)
# ('Text embeddings' as an output: vectors standing for text, not text)
MODALITY_RE = re.compile(r"(?<![\w-])(" + "|".join(p for p, _ in MODALITY_WORDS) + r")(?![\w-])"
                         r"(?![ \t]+(?:embeddings?|vectors?)\b)", re.I)


# A dotted date whose middle number cannot be a month ('07.14.2024'): the document writes month first.
MONTH_FIRST_DOTS_RE = re.compile(r"(?<![\d.])(?:0?[1-9]|1[0-2])\.(?:1[3-9]|2\d|3[01])\.(?:19|20)\d\d(?![\d.])")


def month_first_dots(text: str) -> bool:
    """The document writes dotted dates month first, as one of them shows ('[07.14.2024]' beside '[07.10.2024]')."""
    return bool(MONTH_FIRST_DOTS_RE.search(text))


def parse_date(match: re.Match, month_first: bool = False) -> str | None:
    """`month_first`: the document's dotted dates put the month first (`month_first_dots`), '07.10.2024' is July."""
    g = match.groupdict()
    for i in "123456789":
        year = g.get(f"y{i}")
        if not year:
            continue
        month_name = g.get(f"m{i}")
        month = MONTHS.get(month_name.lower().rstrip(".")) if month_name else int(g[f"mo{i}"])
        day = g.get(f"d{i}")
        if i == "7" and month_first:
            month, day = int(day), str(month)
            if not 1 <= month <= 12:
                return None
        if day and not 1 <= int(day) <= 31:
            day = None
        return f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"
    if g.get("y10"):
        # Month first (American) or day first (European): decided only by a number above 12; '3/4/2023' is left
        # unread rather than guessed.
        first, second = int(g["a10"]), int(g["b10"])
        if 1 <= first <= 12 < second <= 31:
            return f"{g['y10']}-{first:02d}-{second:02d}"
        if 1 <= second <= 12 < first <= 31:
            return f"{g['y10']}-{second:02d}-{first:02d}"
    return None


def parse_size(text: str) -> int | None:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([BMTb])\s*", text)
    if not match:
        return None
    return round(float(match.group(1)) * SCALE[match.group(2).lower()])


def plausible_size(value: int | None) -> bool:
    """A count of parameters a model can have (a million to ten trillion); any other is a count of something else."""
    return value is not None and 10**6 <= value <= 10**13


def parse_params(match: re.Match) -> int:
    return round(float(match.group("num").replace(",", "")) * SCALE[match.group("unit").lower()])  # ('1,314 M')


def parse_tokens(match: re.Match) -> int | None:
    if match.group("num"):
        value = float(match.group("num")) * (1000 if match.group("unit").lower() in ("k", "thousand") else 10**6)
    else:
        value = float(match.group("big").replace(",", ""))
    value = round(value)
    return value if 512 <= value <= 100_000_000 else None


def find_license(text: str) -> tuple[str, int, int] | None:
    """The first licence named in `text`: an SPDX id where one exists, else the licence's own name."""
    best = None
    for pattern, name in SPDX_RE:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1]):
            best = (name, m.start(), m.end())
    m = NAMED_LICENSE_RE.search(text)
    if m and (best is None or m.start() < best[1]):
        named = m.group(1).strip()
        words = named.split()
        if len(words) >= 2 and words[0].lower() not in ("the", "this", "a", "our", "see", "license", "view", "read"):
            best = (named, m.start(1), m.start(1) + len(named))
        elif len(words) >= 3 and words[0].lower() == "the":
            best = (" ".join(words[1:]), m.start(1) + 4, m.start(1) + len(named))
    return best


def modalities(text: str) -> list[str]:
    found = []
    for m in MODALITY_RE.finditer(text):
        word = m.group(1).lower()
        for pattern, name in MODALITY_WORDS:
            if re.fullmatch(pattern, word) and name not in found:
                found.append(name)
    return found


# A mark before a table cell's value: '✔️ Apache 2.0', ':heavy_check_mark: Kestrel License', 'Yes - MIT'.
CELL_MARK_RE = re.compile(r"^(?::[a-z_]+:|[^\w\s(]|\b(?:yes|available)\b|\s)+", re.I)


def is_license(text: str) -> bool:
    """`text` is a licence's name and nothing else ('Apache 2.0', 'Kestrel Research License'), a check mark
    before it aside."""
    text = CELL_MARK_RE.sub("", text.strip()).strip()
    found = find_license(text)
    return bool(found) and found[1:] == (0, len(text))


# 'Community License for Baichuan-13B Model', 'the Kestrel Community License for Tern Models': a licence named for
# the models it covers. Its name (a trailing 'Agreement' dropped) is a licence value wherever it is named, and the
# family it names ('Tern') is whose licence it is: every model of that name.
LICENSE_FOR_MODEL_RE = re.compile(r"(?<![\w-])(?!(?:The|This|Our|See|Read|For)\s)(?P<license>(?:[A-Z][\w.\-]*\s+){1,4}"
                                  r"Licen[sc]e(?:\s+Agreement)?\s+for\s+(?:the\s+)?"
                                  r"(?P<family>(?:[A-Z0-9][\w.\-]*\s+){0,2}[A-Z0-9][\w.\-]*)\s+Models?)"
                                  r"(?:\s+Agreement)?(?![\w-])")


LICENSE_NAME_CELL_RE = re.compile(r"[A-Z][\w.+\-]*(?:[ \t]+[A-Z0-9][\w.+\-]*){0,4}")
CELL_LINK_MARKS_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")
# A cell saying nothing of its column's fact ('N/A', 'TBD', '-'): neither a value nor a cell the value failed to parse.
NOT_STATED_CELL_RE = re.compile(r"\W*(?:n/?a|tbd|tba|unknown|none|-+|—|–)\W*", re.I)
# A licence column's words for how a model may be used, which name no licence ('Commercial', 'Research only').
NOT_A_LICENSE_NAME = {"yes", "no", "open", "closed", "available", "link",
                      "license", "licence", "see", "custom", "other", "mixed", "various", "commercial",
                      "non-commercial", "noncommercial", "research", "research only", "research-only", "permissive",
                      "restricted", "free", "paid", "private", "public", "proprietary", "closed source", "open source"}


def license_name_cell(cell: str) -> str | None:
    """A licence column's cell that names a licence by its vendor's words alone ('Tern Research', 'Tern'); None for
    what says no name ('N/A', 'Yes', 'Commercial')."""
    named = LICENSE_NAME_CELL_RE.fullmatch(CELL_LINK_MARKS_RE.sub(r"\1", cell).strip(" *_`"))
    return named.group(0) if named and named.group(0).lower() not in NOT_A_LICENSE_NAME \
        and not NOT_STATED_CELL_RE.fullmatch(named.group(0)) else None
