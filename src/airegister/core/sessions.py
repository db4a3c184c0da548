"""Signed-cookie sessions whose verified contents each worker remembers.

A signed-in reader sends the same session cookie with every request; checking its HMAC and decoding it again each
time costs a cached page about a tenth of its time. A cookie that once verified is remembered per process (keyed by
the whole signed string, so a changed or forged cookie is never found) together with the time it was signed, and
its age is still checked against SESSION_COOKIE_AGE on every request: an expired cookie is refused as Django's own
signed-cookie store refuses it. Each request gets its own copy of the data, so a request that changes its session
(which signs a new cookie) never changes what another request reads.
"""

import copy
import functools
import time

from django.contrib.sessions.backends import signed_cookies
from django.core import signing

SALT = "django.contrib.sessions.backends.signed_cookies"


@functools.lru_cache(maxsize=4096)
def _verified(session_key: str, serializer) -> tuple[dict, int]:
    """The cookie's data and the time it was signed; raises BadSignature (or a decoding error) as signing does.

    No max_age here: the age is checked by the caller on every request, so a remembered cookie still expires."""
    data = signing.loads(session_key, serializer=serializer, salt=SALT)
    # TimestampSigner's format: value:timestamp:signature, the timestamp in base 62.
    return data, signing.b62_decode(session_key.rsplit(signing.Signer().sep, 2)[1])


class SessionStore(signed_cookies.SessionStore):
    def load(self):
        try:
            data, signed_at = _verified(self.session_key, self.serializer)
        except Exception:
            # As Django's store: a bad signature, a bad value or no cookie at all starts an empty session.
            self.create()
            return {}
        if time.time() - signed_at > self.get_session_cookie_age():
            self.create()
            return {}
        return copy.deepcopy(data)
