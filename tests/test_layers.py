"""The apps' layers (import-linter's contract in pyproject.toml) cover every package, and a planted import that
breaks a layer fails `lint-imports` (what `make lint` runs in CI).

The planted import goes into a tiny package of empty modules named like the real apps, checked against the real
contract copied from pyproject.toml: the contract is under test, not the apps' code (`make lint` checks that),
and the run takes a fraction of a second instead of building the whole project's import graph.
"""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "airegister"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def layers_contract() -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    contracts = [c for c in config["contracts"] if c["type"] == "layers"]
    assert len(contracts) == 1, "one layers contract orders every app"
    return contracts[0]


def layered_modules() -> list[str]:
    """Every module the layers name, top to bottom ("a | b" is one layer of independent apps)."""
    return [name.strip() for layer in layers_contract()["layers"] for name in layer.split("|")]


def app_packages() -> list[str]:
    """The packages directly under src/airegister: the Django apps and the libraries beside them."""
    return sorted(f"airegister.{p.parent.name}" for p in PACKAGE.glob("*/__init__.py"))


def test_every_package_has_a_layer():
    missing = sorted(set(app_packages()) - set(layered_modules()))
    assert not missing, f"add these packages to the layers contract in pyproject.toml: {', '.join(missing)}"


def test_the_layers_name_only_packages_that_exist():
    unknown = sorted(set(layered_modules()) - set(app_packages()))
    assert not unknown, f"the layers contract names packages that do not exist: {', '.join(unknown)}"


def test_each_package_is_on_one_layer_only():
    names = layered_modules()
    assert len(names) == len(set(names))


def lint_imports(tmp_path: Path, planted: dict[str, str]) -> subprocess.CompletedProcess:
    """`lint-imports` with the real contract on a stand-in package: each app an empty package, plus `planted`
    ({"airegister/core/bad.py": "import airegister.exchange"})."""
    root = tmp_path / "airegister"
    root.mkdir()
    (root / "__init__.py").write_text("")
    for name in layered_modules():
        app = root / name.removeprefix("airegister.")
        app.mkdir()
        (app / "__init__.py").write_text("")
        (app / "tests").mkdir()
        (app / "tests" / "__init__.py").write_text("")
    # An app's tests may import the apps above it (the contract's ignore_imports, which must match an import).
    planted = {"airegister/core/tests/test_stand_in.py": "import airegister.exchange", **planted}
    for path, source in planted.items():
        (tmp_path / path).write_text(source + "\n")
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", "pyproject.toml"],
        cwd=tmp_path, env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=60,
    )


def test_the_stand_in_package_passes_as_it_is(tmp_path):
    # Imports down the layers, and from an app's tests up, are allowed: the contract does not fail for nothing.
    result = lint_imports(tmp_path, {"airegister/exchange/ok.py": "import airegister.catalog\nimport airegister.core"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("path", "source", "reported"),
    [
        # The bottom layer reaching for the top one.
        ("airegister/core/bad.py", "import airegister.exchange", "airegister.core.bad -> airegister.exchange"),
        # Two apps on one layer are independent of each other.
        ("airegister/intake/bad.py", "from airegister import profiles", "airegister.intake.bad -> airegister.profiles"),
        # A library below the catalog importing it.
        ("airegister/feeds/bad.py", "import airegister.catalog", "airegister.feeds.bad -> airegister.catalog"),
    ],
)
def test_an_import_up_a_layer_fails_lint_imports(tmp_path, path, source, reported):
    result = lint_imports(tmp_path, {path: source})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "0 kept, 1 broken" in result.stdout
    assert reported in result.stdout
