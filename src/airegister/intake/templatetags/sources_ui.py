"""Template helpers for citations read from source documents."""

import datetime

from django import template
from django.urls import reverse
from django.utils.html import format_html

from airegister.core.templatetags.register_ui import evidence

register = template.Library()


@register.simple_tag
def cited(obj, field_name):
    """A field's excerpt with where it was read: the document and the date of the snapshot it was accepted from
    (`evidence_sources`), else the record's own source (as the `evidence` tag shows it)."""
    excerpt = (getattr(obj, "evidence", None) or {}).get(field_name)
    origin = (getattr(obj, "evidence_sources", None) or {}).get(field_name)
    if not excerpt or not isinstance(origin, dict) or not origin.get("source"):
        return evidence(obj, field_name)
    try:
        day = datetime.date.fromisoformat(str(origin.get("date")))
        when = f", {day:%b} {day.day}, {day.year}"
    except ValueError:
        when = ""
    url = reverse("sources:sourcedocument", args=[origin["source"]])
    return format_html(
        '<details class="cite"><summary>Evidence</summary><div class="cite-body">'
        '<blockquote class="excerpt">“{}”</blockquote>Source: <a href="{}">{}</a>{}</div></details>',
        excerpt,
        url,
        origin.get("title") or origin["source"],
        when,
    )
