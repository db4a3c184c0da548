"""Builds models.dev's published api.json from a checkout, by models.dev's own build rules, for the tests."""

import copy
import json
from pathlib import Path

import rtoml


def _merge(base: dict, own: dict) -> dict:
    """Tables merge key by key; lists and values are replaced (models.dev's base_model rule)."""
    out = copy.deepcopy(base)
    for key, value in own.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def build_api_json(root: Path) -> dict:
    """{provider id: {**provider.toml, id, models: {model id: {**merged model, id}}}}: base_model inheritance is
    applied (less base_model_omit), and `base_model`/`base_model_omit` are left out, as the published JSON does."""
    out: dict = {}
    for provider_file in sorted((root / "providers").glob("*/provider.toml")):
        provider_id = provider_file.parent.name
        provider = {"id": provider_id, **rtoml.loads(provider_file.read_text(encoding="utf-8")), "models": {}}
        folder = provider_file.parent / "models"
        for model_file in sorted(folder.rglob("*.toml")) if folder.is_dir() else ():
            model_id = model_file.relative_to(folder).as_posix().removesuffix(".toml")
            own = rtoml.loads(model_file.read_text(encoding="utf-8"))
            base = own.pop("base_model", None)
            omit = own.pop("base_model_omit", [])
            if base is not None:
                merged = _merge(rtoml.loads((root / "models" / f"{base}.toml").read_text(encoding="utf-8")), own)
                for dotted in omit:
                    *parents, last = dotted.split(".")
                    table = merged
                    for part in parents:
                        table = table.get(part, {})
                    table.pop(last, None)
                own = merged
            provider["models"][model_id] = {"id": model_id, **own}
        out[provider_id] = provider
    return out


def write_api_json(root: Path, file: Path, indent: int | None = 2) -> Path:
    file.write_text(json.dumps(build_api_json(root), indent=indent, ensure_ascii=False), encoding="utf-8")
    return file
