"""Template helpers for citations read from source documents."""

import datetime

from django import template
from django.urls import reverse
from django.utils.html import format_html

from airegister.core.templatetags.register_ui import evidence

register = template.Library()


# The community datasets `airegister sync` reads: a value they state is shown as theirs, never as the vendor's.
COMMUNITY_DATASETS = {"models-dev": "models.dev", "litellm": "LiteLLM"}


@register.simple_tag
def cited(obj, field_name):
    """A field's excerpt with where it was read: the document and the date of the snapshot it was accepted from
    (`evidence_sources`), else the record's own source (as the `evidence` tag shows it). A value read from a
    community dataset says so (a "models.dev · community" badge), with the file and line and the vendor page that
    states it, where the feed names one; a feed's value that differs from the vendor's is shown beside it."""
    excerpt = (getattr(obj, "evidence", None) or {}).get(field_name)
    origin = (getattr(obj, "evidence_sources", None) or {}).get(field_name)
    beside = feed_fact(obj, field_name)
    if not excerpt or not isinstance(origin, dict) or not origin.get("source"):
        return format_html("{}{}", evidence(obj, field_name), beside)
    url = reverse("sources:sourcedocument", args=[origin["source"]])
    if origin["source"] in COMMUNITY_DATASETS:
        stated = ""
        if origin.get("stated_by"):
            stated = format_html(' · stated by <a href="{}" rel="noopener noreferrer">{}</a>', origin["stated_by"],
                                 origin["stated_by"])
        return format_html(
            ' <span class="badge badge-yellow" title="A community dataset, not the vendor\'s statement">'
            '{} · community</span>'
            '<details class="cite"><summary>Evidence</summary><div class="cite-body">'
            '<blockquote class="excerpt">“{}”</blockquote>Source: <a href="{}">{}</a>, {}{}</div></details>{}',
            COMMUNITY_DATASETS[origin["source"]], excerpt, url, origin.get("title") or origin["source"],
            origin.get("locator", ""), stated, beside,
        )
    try:
        day = datetime.date.fromisoformat(str(origin.get("date")))
        when = f", {day:%b} {day.day}, {day.year}"
    except ValueError:
        when = ""
    return format_html(
        '<details class="cite"><summary>Evidence</summary><div class="cite-body">'
        '<blockquote class="excerpt">“{}”</blockquote>Source: <a href="{}">{}</a>{}</div></details>{}',
        excerpt,
        url,
        origin.get("title") or origin["source"],
        when,
        beside,
    )


def feed_fact(obj, field_name):
    """What a community dataset states for a field where it differs from the value recorded (shown, not merged)."""
    fact = (getattr(obj, "feed_facts", None) or {}).get(field_name)
    if not isinstance(fact, dict) or fact.get("value") in (None, "", []):
        return ""
    value = fact["value"]
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    elif isinstance(value, int) and not isinstance(value, bool) and value >= 10000:
        value = f"{value:,}"
    name = COMMUNITY_DATASETS.get(fact.get("source"), fact.get("source"))
    return format_html(
        '<div class="small muted feed-fact">community dataset ({}) states: {}'
        '<details class="cite"><summary>Evidence</summary><div class="cite-body">'
        '<blockquote class="excerpt">“{}”</blockquote>{}</div></details></div>',
        name, value, fact.get("excerpt", ""), fact.get("locator", ""),
    )
