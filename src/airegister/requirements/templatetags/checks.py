"""Template helpers for check results: verdict badges and the ✓ / ✗ / ? cells."""

from django import template
from django.utils.html import format_html

from airegister.core.templatetags.register_ui import badge

from ..choices import ResultChoices

register = template.Library()


@register.simple_tag
def verdict_badge(verdict):
    if not verdict:
        return format_html('<span class="not-recorded">{}</span>', "Not checked")
    return badge(ResultChoices.label(verdict), ResultChoices.color(verdict))


@register.simple_tag
def result_cell(detail):
    """One rule's result in a results row: a symbol, with the reason as its tooltip."""
    result = detail["result"]
    return format_html(
        '<span class="cell cell-{}" title="{}: {}"><span aria-hidden="true">{}</span>'
        '<span class="visually-hidden">{} {}</span></span>',
        result, detail["name"], detail["reason"], ResultChoices.symbol(result), detail["name"],
        ResultChoices.label(result),
    )


@register.filter
def symbol(result):
    return ResultChoices.symbol(result)
