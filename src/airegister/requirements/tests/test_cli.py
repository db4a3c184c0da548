"""`airegister check`: the system check without a workload; the requirement check with one."""

import json

import pytest
from django.core.management import call_command

from ..management.commands.check import Command


def run(*args):
    """Run the command as the command line does (argument parsing, exit status), in this process."""
    with pytest.raises(SystemExit) as info:
        Command().run_from_argv(["airegister", "check", *args])
    return info.value.code


def test_without_a_workload_it_is_djangos_system_check(db, capsys):
    call_command("check")
    assert "System check identified no issues" in capsys.readouterr().out


def test_system_check_options_still_work(db, capsys):
    call_command("check", list_tags=True)
    assert "models" in capsys.readouterr().out.split()


def test_phi_eu_table_rule_by_rule(builtin, capsys):
    call_command("check", data_classes=["phi"], regions=["eu"])
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Workload: PHI · data subjects in European Union"
    header = next(line for line in lines if line.startswith("#"))
    assert "HIPAA BAA" in header and "EU data residency" in header and "No training on our data" in header
    first = next(line for line in lines if line.startswith("1 "))
    assert "Claude 3.7 Sonnet" in first and "AWS Bedrock" in first and "PASS" in first
    free = next(line for line in lines if "Claude 3.7 Sonnet" in line and "Claude.ai free tier" in line)
    assert "FAIL" in free and "✗" in free
    assert "3 pass" in out


def test_verbose_table_gives_the_reasons(builtin, capsys):
    call_command("check", data_classes=["phi"], regions=["eu"], verbosity=2)
    out = capsys.readouterr().out
    assert "Claude 3.7 Sonnet · Claude.ai free tier: FAIL" in out
    assert "chats may be used for model training unless the model training setting is turned off" in out


def test_json_is_the_documented_list(builtin, capsys):
    call_command("check", data_classes=["phi"], regions=["eu"], output_format="json")
    options = json.loads(capsys.readouterr().out)
    sonnet = {o["channel"]: o for o in options if o["model"] == "claude-3-7-sonnet"}
    assert sonnet["aws-bedrock"]["verdict"] == "pass" and sonnet["claude-ai-free"]["verdict"] == "fail"
    assert [o["verdict"] for o in options][:3] == ["pass", "pass", "pass"]
    for rule in sonnet["aws-bedrock"]["rules"]:
        assert {"rule", "result", "fact", "excerpt"} <= set(rule)


def test_comma_separated_values_and_codes(builtin, capsys):
    Command().run_from_argv(["airegister", "check", "--data-class", "phi,confidential", "--region", "EU", "--format",
                             "json"])
    options = json.loads(capsys.readouterr().out)
    assert options[0]["verdict"] == "pass"


@pytest.mark.parametrize(("args", "words"), [
    (["--data-class", "phx"], ["unknown data class 'phx'", "valid: public, internal"]),
    (["--data-class", "phi", "--region", "mars"], ["unknown region 'mars'", "valid: eu, uk, us"]),
    (["--capability", "telepathy"], ["unknown capability 'telepathy'", "image-input"]),
    (["--data-class", "phi", "--profile", "nope"], ["unknown profile 'nope'", "valid: default"]),
    (["--data-class", "phi", "--format", "xml"], ["invalid choice: 'xml'"]),
    (["--format", "json"], ["need a workload"]),
])
def test_bad_input_exits_2_with_one_line(builtin, capsys, args, words):
    assert run(*args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    for word in words:
        assert word in lines[0]


def test_without_profiles_it_says_how_to_load_them(catalog, capsys):
    from ..loader import load_requirements
    from ..models import RequirementProfile

    load_requirements()
    RequirementProfile.objects.all().delete()
    assert run("--data-class", "phi") == 2
    assert "airegister load-requirements" in capsys.readouterr().err


def test_the_airegister_command_without_a_workload_runs_the_system_checks(tmp_path):
    """Through the real entry point, in a fresh process: our `check` replaced Django's, and still is it."""
    import os
    import subprocess
    import sys

    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG") if k in os.environ}
    env.update(AIREGISTER_TESTING="1", DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    result = subprocess.run(
        [sys.executable, "-m", "airegister.cli", "check"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
    help_text = subprocess.run(
        [sys.executable, "-m", "airegister.cli", "check", "--help"], env=env, capture_output=True, text=True,
        timeout=120,
    ).stdout
    assert "--data-class" in help_text and "--deploy" in help_text


def test_without_data_classes_it_says_so_and_names_the_command(catalog, capsys):
    # The catalog alone, no defaults (as `load-catalog` once left it): not an "unknown … valid: " with nothing.
    assert run("--data-class", "phi", "--region", "eu") == 2
    error = capsys.readouterr().err.strip()
    assert "unknown data class 'phi': no data class is recorded yet" in error
    assert "airegister load-catalog" in error and "valid:" not in error


def test_migrate_load_catalog_then_check_on_an_empty_database(tmp_path):
    """The built-in content is one command: `load-catalog` brings the data classes, regions and profile too."""
    import os
    import subprocess
    import sys

    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG") if k in os.environ}
    env.update(AIREGISTER_TESTING="1", DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "airegister.cli", *args], env=env, capture_output=True,
                              text=True, timeout=180)

    assert cli("migrate", "--noinput").returncode == 0
    rehearsal = cli("load-catalog", "--check")
    assert rehearsal.returncode == 0, rehearsal.stderr
    assert "Checked (nothing written)" in rehearsal.stdout and "7 data classes created" in rehearsal.stdout
    assert cli("check", "--data-class", "phi").returncode == 2  # the rehearsal wrote nothing

    loaded = cli("load-catalog")
    assert loaded.returncode == 0, loaded.stderr
    assert "Requirement defaults: 7 data classes created, 1 profiles created, 3 regions created." in loaded.stdout
    checked = cli("check", "--data-class", "phi", "--region", "eu", "--format", "json")
    assert checked.returncode == 0, checked.stderr
    verdicts = {(o["model"], o["channel"]): o["verdict"] for o in json.loads(checked.stdout)}
    assert verdicts[("claude-3-7-sonnet", "aws-bedrock")] == "pass"
    assert verdicts[("claude-3-7-sonnet", "claude-ai-free")] == "fail"

    again = cli("load-catalog")
    assert "7 data classes unchanged, 1 profiles unchanged, 3 regions unchanged" in again.stdout


def test_options_not_offered_are_listed_last_and_say_why(builtin, capsys):
    call_command("check", data_classes=["phi"], regions=["eu"], verbosity=2)
    out = capsys.readouterr().out
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("--")) + 1
    rows = lines[start:lines.index("", start)]
    vertex = next(line for line in rows if "Claude 3.7 Sonnet" in line and "Google Cloud Vertex AI" in line)
    assert "NOT OFFERED" in vertex
    verdicts = ["NOT OFFERED" in line for line in rows]
    assert verdicts == sorted(verdicts)  # every option not offered comes after the others
    assert "68 not offered" in out and "3 pass" in out
    assert "Claude 3.7 Sonnet · Google Cloud Vertex AI: NOT OFFERED" in out
    assert "– Offer: Not offered: no offer of Claude 3.7 Sonnet on Google Cloud Vertex AI is recorded." in out
    assert "✓ Offer: Offered: an offer of Claude 3.7 Sonnet on AWS Bedrock is recorded." in out
