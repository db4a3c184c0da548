"""Hubs named only by badges: an image link whose target is the model's page on a hub ('[![ModelScope](…badge…)](
https://modelscope.cn/models/org/X-7B)', '[![Replicate](…)](https://replicate.com/org/x)'). The badge's image is
dropped from the analysis text, so the raw source is read; the badge, as written, is the excerpt."""

import re

from .links import letters, repository

BADGE_RE = re.compile(r"\[!\[[^\]\n]{0,80}\]\([^)\s]{1,400}\)\]\((?P<url>https?://[^)\s]{1,300})\)")
# Hubs whose model pages sit at 'host/[models/]ORG/REPO'.
BADGE_HUBS = (
    ("Hugging Face", r"(?:huggingface\.co|hf\.co)/"),
    ("ModelScope", r"modelscope\.cn/(?:#/)?models/"),
    ("WiseModel", r"wisemodel\.cn/models/"),
    ("Replicate", r"replicate\.com/"),
    ("Kaggle", r"kaggle\.com/models/"),
    ("OpenXLab", r"openxlab\.org\.cn/models/detail/"),
)
PAGE_RE = re.compile(r"(?P<org>[\w.\-]{1,96})/(?P<repo>[\w.\-]{1,96})/?(?:[?#].*)?$")
NOT_ORG = {"datasets", "spaces", "collections", "papers", "docs", "blog", "models", "organizations", "explore",
           "pricing", "account"}


def badge_pages(source: str) -> list[tuple[str, str, str]]:
    """(hub, the model repository's name, the badge as written) for each badge linking a model's page on a hub."""
    out = []
    for m in BADGE_RE.finditer(source):
        url = m.group("url")
        for hub, host in BADGE_HUBS:
            at = re.match(rf"https?://(?:www\.)?{host}", url, re.I)
            if not at:
                continue
            if hub in ("Hugging Face", "ModelScope"):
                repo = repository(url)
                name = repo[1] if repo else None
            else:
                page = PAGE_RE.match(url, at.end())
                name = page.group("repo") if page and page.group("org").lower() not in NOT_ORG else None
            if name:
                out.append((hub, name, m.group(0)))
            break
    return out


def same_name(repo: str, names) -> bool:
    return any(letters(repo) == letters(n) for n in names)
