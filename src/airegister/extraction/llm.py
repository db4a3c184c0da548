"""An optional LLM reader: an organisation's own model, behind an OpenAI-compatible endpoint, proposes facts and
the register's rules (grounding.py) verify them. Off unless AIREGISTER_LLM_BASE_URL is set.

Settings (environment):
  AIREGISTER_LLM_BASE_URL    the endpoint's base, e.g. http://127.0.0.1:8080/v1 (POST {base}/chat/completions)
  AIREGISTER_LLM_MODEL       the model name the endpoint serves (required when the base URL is set)
  AIREGISTER_LLM_API_KEY     sent as `Authorization: Bearer …` (and `api-key` for Azure OpenAI) when set
  AIREGISTER_LLM_TIMEOUT     seconds per request (default 120)
  AIREGISTER_LLM_MAX_TOKENS  the answer's token budget per request (default 1024)
  AIREGISTER_LLM_MAX_CHARS   how much of the document is sent at most, in characters (default 48000)
  AIREGISTER_LLM_MAX_FACTS   how many facts one answer may list (default 60; the schema's maxItems)

The document is sent in sections (its headings start them) of at most 8000 characters, one request each, until
AIREGISTER_LLM_MAX_CHARS is spent; the answer is constrained by a JSON schema (`response_format` json_schema).
A value is kept only when it passes the grounding rules, and only for a field the offline reader left empty, or
for a model the offline reader missed whose name stands in the document. Kept fields are listed per model
(`llm_fields`); every proposal dropped is counted by reason under the result's `llm` key.

An endpoint that cannot be reached or answers with an error does not fail the reading: the offline facts are
kept, and the error is reported (`llm.error`; `airegister extract` prints it on stderr). A setting that is
wrong (no model name, a base URL that is not http(s)) is bad input: ExtractionError.
"""

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .document import Document, fold
from .grounding import LLM_FIELDS, Grounds, Proposal, check, tokens
from .models import ExtractionError, ExtractionResult, ModelFacts
from .values import KNOWN_DEVELOPERS

if TYPE_CHECKING:
    import httpx
# httpx and jsonschema are imported where the reader runs: `airegister extract` with the reader off never pays
# for them (the command starts without Django to be quick).

CHUNK_CHARS = 8000
MAX_FACTS = 60  # per request: bounds the answer
SYSTEM_PROMPT = (
    "You read vendor documents about AI models (model cards, system cards, announcements) and list the facts "
    "they state about each model. Answer only with JSON matching the schema. For each fact give: the model's "
    "name exactly as the document writes it; the field; the value as the document states it; and the excerpt: "
    "one sentence or table row copied character for character from the document, which states the value and "
    "names the model (or stands under a heading naming it). Never paraphrase an excerpt, never guess a value. "
    "Fields: developer (organisation), release_date, knowledge_cutoff, training_data_cutoff (dates as written), "
    "input_modalities, output_modalities (text, image, audio, video; comma-separated), context_window (tokens), "
    "license, parameters (e.g. 7B), access_surfaces (platforms it is offered on, comma-separated), "
    "safety_level (e.g. ASL-3)."
)


class LLMError(Exception):
    """The endpoint could not be used; one line."""

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split())[:300])


@dataclass
class LLMSettings:
    base_url: str
    model: str
    api_key: str = ""
    timeout: float = 120.0
    max_tokens: int = 1024
    max_chars: int = 48000
    max_facts: int = MAX_FACTS

    @classmethod
    def from_env(cls, env=None) -> "LLMSettings | None":
        """The settings, or None when the LLM reader is off (no base URL); ExtractionError when set wrongly."""
        env = os.environ if env is None else env
        base = (env.get("AIREGISTER_LLM_BASE_URL") or "").strip()
        if not base:
            return None
        if not re.match(r"https?://[^/\s]+", base):
            raise ExtractionError(f"AIREGISTER_LLM_BASE_URL={base!r} is not an http(s) URL")
        model = (env.get("AIREGISTER_LLM_MODEL") or "").strip()
        if not model:
            raise ExtractionError("AIREGISTER_LLM_BASE_URL is set but AIREGISTER_LLM_MODEL is not: name the model")
        try:
            return cls(
                base_url=base.rstrip("/"), model=model, api_key=(env.get("AIREGISTER_LLM_API_KEY") or "").strip(),
                timeout=float(env.get("AIREGISTER_LLM_TIMEOUT") or 120),
                max_tokens=int(env.get("AIREGISTER_LLM_MAX_TOKENS") or 1024),
                max_chars=int(env.get("AIREGISTER_LLM_MAX_CHARS") or 48000),
                max_facts=int(env.get("AIREGISTER_LLM_MAX_FACTS") or MAX_FACTS),
            )
        except ValueError as exc:
            raise ExtractionError(f"an AIREGISTER_LLM_* number setting is not a number ({exc})") from None


def answer_schema(max_facts: int = MAX_FACTS) -> dict:
    fact = {
        "type": "object",
        "properties": {
            "model": {"type": "string", "maxLength": 120},
            "field": {"type": "string", "enum": list(LLM_FIELDS)},
            "value": {"type": "string", "maxLength": 200},
            "excerpt": {"type": "string", "maxLength": 600},
        },
        "required": ["model", "field", "value", "excerpt"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {"facts": {"type": "array", "items": fact, "maxItems": max_facts}},
        "required": ["facts"],
        "additionalProperties": False,
    }


def sections(doc: Document, chunk_chars: int = CHUNK_CHARS, max_chars: int = 48000) -> list[str]:
    """The document's text in sections, as verbatim as the reader has it (a table row as its source line)."""
    out, current, size, total = [], [], 0, 0
    for block in doc.blocks:
        if block.kind == "column":
            continue  # a comparison table read per column: the rows already carry it
        text = block.source if block.kind == "row" and block.source else doc.block_text(block)
        if block.kind == "heading":
            text = "#" * max(block.level, 1) + " " + text
        text = text[:chunk_chars]
        if total + len(text) > max_chars:
            break
        if current and (size + len(text) > chunk_chars or block.kind == "heading" and size > chunk_chars // 2):
            out.append("\n".join(current))
            current, size = [], 0
        current.append(text)
        size += len(text) + 1
        total += len(text) + 1
    if current:
        out.append("\n".join(current))
    return out


class LLMReader:
    def __init__(self, settings: LLMSettings, transport: "httpx.BaseTransport | None" = None):
        import httpx

        self.settings = settings
        headers = {"Content-Type": "application/json"}
        if settings.api_key:
            headers["Authorization"] = f"Bearer {settings.api_key}"
            headers["api-key"] = settings.api_key  # Azure OpenAI's header
        self.client = httpx.Client(headers=headers, timeout=httpx.Timeout(settings.timeout, connect=10.0),
                                   transport=transport)

    def close(self) -> None:
        self.client.close()

    def request(self, text: str, known: list[str]) -> dict:
        hint = f"Models found so far: {', '.join(known)}.\n\n" if known else ""
        return {
            "model": self.settings.model,
            "temperature": 0,
            "max_tokens": self.settings.max_tokens,
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": f"{hint}Document section:\n\n{text}"},
            ],
            "response_format": {
                "type": "json_schema",
                "json_schema": {
                    "name": "model_facts", "strict": True, "schema": answer_schema(self.settings.max_facts),
                },
            },
        }

    def ask(self, text: str, known: list[str]) -> str:
        """The answer's text for one section; LLMError when the endpoint fails."""
        import httpx

        url = f"{self.settings.base_url}/chat/completions"
        try:
            response = self.client.post(url, json=self.request(text, known))
        except httpx.TimeoutException:
            raise LLMError(f"{url}: no answer within {self.settings.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise LLMError(f"{url}: {type(exc).__name__}: {exc}") from None
        if response.status_code >= 400:
            raise LLMError(f"{url}: HTTP {response.status_code}: {response.text[:200]}")
        try:
            return response.json()["choices"][0]["message"]["content"] or ""
        except (ValueError, KeyError, IndexError, TypeError):
            raise LLMError(f"{url}: the answer is not an OpenAI chat completion") from None

    def propose(self, doc: Document, known: list[str]) -> tuple[list[Proposal], int]:
        """(proposals, number of malformed answers or facts) over the document's sections."""
        proposals, malformed = [], 0
        for text in sections(doc, max_chars=self.settings.max_chars):
            found, bad = parse_answer(self.ask(text, known))
            proposals += found
            malformed += bad
        return proposals, malformed


FENCE_RE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.S)
_FACT = answer_schema()["properties"]["facts"]["items"]
# A fact's shape, its field any string: a field the register does not read is dropped as such, not as malformed.
FACT_SHAPE = {**_FACT, "properties": {k: {"type": "string"} for k in _FACT["properties"]}}


def parse_answer(content: str) -> tuple[list[Proposal], int]:
    """The proposals of one answer, and how many parts of it were malformed (the whole answer counts one)."""
    fenced = FENCE_RE.match(content or "")
    try:
        data = json.loads(fenced.group(1) if fenced else content)
    except (ValueError, TypeError):
        return [], 1
    facts = data.get("facts") if isinstance(data, dict) else None
    if not isinstance(facts, list):
        return [], 1
    import jsonschema

    out, bad = [], 0
    for item in facts:
        try:
            jsonschema.validate(item, FACT_SHAPE)
        except jsonschema.ValidationError:
            bad += 1
            continue
        out.append(Proposal(item["model"], item["field"], item["value"], item["excerpt"]))
    return out, bad


@dataclass
class Tally:
    model: str
    proposed: int = 0
    kept: int = 0
    dropped: Counter = field(default_factory=Counter)
    error: str | None = None

    def to_dict(self) -> dict:
        return {"model": self.model, "proposed": self.proposed, "kept": self.kept,
                "dropped": dict(sorted(self.dropped.items())), "error": self.error}


def account_line(llm: dict) -> str:
    """One line for stderr: what the LLM reader proposed, kept and dropped (by reason), or why it failed."""
    if llm.get("error"):
        return f"warning: LLM reader failed, offline facts only: {llm['error']}"
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(llm["dropped"].items()))
    return (f"LLM reader ({llm['model']}): {llm['proposed']} proposed, {llm['kept']} kept, "
            f"{sum(llm['dropped'].values())} dropped" + (f" ({reasons})" if reasons else ""))


def llm_settings() -> LLMSettings | None:
    return LLMSettings.from_env()


def read_with_llm(result: ExtractionResult, doc: Document, settings: LLMSettings,
                  transport: "httpx.BaseTransport | None" = None) -> ExtractionResult:
    """The offline result with the LLM's grounded facts merged in; `result.llm` says what was kept and dropped."""
    tally = Tally(settings.model)
    reader = LLMReader(settings, transport)
    try:
        proposals, malformed = reader.propose(doc, [m.name for m in result.models])
    except LLMError as exc:
        tally.error = str(exc)
        result.llm = tally.to_dict()
        return result
    finally:
        reader.close()
    if malformed:
        tally.dropped["malformed"] += malformed
    merge(result, doc, proposals, tally)
    result.llm = tally.to_dict()
    return result


def merge(result: ExtractionResult, doc: Document, proposals: list[Proposal], tally: Tally) -> None:
    """Keep each proposal that passes the rules, where the offline reader left the field empty (offline wins)."""
    grounds = Grounds(doc, [m.name for m in result.models])
    developers = {fold(d).lower() for d in KNOWN_DEVELOPERS} | {
        fold(m.developer).lower() for m in result.models if m.developer}
    new: dict[tuple, ModelFacts] = {}  # models the offline reader missed, kept once a fact of theirs is
    tally.proposed += len(proposals)
    for proposal in proposals:
        facts, reason = _model_for(result, grounds, proposal.model, developers, new)
        if reason is None:
            reason, value = check(proposal, grounds)
        if reason is None and proposal.field in facts.llm_fields:
            reason = "duplicate"
        elif reason is None and getattr(facts, proposal.field) not in (None, "", []):
            reason = "offline_value"
        if reason is not None:
            tally.dropped[reason] += 1
            continue
        if facts not in result.models:
            result.models.append(facts)
        facts.set(proposal.field, value, fold(proposal.excerpt))
        facts.llm_fields.append(proposal.field)
        tally.kept += 1


def _model_for(result: ExtractionResult, grounds: Grounds, name: str, developers: set[str], new: dict):
    """(the model the proposal is about, None), or (None, why not): an offline model with the same name words,
    else the only offline model whose name starts with them, else a new model whose name stands in the document."""
    words = tuple(tokens(name))
    if not words:
        return None, "model_not_in_document"
    for facts in result.models:
        if tuple(tokens(facts.name)) == words:
            return facts, None
    starting = [f for f in result.models if tuple(tokens(f.name)[:len(words)]) == words]
    if len(starting) == 1:
        return starting[0], None
    if words in new:
        return new[words], None
    if fold(name).lower() in developers or not re.search(r"[A-Za-z]", name):
        return None, "not_a_model"
    if not grounds.in_document(name):
        return None, "model_not_in_document"
    new[words] = ModelFacts(grounds.spelling(name)[:200])
    return new[words], None
