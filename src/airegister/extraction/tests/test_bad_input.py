"""Bad input of every kind: one clear line, exit status 2, nothing on stdout, never a traceback."""

import json
import zlib

import pytest

from airegister.extraction import ExtractionError, extract_path

from .conftest import run_cli
from .pdfgen import make_pdf

CARD = "# Orion-2 model card\n\nOrion-2 8B was released on March 12, 2025 by Acme Labs.\n"


def cases() -> dict:
    """File name -> (bytes, what the one-line message must say), one per kind of bad input."""
    return {
        "empty.txt": (b"", "is empty"),
        "blank.md": (b"  \n\n\t \n", "is empty"),
        "image.png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        "nul.txt": (b"model card\x00\x01\x02" * 200, "binary"),
        "controls.txt": (bytes([1, 2, 3, 4, 5, 6, 7, 8, 11, 14]) * 100, "binary"),
        "archive.txt": (b"PK\x03\x04" + b"\x14" * 100, "ZIP archive"),
        "latin1.txt": ("Modèle Orion-2 publié en mars 2025".encode("latin-1"), "not valid utf-8"),
        "cut.txt": ("Orion-2 model card — released in März".encode()[:-3], "truncated"),
        "declared.html": (b"<html><head><meta charset='utf-8'></head><body>caf\xe9</body></html>",
                          "not valid utf-8 as it declares"),
        "unknown.html": (b"<html><head><meta charset='x-klingon'></head><body>hi</body></html>", "unknown character"),
        "cut.html": (b"<html><body><p>Orion-2 8B was released in May 2025</p><table><tr><td cla", "truncated"),
        "comment.html": (b"<html><body><p>Orion-2</p><!-- a comment that never ends", "truncated"),
        "nested.html": (b"<html><body>" + b"<div>" * 5000 + b"Orion-2 8B" + b"</div>" * 5000 + b"</body></html>",
                        "nested deeper"),
        "scripts-only.html": (b"<html><head><script>var model='Orion-2 8B';</script></head><body></body></html>",
                              "no readable text"),
        "bomb.pdf": (make_pdf([["x"]], raw_stream=zlib.compress(b"BT (a) Tj ET " * 6_000_000, 9)), "zip bomb"),
        "cut.pdf": (make_pdf([["Orion-2 model card"]])[:-40], "truncated"),
        "broken.pdf": (b"%PDF-1.4\n" + b"garbage " * 100 + b"\n%%EOF\n", "not a readable PDF"),
        "scanned.pdf": (make_pdf([[]]), "no extractable text"),
        "fake.pdf": (CARD.encode(), "not a PDF"),
    }


CASES = cases()


def write_case(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(CASES[name][0])
    return path


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_kind_of_bad_input_is_refused_with_its_reason(tmp_path, name):
    path = write_case(tmp_path, name)
    with pytest.raises(ExtractionError) as info:
        extract_path(path)
    text = str(info.value)
    assert CASES[name][1].lower() in text.lower()
    assert "\n" not in text and str(path) in text


def test_missing_and_directory(tmp_path):
    with pytest.raises(ExtractionError, match="no such file"):
        extract_path(tmp_path / "absent.md")
    with pytest.raises(ExtractionError, match="is a directory"):
        extract_path(tmp_path)


def test_size_cap_default_and_configurable(tmp_path, monkeypatch):
    path = tmp_path / "card.md"
    path.write_text(CARD * 30)
    assert extract_path(path).models  # well under the 20 MB default
    monkeypatch.setenv("AIREGISTER_EXTRACT_MAX_BYTES", "100")
    with pytest.raises(ExtractionError, match="over the 100 bytes limit"):
        extract_path(path)
    monkeypatch.setenv("AIREGISTER_EXTRACT_MAX_BYTES", "1KB")
    with pytest.raises(ExtractionError, match="limit"):
        extract_path(path)
    monkeypatch.setenv("AIREGISTER_EXTRACT_MAX_BYTES", "lots")
    with pytest.raises(ExtractionError, match="AIREGISTER_EXTRACT_MAX_BYTES"):
        extract_path(path)


def test_default_cap_is_20_mb(tmp_path, monkeypatch):
    monkeypatch.delenv("AIREGISTER_EXTRACT_MAX_BYTES", raising=False)
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)  # sparse: no 20 MB written to disk
    with pytest.raises(ExtractionError, match="over the 20.0 MB limit"):
        extract_path(path)


def test_declared_and_bom_encodings_are_read(tmp_path):
    latin = tmp_path / "latin.html"
    latin.write_bytes('<html><head><meta charset="iso-8859-1"></head><body><h1>Modèle Orion-2 8B</h1>'
                      "<p>Released: May 2025</p></body></html>".encode("latin-1"))
    assert extract_path(latin).models[0].release_date == "2025-05"
    utf16 = tmp_path / "card.txt"
    utf16.write_bytes(("\ufeff" + CARD).encode("utf-16-le"))
    assert extract_path(utf16).models[0].release_date == "2025-03-12"


@pytest.mark.parametrize("name", ["empty.txt", "image.png", "latin1.txt", "nested.html", "bomb.pdf", "cut.pdf"])
def test_cli_exits_2_with_one_line_and_no_traceback(tmp_path, name):
    path = write_case(tmp_path, name)
    proc = run_cli(str(path))
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert str(path) in lines[0]


def test_cli_usage_errors_are_one_line_too(tmp_path):
    for args in ([], [str(tmp_path / "x.md"), "--format", "yaml"]):
        proc = run_cli(*args)
        assert proc.returncode == 2 and proc.stdout == ""
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_cli_oversized_by_environment(tmp_path):
    path = tmp_path / "card.md"
    path.write_text(CARD)
    proc = run_cli(str(path), env={"AIREGISTER_EXTRACT_MAX_BYTES": "10"})
    assert proc.returncode == 2 and proc.stdout == ""
    assert "over the 10 bytes limit" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_cli_reads_a_document_without_setting_django_up(tmp_path):
    """A scorer runs `airegister extract` once per document: it must not pay for Django's start-up (nor need a
    database or settings)."""
    path = tmp_path / "card.md"
    path.write_text(CARD)
    proc = run_cli(str(path), env={"DJANGO_SETTINGS_MODULE": "no_such_settings_module"})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["models"][0]["release_date"] == "2025-03-12"


def test_the_management_command_gives_the_same_json(tmp_path):
    from io import StringIO

    from django.core.management import call_command

    path = tmp_path / "card.md"
    path.write_text(CARD)
    out = StringIO()
    call_command("extract", str(path), stdout=out)
    assert json.loads(out.getvalue()) == json.loads(run_cli(str(path)).stdout)
