from django.db.models import F

from airegister.catalog.filtersets import with_active_flag_count
from airegister.catalog.models import AIModel
from airegister.core.views import ObjectHistoryView, ObjectListView, ObjectView

from .models import Control, Playbook
from .tables import ControlTable, PlaybookTable


def models_covered(rule) -> list[AIModel]:
    """The models a control's or playbook's applicability rule selects, evaluated by the rule itself."""
    models = (
        with_active_flag_count(AIModel.objects.select_related("vendor"))
        .order_by(F("vendor__name").asc(nulls_last=True), "name")
    )
    return [m for m in models if rule.applies_to_model(m, m.active_flag_count > 0)]


class ControlListView(ObjectListView):
    queryset = Control.objects.all()
    table = ControlTable
    title = "Governance controls"
    lead = "The control library. Each control applies to models by a rule, not by a hand-kept list."


class ControlView(ObjectView):
    queryset = Control.objects.all()
    template_name = "governance/control.html"

    def get_extra_context(self, request, obj):
        return {"models": models_covered(obj), "playbooks": obj.playbooks.all()}


class ControlHistoryView(ObjectHistoryView):
    queryset = Control.objects.all()


class PlaybookListView(ObjectListView):
    queryset = Playbook.objects.all()
    table = PlaybookTable
    title = "Playbook guides"
    lead = "Questions governance teams ask, with a summary, the steps and the controls behind them."


class PlaybookView(ObjectView):
    queryset = Playbook.objects.all()
    template_name = "governance/playbook.html"

    def get_extra_context(self, request, obj):
        return {"models": models_covered(obj), "controls": obj.related_controls.all()}


class PlaybookHistoryView(ObjectHistoryView):
    queryset = Playbook.objects.all()
