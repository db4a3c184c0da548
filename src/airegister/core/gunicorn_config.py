"""Gunicorn settings for `airegister serve` (loaded with `-c python:airegister.core.gunicorn_config`).

The app is preloaded in the master, so every worker starts from the same imported, warmed-up heap (Django,
templates, URL patterns) instead of importing it again; the heap is then frozen so that the garbage collector
never walks (and so never writes to, and copies) the pages the workers share with the master.
"""

import gc

preload_app = True


def pre_fork(server, worker):
    # Everything allocated up to now moves to the permanent generation before the fork copies the process.
    gc.freeze()


def post_fork(server, worker):
    # In the worker: whatever the master allocated after the last freeze joins the permanent generation too.
    gc.freeze()
