"""Hubs named only by badges: an image link whose target is the model's page on a hub ('[![ModelScope](…badge…)](
https://modelscope.cn/models/org/X-7B)', '[![Replicate](…)](https://replicate.com/org/x)'). The badge's image is
dropped from the analysis text, so the raw source is read; the badge, as written, is the excerpt."""

import re

from .hubs import model_page_hub
from .links import letters, repository

BADGE_RE = re.compile(r"\[!\[[^\]\n]{0,80}\]\([^)\s]{1,400}\)\]\((?P<url>https?://[^)\s]{1,300})\)")
PAGE_RE = re.compile(r"(?P<org>[\w.\-]{1,96})/(?P<repo>[\w.\-]{1,96})/?(?:[?#].*)?$")
NOT_ORG = {"datasets", "spaces", "collections", "papers", "docs", "blog", "models", "organizations", "explore",
           "pricing", "account"}


def badge_pages(source: str) -> list[tuple[str, str, str]]:
    """(hub, the model repository's name, the badge as written) for each badge linking a model's page on a hub."""
    out = []
    for m in BADGE_RE.finditer(source):
        url = m.group("url")
        found = model_page_hub(url)
        if not found:
            continue
        hub, at = found
        if hub.weights:  # a hub of weights: the repository its address names (links.repository)
            repo = repository(url)
            name = repo[1] if repo else None
        else:
            page = PAGE_RE.match(url, at)
            name = page.group("repo") if page and page.group("org").lower() not in NOT_ORG else None
        if name:
            out.append((hub.name, name, m.group(0)))
    return out


def same_name(repo: str, names) -> bool:
    return any(letters(repo) == letters(n) for n in names)
