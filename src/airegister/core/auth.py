"""Authentication backend that loads the signed-in user's role, and the change sequence, in the same query as
the user.

Every page shows the role in the top bar; without this each page would pay one more query for it. Cached pages
are keyed by the change sequence (core/pagecache.py): read here, a cached page costs this one query in all.
"""

import functools

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
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


@functools.cache
def user_sql() -> tuple[str, list]:
    """The user, their strongest role and the change sequence: the ORM's SQL for it, compiled once per process.

    Compiling the annotated query cost more than everything else a cached page does (about 3/4 of its time,
    profiled); the SQL never changes, only the user's id, so it is built once with a placeholder id.
    """
    user_model = get_user_model()
    queryset = user_model._default_manager.annotate(
        role_group=strongest_role_subquery(), change_seq=ChangeSequence.value_subquery()
    ).filter(pk=USER_ID_PLACEHOLDER)
    sql, params = queryset.query.sql_with_params()
    params = list(params)
    assert params.count(USER_ID_PLACEHOLDER) == 1, params  # the id is the only parameter of its kind
    return sql, params


class RoleAwareBackend(ModelBackend):
    def get_user(self, user_id):
        sql, params = user_sql()
        try:
            user_id = get_user_model()._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        params = [user_id if p == USER_ID_PLACEHOLDER else p for p in params]
        user = next(iter(get_user_model()._default_manager.raw(sql, params)), None)
        return user if user is not None and self.user_can_authenticate(user) else None
