"""A use case's live check result: its model × channel evaluated against its requirement profile now, so the
result turns red the moment a fact it depends on changes. Many use cases are checked with one read of the
catalog (`CatalogIndex`) and one evaluator per distinct workload."""

from dataclasses import dataclass

from django.utils import timezone

from airegister.core.context import change_context, current_change_context
from airegister.requirements.engine import Option, UseCaseChecker
from airegister.requirements.index import T_ID, CatalogIndex

from .models import UseCase


@dataclass
class LiveResult:
    use_case: UseCase
    option: Option | None  # None: no model recorded, nothing to check
    profile: object
    version: int
    index: CatalogIndex

    @property
    def verdict(self) -> str:
        return self.option.verdict if self.option else ""

    @property
    def changed_since_review(self) -> bool:
        """The verdict differs from the one the use case was last reviewed with."""
        reviewed = self.use_case.reviewed_verdict
        return bool(reviewed) and self.option is not None and reviewed != self.option.verdict

    def facts_changed_since_review(self) -> set[str]:
        """Rule keys whose deciding fact was edited after the last review."""
        reviewed_at = self.use_case.reviewed_at
        if reviewed_at is None or self.option is None:
            return set()
        changed = set()
        stamps = self.index.term_stamps(r.term[T_ID] for r in self.option.results if r.term is not None)
        for result in self.option.results:
            stamp = None
            if result.term is not None:
                stamp = stamps.get(result.term[T_ID])
            elif result.flags:
                stamp = max(f.last_updated for f in result.flags)
            elif result.model is not None:
                stamp = result.model.last_updated
            if stamp is not None and stamp > reviewed_at:
                changed.add(result.rule.key)
        return changed


def prefetched(queryset):
    return queryset.select_related("model__vendor", "channel", "profile").prefetch_related("data_classes", "regions")


def live_results(use_cases, index: CatalogIndex | None = None) -> dict[int, LiveResult]:
    """{use case id: LiveResult} — `use_cases` should come through `prefetched()`."""
    use_cases = list(use_cases)
    if index is None:
        index = CatalogIndex.load(model_ids={u.model_id for u in use_cases if u.model_id})
    checker = UseCaseChecker(index)
    results = {}
    for use_case in use_cases:
        profile, _rules, version = checker.profile(use_case)
        results[use_case.pk] = LiveResult(use_case, checker.option(use_case), profile, version, index)
    return results


def live_result(use_case: UseCase, index: CatalogIndex | None = None) -> LiveResult:
    return live_results([use_case], index)[use_case.pk]


def mark_reviewed(use_case: UseCase, verdict: str, user=None) -> UseCase:
    """Record that someone reviewed the use case with its current result; later changes are compared to it."""
    request_id = current_change_context().request_id
    with change_context(user=user, message=f"Reviewed: check result {verdict or 'none'}") as ctx:
        ctx.request_id = request_id
        use_case.reviewed_at = timezone.now()
        use_case.reviewed_verdict = verdict
        use_case.save()
    return use_case
