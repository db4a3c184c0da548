import django_tables2 as tables
from django.utils.html import format_html

from airegister.core.templatetags.register_ui import badge

from .models import RequirementProfile

NUMERIC = {"td": {"class": "num"}, "th": {"class": "num"}}


class RequirementProfileTable(tables.Table):
    name = tables.Column(linkify=True, verbose_name="Profile")
    is_default = tables.Column(verbose_name="Default")
    description = tables.Column(orderable=False)
    last_updated = tables.DateTimeColumn(format="Y-m-d", verbose_name="Updated")

    class Meta:
        model = RequirementProfile
        fields = ("name", "is_default", "description", "last_updated")
        empty_text = "No requirement profile recorded. Run `airegister load-requirements` for the defaults."

    def render_is_default(self, value):
        return badge("Default", "blue") if value else format_html('<span class="faint">{}</span>', "—")
