"""Generic API test cases (after NetBox's utilities/testing/api.py).

A test class names the model, the router basename, a way to make records and the data to create and
update one with, and inherits the tests every endpoint must pass:

    class TestVendorAPI(APIViewTestCases.APIViewTestCase):
        model = Vendor
        basename = "catalog-api:vendor"
        create_data = [{"name": "Example Labs", "slug": "example-labs"}]
        update_data = {"description": "Edited."}
        bad_data = {"slug": "not a slug"}  # the 400 response must name every key of bad_data
        # bad_fields = {...}: the fields the response must name, when they differ from bad_data's keys

        def create_objects(self):
            return [Vendor.objects.create(name=f"V{i}", slug=f"v{i}") for i in range(3)]

Reading needs a signed-in user (ANONYMOUS_READ off) or the setting on; writing needs `write_role` (the editor
role, or "admin" for policy records), a lower role gets 403 and no credentials 401 with a JSON body, each
changing nothing; every write is in the change log under the API user's name and the token's; a stale
`If-Match` fails its precondition (412) and a stale `last_updated` in the body is refused (409), both changing nothing.

A read-only endpoint (snapshots, the change log, …) subclasses `ReadOnlyAPIViewTestCase` and states only
`model`, `basename` and `create_objects`: it is read as above (with an ETag), and every write is refused
(405, or 403 for a role that may not write) with nothing changed.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from rest_framework.test import APIClient

from ..api.viewsets import CHANGE_MESSAGE_HEADER, etag_for
from ..choices import ChangeActionChoices, RoleChoices
from ..models import APIToken, ObjectChange
from ..tokens import create_token

TEST_TOKEN_NAME = "test client"


def api_token(user, name: str = TEST_TOKEN_NAME) -> str:
    """A token for `user` (made once per user and name, as a script would keep one)."""
    cache = user.__dict__.setdefault("_test_tokens", {})
    if name not in cache:
        APIToken.objects.filter(user=user, name=name).delete()  # made for another copy of the same user
        cache[name] = create_token(user, name)[1]
    return cache[name]


def token_client(user=None) -> APIClient:
    """An API client authenticated as real API clients are: by token (or anonymous)."""
    client = APIClient()
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {api_token(user)}")
    return client


def lookup_value(obj):
    return getattr(obj, "slug", None) or obj.pk


def key_of(value):
    """What a client would send for a brief nested record: its slug, else its id."""
    if isinstance(value, dict) and ("slug" in value or "id" in value):
        return value.get("slug", value.get("id"))
    if isinstance(value, list):
        return [key_of(v) for v in value]
    return value


def assert_represents(data: dict, expected: dict):
    """The API representation `data` carries the values a client sent in `expected`."""
    for name, value in expected.items():
        assert name in data, f"{name!r} missing from the response"
        assert key_of(data[name]) == value, f"{name}: sent {value!r}, got {data[name]!r}"


def changes_of(obj, action):
    return ObjectChange.objects.filter(
        changed_object_type=ContentType.objects.get_for_model(obj), changed_object_id=obj.pk, action=action
    )


class APIViewTestCases:
    class APITestCase:
        model = None
        basename = ""  # "<app>-api:<basename>", as registered on the app's router
        write_role = RoleChoices.EDITOR  # the lowest role that writes these records (RoleChoices.ADMIN: policy)

        @pytest.fixture(autouse=True)
        def _api_setup(self, db, settings, viewer, editor, admin_user):
            settings.ANONYMOUS_READ = False
            self.settings = settings
            users = {RoleChoices.VIEWER: viewer, RoleChoices.EDITOR: editor, RoleChoices.ADMIN: admin_user}
            self.viewer, self.admin = viewer, admin_user
            # `editor` is whoever writes these records: the editor, or the administrator for policy records.
            self.editor = users[self.write_role]
            self.anonymous_client = token_client()
            self.viewer_client = token_client(viewer)
            self.editor_client = token_client(self.editor)
            self.admin_client = token_client(admin_user)
            # Every signed-in role below write_role: each gets 403 on every write.
            roles = list(users)
            self.refused_clients = {role: token_client(users[role]) for role in roles[: roles.index(self.write_role)]}
            self.objects = list(self.create_objects())
            assert self.objects, "create_objects() must make at least one record"

        def create_objects(self):
            """Make (and return) the records the tests read, update and delete."""
            raise NotImplementedError

        def list_url(self) -> str:
            return reverse(f"api:{self.basename}-list")

        def detail_url(self, obj) -> str:
            return reverse(f"api:{self.basename}-detail", args=[lookup_value(obj)])

    class GetObjectViewTestCase(APITestCase):
        def test_get_object_anonymous_refused(self):
            response = self.anonymous_client.get(self.detail_url(self.objects[0]))
            assert response.status_code == 401
            assert "detail" in response.json()

        def test_get_object_anonymous_read(self):
            self.settings.ANONYMOUS_READ = True
            response = self.anonymous_client.get(self.detail_url(self.objects[0]))
            assert response.status_code == 200

        def test_get_object(self):
            obj = self.objects[0]
            response = self.viewer_client.get(self.detail_url(obj))
            assert response.status_code == 200
            data = response.json()
            assert data["id"] == obj.pk
            if "url" in data:  # the change log and versions name their record by id alone
                assert data["url"].endswith(self.detail_url(obj))
            if hasattr(obj, "last_updated"):
                obj.refresh_from_db()
                assert response["ETag"] == etag_for(obj)
            else:  # no version: a digest of the representation, the same for the same record
                assert response["ETag"].startswith('"sha256-')
                assert self.viewer_client.get(self.detail_url(obj))["ETag"] == response["ETag"]

        def test_get_unknown_object_is_json_404(self):
            unknown = "no-such-record" if hasattr(self.objects[0], "slug") else 987654321
            response = self.viewer_client.get(reverse(f"api:{self.basename}-detail", args=[unknown]))
            assert response.status_code == 404
            assert response["Content-Type"].startswith("application/json")
            assert response.json()["detail"]

    class ListObjectsViewTestCase(APITestCase):
        def test_list_objects_anonymous_refused(self):
            response = self.anonymous_client.get(self.list_url())
            assert response.status_code == 401
            assert "detail" in response.json()

        def test_list_objects(self):
            response = self.viewer_client.get(self.list_url())
            assert response.status_code == 200
            data = response.json()
            assert data["count"] == self.model.objects.count()
            assert {row["id"] for row in data["results"]} >= {obj.pk for obj in self.objects}

        def test_list_objects_paginated(self):
            response = self.viewer_client.get(self.list_url(), {"limit": 1})
            assert response.status_code == 200
            assert len(response.json()["results"]) == 1

    class CreateObjectViewTestCase(APITestCase):
        create_data: list[dict] = []
        bad_data: dict = {}
        bad_fields: set[str] | None = None

        def test_create_object_forbidden_below_write_role(self):
            before = self.model.objects.count()
            for role, client in self.refused_clients.items():
                response = client.post(self.list_url(), self.create_data[0], format="json")
                assert response.status_code == 403, role
                assert response.json()["detail"]
            assert self.model.objects.count() == before

        def test_create_object_anonymous_refused(self):
            before = self.model.objects.count()
            response = self.anonymous_client.post(self.list_url(), self.create_data[0], format="json")
            assert response.status_code == 401
            assert response.json()["detail"]
            assert self.model.objects.count() == before

        def test_create_object_as_admin(self):
            response = self.admin_client.post(self.list_url(), self.create_data[0], format="json")
            assert response.status_code == 201, response.json()
            assert changes_of(self.model.objects.get(pk=response.json()["id"]), ChangeActionChoices.CREATE).get(
            ).user_name == self.admin.username

        def test_create_object(self):
            for data in self.create_data:
                response = self.editor_client.post(
                    self.list_url(), data, format="json", headers={CHANGE_MESSAGE_HEADER: "Added by test"}
                )
                assert response.status_code == 201, response.json()
                assert_represents(response.json(), data)
                created = self.model.objects.get(pk=response.json()["id"])
                assert response["ETag"] == etag_for(created)
                change = changes_of(created, ChangeActionChoices.CREATE).get()
                assert change.user_name == self.editor.username
                assert change.user == self.editor
                assert change.token_name == TEST_TOKEN_NAME
                assert change.message == "Added by test"

        def test_create_object_bad_data_names_the_field(self):
            before = self.model.objects.count()
            response = self.editor_client.post(self.list_url(), {**self.create_data[0], **self.bad_data}, format="json")
            assert response.status_code == 400
            assert set(self.bad_fields or self.bad_data) <= set(response.json()), response.json()
            assert self.model.objects.count() == before

    class UpdateObjectViewTestCase(APITestCase):
        update_data: dict = {}
        bad_data: dict = {}
        bad_fields: set[str] | None = None

        def test_update_object_forbidden_below_write_role(self):
            obj = self.objects[0]
            for role, client in self.refused_clients.items():
                for method in (client.patch, client.put):
                    response = method(self.detail_url(obj), self.update_data, format="json")
                    assert response.status_code == 403, (role, method.__name__)
            assert not changes_of(obj, ChangeActionChoices.UPDATE).exists()

        def test_update_object_anonymous_refused(self):
            obj = self.objects[0]
            response = self.anonymous_client.patch(self.detail_url(obj), self.update_data, format="json")
            assert response.status_code == 401
            assert response.json()["detail"]
            assert not changes_of(obj, ChangeActionChoices.UPDATE).exists()

        def test_update_object_as_admin(self):
            obj = self.objects[0]
            response = self.admin_client.patch(self.detail_url(obj), self.update_data, format="json")
            assert response.status_code == 200, response.json()
            assert_represents(response.json(), self.update_data)
            assert {c.user_name for c in changes_of(obj, ChangeActionChoices.UPDATE)} == {self.admin.username}

        def test_update_object(self):
            obj = self.objects[0]
            etag = self.viewer_client.get(self.detail_url(obj))["ETag"]
            response = self.editor_client.patch(
                self.detail_url(obj), self.update_data, format="json", headers={"If-Match": etag}
            )
            assert response.status_code == 200, response.json()
            assert_represents(response.json(), self.update_data)
            fresh = self.viewer_client.get(self.detail_url(self.model.objects.get(pk=obj.pk)))
            assert_represents(fresh.json(), self.update_data)
            assert response["ETag"] == fresh["ETag"] != etag
            # One change per save (a many-to-many edit is logged as a change of its own).
            changes = changes_of(obj, ChangeActionChoices.UPDATE)
            assert changes.exists()
            assert {c.user_name for c in changes} == {self.editor.username}

        def test_update_object_stale_version_is_refused(self):
            obj = self.objects[0]
            etag = self.viewer_client.get(self.detail_url(obj))["ETag"]
            self.model.objects.get(pk=obj.pk).save()  # someone else saves meanwhile
            before = self.model.objects.get(pk=obj.pk).serialize_object()
            response = self.editor_client.patch(
                self.detail_url(obj), self.update_data, format="json", headers={"If-Match": etag}
            )
            assert response.status_code == 412
            assert "If-Match" in response.json()["detail"]
            assert self.model.objects.get(pk=obj.pk).serialize_object() == before
            assert not changes_of(obj, ChangeActionChoices.UPDATE).exists()

        def test_update_object_stale_body_version_is_refused(self):
            """Without If-Match, the `last_updated` the client read (in the body) is checked, as the forms do."""
            obj = self.objects[0]
            read = self.viewer_client.get(self.detail_url(obj)).json()["last_updated"]
            self.model.objects.get(pk=obj.pk).save()
            before = self.model.objects.get(pk=obj.pk).serialize_object()
            response = self.editor_client.patch(
                self.detail_url(obj), {**self.update_data, "last_updated": read}, format="json"
            )
            assert response.status_code == 409
            assert "changed by someone else" in response.json()["detail"]
            assert self.model.objects.get(pk=obj.pk).serialize_object() == before

        def test_update_object_bad_data_names_the_field(self):
            obj = self.objects[0]
            before = self.model.objects.get(pk=obj.pk).serialize_object()
            response = self.editor_client.patch(self.detail_url(obj), self.bad_data, format="json")
            assert response.status_code == 400
            assert set(self.bad_fields or self.bad_data) <= set(response.json()), response.json()
            assert self.model.objects.get(pk=obj.pk).serialize_object() == before

    class DeleteObjectViewTestCase(APITestCase):
        def deletable_object(self):
            return self.objects[-1]

        def test_delete_object_forbidden_below_write_role(self):
            obj = self.deletable_object()
            for role, client in self.refused_clients.items():
                assert client.delete(self.detail_url(obj)).status_code == 403, role
            assert self.model.objects.filter(pk=obj.pk).exists()

        def test_delete_object_anonymous_refused(self):
            obj = self.deletable_object()
            response = self.anonymous_client.delete(self.detail_url(obj))
            assert response.status_code == 401
            assert response.json()["detail"]
            assert self.model.objects.filter(pk=obj.pk).exists()

        def test_delete_object_stale_version_is_refused(self):
            obj = self.deletable_object()
            etag = self.viewer_client.get(self.detail_url(obj))["ETag"]
            self.model.objects.get(pk=obj.pk).save()
            response = self.editor_client.delete(self.detail_url(obj), headers={"If-Match": etag})
            assert response.status_code == 412
            assert response.json()["detail"]
            assert self.model.objects.filter(pk=obj.pk).exists()

        def test_delete_object(self):
            obj = self.deletable_object()
            etag = self.viewer_client.get(self.detail_url(obj))["ETag"]
            response = self.editor_client.delete(self.detail_url(obj), headers={"If-Match": etag})
            assert response.status_code == 204
            assert not self.model.objects.filter(pk=obj.pk).exists()
            change = changes_of(obj, ChangeActionChoices.DELETE).get()
            assert change.user_name == self.editor.username
            assert change.prechange_data is not None and change.postchange_data is None

    class APIViewTestCase(
        GetObjectViewTestCase,
        ListObjectsViewTestCase,
        CreateObjectViewTestCase,
        UpdateObjectViewTestCase,
        DeleteObjectViewTestCase,
    ):
        pass

    class ReadOnlyObjectViewTestCase(APITestCase):
        """No write reaches the records: 401 without credentials, 403 for a role that may not write, 405 for
        one that may write elsewhere (the method is not served); nothing is created, changed or removed."""

        def test_writes_are_refused(self):
            obj = self.objects[0]
            before = [o.pk for o in self.model.objects.order_by("pk")]
            state = self.viewer_client.get(self.detail_url(obj)).json()
            clients = {"anonymous": self.anonymous_client, RoleChoices.VIEWER: self.viewer_client,
                       RoleChoices.EDITOR: token_client(self.editor), RoleChoices.ADMIN: self.admin_client}
            for who, client in clients.items():
                expected = {401} if who == "anonymous" else {403} if who == RoleChoices.VIEWER else {403, 405}
                calls = [
                    ("POST", client.post(self.list_url(), {}, format="json")),
                    ("PUT", client.put(self.detail_url(obj), state, format="json")),
                    ("PATCH", client.patch(self.detail_url(obj), {}, format="json")),
                    ("DELETE", client.delete(self.detail_url(obj))),
                ]
                for method, response in calls:
                    assert response.status_code in expected, (who, method, response.status_code)
                    assert response.json()["detail"]
            assert [o.pk for o in self.model.objects.order_by("pk")] == before
            assert self.viewer_client.get(self.detail_url(obj)).json() == state

    class ReadOnlyAPIViewTestCase(GetObjectViewTestCase, ListObjectsViewTestCase, ReadOnlyObjectViewTestCase):
        pass
