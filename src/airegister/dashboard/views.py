"""The dashboard: what needs attention now, for signed-in users' start page."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.shortcuts import render
from django.utils import timezone
from django.views.generic import View

from airegister.catalog.choices import FlagSeverityChoices, FlagStatusChoices
from airegister.catalog.models import AIModel, ComplianceFlag
from airegister.core import charts
from airegister.core.models import ObjectChange
from airegister.governance.models import Assessment
from airegister.requirements.choices import ResultChoices
from airegister.requirements.index import CatalogIndex
from airegister.usecases.choices import UseCaseStatusChoices
from airegister.usecases.continuity import DEFAULT_DAYS, plan_continuity
from airegister.usecases.models import UseCase
from airegister.usecases.services import live_results, prefetched

CHANGE_DAYS = 30
RECENT_CHANGES = 6


def verdict_summary(results) -> tuple[dict, list]:
    counts = {value: 0 for value in ResultChoices.values()}
    counts[""] = 0  # no model recorded
    attention = []
    for live in results:
        counts[live.verdict] += 1
        # A use case on a channel with no recorded (or an ended) offer of its model needs attention too.
        if live.verdict in (ResultChoices.FAIL, ResultChoices.UNKNOWN, ResultChoices.NOT_OFFERED):
            attention.append(live)
    attention.sort(key=lambda live: (live.verdict != ResultChoices.FAIL, live.use_case.name.lower()))
    return counts, attention


def vendor_fact_changes(now):
    """Changes to the catalog (vendors, models, terms and every other fact) in the last CHANGE_DAYS days."""
    catalog_types = ContentType.objects.filter(app_label="catalog")
    since = now - datetime.timedelta(days=CHANGE_DAYS)
    changes = ObjectChange.objects.filter(changed_object_type__in=catalog_types, time__gte=since)
    per_day = dict(changes.annotate(day=TruncDate("time")).order_by().values_list("day").annotate(n=Count("id")))
    today = timezone.localdate(now)
    days = [today - datetime.timedelta(days=CHANGE_DAYS - 1 - i) for i in range(CHANGE_DAYS)]
    series = [(day, per_day.get(day, 0)) for day in days]
    recent = list(changes.select_related("changed_object_type")[:RECENT_CHANGES])
    return series, recent, sum(per_day.values())


class DashboardView(View):
    def get(self, request):
        now = timezone.now()
        today = timezone.localdate(now)
        index = CatalogIndex.load()
        use_cases = list(prefetched(UseCase.objects.filter(status__in=UseCaseStatusChoices.LIVE)))
        counts, attention = verdict_summary(live_results(use_cases, index).values())
        at_risk = [m for m in plan_continuity(DEFAULT_DAYS, index=index, today=today, limit=5) if m.plans]
        flags = list(
            ComplianceFlag.objects.filter(status=FlagStatusChoices.ACTIVE).select_related("vendor", "model")
        )
        severities = [
            (FlagSeverityChoices.label(s), sum(1 for f in flags if f.severity == s), FlagSeverityChoices.color(s))
            for s in reversed(FlagSeverityChoices.values())
        ]
        horizon = today + datetime.timedelta(days=DEFAULT_DAYS)
        retiring = list(
            AIModel.objects.filter(retirement_date__gte=today, retirement_date__lte=horizon)
            .select_related("vendor")
            .order_by("retirement_date")
        )
        series, recent, change_count = vendor_fact_changes(now)
        reviews = Assessment.objects.select_related("control", "subject_type").order_by("next_due")
        overdue = list(reviews.overdue(today))
        due_soon = list(reviews.due_soon(today))
        context = {
            "counts": counts,
            "not_offered_count": counts[ResultChoices.NOT_OFFERED],
            "attention": attention,
            "at_risk": at_risk,
            "at_risk_use_cases": sum(len(m.plans) for m in at_risk),
            "flags": flags,
            "retiring": retiring,
            "recent": recent,
            "change_count": change_count,
            "days": DEFAULT_DAYS,
            "change_days": CHANGE_DAYS,
            "live_total": len(use_cases),
            "overdue_reviews": overdue,
            "due_soon_reviews": due_soon,
            "today": today,
            "verdict_chart": charts.stacked_bar(
                [
                    ("Pass", counts["pass"], "pass"),
                    ("Unknown", counts["unknown"], "unknown"),
                    ("Fail", counts["fail"], "fail"),
                    ("Not offered", counts[ResultChoices.NOT_OFFERED], "gray"),
                    ("No model recorded", counts[""], "gray"),
                ],
                "Live use cases by check result",
            ),
            "flag_chart": charts.hbars([s for s in severities if s[1]], "Active flags by severity"),
            "retirement_chart": charts.timeline(
                [(m.retirement_date, m.name, "orange") for m in retiring], today, DEFAULT_DAYS,
                f"Retirements in the next {DEFAULT_DAYS} days",
            ),
            "change_chart": charts.daily_columns(series, f"Catalog changes per day, last {CHANGE_DAYS} days"),
        }
        return render(request, "dashboard/dashboard.html", context)


def home(request):
    """The start page: the dashboard for signed-in users, the catalog for anonymous readers (demo mode)."""
    from airegister.catalog.views import AIModelListView

    if request.user.is_authenticated:
        return DashboardView.as_view()(request)
    return AIModelListView.as_view()(request)
