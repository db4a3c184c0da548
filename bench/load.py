"""Load on loopback: the real server (`airegister serve`, gunicorn, 4 workers) against a bounded load generator.

    .venv/bin/python bench/load.py                       # SQLite: requests/s, p50, p99 per page vs a static file
    .venv/bin/python bench/load.py --hold 60             # then 64 connections for 60 s and 16 editors + 64 readers
    .venv/bin/python bench/load.py --postgres postgres://postgres@127.0.0.1:5432/airegister_bench   # PostgreSQL
    .venv/bin/python bench/load.py --duration 2 --runs 1 --hold 5   # a quick run

A throwaway database (a temporary SQLite file, or the PostgreSQL database named in --postgres, dropped and
created again) gets the built-in catalog and requirement profiles; a viewer signs in through the login form
(session cookie), an editor gets an API token. The client is wrk when installed, else Python: several processes
of threads on http.client (gunicorn's sync workers close each connection after a response, so there is no
keep-alive to keep). With the Python client on the same 2 cores the client itself may be the ceiling: the table
says which client measured it.

Phase 1 (always): each page at --connections (32) for --duration seconds, pages interleaved, --runs times;
medians of the runs, and each page's requests/s as a ratio of the static file's.
Phase 2 (--hold S): 64 connections for S seconds, 16 on each of the profile, the catalog list, the API model
list and the check, counting every non-200; then 16 editors saving their own vendor through the API with
If-Match (retrying on 412) while 64 readers read: every write acknowledged must be in the change log, the last
one must be the stored value, and nothing may answer 5xx.
"""

import argparse
import contextlib
import http.client
import json
import multiprocessing
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AIREGISTER = [sys.executable, "-m", "airegister.cli"] if not (ROOT / ".venv/bin/airegister").exists() else [
    str(ROOT / ".venv/bin/airegister")
]
HOST = "127.0.0.1"
PASSWORD = "bench-password-correct-horse"
PAGES = {
    "static file": "/static/core/register.css",
    "profile": "/models/claude-opus-4/",
    "catalog list": "/models/",
    "vendor": "/vendors/anthropic/",
    "check PHI/EU": "/check/?data_classes=phi&regions=eu",
}
HOLD_PAGES = {
    "profile": "/models/claude-opus-4/",
    "catalog list": "/models/",
    "API model list": "/api/catalog/models/",
    "check PHI/EU": "/check/?data_classes=phi&regions=eu",
}
GOALS = {"profile": 0.5, "catalog list": 0.3, "vendor": 0.3, "check PHI/EU": 0.3}


# --- the server -------------------------------------------------------------------------------------------


def run_cli(env, *args, stdin=None) -> str:
    done = subprocess.run([*AIREGISTER, *args], env=env, input=stdin, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"airegister {' '.join(args)} failed: {done.stderr.strip()[-500:]}")
    return done.stdout


def recreate_postgres(url: str) -> None:
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def prepare(database_url: str, var_dir: str) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "AIREGISTER_VAR_DIR": var_dir,
        "SECRET_KEY": "bench-" + os.urandom(16).hex(),
        "ALLOWED_HOSTS": HOST,
        "LOG_LEVEL": "ERROR",
    }
    for name in ("AIREGISTER_DEMO", "AIREGISTER_ANONYMOUS_READ", "DEBUG", "AIREGISTER_TESTING"):
        env.pop(name, None)
    run_cli(env, "migrate", "--verbosity", "0")
    run_cli(env, "load_catalog", "--verbosity", "0")
    run_cli(env, "load_requirements", "--verbosity", "0")
    run_cli(env, "createuser", "--role", "viewer", "--password-stdin", "bench-viewer", stdin=PASSWORD + "\n")
    run_cli(env, "createuser", "--role", "editor", "--password-stdin", "bench-editor", stdin=PASSWORD + "\n")
    env["BENCH_TOKEN"] = run_cli(env, "token", "create", "--name", "bench", "bench-editor").strip().split()[-1]
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def server(env, workers: int):
    port = free_port()
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(
        [*AIREGISTER, "serve", "--bind", f"{HOST}:{port}", "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=log,
    )  # fmt: skip
    try:
        for _ in range(300):
            with contextlib.suppress(OSError, http.client.HTTPException):
                conn = http.client.HTTPConnection(HOST, port, timeout=2)
                conn.request("GET", "/health/")
                if conn.getresponse().status == 200:
                    break
            if proc.poll() is not None:
                log.seek(0)
                sys.exit(f"the server stopped: {log.read().decode()[-800:]}")
            time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def sign_in(port: int, username: str) -> str:
    """Signs in through the login form, as a browser would; returns the Cookie header to send."""
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    conn.request("GET", "/login/")
    response = conn.getresponse()
    page = response.read().decode()
    csrf_cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie", ""))[1]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    body = urllib.parse.urlencode({"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token})
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    headers = {"Cookie": f"csrftoken={csrf_cookie}", "Content-Type": "application/x-www-form-urlencoded",
               "Referer": f"http://{HOST}:{port}/login/"}  # fmt: skip
    conn.request("POST", "/login/", body, headers)
    response = conn.getresponse()
    response.read()
    session = re.search(r"sessionid=([^;]+)", " ".join(v for k, v in response.getheaders() if k == "Set-Cookie"))
    if response.status != 302 or session is None:
        sys.exit(f"signing in as {username} failed: {response.status}")
    return f"csrftoken={csrf_cookie}; sessionid={session[1]}"


# --- the Python load client -------------------------------------------------------------------------------


def _hammer(port, paths, headers, deadline, out):
    """One connection: GET the paths in turn until the deadline; (path, status, seconds) per request."""
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    i = 0
    while time.perf_counter() < deadline:
        path = paths[i % len(paths)]
        i += 1
        start = time.perf_counter()
        try:
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            status = 0
            conn.close()
            conn = http.client.HTTPConnection(HOST, port, timeout=30)
        out.append((path, status, time.perf_counter() - start))


def _process(port, assignments, headers, start_at, duration, queue):
    time.sleep(max(0.0, start_at - time.time()))
    deadline = time.perf_counter() + duration
    results: list = []
    threads = [
        threading.Thread(target=_hammer, args=(port, paths, headers, deadline, results)) for paths in assignments
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    queue.put(results)


def load(port, assignments, headers, duration, processes=4) -> list:
    """Runs one connection per entry of `assignments` (a list of paths each), spread over processes."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    groups = [assignments[i::processes] for i in range(processes) if assignments[i::processes]]
    start_at = time.time() + 0.3
    procs = [ctx.Process(target=_process, args=(port, g, headers, start_at, duration, queue)) for g in groups]
    for p in procs:
        p.start()
    results = [r for _ in procs for r in queue.get()]
    for p in procs:
        p.join()
    return results


def summarize(results, duration) -> dict:
    times = sorted(t for _, _, t in results)
    ok = sum(1 for _, s, _ in results if s == 200)
    pct = lambda q: times[min(len(times) - 1, int(q * len(times)))] * 1000 if times else float("nan")  # noqa: E731
    return {"rps": ok / duration, "p50": pct(0.50), "p99": pct(0.99), "errors": len(results) - ok,
            "statuses": Counter(s for _, s, _ in results if s != 200)}  # fmt: skip


def wrk_load(port, path, headers, connections, duration) -> dict:
    script = "".join(f'wrk.headers["{k}"] = "{v}"\n' for k, v in headers.items())
    script += 'done = function(s, l, r) io.write(string.format("RESULT %d %d %f %f %d\\n", s.requests, ' \
              's.errors.status + s.errors.connect + s.errors.read + s.errors.timeout, l:percentile(50), ' \
              'l:percentile(99), s.duration)) end\n'  # fmt: skip
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(script)
    argv = ["wrk", "-t", "4", "-c", str(connections), "-d", f"{max(1, round(duration))}s", "-s", f.name, f"http://{HOST}:{port}{path}"]
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    os.unlink(f.name)
    if done.returncode != 0:
        sys.exit(f"wrk failed on {path}: {(done.stderr or done.stdout).strip()[-500:]}")
    out = done.stdout
    requests, errors, p50, p99, micros = re.search(r"RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) (\d+)", out).groups()
    seconds = int(micros) / 1e6
    return {"rps": (int(requests) - int(errors)) / seconds, "p50": float(p50) / 1000, "p99": float(p99) / 1000,
            "errors": int(errors), "statuses": Counter()}  # fmt: skip


# --- the phases -------------------------------------------------------------------------------------------


def answers_200(port, path, headers) -> None:
    """wrk counts only 4xx/5xx as errors: a page redirecting to the sign-in form would be measured as a page."""
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    response.read()
    if response.status != 200:
        sys.exit(f"{path} answered {response.status}, not 200: nothing to measure")


def phase_pages(port, headers, args, use_wrk) -> dict:
    runs: dict[str, list] = {name: [] for name in PAGES}
    for path in PAGES.values():
        answers_200(port, path, headers)
    for _ in range(args.runs):
        for name, path in PAGES.items():  # interleaved: each run measures every page once, in turn
            if use_wrk:
                runs[name].append(wrk_load(port, path, headers, args.connections, args.duration))
            else:
                results = load(port, [[path]] * args.connections, headers, args.duration)
                runs[name].append(summarize(results, args.duration))
    return {name: {key: statistics.median(r[key] for r in rs) for key in ("rps", "p50", "p99")}
            | {"errors": sum(r["errors"] for r in rs)} for name, rs in runs.items()}  # fmt: skip


def print_pages(table, title):
    static = table["static file"]["rps"]
    print(f"\n{title}")
    print(f"{'page':<16} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'ratio':>6} {'goal':>6}")
    for name, row in table.items():
        goal = GOALS.get(name)
        ratio = row["rps"] / static if static else float("nan")
        mark = "" if goal is None else (f">={goal}" + (" ok" if ratio >= goal else " SHORT"))
        print(f"{name:<16} {row['rps']:>8.0f} {row['p50']:>8.1f} {row['p99']:>8.1f} {row['errors']:>7} "
              f"{ratio:>6.2f} {mark:>6}")  # fmt: skip


def phase_hold(port, headers, seconds, connections=64) -> dict:
    paths = list(HOLD_PAGES.values())
    assignments = [[paths[i % len(paths)]] for i in range(connections)]
    results = load(port, assignments, headers, seconds)
    return {name: summarize([r for r in results if r[0] == path], seconds) for name, path in HOLD_PAGES.items()}


def api(port, method, path, token, body=None, headers=None):
    conn = http.client.HTTPConnection(HOST, port, timeout=60)
    all_headers = {"Authorization": f"Token {token}", "Content-Type": "application/json", **(headers or {})}
    conn.request(method, path, json.dumps(body) if body is not None else None, all_headers)
    response = conn.getresponse()
    data = response.read()
    return response.status, response.getheader("ETag"), data


def _editor(port, token, slug, deadline, record):
    while time.perf_counter() < deadline:
        status, etag, _ = api(port, "GET", f"/api/catalog/vendors/{slug}/", token)
        if status != 200:
            record["errors"].append(status)
            continue
        text = f"edit {record['saved'] + 1} by its editor"
        status, _, _ = api(port, "PATCH", f"/api/catalog/vendors/{slug}/", token, {"description": text},
                           {"If-Match": etag})  # fmt: skip
        if status == 200:
            record["saved"] += 1
            record["last"] = text
        elif status in (409, 412):
            record["retries"] += 1
        else:
            record["errors"].append(status)


def phase_editors(port, headers, env, seconds, editors=16, readers=64) -> tuple[dict, list]:
    token = env["BENCH_TOKEN"]
    slugs = [f"bench-vendor-{i}" for i in range(editors)]
    for slug in slugs:
        status, _, body = api(port, "POST", "/api/catalog/vendors/", token, {"name": slug.title(), "slug": slug})
        if status != 201:
            sys.exit(f"creating {slug}: {status} {body[:200]!r}")
    records = {slug: {"saved": 0, "retries": 0, "errors": [], "last": None} for slug in slugs}
    deadline = time.perf_counter() + seconds
    threads = [threading.Thread(target=_editor, args=(port, token, s, deadline, records[s])) for s in slugs]
    for t in threads:
        t.start()
    reads = phase_hold(port, headers, seconds, readers)
    for t in threads:
        t.join()
    return reads, check_history(env, records)


def check_history(env, records) -> list:
    """Every acknowledged save is an update in the change log, and the last one is the stored value."""
    code = (
        "import json; from airegister.catalog.models import Vendor; from airegister.core.models import ObjectChange\n"
        f"slugs = {sorted(records)!r}\n"
        "out = {}\n"
        "for v in Vendor.objects.filter(slug__in=slugs):\n"
        "    out[v.slug] = [v.description, ObjectChange.objects.for_object(v).filter(action='update').count()]\n"
        "print(json.dumps(out))\n"
    )
    stored = json.loads(run_cli(env, "shell", "-c", code).strip().splitlines()[-1])
    rows = []
    for slug, record in sorted(records.items()):
        description, logged = stored[slug]
        rows.append({"record": slug, "saved": record["saved"], "retries": record["retries"], "in history": logged,
                     "errors": len(record["errors"]), "lost": record["saved"] - logged,
                     "last write stored": description == record["last"]})  # fmt: skip
    return rows


def print_hold(table, title):
    print(f"\n{title}")
    print(f"{'page':<16} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}  non-200")
    for name, row in table.items():
        print(f"{name:<16} {row['rps']:>8.0f} {row['p50']:>8.1f} {row['p99']:>8.1f} {row['errors']:>7}  "
              f"{dict(row['statuses']) or '-'}")  # fmt: skip


def print_editors(rows):
    print(f"\n{'record':<18} {'saved':>6} {'412/409 retries':>15} {'in history':>10} {'lost':>5} {'errors':>6}  "
          "last stored")  # fmt: skip
    for r in rows:
        print(f"{r['record']:<18} {r['saved']:>6} {r['retries']:>15} {r['in history']:>10} {r['lost']:>5} "
              f"{r['errors']:>6}  {r['last write stored']}")  # fmt: skip
    print(f"total: {sum(r['saved'] for r in rows)} writes, {sum(r['lost'] for r in rows)} lost, "
          f"{sum(r['errors'] for r in rows)} errors")  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", metavar="URL", help="PostgreSQL database to (re)create and use")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per page per run (default 5)")
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs; the table shows medians")
    parser.add_argument("--hold", type=float, default=0, metavar="S", help="also hold 64 connections S seconds")
    parser.add_argument("--python-client", action="store_true", help="the Python client even when wrk exists")
    args = parser.parse_args()
    use_wrk = shutil.which("wrk") is not None and not args.python_client
    var_dir = tempfile.mkdtemp(prefix="airegister-load-")
    try:
        if args.postgres:
            recreate_postgres(args.postgres)
        database_url = args.postgres or f"sqlite:///{var_dir}/bench.sqlite3"
        database = "PostgreSQL" if args.postgres else "SQLite"
        env = prepare(database_url, var_dir)
        with server(env, args.workers) as port:
            headers = {"Cookie": sign_in(port, "bench-viewer"), "Host": HOST}
            client = "wrk" if use_wrk else "Python client (4 processes)"
            print(f"{database}, {args.workers} gunicorn workers, {os.cpu_count()} cores; client: {client}")
            table = phase_pages(port, headers, args, use_wrk)
            print_pages(table, f"{args.connections} connections, {args.runs} interleaved runs of "
                               f"{args.duration:g} s per page, medians")  # fmt: skip
            if args.hold:
                print_hold(phase_hold(port, headers, args.hold), f"64 connections × {args.hold:g} s (16 per page)")
                reads, rows = phase_editors(port, headers, env, args.hold)
                print_hold(reads, f"64 readers × {args.hold:g} s while 16 editors save through the API")
                print_editors(rows)
    finally:
        shutil.rmtree(var_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
