import django_tables2 as tables
from django.utils.html import format_html

from .choices import ChangeActionChoices
from .models import ObjectChange
from .templatetags.register_ui import badge

NOWRAP = {"td": {"class": "nowrap"}}


class ObjectChangeTable(tables.Table):
    time = tables.DateTimeColumn(format="Y-m-d H:i", linkify=True, verbose_name="Time", attrs=NOWRAP)
    user_name = tables.Column(verbose_name="User", attrs=NOWRAP)
    action = tables.Column()
    object_type = tables.Column(accessor="changed_object_type__model", verbose_name="Type", orderable=False)
    object_repr = tables.Column(verbose_name="Record")
    message = tables.Column(orderable=False)

    class Meta:
        model = ObjectChange
        fields = ("time", "user_name", "action", "object_type", "object_repr", "message")
        empty_text = "No changes recorded."
        attrs = {"class": "changes"}

    def render_user_name(self, record, value):
        if not record.token_name:
            return value
        # The API token the change came through, under the user: the column stays narrow.
        return format_html('{}<br><span class="muted small">token “{}”</span>', value, record.token_name)

    def render_action(self, record):
        # `value` would be the display label; the colour needs the stored action.
        return badge(ChangeActionChoices.label(record.action), ChangeActionChoices.color(record.action))

    def render_object_type(self, value, record):
        return record.object_type_name.capitalize()
