"""API tokens (django-rest-knox): stored as a SHA-512 digest, so a leaked database leaks no usable token.

Each token has a name (which script or tool holds it: it is written to the change log with every API write
it makes), an optional expiry, and the time it was last used.
"""

from datetime import timedelta

from django.db import models
from django.utils import timezone
from knox.models import AbstractAuthToken, AuthTokenManager

# "Last used" is written at most once a minute per token: a script's burst of calls costs one UPDATE.
LAST_USED_RESOLUTION = timedelta(minutes=1)


class APIToken(AbstractAuthToken):
    # A short id to name the token by (in `airegister token revoke`, URLs); knox's digest stays unique.
    id = models.BigAutoField(primary_key=True)
    digest = models.CharField(max_length=128, unique=True, editable=False)
    name = models.CharField(max_length=100, help_text="What holds this token, e.g. “nightly GRC sync”.")
    last_used = models.DateTimeField(null=True, blank=True, editable=False)

    objects = AuthTokenManager()

    class Meta:
        ordering = ["user__username", "name", "id"]
        verbose_name = "API token"
        constraints = [
            models.UniqueConstraint(fields=["user", "name"], name="core_apitoken_unique_user_name"),
        ]

    def __str__(self):
        return f"{self.name} ({self.user})"

    def serialize_object(self) -> dict:
        """What the change log keeps of a token: never its digest nor its lookup prefix."""
        expiry = self.expiry.isoformat() if self.expiry else None
        return {"user": self.user.get_username(), "name": self.name, "expiry": expiry}

    def get_changelog_parent(self):
        return None

    @property
    def is_expired(self) -> bool:
        return self.expiry is not None and self.expiry <= timezone.now()

    def record_use(self, now=None):
        now = now or timezone.now()
        if self.last_used is None or now - self.last_used >= LAST_USED_RESOLUTION:
            type(self).objects.filter(pk=self.pk).update(last_used=now)
            self.last_used = now
