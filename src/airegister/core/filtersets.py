"""Filtering shared by every app's lists (UI and API)."""

import django_filters
from django.db.models import Q

from .api.filters import RegisterFilterSet


class SearchFilterSet(RegisterFilterSet):
    """Adds `q`, a case-insensitive search over `search_fields`."""

    search_fields: tuple[str, ...] = ()
    q = django_filters.CharFilter(method="search", label="Search")

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        condition = Q()
        for field in self.search_fields:
            condition |= Q(**{f"{field}__icontains": value})
        return queryset.filter(condition)
