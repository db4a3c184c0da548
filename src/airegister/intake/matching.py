"""Finding the register's records that a document names: models by name or alias, channels, vendors.

Documents name things loosely: "Claude Sonnet 3.7" for "Claude 3.7 Sonnet", "The Anthropic API" for
"Anthropic API", "Amazon Bedrock" for "AWS Bedrock" (an alias). A name matches when it is equal ignoring case,
punctuation and a leading "the", or — for models — when it has the same words in another order. A name that
matches two records matches none: a wrong link is worse than none, and the editor links it by hand.
"""

import re

from django.db.models import Q
from django.utils.text import slugify

from airegister.catalog.models import AIModel, Channel, Vendor

WORD_RE = re.compile(r"[a-z0-9]+(?:\.[0-9]+)*")


def words(name: str) -> list[str]:
    found = WORD_RE.findall((name or "").casefold())
    return found[1:] if len(found) > 1 and found[0] == "the" else found


def normal(name: str) -> str:
    return " ".join(words(name))


def squashed(name: str) -> str:
    return "".join(words(name))


def word_set(name: str) -> tuple[str, ...]:
    return tuple(sorted(words(name)))


def only_one(candidates: list) -> object | None:
    """The one record among the candidates (several copies of it count once); None when none or several."""
    distinct = {c.pk: c for c in candidates}
    return next(iter(distinct.values())) if len(distinct) == 1 else None


class ModelMatcher:
    """Matches the names a document uses to the register's models (of the document's vendor, if known)."""

    def __init__(self, vendor: Vendor | None = None):
        models = AIModel.objects.order_by()
        if vendor is not None:
            models = models.filter(Q(vendor=vendor) | Q(vendor__isnull=True))
        self.models = list(models.only("pk", "name", "slug", "aliases", "vendor_id"))

    def names_of(self, model: AIModel) -> list[str]:
        return [model.name, *[a for a in (model.aliases or []) if isinstance(a, str)]]

    def match(self, name: str) -> AIModel | None:
        target = normal(name)
        if not target:
            return None
        exact = [m for m in self.models if any(normal(n) == target for n in self.names_of(m))]
        if exact:
            return only_one(exact)
        squash = squashed(name)
        same = [m for m in self.models if any(squashed(n) == squash for n in self.names_of(m))]
        if same:
            return only_one(same)
        # "Claude Sonnet 3.7" ≈ "Claude 3.7 Sonnet": the same words in another order.
        bag = word_set(name)
        reordered = [m for m in self.models if any(word_set(n) == bag for n in self.names_of(m))]
        return only_one(reordered)


def known_names_of(vendor: Vendor | None) -> list[str]:
    """The names and aliases of the vendor's models in the register: the extractor recognises them in the vendor's
    own documents (extraction/name_known.py). None known without a vendor: another maker's names would be taken
    for the document's own."""
    if vendor is None or vendor.pk is None:
        return []
    matcher = ModelMatcher(vendor)
    return [name for model in matcher.models if model.vendor_id == vendor.pk for name in matcher.names_of(model)]


class ChannelMatcher:
    def __init__(self):
        self.channels = list(Channel.objects.order_by("weight", "name"))

    def match(self, name: str) -> Channel | None:
        target = squashed(name)
        if not target:
            return None
        found = [
            c for c in self.channels
            if any(squashed(n) == target for n in [c.name, c.slug, *[a for a in c.aliases or [] if isinstance(a, str)]])
        ]
        return only_one(found)


def match_vendor(name: str | None) -> Vendor | None:
    """The vendor a document names as a model's developer ("Anthropic", "Anthropic PBC" does not match)."""
    target = squashed(name or "")
    if not target:
        return None
    return only_one([v for v in Vendor.objects.order_by() if target in (squashed(v.name), squashed(v.slug))])


def unique_slug(model_class, name: str) -> str:
    """A slug for a new record named `name`, numbered when the plain one is taken ("claude-opus-4-2")."""
    base = slugify(name)[:90] or model_class._meta.model_name
    slug, n = base, 1
    while model_class.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
