"""Reading a document from where it lives (a URL or a file on the server) and running the extractor on it.

The extractor reads paths (`airegister.extraction`); fetched bytes are handed to it through a temporary file
named with the extension their content type implies, and its messages name the real location, not the
temporary file.
"""

import hashlib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from airegister.extraction import ExtractionError, ExtractionResult, extract_document
from airegister.extraction.document import Document
from airegister.extraction.readers import read_path

from .fetch import FetchError, SourceGone, fetch, human_size, max_bytes
from .models import is_url

SUFFIX_BY_TYPE = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "text/plain": ".txt",
    "application/pdf": ".pdf",
}
KNOWN_SUFFIXES = {".html", ".htm", ".xhtml", ".md", ".markdown", ".txt", ".text", ".pdf"}


class ReadError(Exception):
    """The document could not be read or understood; the message is one line naming the location."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))


@dataclass
class Content:
    location: str  # what was asked for: a URL, or an absolute path
    final_location: str  # after redirects
    body: bytes
    content_type: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


@dataclass
class Reading:
    content: Content
    document: Document
    result: ExtractionResult

    @property
    def facts(self) -> dict:
        return self.result.to_dict()


def normal_location(raw: str) -> str:
    """A URL as given (trimmed); a path made absolute as given, so that the same file is one document.

    Symbolic links are kept, not resolved: the register stores and watches the path the user named (a link
    such as `current/` may later point elsewhere, and it is what the user will name again).
    """
    raw = (raw or "").strip()
    if not raw:
        raise ReadError("no document given: name a file or an http(s) URL")
    if is_url(raw):
        return raw
    return os.path.abspath(os.path.expanduser(raw))


def read_location(location: str) -> Content:
    """The document's bytes; SourceGone when it is no longer there, FetchError (one line) when unreadable."""
    if is_url(location):
        fetched = fetch(location)
        return Content(location, fetched.url, fetched.body, fetched.content_type)
    path = Path(location)
    limit = max_bytes()
    try:
        if path.is_dir():
            raise FetchError(f"{location}: is a directory, not a document")
        size = path.stat().st_size
        if size > limit:
            raise FetchError(f"{location}: is {human_size(size)}, over the {human_size(limit)} limit")
        with path.open("rb") as handle:
            body = handle.read(limit + 1)
    except FileNotFoundError:
        raise SourceGone(f"{location}: no such file") from None
    except PermissionError:
        raise FetchError(f"{location}: cannot be read (permission denied)") from None
    except OSError as exc:
        raise FetchError(f"{location}: cannot be read ({exc.strerror or exc})") from None
    if len(body) > limit:
        raise FetchError(f"{location}: is over the {human_size(limit)} limit")
    return Content(location, location, body)


def suffix_for(content: Content) -> str:
    if content.content_type in SUFFIX_BY_TYPE:
        return SUFFIX_BY_TYPE[content.content_type]
    name = urlsplit(content.final_location).path if is_url(content.final_location) else content.final_location
    suffix = Path(name).suffix.lower()
    return suffix if suffix in KNOWN_SUFFIXES else ""


def extract_content(content: Content, known_names: Iterable[str] = ()) -> Reading:
    """Run the extractor on the content; ReadError (one line, naming the location) for a bad document.
    `known_names`: the register's names of the document's vendor's models, which help recognise them."""
    with tempfile.TemporaryDirectory(prefix="airegister-") as folder:
        path = Path(folder) / f"document{suffix_for(content)}"
        path.write_bytes(content.body)
        try:
            document, data = read_path(path)
            result = extract_document(document, content.location, hashlib.sha256(data).hexdigest(), known_names)
        except ExtractionError as exc:
            raise ReadError(str(exc).replace(str(path), content.location)) from None
        except RecursionError:
            raise ReadError(f"{content.location}: too deeply nested to read") from None
        except MemoryError:
            raise ReadError(f"{content.location}: too large to read in memory") from None
        except Exception as exc:  # noqa: BLE001 - bad input is one line, never a traceback
            detail = " ".join(str(exc).split())[:160]
            raise ReadError(f"{content.location}: could not be read ({type(exc).__name__}: {detail})") from None
    return Reading(content, document, result)
