"""Authentication backend that loads the signed-in user's role, and the change sequence, in the same query as
the user.

Every page shows the role in the top bar; without this each page would pay one more query for it. Cached pages
are keyed by the change sequence (core/pagecache.py): read here, a cached page costs this one query in all.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.db.models import Case, IntegerField, OuterRef, Subquery, Value, When

from .choices import RoleChoices
from .models import ChangeSequence

# Highest role first: a user in several groups has the strongest.
ROLE_PRECEDENCE = (RoleChoices.ADMIN, RoleChoices.EDITOR, RoleChoices.VIEWER)


def strongest_role_subquery():
    rank = Case(
        *[When(name=role, then=Value(i)) for i, role in enumerate(ROLE_PRECEDENCE)],
        output_field=IntegerField(),
    )
    groups = Group.objects.filter(user=OuterRef("pk"), name__in=ROLE_PRECEDENCE).annotate(rank=rank)
    return Subquery(groups.order_by("rank").values("name")[:1])


class RoleAwareBackend(ModelBackend):
    def get_user(self, user_id):
        user_model = get_user_model()
        user = user_model._default_manager.annotate(
            role_group=strongest_role_subquery(), change_seq=ChangeSequence.value_subquery()
        ).filter(pk=user_id).first()
        return user if user is not None and self.user_can_authenticate(user) else None
