"""Settings, all read from environment variables so that one build serves every deployment.

DATABASE_URL   default: an embedded SQLite file under ./var/ (zero set-up)
SECRET_KEY     required when DEBUG is off, except for the demo / test runs which supply one
DEBUG          off unless set to 1/true
ALLOWED_HOSTS  comma-separated, default localhost,127.0.0.1
AIREGISTER_DEMO            1 = demo mode: anonymous reading, banner explaining how to sign in
AIREGISTER_ANONYMOUS_READ  1 = anyone may read the register without signing in
EMAIL_BACKEND  default: the console (development); e.g. django.core.mail.backends.smtp.EmailBackend with
               EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS
DEFAULT_FROM_EMAIL, SITE_URL (links in review reminders), REVIEW_REMINDER_RECIPIENTS (comma-separated: who gets
               a reminder when the assessor has no email address), EVIDENCE_MAX_BYTES (default 10 MB)
CACHE_URL      where rendered read pages are cached: default local memory in each worker process;
               redis://host:6379/0 = one Redis shared by every worker and machine; "none" = no page cache
AIREGISTER_HTTPS           1 = served over HTTPS: secure cookies, HSTS (SECURE_HSTS_SECONDS, default one year),
                           plain-HTTP requests redirected (SECURE_SSL_REDIRECT, default on with HTTPS)
AIREGISTER_BEHIND_PROXY    1 = a TLS-terminating proxy in front sets X-Forwarded-Proto (SECURE_PROXY_SSL_HEADER)
AXES_FAILURE_LIMIT         wrong passwords for one account before it is locked (default 10)
AXES_COOLOFF_MINUTES       how long a lockout lasts (default 30; 0 = until an admin lifts it)
"""

import os
import warnings
from datetime import timedelta
from pathlib import Path

import dj_database_url


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


BASE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(os.environ.get("AIREGISTER_VAR_DIR", Path.cwd() / "var"))

DEBUG = env_flag("DEBUG")
DEMO_MODE = env_flag("AIREGISTER_DEMO")
ANONYMOUS_READ = env_flag("AIREGISTER_ANONYMOUS_READ", default=DEMO_MODE)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG or DEMO_MODE or os.environ.get("AIREGISTER_TESTING"):
        SECRET_KEY = "insecure-development-key-do-not-use-in-production"
    else:
        # Management commands that never sign anything (migrate, load-catalog) still work; serving
        # without a key is refused in `airegister serve`.
        SECRET_KEY = "unset-" + os.urandom(16).hex()

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1").split(",") if h.strip()]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Sign-in lockout after repeated failures (docs/security.md): attempts and lockouts in the admin.
    "axes",
    "rest_framework",
    # Hashed API tokens with expiry; the token model is core.APIToken (KNOX_TOKEN_MODEL below).
    "knox",
    "django_filters",
    "django_tables2",
    "drf_spectacular",
    # Swagger UI served from the app's own static files (no CDN: the docs work air-gapped).
    "drf_spectacular_sidecar",
    "airegister.core",
    "airegister.sources",
    "airegister.catalog",
    "airegister.intake",
    "airegister.governance",
    "airegister.profiles",
    "airegister.requirements",
    "airegister.usecases",
    "airegister.dashboard",
    "airegister.exchange",
    "airegister.reports",
    "airegister.webhooks",
]

MIDDLEWARE = [
    # /health/ for load balancers: answered before the host check, sessions and sign-in (see its docstring).
    "airegister.core.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "airegister.core.auth.AuthenticationMiddleware",
    "airegister.core.middleware.ReadAccessMiddleware",
    "airegister.core.middleware.ChangeContextMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After messages (pending messages keep a page out of the cache), before the headers below (stored with a page):
    # a cached read page is served from here without resolving its URL or running its view (core/pagecache.py).
    "airegister.core.pagecache.PageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Last, as axes asks: turns a locked-out sign-in into the lockout page (core/locked_out.html).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "airegister.urls"
WSGI_APPLICATION = "airegister.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "airegister.core.context_processors.register",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'airegister.sqlite3'}"),
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers proceed while one writer commits; busy timeout queues concurrent writers.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    # Connections are kept (DB_CONN_MAX_AGE, as for PostgreSQL): opening one runs the PRAGMAs above, which cost
    # a cached page most of its time when paid on every request (bench/load.py).

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Serve straight from the app folders too, so a fresh checkout works before collectstatic.
WHITENOISE_USE_FINDERS = True
# ... and don't warn on every request that collectstatic has not been run.
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

AUTHENTICATION_BACKENDS = [
    # First: refuses every sign-in of a locked-out account, the right password included.
    "axes.backends.AxesStandaloneBackend",
    "airegister.core.auth.RoleAwareBackend",
]
# Sessions live in a signed, HTTP-only cookie: no session query on every page (the profile page has a
# budget of 12 queries); each worker remembers a cookie it has verified (core/sessions.py). SESSION_ENGINE=
# django.contrib.sessions.backends.db restores server-side sessions (needed only if signing out must also
# invalidate copies of a stolen cookie).
SESSION_ENGINE = os.environ.get("SESSION_ENGINE", "airegister.core.sessions")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(12 * 3600)))

# --- The front door (docs/security.md) ---------------------------------------------------------------------------
HTTPS = env_flag("AIREGISTER_HTTPS")
SESSION_COOKIE_SECURE = env_flag("SESSION_COOKIE_SECURE", default=HTTPS)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
if env_flag("AIREGISTER_BEHIND_PROXY"):
    # Only behind a proxy that sets (and strips any client-sent) X-Forwarded-Proto: else a client could claim HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if HTTPS:
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No inline script or style anywhere (classes in the apps' CSS files); Swagger UI runs from the sidecar's files.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}
# The register uses none of these browser features: deny them to every page and anything it might embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb",
    )
}
# Sign-in lockout (django-axes): counted per account (a username), whatever the address, so that ten wrong
# passwords lock that account; a success resets the count. Lockouts are logged (logger "axes") and listed in
# the admin (Axes › Access attempts), where an admin lifts one by deleting it; or `airegister unlock USER`.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "10"))
_cooloff_minutes = int(os.environ.get("AXES_COOLOFF_MINUTES", "30"))
AXES_COOLOFF_TIME = timedelta(minutes=_cooloff_minutes) if _cooloff_minutes > 0 else None
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes warns that a username-only count lets an attacker rotate addresses: that is the point here, the count
# follows the account whatever the address (a lockout per address would let one attacker guess from many).
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "core/locked_out.html"
# Failed attempts are what the lockout needs; a row per successful sign-in is not.
AXES_DISABLE_ACCESS_LOG = True
# The sign-in form's password is never stored with the attempt (axes keeps only the listed POST fields).
AXES_SENSITIVE_PARAMETERS = ["password", "csrfmiddlewaretoken"]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "airegister.core.api.authentication.RegisterTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["airegister.core.api.permissions.RegisterPermission"],
    # A bad filter, ordering or pagination value answers 400 naming the parameter (core/api/filters.py,
    # core/api/pagination.py); `q` is every list's search.
    "DEFAULT_FILTER_BACKENDS": [
        "airegister.core.api.filters.RegisterFilterBackend",
        "airegister.core.api.filters.RegisterOrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "airegister.core.api.pagination.RegisterPagination",
    # Bodies are JSON (the CSV import names its own parsers): one meaning for an empty or repeated field, the
    # schema's, rather than HTML-form semantics where "" means "not sent".
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "PAGE_SIZE": 50,
    # Documents the error responses (JSON) each operation can give (core/api/schema.py).
    "DEFAULT_SCHEMA_CLASS": "airegister.core.api.schema.RegisterAutoSchema",
    "EXCEPTION_HANDLER": "airegister.core.api.exceptions.exception_handler",
}

KNOX_TOKEN_MODEL = "core.APIToken"
REST_KNOX = {
    # A token lasts until revoked unless its creator sets an expiry (`token create --expires DAYS`).
    "TOKEN_TTL": None,
    "AUTH_HEADER_PREFIX": "Token",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "AI Register API",
    "DESCRIPTION": "Governance register of third-party AI models: vendors, models, channels, "
    "data-handling terms, compliance flags, governance controls and playbooks.",
    "VERSION": "0.1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Requests have components of their own (VendorRequest, …): without the read-only fields, which a write
    # ignores, and with related records written as their slug or id.
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # Over 150 operations: the page lists the apps' sections and opens one when clicked (Swagger UI stops short
    # when asked to render every operation of this schema at once), with a filter box to find an operation.
    "SWAGGER_UI_SETTINGS": {"docExpansion": "none", "filter": True, "deepLinking": True},
}

DJANGO_TABLES2_TEMPLATE = "core/table.html"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Passwords, tokens, Authorization headers and the secret key never reach a log line (core/redaction.py).
    "filters": {"redact": {"()": "airegister.core.redaction.RedactSecretsFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # A lockout is a warning of axes' own: shown whatever LOG_LEVEL is.
    "loggers": {"axes": {"level": "WARNING"}},
}

# Bounded inputs: nothing a user sends may exhaust the server.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# Uploads above this size are spooled to a temporary file rather than held in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
DATA_UPLOAD_MAX_NUMBER_FILES = 20

# Review reminders (`airegister remind`) and evidence files (governance).
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "ai-register@localhost")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
REVIEW_REMINDER_RECIPIENTS = [
    a.strip() for a in os.environ.get("REVIEW_REMINDER_RECIPIENTS", "").split(",") if a.strip()
]
EVIDENCE_MAX_BYTES = int(os.environ.get("EVIDENCE_MAX_BYTES", str(10 * 1024 * 1024)))

# Rendered read pages (core/pagecache.py), keyed by the register's change sequence: never stale, whatever the
# backend. Local memory suits one machine (each worker warms its own copy); Redis is shared by every worker and
# machine (needs the `redis` package: pip install 'airegister[redis]').
CACHE_URL = os.environ.get("CACHE_URL", "").strip()
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "airegister-pages",
            "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("PAGE_CACHE_MAX_ENTRIES", "5000"))},
        }
    }
PAGE_CACHE_ENABLED = CACHE_URL.lower() not in {"none", "off", "0"}
PAGE_CACHE_ALIAS = "default"
# Entries never go stale (see above); the timeout only lets pages nobody asks for again leave the cache.
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", str(24 * 3600)))
