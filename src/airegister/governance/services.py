"""Governance behaviour the pages and the API share: framework coverage (which clauses a control serves)."""

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q

from airegister.core import charts

from .models import Control, Framework, FrameworkClause


def with_coverage_counts(frameworks):
    """Frameworks annotated with `clause_count` and `covered_count` (clauses at least one control serves)."""
    return frameworks.annotate(
        clause_count=Count("clauses", distinct=True),
        covered_count=Count("clauses", filter=Q(clauses__controls__isnull=False), distinct=True),
    ).order_by("weight", "name")  # an aggregate query ignores Meta.ordering


@dataclass
class ClauseGroup:
    ref_id: str
    name: str
    clauses: list = field(default_factory=list)

    @property
    def covered(self) -> int:
        return sum(1 for c in self.clauses if c.serving)

    @property
    def uncovered(self) -> list:
        return [c for c in self.clauses if not c.serving]


def framework_coverage(framework: Framework) -> list[ClauseGroup]:
    """The framework's clauses by group, in order, each with `serving`: the controls that serve it."""
    clauses = FrameworkClause.objects.filter(framework=framework).prefetch_related(
        Prefetch("controls", queryset=Control.objects.only("slug", "name", "ref_id", "urn"), to_attr="serving")
    )
    groups = {g["ref_id"]: ClauseGroup(g["ref_id"], g.get("name", g["ref_id"])) for g in framework.groups}
    for clause in clauses:
        clause.framework = framework  # known already: no query per clause for its URL
        groups.setdefault(clause.group, ClauseGroup(clause.group, clause.group or "Other")).clauses.append(clause)
    return [g for g in groups.values() if g.clauses]


def _cell(clause) -> tuple[str, str, str]:
    served = f"served by {', '.join(s.name for s in clause.serving)}" if clause.serving else "no control"
    return f"{clause.ref_id}: {served}", "green" if clause.serving else "gray", f"#{clause.anchor}"


def coverage_chart(framework: Framework, groups: list[ClauseGroup]):
    rows = [(f"{g.ref_id} {g.name}" if g.name != g.ref_id else g.ref_id, [_cell(c) for c in g.clauses]) for g in groups]
    return charts.cell_grid(rows, f"{framework.name}: clauses served by a control (green) and not (grey)")
