"""Where a model is, read from the links that name it: a name linking its own repository on a hub or its file on a
host of files, an id written under a heading naming a hub, a badge linking a model's page (steps of `extract`)."""


from .evidence import Evidence
from .field_badges import badge_pages, same_name
from .hubs import HUB_MENTIONS, file_host_of_address
from .links import hub_of, letters, repository
from .names import ModelNames


def hubs_linked(models: dict, names: ModelNames, evidence: Evidence) -> None:
    """A model whose name links to its own repository on a hub is on that hub ('[Swallow-7b-hf](https://
    huggingface.co/…)'): the address, as the document writes it, is the excerpt. Only where no statement said where
    the model is."""
    for key, repo in names.linked_repositories():
        facts = models.get(key)
        if facts is not None and facts.access_surfaces is None and repo.url and evidence.verbatim(repo.url):
            facts.set("access_surfaces", [repo.hub], repo.url)
        elif facts is not None and facts.access_surfaces is None and not repo.url:
            # '### Available Models on Hugging Face' over '- **X Base**: `org/x_base`': an id written out under a
            # heading naming the hub it is on
            for heading in (names.doc.block_text(b) for b in names.doc.headings_over(repo.start)):
                hub = next((name for name, pattern in HUB_MENTIONS if pattern.search(heading)), None)
                if hub and evidence.verbatim(heading.strip()):
                    facts.set("access_surfaces", [hub], heading.strip())
                    break
    # '[BioMedLM](https://huggingface.co/org/pubmedgpt)': a link whose whole text is a model's name reaches its
    # repository, though the id spells another name (the model's former one); '[X for D](https://drive.google…)',
    # the host of its file.
    named = {letters(name): key for key in models for name in names.candidates[key].names}
    for start, end, url in names.doc.links:
        facts = models.get(named.get(letters(names.doc.text[start:end]), frozenset()))
        place = hub_of(url) if repository(url) else file_host_of_address(url)
        if facts is not None and facts.access_surfaces is None and place and evidence.verbatim(url):
            facts.set("access_surfaces", [place], url)


def hubs_badged(models: dict, names: ModelNames, evidence: Evidence) -> None:
    """A badge linking a model's page on a hub ('[![ModelScope](…)](https://modelscope.cn/models/org/X)') puts the
    model of that name on the hub, or the document's one model; the badge is the excerpt of a hub no statement
    gave."""
    for hub, repo, badge in badge_pages(names.doc.verbatim or ""):
        named = [k for k in models if same_name(repo, names.candidates[k].names)]
        for key in named or (list(models) if len(models) == 1 else []):
            facts = models[key]
            if not evidence.verbatim(badge):
                continue
            if facts.access_surfaces is None:
                facts.set("access_surfaces", [hub], badge)
            elif not any(same_item(hub, v) for v in facts.access_surfaces):
                facts.access_surfaces = [*facts.access_surfaces, hub]


def same_item(a: str, b: str) -> bool:
    """Two values of a list are one item when the letters of one hold the other's ('Hugging Face', 'Hugging Face
    Hub')."""
    x, y = letters(a), letters(b)
    return bool(x and y) and (x in y or y in x)
