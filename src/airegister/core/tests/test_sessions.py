"""Signed-cookie sessions remembered per worker (core/sessions.py): never less strict than Django's own store."""

from airegister.core.sessions import SessionStore


def signed_cookie(data: dict) -> str:
    store = SessionStore()
    store.update(data)
    store.save()
    return store.session_key


def test_a_remembered_cookie_reads_the_same_data_each_time(settings):
    cookie = signed_cookie({"_auth_user_id": "7", "seen": [1]})
    first = SessionStore(cookie)
    assert first["_auth_user_id"] == "7"
    first["seen"].append(2)  # one request changing its copy...
    assert SessionStore(cookie)["seen"] == [1]  # ...changes nothing another request reads


def test_a_tampered_cookie_is_an_empty_session_even_after_the_real_one_was_remembered(settings):
    cookie = signed_cookie({"_auth_user_id": "7"})
    assert SessionStore(cookie)["_auth_user_id"] == "7"
    value, timestamp, signature = cookie.rsplit(":", 2)
    forged = f"{value}:{timestamp}:{signature[:-2]}{'AA' if signature[-2:] != 'AA' else 'BB'}"
    store = SessionStore(forged)
    assert dict(store.items()) == {} and store.modified  # a new cookie is set, as Django's store does


def test_a_remembered_cookie_still_expires(settings):
    cookie = signed_cookie({"_auth_user_id": "7"})
    assert SessionStore(cookie)["_auth_user_id"] == "7"  # verified and remembered
    settings.SESSION_COOKIE_AGE = -1  # every cookie is now older than the age allowed
    assert dict(SessionStore(cookie).items()) == {}
