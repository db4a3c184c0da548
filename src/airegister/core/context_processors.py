from django.conf import settings
from django.utils.functional import lazy

from .roles import role_of


def register(request):
    return {
        "demo_mode": settings.DEMO_MODE,
        "anonymous_read": settings.ANONYMOUS_READ,
        # Lazy: the group look-up costs a query, paid only by pages that show the role.
        "user_role": lazy(role_of, str)(getattr(request, "user", None)),
    }
