"""Secrets never reach a log line: a logging filter that blanks passwords, API tokens, Authorization headers and
the SECRET_KEY in a record's message and in its traceback text.

The register never logs such values on purpose (axes logs a refused sign-in by username and address, never the
password; tokens are stored hashed); this is the net for what a library, a traceback or a future log call might
print. It is attached to the console handler in settings.LOGGING.
"""

import logging
import re

from django.conf import settings

REDACTED = "[redacted]"

_PATTERNS = [
    # An Authorization header in any spelling: "Authorization: Token abc…", "'HTTP_AUTHORIZATION': 'Bearer abc…'".
    (re.compile(r"(?i)((?:http_)?authorization['\"]?\s*[:=]\s*['\"]?)(?:(?:token|bearer|basic)\s+)?[^\s'\",}]+"),
     r"\1" + REDACTED),
    # A credential scheme with its value, wherever it appears.
    (re.compile(r"(?i)\b(token|bearer|basic)(\s+)[A-Za-z0-9._~+/=-]{16,}"), r"\1\2" + REDACTED),
    # key=value and "key": "value" pairs of a form, a query string, a dict or JSON.
    (re.compile(
        r"(?i)((?:password\d?|passwd|secret(?:_key)?|api[_-]?key|token|csrfmiddlewaretoken|sessionid|csrftoken)"
        r"['\"]?\s*[:=]\s*['\"]?)[^\s'\"&,;}]+"),
     r"\1" + REDACTED),
    # A bare API token (knox: 64 hex digits) or any longer hex secret. (A sha256 digest has 64 too and is blanked
    # as well: a digest in a log line is rarer than the harm of a token in one.)
    (re.compile(r"\b[0-9a-fA-F]{64,}\b"), REDACTED),
]


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    secret_key = getattr(settings, "SECRET_KEY", "")
    if secret_key and len(secret_key) >= 8:
        text = text.replace(secret_key, REDACTED)
    return text


class RedactSecretsFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler's own error reporting
            return True
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
