"""Fail in one line, before pytest starts, when the PostgreSQL server that DATABASE_URL names is unreachable.

pytest-django would otherwise report the same problem once per test, hundreds of tracebacks deep.
"""

import os
import sys
import time

import dj_database_url
import psycopg


def main() -> int:
    db = dj_database_url.parse(os.environ["DATABASE_URL"])
    if db["ENGINE"] != "django.db.backends.postgresql":
        print(f"DATABASE_URL is not a postgres:// URL ({db['ENGINE']})", file=sys.stderr)
        return 1
    params = {
        "host": db["HOST"] or "127.0.0.1",
        "port": db["PORT"] or 5432,
        "user": db["USER"] or "postgres",
        "password": db["PASSWORD"] or None,
        # The maintenance database: the one the URL names may not exist yet; the test run creates test_<name>.
        "dbname": "postgres",
        "connect_timeout": 3,
    }
    last_error = None
    for _ in range(10):  # a server that is still starting gets a few seconds
        try:
            with psycopg.connect(**params) as conn:
                version = conn.execute("SHOW server_version").fetchone()[0]
            print(f"PostgreSQL {version} at {params['host']}:{params['port']}: running the suite on it")
            return 0
        except psycopg.OperationalError as exc:
            last_error = str(exc).strip().splitlines()[0]
            time.sleep(1)
    print(f"PostgreSQL at {params['host']}:{params['port']} is unreachable: {last_error}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
