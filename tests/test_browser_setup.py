"""Without Chromium, `make test` passes on a developer's machine (browser tests skipped, one line says how to
enable them) and fails in CI (CI=true), where the browser tests are required.

Each case runs pytest in a fresh process on tests/browser only (this file is outside it: no recursion), with
AIREGISTER_CHROMIUM naming a browser that does not exist and its own SQLite database.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINE = "browser tests skipped: {} not found; install it with `apt-get install chromium`"


def run_browser_tests(tmp_path, *args, ci=None):
    missing = tmp_path / "no-such-chromium"
    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG") if k in os.environ}
    env |= {
        "AIREGISTER_CHROMIUM": str(missing),
        "AIREGISTER_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1",
    }
    if ci is not None:
        env["CI"] = ci
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:xdist", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    return result, LINE.format(missing)


def test_without_chromium_outside_ci_the_browser_tests_are_skipped_with_one_line(tmp_path):
    result, line = run_browser_tests(tmp_path, "tests/browser")

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(line) == 1, result.stdout
    assert " passed" not in result.stdout and " skipped" in result.stdout


def test_without_chromium_in_ci_the_browser_tests_fail(tmp_path):
    # One test is enough to show it: each would fail the same way.
    result, line = run_browser_tests(
        tmp_path, "tests/browser/test_smoke.py::test_wrong_password_is_refused_with_a_message", ci="true"
    )

    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 error" in result.stdout
    assert "no-such-chromium is missing: install Debian's chromium package (apt-get install chromium)" in result.stdout
    assert line not in result.stdout
