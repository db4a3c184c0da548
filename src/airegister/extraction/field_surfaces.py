"""Access surfaces: the named places to get or use a model (hubs, APIs, clouds, chat apps, demos), from cues
("available on", "download from"), tables' hub columns and list items; code repositories and runtimes are not places."""


import re
from bisect import bisect_left

from .finder import LABEL, PHRASE, Finder, Hit
from .hubs import HUB_MENTIONS, HUB_URL_RE, WEIGHT_HOSTS, file_host_of_address, hub_of_address
from .links import anagram, repository
from .name_shapes import without_org
from .scan import Gated
from .tables import DOWNLOAD_WORDS, cell_start, find_tables, hub_headed
from .values import SURFACE_RE, is_license

HUB_AFTER_RE = re.compile(r"\s*(?:Hub|Spaces?|collections?|Transformers|datasets?)\b", re.I)

# -- access surfaces --------------------------------------------------------------------------------------------------
ACCESS_CUES = Gated(re.compile(
    r"access(?:ed|ible)?\s+(?:through|via|on|from|in)\b|access\s+surfaces?|access\s+(?:[\w.'’\-]+\s+){0,2}?"
    r"(?:API|APIs|weights|models?)\s+(?:on|at|via|through)\b|availab(?:le|ility)\s+(?:(?:today|now|"
    r"globally|generally|exclusively|publicly|only|solely|also|currently|(?:for\s+)?free|to\s+\w+(?:\s+\w+)?)\s+)?"
    r"(?:on|in|via|through|from)\b"
    r"|availability\s*[:\n]"
    r"|(?<![^\n])access\s*:"
    r"|distribution(?:\s+channels?)?\s*:|(?:offered|deployed|distributed|served|provided|hosted)\s+(?:on|via|through)\b"
    r"|(?:checkpoints|weights|models?|cards?)(?:\s*\([^()\n]{1,60}\))?\s+(?:are|is)\s+(?:published|released|hosted)"
    r"\s+(?:on|at|to|in)\b"  # 'The X models (base and instruct variants) are released on …'"
    r"|where\s+to\s+(?:access|find|use)|can\s+be\s+(?:used|accessed|found)\s+(?:on|via|through|in)\b"
    # 'X is now live on the Y API', 'Get started with X on Y', 'available to customers of Y' (not 'integrated into Y',
    # which a research page says of the libraries and runtimes that load it)
    r"|(?:is|are)\s+(?:now\s+)?live\s+(?:on|in)\b|get\s+started\s+with\s+(?:[\w.\-]+\s+){1,4}?(?:on|in|via)\b"
    r"|availab(?:le|ility)\s+to\s+(?:customers|users)\s+of\b"
    r"|(?:through|via)\s+(?:our|the)\s+API"
    # 'available under the Apache 2.0 license on Hugging Face and Kaggle': the licence said first, then the places
    r"|availab(?:le|ility)\s+under\s+(?:the\s+|an?\s+)?(?:[\w.\-]+\s+){1,4}?licen[cs]es?,?\s+(?:on|in|via|through|from)\b"
    # 'You can access Zorvak 3 via the X API', 'offers a family of models through the X API, Y and Z'
    r"|\baccess\s+(?:[\w.'’\-]+\s+){1,3}?(?:via|through)\b"
    r"|\boffers?\s+(?:[\w.'’\-]+\s+){0,5}?(?:models?|it|them|LLMs?)\s+(?:through|via)\b"
    r"|download(?:ed)?(?:\s+[\w.\-]+){0,3}?\s+(?:from|on|via)\b"
    # 'download all of the ImageNet-pretrained models reported in the paper from Google Drive'
    r"|download(?:\s+[\w.\-]+){0,6}?\s+(?:models|weights|checkpoints)(?:\s+[\w.\-]+){0,4}?\s+from\b"
    r"|(?:use|try|run|deploy)\s+(?:it|them|the\s+models?|this\s+model)\s+(?:for\s+free\s+|online\s+|directly\s+|now\s+)?"
    r"(?:on|via|through|in|from)\b"
    # 'You can use the Together API to try out X': a vendor's named API or platform to use the model through
    r"|\b(?:use|try)\s+(?:the|our)\s+(?=[A-Z][\w.\-]*\s+(?:API|Platform|Playground|Studio|Console)\b)"
    # 'Try Robin-TTS in our Hugging Face Space': a demo of the named model
    # (capitals as written: the pattern is otherwise case-blind)
    r"|\b[Tt]ry\s+(?:out\s+)?(?-i:[A-Z])[\w.\-]*(?:\s+(?-i:[A-Z0-9])[\w.\-]*){0,2}\s+(?:in|on|at)\s+"
    r"(?=our\b|the\b|(?-i:[A-Z]))"
    r"|(?:chat|talk|interact)\s+with\s+[\w.\-]+(?:\s+[\w.\-]+){0,2}?\s+(?:on|at|via|in)\b|\bAPIs?\s+(?:at|on)\b"
    # 'spinning up an instance on our partner, BaseTen': the partner the model is run on
    r"|(?:(?<=\bon\s)|(?<=\bvia\s)|(?<=\bat\s)|(?<=\bthrough\s))our\s+(?:[\w-]+\s+)?partners?\b,?"
    # '模型权重可在 Hugging Face 和 ModelScope 下载' (can be downloaded on …): the places stand between the
    # preposition and the verb, which ends them
    r"|(?:可以?|均可|亦可)(?:在|于|於|从|從|通过|通過)(?=(?P<cjk_places>[^。，,；;\n]{1,80}?)(?:下载|下載|获取|獲取|"
    r"使用|体验|體驗|访问|訪問))",
    re.I,
), "access|availab|distribut|offer|deploy|serve|provid|host|where|can|through|via|download|use|try|run|chat|"
   "talk|interact|api|checkpoint|weight|model|card|our|可|is|are|get")
# After a cue, where the reader runs the model themselves ('on any cloud', 'on your own servers'): no vendor's place.
# ... nor hardware it runs on ('run the models on SBCs like the Raspberry Pi', 'on edge devices').
SELF_HOSTED_RE = re.compile(r"\s*(?:any|every|your(?:\s+own)?|their\s+own|private|on-?prem\w*|local|SBCs?|"
                            r"single-board\s+computers?|(?:edge\s+|mobile\s+)?devices|(?:mobile\s+)?phones|laptops|"
                            r"microcontrollers?|CPUs?|GPUs?)\b", re.I)
# A data set named after the cue ('run the model on ImageNet training set', 'on the COCO val split').
DATA_SET_AFTER_RE = re.compile(r"\s*(?:the\s+)?[\w.\-]+(?:\s+[\w.\-]+)?\s+(?:training|validation|val|test|dev|eval\w*)"
                               r"\s+(?:sets?|splits?|data)\b|\s*(?:the\s+)?[\w.\-]+\s+(?:data\s*set|corpus|benchmark)s?\b|"
                               # ('finetuning X on the MRPC text classification task': a task, no place)
                               r"\s*(?:the\s+)?[\w.\-]+(?:\s+[\w\-]+){0,3}?\s+tasks?\b",
                               re.I)
# The subject of 'can be found on', 'available on' when it is writing about the model, not the model.
WRITING_SUBJECT_RE = re.compile(r"\b(?:details|information|documentation|docs|instructions|guides?|tutorials?|"
                                r"examples|papers?|reports?|articles?|blog\s+posts?|results|descriptions?|explanations?|"
                                r"notes|write-?ups?)\b", re.I)
MODEL_SUBJECT_RE = re.compile(r"\b(?:models?|weights|checkpoints?)\b(?!\s+(?:details|information|documentation|"
                              r"cards?|architecture))", re.I)
SURFACE_HEADER_RE = re.compile(r"^\W*(?:download|availab|access|platforms?|where\s+to)", re.I)
DOMAIN_RE = re.compile(r"(?<![\w@/.])(?:[a-z0-9-]+\.)+(?:ai|com|chat|app)(?![\w]|\.\w)")  # ('Try it on x.ai.')
SITE_ADDRESS_RE = re.compile(r"https?://((?:[a-z0-9-]+\.)+(?:ai|com|chat|app))/?(?=[\s,;)]|\.?$|\.\s)")
# An item labelled by a name whose word joins letters and digits ('X-7B:', 'wmt21-x-da:'): a model, not a place.
MODEL_ITEM_RE = re.compile(r"\s*[\w.\-]*(?:[A-Za-z][\w.\-]*\d|\d[\w.\-]*[A-Za-z])[\w.\-]*"
                           r"(?:[ \t]+[\w.\-]+){0,3}[ \t]*:\s")
GENERIC_ITEM = {"api", "apis", "app", "apps", "web", "mobile", "desktop", "cloud", "platform", "platforms",
                # how one calls a place, not a place: 'run this model via SDK or API'
                "sdk", "sdks", "cli", "endpoint", "endpoints", "rest", "http", "https", "library", "libraries"}
# 'interact with X via HTTP requests': a protocol or a wire format is how one talks to a server, not a place.
PROTOCOL_RE = re.compile(r"(?:https?|rest(?:ful)?|grpc|web\s*sockets?|sse|json|curl|tcp|requests?)"
                         r"(?:\s+(?:requests?|calls?|api|endpoints?))?", re.I)


# What a sentence may offer other than a model: its training data ('the pretraining data', 'the datasets').
# ('any data available on the Internet': what the data is, not where the model is)
DATA_SUBJECT_RE = re.compile(r"\b(?:(?:pre-?)?training\s+data|data\s*sets?|corpus|corpora|"
                             r"(?:any|the|public|web)\s+data|annotations|(?:the\s+)?images|(?:the\s+)?videos)\b", re.I)


def said_of_data(said: str) -> bool:
    """The words before a place speak of data ('Download the pretraining data from', 'The dataset is available on'),
    not of the model."""
    return bool(DATA_SUBJECT_RE.search(said)) and not MODEL_SUBJECT_RE.search(said)


# A program's attribute ('Doc.spans', 'model.generate'), not a site's address ('Claude.ai', 'poe.com')
CODE_ATTRIBUTE_RE = re.compile(r"[A-Za-z_]\w*\.(?!(?:info|chat|tech|cloud|site|page|space|online|store|world|live|"
                               r"news|wiki|blog|tools?|studio|games?|email|network|systems|website)\b)"
                               r"(?:[a-z_]\w{3,}|\w*_\w*)(?:\(\))?")
CODE_HOST_RE = re.compile(r"git\s?hub|gitlab|gitee|bitbucket", re.I)


def surfaces(f: Finder) -> list[Hit]:
    hits = []
    for m in f.scan(ACCESS_CUES):
        sentence = f.seg.at(m.start())
        end = sentence.end
        if f.doc.blocks[sentence.block].kind == "row":
            cell_end = f.text.find(" | ", m.end(), end)  # a table row's cue speaks for its own cell only
            end = cell_end if cell_end >= 0 else end
        if m.group("cjk_places") is not None:
            end = m.end() + len(m.group("cjk_places"))
        tail = f.text[m.end():end]
        if not re.search(r"[A-Za-z0-9]", tail) or tail.rstrip().endswith(":"):
            for nxt in f.seg.following(m.start(), 6):
                if f.doc.blocks[nxt.block].kind == "item" and MODEL_ITEM_RE.match(f.text, nxt.start):
                    break  # '- x-7b-chat: Download link; Paper': a list of models with their facts, not of places
                words = f.text[nxt.start:nxt.end].split()
                # (a line listing names, 'X app, X Developer Platform, Microsoft Azure AI Foundry', is one value)
                if len(words) > 8 and not NAME_LIST_LINE_RE.fullmatch(f.text, nxt.start, nxt.end) \
                        or f.doc.blocks[nxt.block].kind == "heading" and f.doc.blocks[nxt.block].level <= 6:
                    break
                end = nxt.end
        if SELF_HOSTED_RE.match(f.text, m.end()):
            continue  # 'deploy it on any cloud (AWS/GCP/Azure)': wherever one runs it oneself, no place that offers it
        if DATA_SET_AFTER_RE.match(f.text, m.end()):
            continue  # 'we run the model on ImageNet training set': the data it is run on, no place
        if is_license(re.split(r"[|;]", f.text[m.end():end], maxsplit=1)[0]):
            continue  # 'Weight availability: Apache 2.0' names the licence, not a place
        if WRITING_SUBJECT_RE.search(f.text, sentence.start, m.start()) \
                and not MODEL_SUBJECT_RE.search(f.text, sentence.start, m.start()):
            continue  # 'Training details can be found on Medium and Habr': where a text is read, not the model
        said = f.text[sentence.start:sentence.end].split(":", 1)[0]  # the sentence up to what it lists
        if said_of_data(said):
            continue  # 'Download the pretraining data from the following links:': where data is, not the model
        items = []
        for s in SURFACE_RE.finditer(f.text, m.end(), end):
            items.append((normal_surface(s.group(0)), s.start(), s.end()))
        # 'available in' also precedes languages, sizes and regions: there only platform-like names count.
        strict = f.doc.format in ("text", "pdf") or bool(re.search(r"\bin\s*$", m.group(0), re.I))
        items += list_items(f, m.end(), end, strict=strict)
        items += [(d.group(0), d.start(), d.end()) for d in DOMAIN_RE.finditer(f.text, m.end(), end)]
        # 'access the API on https://platform.example.com/': a site's bare address names the place.
        # Only in the cue's own sentence: a list of bare addresses after 'from the following locations:' lists
        # download mirrors of files, not places named as offering the model.
        items += [(d.group(1), d.start(1), d.end(1)) for d in SITE_ADDRESS_RE.finditer(f.text, m.end(), end)
                  if d.start() < sentence.end]
        # '[dreamlike.art](https://dreamlike.art/)': a link whose text is its own site's address names the place.
        items += [(f.text[a:b], a, b) for a, b, url in f.doc.links_from(m.end(), end)
                  if re.fullmatch(rf"https?://(?:www\.)?{re.escape(f.text[a:b])}/?", url, re.I)
                  and re.fullmatch(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", f.text[a:b])]
        for value, a, b in items:
            if PROTOCOL_RE.fullmatch(value.strip()) or CODE_HOST_RE.fullmatch(value.strip()) \
                    or CODE_ATTRIBUTE_RE.fullmatch(value.strip()):
                continue  # ('made available on Github': the code's place; 'via the Doc.spans container': an attribute)
            if any(RELATIVE_LINK_RE.match(url.strip()) for _s, _e, url in f.doc.links_over(a, b)):
                continue  # 'from our [Model Zoo](docs/MODEL_ZOO.md)': another page of the same documents, no place
            hits.append(Hit("access_surfaces", [value], a, b, m.start(), LABEL))
    for m in OFFERS_ACCESS_RE.finditer(f.text):  # 'The Muse API offers access to models …': the subject is the place
        hits.append(Hit("access_surfaces", [normal_surface(m.group("place"))], m.start("place"), m.end("place"),
                        m.start(), PHRASE))
    for m in NAMED_API_RE.finditer(f.text):  # 'Preview of X APIs available': the vendor's API for the model
        hits.append(Hit("access_surfaces", [m.group("place")], m.start("place"), m.end("place"), m.start(), PHRASE))
    hits += table_surfaces(f) + hub_mentions(f) + place_links(f) + title_places(f) + linked_here(f)
    return [h for h in hits if not FUTURE_RE.search(f.text, f.seg.at(h.cue).start, max(h.cue, h.start))]


# A link to another page of the same site or repository ('docs/MODEL_ZOO.md', '#models', '../zoo.html'): no address
# of its own, so no place of its own.
RELATIVE_LINK_RE = re.compile(r"(?![a-z][a-z0-9+.\-]*:|//|www\.)[\w.#/\-]")


# A line that is a list of capitalised names, each of five words at most ('Glendrax app, Glendrax Developer Platform,
# Microsoft Azure AI Foundry').
NAME = r"[A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){0,4}"
NAME_LIST_LINE_RE = re.compile(rf"\s*{NAME}(?:\s*,\s*(?:and\s+|or\s+)?{NAME}){{1,12}}\s*\.?\s*")


# 'All baselines are going to be uploaded in Huggingface Model Hub', 'will be available on X soon': a promise, not a
# place the model is at.
FUTURE_RE = re.compile(r"\b(?:going\s+to\s+be|will\s+(?:soon\s+)?be|(?:is|are)\s+to\s+be|coming\s+soon|"
                       r"plan(?:s|ned)?\s+to|to\s+be\s+(?:released|uploaded|published))\b", re.I)


OFFERS_ACCESS_RE = re.compile(r"(?P<place>(?:[A-Z][\w.]*[ \t]+){1,3}(?:API|Platform|Cloud|Studio|Console|App|Hub|"
                              r"Playground))[ \t]+(?:offers|provides|gives|opens)[ \t]+(?:\w+[ \t]+)?access[ \t]+"
                              r"to[ \t]+(?:\w+[ \t]+){0,3}(?:models?|weights|LLMs?)\b")


# 'X APIs available', 'the X API is now available': an API named for a product, said to be available.
NAMED_API_RE = re.compile(r"(?<![\w.\-])(?P<place>[A-Z][A-Za-z0-9.\-]*[ \t]+APIs?)[ \t]+(?:(?:is|are)[ \t]+)?"
                          r"(?:now[ \t]+)?(?:generally[ \t]+)?available\b")


# A link whose whole text names a place to try the model ('Playground', 'Kestrel Studio'), as in the row of links
# under a card's title: the link is the statement.
PLACE_LINK_RE = re.compile(r"(?:[A-Z][\w.]*\s+){0,2}(?:Playground|Studio|Console)")


# 'Developed by: [Playground](…)', '… the research team at [X](…)': the link names the maker, not a place to try it.
MAKER_BEFORE_RE = re.compile(r"(?:\bby\s*:?|\b(?:team|lab|group)\s+at|\bfrom)\s+(?:the\s+)?$", re.I)


# Programs that run a downloaded model locally are runtimes, not places to get or use it (labelling conventions).
RUNTIME_RE = re.compile(r"LM\s*Studio|Ollama|GPT4All|Jan(?:\.ai)?|llama\.cpp|vLLM|SGLang", re.I)


# A catalogue page titled by the platform that offers its models ('Supported foundation models in Amazon Bedrock',
# 'Models available on Workers AI', 'Azure OpenAI Service models'): that platform is each model's place.
TITLE_PLACE_RE = re.compile(r"\bmodels?\b(?:\s+(?:available|supported|offered|hosted))?\s+(?:in|on|with|through|via)\s+"
                            r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$"
                            r"|^\W*(?P<owner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+models?\s*$")
KNOWN_PLATFORM_RE = re.compile(r"\b(?:Bedrock|Vertex|Azure|SageMaker|watsonx|Cortex|Workers\s+AI|Model\s+Garden)\b")


def title_places(f: Finder) -> list[Hit]:
    heading = f.doc.heading_blocks[0] if f.doc.heading_blocks else None
    if heading is None or heading.level not in (None, 1) and heading is not f.doc.blocks[0]:
        return []
    m = TITLE_PLACE_RE.search(f.text, heading.start, heading.end)
    place = m and (m.group("place") or m.group("owner"))
    if not place or not (PLATFORM_WORD_RE.search(place) or KNOWN_PLATFORM_RE.search(place)):
        return []
    at = m.start("place") if m.group("place") else m.start("owner")
    return [Hit("access_surfaces", [place], at, at + len(place), at, LABEL, doc_level=True)]


AVAILABLE_HERE_RE = re.compile(r"\bavailable\s+(?:(?:at|on|from|via)\s+)?(?=here\b)", re.I)


def linked_here(f: Finder) -> list[Hit]:
    """'The current list of models (available [here](https://huggingface.co/org)) includes:': the hub a 'here' link
    of models (not of data or code) points to."""
    hits = []
    for m in AVAILABLE_HERE_RE.finditer(f.text):
        said = f.text[f.seg.at(m.start()).start:m.start()]
        if not MODEL_SUBJECT_RE.search(said) or DATA_SUBJECT_RE.search(said):
            continue
        for a, b, url in f.doc.links_over(m.end(), m.end() + 4):
            hub = hub_of_address(url)
            if hub:
                hits.append(Hit("access_surfaces", [hub], a, b, m.start(), PHRASE))
    return hits


def place_links(f: Finder) -> list[Hit]:
    return [Hit("access_surfaces", [text], start, end, start, PHRASE, needs_scope=True)
            for start, end, url in f.doc.links
            if PLACE_LINK_RE.fullmatch(text := f.text[start:end].strip()) and re.match(r"https?://", url)
            and not MAKER_BEFORE_RE.search(f.text, max(0, start - 40), start) and not RUNTIME_RE.fullmatch(text)]



def table_surfaces(f: Finder) -> list[Hit]:
    """A table column headed 'Download' or 'Availability': the row's model is reached there."""
    hits = []
    for block in f.doc.blocks:
        if block.kind != "row" or not block.header or not any(SURFACE_HEADER_RE.match(h) for h in block.header):
            continue
        row = f.text[block.start:block.end]
        for head, cell in zip(block.header, block.cells, strict=False):
            if not SURFACE_HEADER_RE.match(head) or not cell or is_license(cell):
                continue  # 'Weight availability: Apache 2.0' is the licence, not a place
            at = row.find(f"{head}: {cell}")
            if at < 0:
                continue
            start = block.start + at + len(head) + 2
            for x in SURFACE_RE.finditer(cell):
                hits.append(Hit("access_surfaces", [normal_surface(x.group(0))], start + x.start(), start + x.end(),
                                block.start, LABEL))
    return hits + hub_columns(f)


# Model hubs a table's column of links reaches ('ModelScope(HF)', '🤗 HuggingFace', a 'HF' column of ✓).
NEGATIVE_CELL_RE = re.compile(r"^\s*(?:[✗✘×xX-]|—|–|no|n/?a|none|coming\s+soon|tbd)?\s*$", re.I)


# What a column marked with a hub's name or logo states when it is no column of places: the models' settings
# ('🤗模型参数', 'HF config', 'Params (HF)').
HUB_MARKED_FACT_RE = re.compile(r"参数|參數|配置|param|config|setting|size|context|length", re.I)


def _hub_header(head: str) -> bool:
    """A column header naming a hub that says where the row's model is, not a fact of it marked with the hub."""
    rest = head
    for _hub, pattern in HUB_MENTIONS:
        rest = pattern.sub(" ", rest)
    return not HUB_MARKED_FACT_RE.search(rest)


def hub_columns(f: Finder) -> list[Hit]:
    """A row of a models table with a link to a hub: the row's model is on that hub."""
    hits = []
    for table in find_tables(f.doc)[0]:
        # A zoo table with results beside its hub columns ('| Model | Transformers(HF) | ModelScope(HF) | Avg |'):
        # only its columns headed by a hub say where a row's model is.
        hub_cols = {j for j, head in enumerate(table.header) if any(p.search(head) for _hub, p in HUB_MENTIONS)}
        hosted_rows = _rows_link_files(f, table)
        if table.name_col is None or table.scores and not hub_cols and not hosted_rows and not any(
                not head.strip() and _repository_column(f, table, j) for j, head in enumerate(table.header)):
            continue  # (a results table's unheaded column of the rows' own repositories says where they are)
        # ('🤗模型参数': the model's settings marked with the logo, no column of places; judged once per table)
        heads = [head if _hub_header(head) else "" for head in table.header]
        for index in table.blocks:
            block = f.doc.blocks[index]
            found = []
            raw = re.split(r"(?<!\\)\|", block.source.strip().strip("|")) if block.source else []
            for j, cell in enumerate(block.cells):
                if not cell.strip() and j < len(raw):
                    cell = raw[j]  # a cell holding only a badge image ('[![Open in X](…)](…)') links all the same
                if j == table.name_col and not hub_headed(table) or NEGATIVE_CELL_RE.match(cell) \
                        or table.scores and (j not in hub_cols or j >= len(raw) or "://" not in raw[j]):
                    continue
                head = heads[j] if j < len(heads) else ""
                for hub, pattern in HUB_MENTIONS:
                    if (pattern.search(head) or pattern.search(cell)) and hub not in found:
                        found.append(hub)
            # A link whose text names no hub ('MS Link: 🤖 link') reaches it all the same by its address, when the
            # address is the row model's own repository (not a component's, linked in another column).
            # (a name cell written as the repository's id, 'org/X-7B', is its own repository's name too)
            own = anagram(without_org(block.cells[table.name_col])) if table.name_col < len(block.cells) else ""
            own_urls = [url for _a, _b, url in f.doc.links_from(block.start, block.end)
                        if (repo := repository(url)) and own and anagram(repo[1]) == own]
            # So does a link in a column of downloads ('| Link |' over '[link](https://huggingface.co/org/X/…)'):
            # where the row's checkpoint is fetched from, whatever repository holds it.
            own_urls += download_column_urls(f, table, block)
            # ... and so does an icon linked beside the name ('x-tiny ([🤗](https://huggingface.co/org/X/…))')
            own_urls += icon_link_urls(f, table, block)
            for url in own_urls:
                hub = hub_of_address(url)
                if hub and hub not in found:
                    found.append(hub)
            # A download column's link to a host of files ('| Download | 14M [[Google]](https://drive.google.com/…)
            # |'), or the name cell's: the row's checkpoint is got there.
            hosted = download_column_urls(f, table, block, file_host_of_address)
            if hosted_rows and not hosted:  # ('| X-S | [88.20 / 86.84](https://drive.google.com/…) |': a score
                # links the checkpoint that scored it)
                hosted = [url for _a, _b, url in f.doc.links_from(block.start, block.end) if file_host_of_address(url)]
            if table.name_col < len(block.cells):  # ('| [X-400](https://www.dropbox.com/s/…/X-400.pth?dl=1) |')
                hosted += _cell_hub_urls(f, table, block, table.name_col, place_of=file_host_of_address)
            for url in hosted:
                host = file_host_of_address(url)
                if host not in found:
                    found.append(host)
                    own_urls.append(url)
            # An HTML row has no source line: the address it links the hub with (a hub's address, or a link whose
            # text names the hub: '<a href="https://s.example/hf-x">HuggingFace</a>') is its verbatim excerpt.
            excerpt = block.source or next(iter(own_urls), None) or next(
                (url for a, b, url in f.doc.links_from(block.start, block.end) if (HUB_URL_RE.match(url) or any(
                    pattern.search(f.text[a:b]) for hub, pattern in HUB_MENTIONS if hub in found))), None)
            if found and excerpt:
                hits.append(Hit("access_surfaces", found, block.start, block.end, block.start, LABEL,
                                row_excerpt=excerpt))
    return hits


# ('google drive link', 'openxlab link': a column of downloads named by their host)
DOWNLOAD_COLUMN_RE = re.compile(rf"^\W*(?:(?:google\s+drive|baidu(?:\s*(?:pan|netdisk|yun))?|one\s*drive|dropbox|"
                                rf"openxlab|hugging\s*face|hf|modelscope)\s+)?"
                                rf"(?:{DOWNLOAD_WORDS}|files?|model\s+(?:links?|weights|files))\W*$", re.I)


def icon_link_urls(f: Finder, table, block) -> list[str]:
    """The hub addresses a row's name cell links by an icon, a link text of no word ('🤗')."""
    if table.name_col is None or table.name_col >= len(block.cells):
        return []
    return _cell_hub_urls(f, table, block, table.name_col, icons_only=True)


def download_column_urls(f: Finder, table, block, place_of=hub_of_address) -> list[str]:
    """The addresses of places (hubs, or what `place_of` names) a row links from its columns of downloads."""
    return [url for j, head in enumerate(table.header)
            if j != table.name_col and j < len(block.cells)
            and (DOWNLOAD_COLUMN_RE.match(head) or not head.strip() and _repository_column(f, table, j))
            for url in _cell_hub_urls(f, table, block, j, place_of=place_of)]


def _rows_link_files(f: Finder, table) -> bool:
    """Two thirds of a table's rows at least link a file on a host of files (their checkpoints), in any column."""
    rows = [f.doc.blocks[i] for i in table.blocks]
    linked = sum(any(file_host_of_address(url) for _a, _b, url in f.doc.links_from(r.start, r.end)) for r in rows)
    return len(rows) >= 2 and linked * 3 >= len(rows) * 2


def _repository_column(f: Finder, table, j: int) -> bool:
    """An unheaded column whose cells link hub repositories, two thirds of its filled cells at least ('| X 7B SFT |
    [org/X-7B-SFT](https://huggingface.co/org/X-7B-SFT) |'): each row's own repository, as a 'Download' column is."""
    cache = f.__dict__.setdefault("_repository_columns", {})
    if (id(table), j) not in cache:
        rows = [f.doc.blocks[i] for i in table.blocks]
        filled = [r for r in rows if j < len(r.cells) and r.cells[j].strip()]
        linked = sum(any(repository(url) for url in _cell_hub_urls(f, table, r, j)) for r in filled)
        cache[(id(table), j)] = len(filled) >= 2 and linked * 3 >= len(filled) * 2
    return cache[(id(table), j)]


def _cell_hub_urls(f: Finder, table, block, j: int, icons_only: bool = False, place_of=hub_of_address) -> list[str]:
    """The hub addresses the row's cell j links (by an icon only, a link text of no word, when `icons_only`)."""
    start = cell_start(f.doc, block, table.header, j)
    if start is None:
        return []
    return [url for a, b, url in f.doc.links_from(start, start + len(block.cells[j].strip()) + 1)
            if place_of(url) and not (icons_only and re.search(r"\w", f.text[a:b]))]


# A hub's pages about something else than a model ('huggingface.co/docs/transformers', a dataset, a paper, a user's
# profile): a link there does not put the item's model on the hub; a model's repository or a demo Space does.
HUB_ADDRESS_RE = re.compile(r"(?:https?:)?//(?:www\.)?(?:huggingface\.co|hf\.co)/[^\s)\]>\"']*", re.I)


OTHER_ADDRESS_RE = re.compile(rf"(?:https?:)?//(?!(?:www\.)?(?:{WEIGHT_HOSTS})/)[^\s)\]>\"']*", re.I)


def model_page(url: str) -> bool:
    return repository(url) is not None or bool(re.search(r"\.co/(?:spaces|collections)/", url, re.I))


# A line labelled with a hub and what the model has there ('🤗 Huggingface Repo:', 'ModelScope link:').
HUB_LABEL_RE = re.compile(r"^\W{0,4}(?P<hub>hugging\s*face|model\s*scope|🤗)(?:\s*🤗)?\s+(?:model\s+)?"
                          r"(?:repo(?:sitory)?|link|page|weights|checkpoints?)\s*[:：]", re.I)
HUB_AFTER_USE_RE = re.compile(
    r"\b(?:on|in|via|through|at|using)\s+(?:the\s+)?(?:🤗\s*)?(?P<hub>hugging\s*face|model\s*scope|kaggle|openxlab|"
    # ... or an organisation's page on it, its address written out ('The models are available at
    # https://huggingface.co/sudo-ai:'), not the hub's pages of docs, data, papers or demos
    r"(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co|modelscope\.cn)/(?!(?:docs|datasets|blog|papers|spaces|"
    r"learn|models|organizations)\b)[\w.\-]+/?(?=[\s):.,]|$))"
    r"(?:\s*🤗)?(?P<suffix>\s+hub)?\b(?!\s*(?:transformers|datasets?|library|spaces?|tokenizers?|format|api))", re.I)


# A model card's items saying what the model was made from or by whom (the hub card template's 'Finetuned from
# model', 'Developed by', 'Shared by', 'Funded by', 'Base model', 'Paper'): a hub they link or name is where that
# base, maker or paper is, not where the model is.
MADE_FROM_ITEM_RE = re.compile(r"\W*(?:fine-?tuned\s+from(?:\s+model)?|base\s+model|(?:developed|shared|funded|"
                               r"trained|created)\s+by|papers?)\W*:", re.I)


DEMO_ITEM_RE = re.compile(r"\W*(?:(?:online|web|live|gradio)\s+)?demos?\W*:", re.I)
SPACE_URL_RE = re.compile(r"https?://(?:[\w-]+\.hf\.space|(?:www\.)?huggingface\.co/spaces/[\w.\-]+/[\w.\-]+)", re.I)


def hub_mentions(f: Finder) -> list[Hit]:
    """A hub named beside a model: a list item naming the model and its hub ('`X-v1` [Huggingface]: …'), or a
    sentence putting the model on it ('directly using HuggingFace 🤗 Hub', 'Command R in HuggingFace')."""
    hits = []
    link_starts = [a for a, _b, _url in f.doc.links]
    for block in f.doc.blocks:
        if block.kind not in ("item", "text"):
            continue
        text = f.text[block.start:block.end]
        if block.kind == "item":
            if MADE_FROM_ITEM_RE.match(text):
                continue  # '- **Finetuned from model:** [org/X](…)', '- Developed by: X (based on HuggingFace H4 …)'
            space = DEMO_ITEM_RE.match(text) and SPACE_URL_RE.search(block.source or text)
            if space:  # '- **Demo:** https://org-x-chat.hf.space/': the model is tried on a Hugging Face Space
                at = block.start + text.find(space.group(0)) if space.group(0) in text else block.start
                hits.append(Hit("access_surfaces", ["Hugging Face Spaces"], at, at + len(space.group(0))
                                if space.group(0) in text else block.end, block.start, PHRASE, needs_scope=True,
                                row_excerpt=block.source))
                continue
            # The item's text with its links' addresses: its Markdown source line, or an HTML item's text and links.
            links = f.doc.links[bisect_left(link_starts, block.start):bisect_left(link_starts, block.end)]
            source = block.source or " ".join([text, *(url for _a, _b, url in links)])
            # A hub's name inside another site's address ('github.com/huggingface/transformers', '?utm_source=
            # huggingface') is no hub the item names.
            source = OTHER_ADDRESS_RE.sub("", source)
            source = HUB_ADDRESS_RE.sub(lambda u: u.group(0) if model_page(u.group(0)) else "", source)
            found = [hub for hub, pattern in HUB_MENTIONS if pattern.search(source)
                     and not HUB_AFTER_RE.match(text, (pattern.search(text) or re.search("$", text)).end())]
            if found:
                # An HTML item has no source line: a hub's address it links is its verbatim excerpt.
                excerpt = block.source or next((url for _a, _b, url in links if HUB_URL_RE.match(url)), None)
                hits.append(Hit("access_surfaces", found, block.start, block.end, block.start, PHRASE,
                                needs_scope=True, row_excerpt=excerpt))
            continue
        label = HUB_LABEL_RE.match(text)
        if label:
            # '🤗 Huggingface Repo: [https://huggingface.co/org/x-v1](…)' under a model's heading: its repository
            hub = next(name for name, pattern in HUB_MENTIONS if pattern.search(label.group("hub")))
            reached = [url for _a, _b, url in f.doc.links_from(block.start + label.end(), block.end)
                       if repository(url) and hub_of_address(url) == hub]
            if reached:
                hits.append(Hit("access_surfaces", [hub], block.start + label.start("hub"),
                                block.start + label.end("hub"), block.start, PHRASE))
                continue
        for m in HUB_AFTER_USE_RE.finditer(text):
            if m.group(0).lower().startswith("using") and not m.group("suffix"):
                continue  # 'using Hugging Face' is a library more often than a place to get the model
            if said_of_data(text[f.seg.at(block.start + m.start()).start - block.start:m.start()]):
                continue  # 'The dataset is available on Hugging Face': where the data is, not the model
            # (an address written out names its hub by its host; a name, by the hub's way of writing it)
            hub = hub_of_address("//" + m.group("hub").split("//")[-1]) \
                or next(name for name, pattern in HUB_MENTIONS if pattern.search(m.group("hub")))
            start = block.start + m.start("hub")
            hits.append(Hit("access_surfaces", [hub], start, block.start + m.end("hub"), block.start + m.start(),
                            PHRASE))
    return hits


def list_items(f: Finder, start: int, end: int, strict: bool) -> list[tuple[str, int, int]]:
    """Names listed after a cue: 'available on Acme Cloud, Orionhub and Hugging Face' or a bullet list.
    In plain text, where list items run together with headings, only names with a platform word count."""
    out = []
    for sentence in f.seg.sentences[f.seg.index_at(start):f.seg.index_at(max(start, end - 1)) + 1]:
        a0, b0 = max(start, sentence.start), min(end, sentence.end)
        # 'in the X apps for Pro, Team and Enterprise users': the plans it is offered to, no places (blanked,
        # offsets kept)
        said = PLANS_RE.sub(lambda p: " " * len(p.group(0)), f.text[a0:b0])
        for m in re.finditer(r"[^,;:\n]+", said):
            if CLAUSE_AFTER_LIST_RE.match(m.group(0)):
                break  # '…, while Pro and Team plan subscribers can …': the list has ended, another clause begins
            if RANKING_RE.search(m.group(0)):
                continue  # 'found on the MT-bench and AlpacaEval leaderboards': where results stand, not the model
            for part in re.split(r"\s+(?:and|or)\s+", m.group(0)):
                # '… in the X app for Pro users, and to developers through the X API': whom it is offered to, then
                # the place
                part = AUDIENCE_RE.sub("", part.strip())
                item = re.sub(r"^\s*(?:(?:through|via|on|in|from|with|using)\s+)?(?:(?:the|our|both|either)\s+)?"
                              r"(?:(?:serverless|hosted|managed|fully[\s-]managed)\s+)?", "",
                              part.strip(), flags=re.I).strip(" .")
                # 'available in the cloud via the Kestrel Model Studio': the place is named after the preposition.
                item = re.sub(r"^(?:cloud|web|browser|app)\s+(?:via|through|on|at)\s+(?:the\s+)?", "", item)
                # 'See [model hub](…)', 'Visit the Kestrel Studio': a pointer's verb is no part of the place it names.
                item = re.sub(r"^(?:See|Visit|Check(?:\s+out)?|Refer\s+to|Go\s+to|Click)\s+(?:the\s+|our\s+)?", "",
                              item)
                # 'Kestrel Platform under the name …': the name is the capitalised words before the rest.
                # ('the Corvid iOS app': a word with an inner capital is a name's word too)
                item = re.match(rf"(?:[A-Z][\w.'’-]*|(?:of|app)\b)(?:\s+(?:[A-Z][\w.'’-]*|{INNER_CAPITAL_WORD}|"
                                r"(?:of|(?:mobile\s+|desktop\s+)?apps?)\b))*", item)
                item = item.group(0) if item else ""
                if re.search(r"['’]s?$", item):
                    continue  # "DeepSeek's official website", 'Acme’s proprietary platform': an owner, not the place
                words = item.split()
                if not 1 <= len(words) <= 5 or item.lower() in GENERIC_ITEM or re.search(r"\d", item) \
                        or not item[0].isupper():
                    continue  # 'of' alone, a number: not a place
                if not all(w[0].isupper() or w.lower() in ("of", "for", "and", "app", "apps", "mobile", "desktop")
                           or re.fullmatch(INNER_CAPITAL_WORD, w) for w in words):
                    continue
                if strict and not PLATFORM_WORD_RE.search(item) or NOT_A_PLACE_RE.search(item):
                    continue
                a = a0 + m.start() + m.group(0).find(item)
                # '[Community models](https://huggingface.co/models)': a link's text naming a hub's page; the
                # place is the hub its address names.
                hub = next((hub_of_address(url) for _s, _e, url in f.doc.links_over(a, a + 1)), None)
                out.append((hub or item, a, a + len(item)))
    return out


INNER_CAPITAL_WORD = r"[a-z]+[A-Z][\w.'’-]*"  # a name's word with a capital inside it ('iOS', 'macOS')
PLAN = r"[A-Z][\w+-]*"
PLANS_RE = re.compile(rf"\b(?:for|to)\s+(?:{PLAN}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*{PLAN}\s+"
                      r"(?:plan\s+)?(?:users|subscribers|customers|members|plans?|tiers?|accounts?)\b")
CLAUSE_AFTER_LIST_RE = re.compile(r"\s*(?:while|whereas|but|although|though|which|who|where|when)\b", re.I)
AUDIENCE_RE = re.compile(r"^(?:to|for)\s+(?:[\w-]+\s+){1,4}?(?=(?:through|via|on|in)\s)", re.I)
RANKING_RE = re.compile(r"\b(?:leaderboards?|benchmarks?|rankings?)\b", re.I)
# 'Base Models', 'Instruction-Tuned': kinds of models listed under a hub, not places to get them; nor is what an
# interface is like ('the OpenAI-compatible endpoint').
NOT_A_PLACE_RE = re.compile(r"\b(?:models?(?!\s+(?:Studio|Garden|Hub|Catalog|Zoo|Gallery|Library|Marketplace)\b)|tuned|"
                            r"versions?|weights|checkpoints?|variants?|series)\b|-compatible$|^(?:the\s+)?(?:internet|web)$",
                            re.I)
PLATFORM_WORD_RE = re.compile(r"\b(?:API|APIs|apps?|Apps?|Cloud|Studio|Chat|Hub|Platform|Console|Foundry|Marketplace|"
                              r"Garden|Playground|SDK|Store|Workbench|Portal|Service)\b|\w\.(?:ai|com|chat|app|io|co)\b")


def normal_surface(text: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(text.split()), flags=re.I)
