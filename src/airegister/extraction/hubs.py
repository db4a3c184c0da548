"""The hubs vendors publish models on, in one table: the name a text calls each by, the host and path of its model
pages, and how a table header names it. Every reader of hubs (addresses in links.py, hub columns and mentions in
field_surfaces.py, badges in field_badges.py, hub-headed tables in tables.py, hub names that are no model in
name_choice.py) asks here, so a hub added here is known to all of them."""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Hub:
    name: str  # as the register writes it: 'Hugging Face'
    host: str  # pattern of its addresses' host
    model_pages: str  # pattern of the path before 'ORG/REPO' on a model's page
    mention: str  # pattern of its name in text
    header: str  # pattern of a table header that is its name alone
    weights: bool = True  # vendors publish weights there, not only a hosted API to call


HUBS = (
    Hub("Hugging Face", r"huggingface\.co|hf\.co", "", r"hugging\s*face|🤗|\bHF\b", r"hugging\s*face(?:\s+hub)?|hf"),
    Hub("ModelScope", r"modelscope\.cn", r"(?:#/)?models/", r"model\s*scope", r"model\s*scope"),
    Hub("OpenXLab", r"openxlab\.org\.cn", r"models/detail/", r"openxlab", r"openxlab"),
    Hub("Kaggle", r"kaggle\.com", r"models/", r"\bkaggle\b", r"kaggle"),
    Hub("WiseModel", r"wisemodel\.cn", r"models/", r"wisemodel", r"wise\s*model"),
    Hub("Replicate", r"replicate\.com", "", r"\breplicate\b", r"replicate", weights=False),
)
WEIGHT_HUBS = tuple(hub for hub in HUBS if hub.weights)


# Hosts of files a models table's download column links each row's checkpoint on ('[[Google]](https://drive.google.com/
# file/d/…)'): places to get the model as the labels name them, though no hub of model pages (no 'ORG/REPO' there).
FILE_HOSTS = tuple((name, re.compile(rf"(?:https?:)?//(?:www\.)?(?:{host})(?=[/?#]|$)", re.I)) for name, host in (
    ("Google Drive", r"drive\.google\.com|docs\.google\.com/uc"),
    ("Baidu Netdisk", r"pan\.baidu\.com"),
    ("OneDrive", r"1drv\.ms|onedrive\.live\.com|[\w-]+\.sharepoint\.com"),
    ("Dropbox", r"(?:www\.)?dropbox\.com|dl\.dropboxusercontent\.com"),
    ("Zenodo", r"zenodo\.org"),
))


def file_host_of_address(url: str) -> str | None:
    """The host of files an address stands on ('Google Drive' for 'https://drive.google.com/file/d/…'), or None."""
    return next((name for name, pattern in FILE_HOSTS if pattern.match(url)), None)


def either(patterns) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


WEIGHT_HOSTS = either(hub.host for hub in WEIGHT_HUBS)
# An address on a hub of weights ('https://huggingface.co/…', '//modelscope.cn/…').
HUB_URL_RE = re.compile(rf"(?:https?:)?//(?:www\.)?(?:{WEIGHT_HOSTS})/", re.I)
# A table header that is a hub's name alone ('HuggingFace', '🤗 Hugging Face Hub', 'ModelScope').
HUB_HEADER_RE = re.compile(rf"^\W*(?:{either(hub.header for hub in WEIGHT_HUBS)})\W*$", re.I)
# Each hub of weights with the pattern of its name in text.
HUB_MENTIONS = tuple((hub.name, re.compile(hub.mention, re.I)) for hub in WEIGHT_HUBS)
HUB_MENTION = either(hub.mention for hub in WEIGHT_HUBS)


def hub_of_address(url: str) -> str | None:
    """The hub of weights an address stands on, or None."""
    host = re.match(r"(?:https?:)?//(?:www\.)?([^/\s]+)/", url, re.I)
    return next((hub.name for hub in WEIGHT_HUBS if host and re.fullmatch(hub.host, host.group(1), re.I)), None)


def model_page_hub(url: str) -> tuple[Hub, int] | None:
    """The hub whose model pages `url` is among, and where its 'ORG/REPO' starts, or None."""
    for hub in HUBS:
        at = re.match(rf"https?://(?:www\.)?(?:{hub.host})/{hub.model_pages}", url, re.I)
        if at:
            return hub, at.end()
    return None
