"""`airegister demo-use-cases`: clearly marked examples in demo mode, never outside it."""

import pytest
from django.core.management import CommandError, call_command

from airegister.core.models import ObjectChange

from ..models import UseCase
from ..services import live_results, prefetched


def test_refused_outside_demo_mode(builtin, settings):
    settings.DEMO_MODE = False
    with pytest.raises(CommandError, match="only runs in demo mode") as info:
        call_command("demo_use_cases")
    assert info.value.returncode == 2
    assert not UseCase.objects.exists()


def test_demo_mode_adds_marked_examples_that_the_check_judges(builtin, settings, capsys):
    settings.DEMO_MODE = True
    call_command("demo_use_cases")
    assert "3 added" in capsys.readouterr().out
    examples = UseCase.objects.all()
    assert examples.count() == 3
    for example in examples:
        assert example.name.startswith("Example:") and "EXAMPLE loaded by demo mode" in example.description
    verdicts = {r.use_case.slug: r.verdict for r in live_results(prefetched(examples)).values()}
    # PHI of EU patients on Bedrock passes; confidential briefs on the consumer free tier fail the training rule;
    # the workflow on Fable 5 is checked against a model with nothing recorded.
    assert verdicts["example-phi-triage-eu"] == "pass"
    assert verdicts["example-marketing-copy-free-tier"] == "fail"
    assert UseCase.objects.get(slug="example-fable-5-contract-summaries").model.slug == "fable-5"


def test_a_second_run_keeps_edits_and_logs_nothing(builtin, settings, capsys):
    settings.DEMO_MODE = True
    call_command("demo_use_cases")
    UseCase.objects.filter(slug="example-phi-triage-eu").update(owner="Clinical AI team")
    changes = ObjectChange.objects.count()
    call_command("demo_use_cases")
    assert "0 added" in capsys.readouterr().out
    assert ObjectChange.objects.count() == changes
    assert UseCase.objects.get(slug="example-phi-triage-eu").owner == "Clinical AI team"


def test_without_the_catalog_it_says_what_to_run(db, settings):
    settings.DEMO_MODE = True
    with pytest.raises(CommandError, match="run `airegister load-catalog` first"):
        call_command("demo_use_cases")
    assert not UseCase.objects.exists()
