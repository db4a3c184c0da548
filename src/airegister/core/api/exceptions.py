"""Every API error is a JSON body naming what is wrong; never a 500 for bad input."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError, IntegrityError
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from ..models import ConcurrentEditError


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        exc = ValidationError(detail)
    elif isinstance(exc, ConcurrentEditError):
        return Response({"detail": str(exc)}, status=status.HTTP_409_CONFLICT)
    elif isinstance(exc, DataError):
        # The database refused a value the request carried (PostgreSQL: text with a NUL character; a number
        # out of range): the request is at fault, and nothing was stored.
        return Response(
            {"detail": "A value in the request cannot be stored or looked up (e.g. it contains a NUL character)."},
            status=status.HTTP_400_BAD_REQUEST,
        )
    elif isinstance(exc, IntegrityError):
        return Response(
            {"non_field_errors": ["This would duplicate or orphan an existing record."]},
            status=status.HTTP_400_BAD_REQUEST,
        )
    return drf_exception_handler(exc, context)
