import django_tables2 as tables

from .choices import ChangeActionChoices
from .models import ObjectChange
from .templatetags.register_ui import badge


class ObjectChangeTable(tables.Table):
    time = tables.DateTimeColumn(format="Y-m-d H:i", linkify=True, verbose_name="Time")
    user_name = tables.Column(verbose_name="User")
    action = tables.Column()
    object_type = tables.Column(accessor="changed_object_type__model", verbose_name="Type", orderable=False)
    object_repr = tables.Column(verbose_name="Record")
    message = tables.Column(orderable=False)

    class Meta:
        model = ObjectChange
        fields = ("time", "user_name", "action", "object_type", "object_repr", "message")
        empty_text = "No changes recorded."
        attrs = {"class": "changes"}

    def render_action(self, value, record):
        return badge(ChangeActionChoices.label(value), ChangeActionChoices.color(value))

    def render_object_type(self, value, record):
        return record.object_type_name.capitalize()
