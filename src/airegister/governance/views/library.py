from django.db.models import Count, F

from airegister.catalog.filtersets import with_active_flag_count
from airegister.catalog.models import AIModel
from airegister.core.views import ObjectHistoryView, ObjectListView, ObjectView

from ..models import Control, Framework, Playbook
from ..services import coverage_chart, framework_coverage, with_coverage_counts
from ..tables import ControlTable, FrameworkTable, PlaybookTable


def models_covered(rule) -> list[AIModel]:
    """The models a control's or playbook's applicability rule selects, evaluated by the rule itself."""
    models = (
        with_active_flag_count(AIModel.objects.select_related("vendor"))
        .order_by(F("vendor__name").asc(nulls_last=True), "name")
    )
    return [m for m in models if rule.applies_to_model(m, m.active_flag_count > 0)]


class ControlListView(ObjectListView):
    template_name = "governance/object_list.html"
    queryset = Control.objects.annotate(clause_count=Count("clauses")).order_by("weight", "name")
    table = ControlTable
    title = "Governance controls"
    lead = "The control library. Each control applies to models by a rule, not by a hand-kept list."


class ControlView(ObjectView):
    queryset = Control.objects.all()
    template_name = "governance/control.html"

    def get_extra_context(self, request, obj):
        clauses = obj.clauses.select_related("framework").order_by("framework__weight", "weight")
        assessments = obj.assessments.filter(superseded=False).select_related("subject_type").order_by("next_due")
        return {
            "models": models_covered(obj), "playbooks": obj.playbooks.all(), "clauses": clauses,
            "assessments": assessments,
        }


class ControlHistoryView(ObjectHistoryView):
    queryset = Control.objects.all()


class PlaybookListView(ObjectListView):
    template_name = "governance/object_list.html"
    queryset = Playbook.objects.all()
    table = PlaybookTable
    title = "Playbook guides"
    lead = "Questions governance teams ask, with a summary, the steps and the controls behind them."


class PlaybookView(ObjectView):
    queryset = Playbook.objects.all()
    template_name = "governance/playbook.html"

    def get_extra_context(self, request, obj):
        references = obj.framework_references.select_related("framework").order_by("framework__weight", "weight")
        return {"models": models_covered(obj), "controls": obj.related_controls.all(), "references": references}


class PlaybookHistoryView(ObjectHistoryView):
    queryset = Playbook.objects.all()


class FrameworkListView(ObjectListView):
    template_name = "governance/object_list.html"
    queryset = with_coverage_counts(Framework.objects.all())
    table = FrameworkTable
    title = "Framework references"
    lead = (
        "The frameworks the control library maps to: NIST AI RMF subcategories, ISO/IEC 42001 Annex A controls and "
        "EU AI Act articles, with how many of their clauses a control serves."
    )


class FrameworkView(ObjectView):
    """A framework's clauses, each with the controls that serve it; the clauses no control serves stand out."""

    queryset = with_coverage_counts(Framework.objects.all())
    template_name = "governance/framework.html"

    def get_extra_context(self, request, obj):
        groups = framework_coverage(obj)
        return {"groups": groups, "chart": coverage_chart(obj, groups)}


class FrameworkHistoryView(ObjectHistoryView):
    queryset = Framework.objects.all()
