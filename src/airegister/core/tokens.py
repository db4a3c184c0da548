"""Creating and revoking API tokens: one place for the rules, used by `airegister token` and the tokens page."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction

from .choices import ChangeActionChoices, RoleChoices
from .models import APIToken
from .roles import role_of
from .signals import record_change

MAX_EXPIRY_DAYS = 3650


def manages_all_tokens(user) -> bool:
    return role_of(user) == RoleChoices.ADMIN


def tokens_visible_to(user):
    """An admin sees (and may revoke) every user's tokens; anyone else only their own."""
    tokens = APIToken.objects.select_related("user")
    return tokens if manages_all_tokens(user) else tokens.filter(user=user)


def default_name(user) -> str:
    """"token 1", "token 2", …: the first such name the user has not used."""
    taken = set(APIToken.objects.filter(user=user).values_list("name", flat=True))
    number = 1
    while f"token {number}" in taken:
        number += 1
    return f"token {number}"


def create_token(user, name: str = "", expires_days: int | None = None) -> tuple[APIToken, str]:
    """A new token for `user`: the stored record and the token itself, which is never stored nor shown again."""
    name = (name or "").strip() or default_name(user)
    if len(name) > 100:
        raise ValidationError({"name": "A token's name has at most 100 characters."})
    if expires_days is not None and not 1 <= expires_days <= MAX_EXPIRY_DAYS:
        raise ValidationError({"expires": f"Expiry is a number of days from 1 to {MAX_EXPIRY_DAYS}."})
    with transaction.atomic():
        if APIToken.objects.select_for_update().filter(user=user, name=name).exists():
            raise ValidationError({"name": f"{user.get_username()} already has a token named “{name}”."})
        expiry = timedelta(days=expires_days) if expires_days is not None else None
        token, raw = APIToken.objects.create(user=user, expiry=expiry, name=name)
        record_change(token, ChangeActionChoices.CREATE, None, token.serialize_object())
        return token, raw


def revoke_token(token: APIToken):
    """Delete the token (it stops working at once), with its deletion in the change log."""
    with transaction.atomic():
        record_change(token, ChangeActionChoices.DELETE, token.serialize_object(), None)
        token.delete()


def find_tokens(reference: str, queryset=None):
    """The tokens `reference` names: an id, or a token's name (which may be the name of several users' tokens)."""
    queryset = APIToken.objects.all() if queryset is None else queryset
    reference = reference.strip()
    if reference.isdigit():
        return queryset.filter(pk=int(reference))
    return queryset.filter(name=reference)
