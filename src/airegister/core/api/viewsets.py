"""Shared API behaviour, so that each app's viewsets are a few declarative lines (after NetBox)."""

from rest_framework import viewsets

from ..models import ConcurrentEditError


class ReadOnlyRegisterViewSet(viewsets.ReadOnlyModelViewSet):
    pass


class RegisterModelViewSet(viewsets.ModelViewSet):
    """Create/read/update/delete with optimistic concurrency.

    A client that sends `If-Unmodified-Since`-style protection passes the record's `last_updated` back as
    the `last_updated` field (or the ETag as `If-Match`); a stale value is refused with 409, never applied.
    """

    lookup_field = "slug"

    def get_expected_last_updated(self, instance):
        if_match = self.request.headers.get("If-Match")
        if if_match:
            return if_match.strip('"W/')
        return self.request.data.get("last_updated") if hasattr(self.request, "data") else None

    def perform_update(self, serializer):
        expected = self.get_expected_last_updated(serializer.instance)
        if expected and expected != serializer.instance.last_updated.isoformat():
            raise ConcurrentEditError(serializer.instance)
        serializer.save()
