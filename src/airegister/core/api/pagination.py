"""Pagination that refuses what it cannot honour: a bad `limit` or `offset` is a 400 naming it, not ignored."""

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import LimitOffsetPagination


def whole_number(request, name: str, minimum: int, maximum: int | None = None) -> int | None:
    """The query parameter `name` as a whole number in [minimum, maximum]; None when absent."""
    raw = request.query_params.get(name)
    if raw is None:
        return None
    text = raw.strip()
    bounds = f"from {minimum} to {maximum}" if maximum is not None else f"of at least {minimum}"
    if not text.isascii() or not text.isdigit() or not minimum <= int(text) <= (maximum or int(text)):
        raise ValidationError({name: [f"A whole number {bounds}, not “{raw}”."]})
    return int(text)


class RegisterPagination(LimitOffsetPagination):
    """`limit` from 1 to `max_limit` (default PAGE_SIZE), `offset` from 0; anything else answers 400."""

    max_limit = 1000

    def get_limit(self, request):
        limit = whole_number(request, self.limit_query_param, 1, self.max_limit)
        return self.default_limit if limit is None else limit

    def get_offset(self, request):
        return whole_number(request, self.offset_query_param, 0) or 0

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        bounds = {self.limit_query_param: {"minimum": 1, "maximum": self.max_limit},
                  self.offset_query_param: {"minimum": 0}}
        for parameter in parameters:
            parameter["schema"].update(bounds.get(parameter["name"], {}))
        return parameters
