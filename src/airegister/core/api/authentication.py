"""Token authentication: knox's hashed tokens, plus "last used" and the token's name in the change log.

An expired token is refused (401) and kept, so that its owner still sees it listed as expired until it
is revoked; knox would delete it, and every other expired token of the same user, on each request.
"""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.plumbing import build_bearer_security_scheme_object
from knox.auth import TokenAuthentication
from rest_framework import exceptions

from ..context import current_change_context


class RegisterTokenAuthentication(TokenAuthentication):
    def _cleanup_token(self, auth_token) -> bool:
        return False  # expiry is checked once the token matched (validate_user), and nothing is deleted

    def validate_user(self, auth_token):
        if auth_token.is_expired:
            raise exceptions.AuthenticationFailed(_("This token has expired."))
        user, token = super().validate_user(auth_token)
        token.record_use()
        # The request's change context was opened by middleware before DRF authenticated the request:
        # every change made while serving it is the token user's, made through this token.
        ctx = current_change_context()
        ctx.user, ctx.user_name, ctx.token_name = user, user.get_username(), token.name
        return user, token


class RegisterTokenScheme(OpenApiAuthenticationExtension):
    """The schema's description of the scheme (`Authorization: Token <token>`), under the name DRF's tokens had."""

    target_class = RegisterTokenAuthentication
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return build_bearer_security_scheme_object(header_name="Authorization", token_prefix="Token")
