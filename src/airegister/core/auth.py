"""Authentication backend that loads the signed-in user's role, and the change sequence, in the same query as
the user.

Every page shows the role in the top bar; without this each page would pay one more query for it. Cached pages
are keyed by the change sequence (core/pagecache.py): read here, a cached page costs this one query in all.

Each worker remembers the users it has loaded with the sequence they were read at. Every write to a register
table advances the sequence (core/sequence.py), the user and group tables included, so while the sequence
stands where it stood, the remembered user is exactly what the query would return: the request then reads only
the sequence (one indexed row) and gets its own copy of the user.
"""

import copy
import functools

from django.contrib.auth import get_user_model
from django.contrib.auth import middleware as auth_middleware
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connections, router
from django.db.models import Case, IntegerField, OuterRef, Subquery, Value, When

from .choices import RoleChoices
from .models import ChangeSequence

# Highest role first: a user in several groups has the strongest.
ROLE_PRECEDENCE = (RoleChoices.ADMIN, RoleChoices.EDITOR, RoleChoices.VIEWER)
# Stands for the signed-in user's id in the compiled SQL: any id the column can hold (PostgreSQL's compiler
# refuses a value out of an integer column's range), distinct from the query's other numbers (the sequence's 1).
USER_ID_PLACEHOLDER = 2**31 - 47


def strongest_role_subquery():
    rank = Case(
        *[When(name=role, then=Value(i)) for i, role in enumerate(ROLE_PRECEDENCE)],
        output_field=IntegerField(),
    )
    groups = Group.objects.filter(user=OuterRef("pk"), name__in=ROLE_PRECEDENCE).annotate(rank=rank)
    return Subquery(groups.order_by("rank").values("name")[:1])


class UserQuery:
    """The user, their strongest role and the change sequence in one query, compiled once per connection.

    Compiling the annotated query cost more than everything else a cached page does (about 3/4 of its time,
    profiled), and reading its row through a RawQuerySet (which works out its columns and converters on every
    call) most of the rest: the SQL never changes, only the user's id, so it is compiled once with a placeholder
    id, with its column names and value converters, and each request runs it on a plain cursor.
    """

    def __init__(self, connection):
        self.connection = connection
        self.model = get_user_model()
        queryset = self.model._default_manager.annotate(
            role_group=strongest_role_subquery(), change_seq=ChangeSequence.value_subquery()
        ).filter(pk=USER_ID_PLACEHOLDER)
        compiler = queryset.query.get_compiler(connection=connection)
        self.sql, params = compiler.as_sql()
        self.params = list(params)
        assert self.params.count(USER_ID_PLACEHOLDER) == 1, params  # the id is the only parameter of its kind
        self.fields = [field.attname for field in self.model._meta.concrete_fields]
        self.annotations = list(queryset.query.annotation_select)
        assert len(compiler.select) == len(self.fields) + len(self.annotations), compiler.select
        self.converters = compiler.get_converters([expression for expression, _, _ in compiler.select])

    def get(self, user_id):
        params = [user_id if p == USER_ID_PLACEHOLDER else p for p in self.params]
        with self.connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            row = cursor.fetchone()
        if row is None:
            return None
        row = list(row)
        for index, (converters, expression) in self.converters.items():
            for converter in converters:
                row[index] = converter(row[index], expression, self.connection)
        user = self.model.from_db(self.connection.alias, self.fields, row[: len(self.fields)])
        for name, value in zip(self.annotations, row[len(self.fields) :], strict=True):
            setattr(user, name, value)
        return user


# Bounds the memory of a worker serving very many users; past it, the remembered users start again.
MAX_REMEMBERED_USERS = 10_000
_remembered: dict = {}


def load_user(connection, user_id):
    """The user with `role_group` and `change_seq`, from this worker's memory while the sequence stands still."""
    key = (connection.alias, user_id)
    remembered = _remembered.get(key)
    if remembered is not None and remembered.change_seq == ChangeSequence.current(connection):
        return copy.copy(remembered)
    user = user_query(connection).get(user_id)
    if user is not None:
        if len(_remembered) >= MAX_REMEMBERED_USERS:
            _remembered.clear()
        _remembered[key] = copy.copy(user)  # a pristine copy: requests may cache permissions on theirs
    return user


def forget_users() -> None:
    """For a database whose sequence went back (a test's rolled-back transaction, a restored backup)."""
    _remembered.clear()


@functools.lru_cache(maxsize=64)
def user_query(connection) -> UserQuery:
    # One per connection object (one per thread): converters may consult the connection they were made for.
    return UserQuery(connection)


class RoleAwareBackend(ModelBackend):
    def get_user(self, user_id):
        try:
            user_id = get_user_model()._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        user = load_user(connections[router.db_for_read(get_user_model())], user_id)
        return user if user is not None and self.user_can_authenticate(user) else None


class AuthenticationMiddleware(auth_middleware.AuthenticationMiddleware):
    """Django's, with the user loaded at once instead of behind a lazy proxy.

    Every request past the static files reads the user (the read-access check, the change context, the page
    cache's key, the top bar), so laziness saves nothing; each attribute read through the proxy costs a few
    calls, and a cached page reads the user some twenty times (about a tenth of a hit, profiled)."""

    def process_request(self, request):
        super().process_request(request)
        request.user = auth_middleware.get_user(request)
