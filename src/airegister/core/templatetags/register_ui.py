"""Template helpers shared by every page: badges from ChoiceSets, partial dates, sanitised Markdown."""

import datetime
import json
from functools import cache

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from airegister.core.choices import ChoiceSet
from airegister.core.markdown import render_markdown

from ..changelog import label_changes

register = template.Library()

NOT_RECORDED = "Not recorded"


@register.filter(name="markdown")
def markdown_filter(text):
    # render_markdown escapes raw HTML and sanitises with nh3; only its output is ever marked safe.
    return mark_safe(render_markdown(text or ""))


@register.filter
def partial_date(value):
    """ "2025" → "2025", "2025-05" → "May 2025", "2025-02-24" → "February 24, 2025"."""
    if not value:
        return ""
    if isinstance(value, datetime.date):
        return f"{value:%B} {value.day}, {value.year}"
    parts = str(value).split("-")
    try:
        if len(parts) == 1:
            return parts[0]
        if len(parts) == 2:
            return f"{datetime.date(int(parts[0]), int(parts[1]), 1):%B} {parts[0]}"
        day = datetime.date(int(parts[0]), int(parts[1]), int(parts[2]))
        return f"{day:%B} {day.day}, {day.year}"
    except ValueError:
        return str(value)  # stored values are validated; show anything odd as it is rather than fail


def _all_choice_sets():
    found, todo = [], list(ChoiceSet.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


@cache
def choice_set_for(model, field_name):
    """The ChoiceSet a model field's choices were built from (fields store only the (value, label) pairs)."""
    choices = list(model._meta.get_field(field_name).choices or [])
    for cls in _all_choice_sets():
        if cls.choices() == choices:
            return cls
    return None


@register.filter
def choice_color(obj, field_name):
    cls = choice_set_for(type(obj), field_name)
    return cls.color(getattr(obj, field_name)) if cls else "gray"


@register.simple_tag
def badge(text, color="gray", title=""):
    if title:
        return format_html('<span class="badge badge-{}" title="{}">{}</span>', color, title, text)
    return format_html('<span class="badge badge-{}">{}</span>', color, text)


@register.simple_tag
def choice_badge(obj, field_name, empty=NOT_RECORDED):
    """A badge for a choice field: its label, coloured by the ChoiceSet's colour; "Not recorded" when empty."""
    value = getattr(obj, field_name)
    if value in (None, ""):
        return format_html('<span class="not-recorded">{}</span>', empty)
    cls = choice_set_for(type(obj), field_name)
    label = cls.label(value) if cls else value
    return badge(label, cls.color(value) if cls else "gray")


@register.filter
def diff_value(value):
    """A change-log value as text: lists joined, objects as JSON, nothing as an empty string."""
    if value is None or value == "":
        return ""
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


@register.filter
def modalities(values):
    return ", ".join(str(v).capitalize() for v in values) if values else ""


@register.simple_tag(takes_context=True)
def page_url(context, **kwargs):
    """The current URL with some query parameters replaced (pagination that keeps the filters)."""
    params = context["request"].GET.copy()
    for key, value in kwargs.items():
        params[key] = value
    return "?" + params.urlencode()


@register.simple_tag(takes_context=True)
def nav_active(context, *prefixes):
    """"active" when the current path is under one of the prefixes ("/" matches only the home page)."""
    path = context["request"].path
    return "active" if any(path == p if p == "/" else path.startswith(p) for p in prefixes) else ""


@register.filter
def attr_value_label(attribute, term):
    """A term's value in its attribute's words ("Available" rather than "Yes" for a DPA)."""
    return attribute.value_label(term.value)


@register.filter
def short_url(url):
    """A URL as people read it: no scheme, no "www.", no trailing slash."""
    text = str(url or "").split("://", 1)[-1].removeprefix("www.")
    return text.rstrip("/")


@register.filter
def change_diff(change):
    """The rows worth showing for a change, labelled (see core.changelog.label_changes)."""
    if not hasattr(change, "readable_diff"):
        label_changes([change])
    return change.readable_diff


@register.simple_tag
def evidence(obj, field_name):
    """The source's own sentence for one field of a record (its `evidence` map), one click away."""
    excerpt = (getattr(obj, "evidence", None) or {}).get(field_name)
    if not excerpt:
        return ""
    source = getattr(obj, "source", None)
    link = format_html(' <a href="{}">{}</a>', source.get_absolute_url(), source.title) if source else ""
    return format_html(
        '<details class="cite"><summary>Evidence</summary><div class="cite-body">'
        '<blockquote class="excerpt">“{}”</blockquote>{}</div></details>',
        excerpt,
        link,
    )
