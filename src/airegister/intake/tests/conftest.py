"""The review, proposal and monitoring tests share the fixtures of the sources tests (seed 002, a local HTTP
server, command runners)."""

from airegister.sources.tests.conftest import *  # noqa: F403
