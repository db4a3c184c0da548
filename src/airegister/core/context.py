"""Who is changing the register, and why: a per-request (or per-command) context read by change logging.

A context variable rather than a thread-local so that it is correct under any server model.
"""

import contextlib
import contextvars
import uuid
from dataclasses import dataclass, field


@dataclass
class ChangeContext:
    user: object = None
    user_name: str = ""
    # The name of the API token the request was authenticated with (empty for sign-in sessions and commands).
    token_name: str = ""
    message: str = ""
    request_id: uuid.UUID = field(default_factory=uuid.uuid4)
    # Set by the catalog loader: records keep the "last updated" dates stated in the data files.
    preserve_timestamps: bool = False


_current: contextvars.ContextVar[ChangeContext | None] = contextvars.ContextVar("change_context", default=None)


def current_change_context() -> ChangeContext:
    return _current.get() or ChangeContext()


@contextlib.contextmanager
def change_context(user=None, user_name: str = "", message: str = "", preserve_timestamps: bool = False):
    outer = _current.get()
    if user is not None and getattr(user, "is_authenticated", False) and not user_name:
        user_name = user.get_username()
    ctx = ChangeContext(
        user=user if getattr(user, "is_authenticated", False) else None,
        user_name=user_name,
        message=message,
        preserve_timestamps=preserve_timestamps,
    )
    if outer is not None and outer.token_name and ctx.user is not None and ctx.user == outer.user:
        # A change made while serving a token-authenticated request stays attributed to that token.
        ctx.token_name = outer.token_name
    token = _current.set(ctx)
    try:
        yield ctx
    finally:
        _current.reset(token)
