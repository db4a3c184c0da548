"""Export and import: a populated register exported, imported into an empty database and exported again gives the
same bytes; a broken export is refused whole, every problem named by file and field, with nothing stored."""

import io
import json
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from airegister.catalog.models import AIModel, Vendor
from airegister.core.context import change_context
from airegister.core.models import ObjectChange
from airegister.core.roles import assign_role
from airegister.core.tokens import create_token
from airegister.exchange.services import progress_printer
from airegister.governance.models import Assessment, Control, Evidence
from airegister.usecases.models import UseCase

EVIDENCE = b"%PDF-1.4 SOC 2 report (test)\n"


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def export(target: Path, *args) -> dict[str, bytes]:
    call_command("export", str(target), *args, stdout=io.StringIO(), stderr=io.StringIO())
    return tree(target)


def run_import(source: Path) -> tuple[int, str]:
    err = io.StringIO()
    try:
        call_command("import", str(source), stdout=io.StringIO(), stderr=err)
    except CommandError as exc:
        return exc.returncode, err.getvalue() + str(exc)
    return 0, err.getvalue()


def populate(settings):
    """Built-in catalog, demo use cases, a user, an edit (history), an assessment with an evidence file."""
    call_command("load_catalog", stdout=io.StringIO())
    settings.DEMO_MODE = True
    call_command("demo_use_cases", stdout=io.StringIO())
    user = get_user_model().objects.create_user(username="ana", password="x-unused-1", email="ana@example.org")
    assign_role(user, "editor")
    create_token(user, name="nightly sync")  # a credential: never exported
    model = AIModel.objects.get(slug="claude-3-7-sonnet")
    with change_context(user=user, message="Checked the guidance"):
        model.capability_notes = "Extended thinking mode available.\nChecked twice."
        model.save()
    vendor = Vendor.objects.get(slug="anthropic")
    with change_context(user=user):
        assessment = Assessment.objects.create(
            control=Control.objects.get(slug="ai-vendor-due-diligence"),
            subject_type=ContentType.objects.get_for_model(Vendor), subject_id=vendor.pk, subject_name="Anthropic",
            assessor=user, risk_rating="high", answers={"security-certifications": "yes", "incident-history": "None"},
        )
        Evidence.objects.create(
            assessment=assessment, question_id="security-certifications", name="soc2.pdf", size=len(EVIDENCE),
            file=SimpleUploadedFile("soc2.pdf", EVIDENCE), uploaded_by=user,
        )


@pytest.mark.django_db(transaction=True)
def test_export_import_export_is_byte_identical(settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var-before"
    populate(settings)
    first = export(tmp_path / "first")
    assert "catalog/aimodel/claude-3-7-sonnet.yaml" in first and "auth/user/ana.yaml" in first
    assert "usecases/usecase/example-marketing-copy-free-tier.yaml" in first
    evidence = [name for name in first if name.startswith("governance/evidence/files/") and name.endswith(".pdf")]
    assert len(evidence) == 1 and first[evidence[0]] == EVIDENCE
    assert not any(name.startswith("core/apitoken/") for name in first)  # credentials are never carried
    model_file = first["catalog/aimodel/claude-3-7-sonnet.yaml"].decode()
    assert "vendor: anthropic\n" in model_file and "Checked twice." in model_file
    changes = ObjectChange.objects.count()

    call_command("flush", interactive=False, verbosity=0)
    settings.VAR_DIR = tmp_path / "var-after"  # a new machine: no evidence files yet
    assert run_import(tmp_path / "first")[0] == 0

    assert ObjectChange.objects.count() == changes  # the history as it was; the import itself logs nothing
    assert AIModel.objects.get(slug="claude-3-7-sonnet").vendor.slug == "anthropic"
    assert UseCase.objects.filter(name__startswith="Example:").count() == 3
    evidence_row = Evidence.objects.get()
    assert evidence_row.uploaded_by.username == "ana" and evidence_row.file.read() == EVIDENCE
    assert get_user_model().objects.get(username="ana").groups.get().name == "editor"
    assert export(tmp_path / "second") == first
    # Ids were given explicitly: a new record still gets a free one.
    assert Vendor.objects.create(name="New vendor", slug="new-vendor").pk > Vendor.objects.get(slug="anthropic").pk


@pytest.mark.django_db(transaction=True)
def test_json_document_imports_to_the_same_register(tmp_path):
    call_command("load_catalog", stdout=io.StringIO())
    yaml_export = export(tmp_path / "yaml")
    out = io.StringIO()
    call_command("export", "-", "--format", "json", stdout=out, stderr=io.StringIO())
    document = json.loads(out.getvalue())
    assert document["format"] == "airegister-export" and document["records"]["catalog.aimodel"] == 35
    (tmp_path / "register.json").write_text(out.getvalue(), encoding="utf-8")

    call_command("flush", interactive=False, verbosity=0)
    assert run_import(tmp_path / "register.json")[0] == 0
    assert export(tmp_path / "again") == yaml_export


def test_catalog_only_names_no_accounts_use_cases_or_history(db, settings, tmp_path):
    call_command("load_catalog", stdout=io.StringIO())
    settings.DEMO_MODE = True
    call_command("demo_use_cases", stdout=io.StringIO())
    get_user_model().objects.create_user(username="ana", password="x-unused-1")
    files = export(tmp_path / "shared", "--catalog-only")
    folders = {name.split("/")[0] for name in files if "/" in name}
    assert folders == {"catalog", "sources"}
    assert "catalog/vendor/anthropic.yaml" in files and b"catalog_only: true" in files["export.yaml"]


def write(root: Path, name: str, text: str):
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def broken(tmp_path) -> Path:
    root = tmp_path / "broken"
    write(root, "export.yaml", "format: airegister-export\nversion: 1\n")
    write(root, "catalog/vendor/acme.yaml", "id: 1\nname: Acme\nslug: acme\n")
    write(root, "catalog/channel/acme-api.yaml", "id: 1\nname: Acme API\nslug: acme-api\n")
    write(root, "catalog/dataattribute/zero-retention.yaml", "id: 1\nname: Zero retention\nslug: zero-retention\n")
    write(root, "catalog/aimodel/acme-1.yaml", "id: 1\nname: Acme 1\nslug: acme-1\nvendor: acme\ntier: huge\n")
    write(
        root, "catalog/dataterm/1.yaml",
        "id: 1\nvendor: acme\nmodel: acme-2\nchannel: acme-api\nattribute: zero-retention\nvalue: maybe\ncolour: red\n",
    )
    return root


def test_broken_export_lists_every_problem_and_stores_nothing(db, broken):
    status, stderr = run_import(broken)
    assert status == 2
    lines = stderr.splitlines()
    assert "catalog/aimodel/acme-1.yaml: tier: unknown value 'huge'" in lines
    assert "catalog/dataterm/1.yaml: model: unknown model 'acme-2'" in lines
    assert "catalog/dataterm/1.yaml: value: unknown value 'maybe'" in lines
    assert "catalog/dataterm/1.yaml: colour: unknown field" in lines
    assert lines[-1] == "4 problems; nothing was imported"
    assert not Vendor.objects.exists() and not AIModel.objects.exists()


def test_a_refusal_by_the_database_stores_nothing(db, broken):
    write(broken, "catalog/aimodel/acme-1.yaml", "id: 1\nname: Acme 1\nslug: acme-1\nvendor: acme\n")
    write(broken, "catalog/dataterm/1.yaml", "id: 1\nvendor: acme\nattribute: zero-retention\nvalue: 'yes'\n")
    # A second model of the same name: each file reads well; the database's uniqueness refuses the pair.
    write(broken, "catalog/aimodel/acme-one.yaml", "id: 2\nname: Acme 1\nslug: acme-one\nvendor: acme\n")
    status, stderr = run_import(broken)
    assert status == 2 and "the database refused the records" in stderr
    assert not Vendor.objects.exists() and not AIModel.objects.exists()


def test_a_register_that_holds_records_is_refused(catalog, broken):
    status, stderr = run_import(broken)
    assert status == 2 and stderr.startswith("the database is not empty")
    assert not Vendor.objects.filter(slug="acme").exists()


def test_not_an_export_and_a_used_directory_are_refused(db, tmp_path):
    assert run_import(tmp_path) == (2, f"{tmp_path}: no export.yaml here: not an airegister export")
    (tmp_path / "old.txt").write_text("x")
    with pytest.raises(CommandError, match="not an empty directory") as exc:
        call_command("export", str(tmp_path), stderr=io.StringIO())
    assert exc.value.returncode == 2


class Terminal(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self):
        return self.tty


def test_progress_shows_only_on_a_terminal():
    for tty in (True, False):
        stream = Terminal(tty)
        show = progress_printer(stream)
        for done in range(1, 401):
            show(done, 400)
        assert stream.getvalue() == ("\r200/400 records\r400/400 records\n" if tty else "")


def test_unknown_record_types_and_versions_are_problems(db, broken):
    write(broken, "export.yaml", "format: airegister-export\nversion: 9\n")
    write(broken, "catalog/gadget/1.yaml", "id: 1\n")
    status, stderr = run_import(broken)
    assert status == 2
    assert "export.yaml: version: 9 is not one this release reads (1)" in stderr.splitlines()
    assert "catalog/gadget: unknown record type" in stderr.splitlines()


def test_the_command_line_says_it_in_lines_and_exit_status_2(db, broken, tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "AIREGISTER_VAR_DIR": str(tmp_path), "DATABASE_URL": f"sqlite:///{tmp_path}/new.sqlite3"}
    cli = [sys.executable, "-m", "airegister.cli"]
    subprocess.run([*cli, "migrate", "-v0"], env=env, check=True)
    done = subprocess.run([*cli, "import", str(broken)], env=env, capture_output=True, text=True)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        "catalog/aimodel/acme-1.yaml: tier: unknown value 'huge'",
        "catalog/dataterm/1.yaml: model: unknown model 'acme-2'",
        "catalog/dataterm/1.yaml: value: unknown value 'maybe'",
        "catalog/dataterm/1.yaml: colour: unknown field",
        "CommandError: 4 problems; nothing was imported",
    ]


def test_a_broken_json_document_is_refused_line_by_line(db, tmp_path):
    document = {
        "format": "airegister-export", "version": 1,
        "data": {"catalog.vendor": ["acme"], "catalog.aimodel": [{"id": 1, "name": "A", "slug": "a", "vendor": ["x"]}]},
    }
    path = tmp_path / "register.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status, stderr = run_import(path)
    assert status == 2 and stderr.splitlines() == ["catalog.vendor[0]: not a mapping of fields"]
    document["data"]["catalog.vendor"] = []
    path.write_text(json.dumps(document), encoding="utf-8")
    status, stderr = run_import(path)
    assert status == 2
    assert stderr.splitlines() == ["catalog.aimodel[0]: vendor: expected the slug, name or id of a vendor, got ['x']"]
    assert not AIModel.objects.exists()
