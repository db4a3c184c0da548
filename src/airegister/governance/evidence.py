"""Evidence files: what may be uploaded (type and size limits, checked by name and by content) and how a file is
served (always as a download, never rendered by the browser)."""

import hashlib
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Extension -> the bytes the file must start with (None: a text format, checked to be text).
ALLOWED_TYPES = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".pptx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
    ".ods": (b"PK\x03\x04",),
    ".zip": (b"PK\x03\x04",),
    ".txt": None,
    ".md": None,
    ".csv": None,
    ".json": None,
    ".html": None,  # an archived web page: kept as evidence, served only as a download
    ".htm": None,
    ".eml": None,
}


def max_bytes() -> int:
    return getattr(settings, "EVIDENCE_MAX_BYTES", DEFAULT_MAX_BYTES)


def _human(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"


def check_evidence_file(upload) -> str:
    """Refuse a file of a type not allowed, whose content is not what its name says, or over the size limit.
    Returns the file's SHA-256."""
    name = Path(upload.name or "").name
    suffix = Path(name).suffix.lower()
    if suffix not in ALLOWED_TYPES:
        allowed = ", ".join(sorted(s.lstrip(".") for s in ALLOWED_TYPES))
        raise ValidationError(f"“{name}”: files of this type are not accepted as evidence. Allowed types: {allowed}.")
    if upload.size > max_bytes():
        raise ValidationError(
            f"“{name}” is {_human(upload.size)}; evidence files may be at most {_human(max_bytes())}."
        )
    if upload.size == 0:
        raise ValidationError(f"“{name}” is empty.")
    upload.seek(0)
    head = upload.read(4096)
    signatures = ALLOWED_TYPES[suffix]
    if signatures is None:
        if b"\x00" in head:
            raise ValidationError(f"“{name}” is not a text file, as its name says it is.")
    elif not head.startswith(signatures):
        raise ValidationError(f"“{name}” is not a {suffix.lstrip('.').upper()} file, as its name says it is.")
    upload.seek(0)
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def download_response(evidence) -> FileResponse:
    """The file as an attachment with a neutral type: a browser saves it, never renders or sniffs it."""
    response = FileResponse(
        evidence.file.open("rb"), as_attachment=True, filename=evidence.name, content_type="application/octet-stream"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
