"""The API keeps its own schema: schemathesis over /api/schema/, every operation, every phase (examples,
coverage, fuzzing, stateful), as an editor.

Run in-process against the WSGI application (no server, no network) on the suite's real database (committed
data, `transactional_db`: schemathesis sends from worker threads) with the built-in catalog, the default
requirement profile and a few use cases, a snapshot and a proposed fact, so that operations reach records. A
fixed seed, deterministic generation and a bounded number of cases per operation keep it repeatable and inside
the suite's time. Checks: no server error, no response outside its schema, no undocumented status code,
content type or header, no request outside the schema accepted, and the stateful checks (a deleted record is
gone, a created one can be read, credentials are not ignored, …).
"""

import time
import traceback

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import Status, events, from_schema
from schemathesis.transport.wsgi import WSGITransport

from airegister.core.testing.api import api_token
from airegister.requirements.loader import load_requirements
from airegister.usecases.testing import make_use_case

SEED = 20250522
MAX_EXAMPLES = 3  # per operation in the fuzzing phase (positive and negative)
COVERAGE_CASES = 10  # per operation in the coverage phase: each a different kind of boundary or violation
STATEFUL_STEPS = 20


@pytest.fixture
def register_data(transactional_db, catalog):
    """Records for every section: the API's operations then find something to read, edit and delete."""
    from airegister.intake.models import ProposedFact
    from airegister.sources.models import Snapshot, SourceDocument

    load_requirements()
    make_use_case("Claims triage", model="claude-3-7-sonnet", channel="aws-bedrock", data_classes=["phi"],
                  regions=["eu"])
    make_use_case("Marketing copy", model="claude-3-7-sonnet", data_classes=["public"])
    document = SourceDocument.objects.create(title="Example card", slug="example-card")
    snapshot = Snapshot.objects.create(
        document=document, number=1, sha256="0" * 64, location="example.txt", format="text", size=10,
        text="Example Model 1 has a knowledge cutoff of March 2025.",
    )
    ProposedFact.objects.create(
        snapshot=snapshot, model_name="Example Model 1", field="knowledge_cutoff", key="knowledge_cutoff",
        value="2025-03", excerpt="Example Model 1 has a knowledge cutoff of March 2025.",
    )


def fuzz_config(token: str) -> SchemathesisConfig:
    return SchemathesisConfig.from_dict({
        "seed": SEED,
        "workers": 1,
        "cache": {"enabled": False},
        "headers": {"Authorization": f"Token {token}"},
        "generation": {"max-examples": MAX_EXAMPLES, "deterministic": True, "database": "none"},
        "phases": {"stateful": {"max-steps": STATEFUL_STEPS}},
        "checks": {
            # "A schema-valid request is accepted" cannot hold for this API, and rightly so: a valid-looking
            # request may name a vendor that does not exist, repeat a slug in use, delete a record others
            # depend on or break a rule across fields (a fact needs a vendor or a model), none of which an
            # OpenAPI schema can state. Those answer 400 naming the field, as documented.
            "positive_data_acceptance": {"enabled": False},
        },
    })


class CoverageSample:
    """The coverage phase derives thousands of boundary cases (19,000 for this schema: every property of every
    body, each way it can be wrong). Keep, per operation, the first case of each kind (scenario and place),
    up to COVERAGE_CASES: every operation is still probed with different violations, in bounded time, and
    always the same cases."""

    def __init__(self, per_operation: int):
        self.per_operation = per_operation
        self.kinds = {}

    def __call__(self, context, case) -> bool:
        meta = case.meta
        if meta is None or meta.phase.name.value != "coverage":
            return True
        data = meta.phase.data
        kinds = self.kinds.setdefault(case.operation.label, set())
        kind = (data.scenario, data.parameter_location, data.parameter)
        if kind in kinds or len(kinds) >= self.per_operation:
            return False
        kinds.add(kind)
        return True


def describe(recorder, check) -> str:
    failure = check.failure_info.failure
    case = recorder.cases[check.failure_info.steps[-1].case_id].value if check.failure_info.steps else None
    request = f"{case.method} {case.formatted_path} query={case.query} body={case.body!r}"[:1500] if case else ""
    return f"{recorder.label}: {failure.title}: {failure.message[:600]}\n    {request}"


def test_the_api_keeps_its_schema(register_data, editor, capsys, monkeypatch):
    # schemathesis 4.32.5 hands `requests`-only options to the in-process (WSGI) client when its
    # `ignored_auth` check re-sends a request without credentials; drop them as its own WSGI path does.
    send = WSGITransport.send

    def send_in_process(self, case, *, session=None, **kwargs):
        for name in ("max_redirects", "verify", "cert", "proxies"):
            kwargs.pop(name, None)
        return send(self, case, session=session, **kwargs)

    monkeypatch.setattr(WSGITransport, "send", send_in_process)
    token = api_token(editor)
    schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application(), config=fuzz_config(token))
    schema.hook("filter_case")(CoverageSample(COVERAGE_CASES))
    failures, errors, phases = [], [], {}
    started = time.monotonic()
    for event in from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished) and event.status == Status.FAILURE:
            for checks in event.recorder.checks.values():
                failures += [describe(event.recorder, c) for c in checks if c.status == Status.FAILURE]
        elif isinstance(event, events.NonFatalError):
            errors.append(f"{event.label}: " + "".join(traceback.format_exception(event.value))[-2500:])
        elif isinstance(event, events.FatalError):
            errors.append(f"fatal: {event.exception!r}")
        elif isinstance(event, events.PhaseFinished):
            phases[event.phase.name.value] = (event.status.value, event.phase.skip_reason)
    with capsys.disabled():
        print(f"\nschemathesis: {time.monotonic() - started:.1f} s; phases {phases}")
    unique = sorted(set(failures))
    assert not errors, "\n".join(errors)
    assert not unique, f"{len(unique)} failures:\n" + "\n".join(unique)
