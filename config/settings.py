"""Kouryu settings: declared once, varied between environments only by environment variables.

See docs/configuration in the README for every variable.
"""

import datetime
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = env.bool("DJANGO_DEBUG", default=False)

# Production refuses to start without a real secret; development gets a throwaway one.
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random string in production, "
            "or set DJANGO_DEBUG=true for local development."
        )
    SECRET_KEY = "development-only-key-never-use-in-production"

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "kouryu.core",
    "kouryu.places",
    "kouryu.offices",
    "kouryu.partnerships",
    "kouryu.cases",
    "kouryu.events",
    "kouryu.programmes",
    "kouryu.publishing",
    "kouryu.website",
    "kouryu.search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.sites",
    # Wagtail's users app, with a user admin that keeps superuser rights to superusers.
    "kouryu.core.apps.WagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "django_tasks_db",
    "crontask",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "kouryu.core.requestcache.RequestCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "kouryu.core.mfa.StaffTwoFactorMiddleware",
    # Whole anonymous pages from the shared cache (kouryu.core.pagecache): below the session,
    # CSRF, login and messages middleware, above those whose headers it stores with a page.
    "kouryu.core.pagecache.PageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "kouryu.core.csp.AdminContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL says otherwise.
# https://django-environ.readthedocs.io/en/latest/types.html#environ-env-db-url
VAR_DIR.mkdir(exist_ok=True)
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Our backend creates test databases with a C.UTF-8 collation, so that
    # trigram and text functions see CJK characters as letters.
    DATABASES["default"]["ENGINE"] = "kouryu.core.db.postgresql"
    DATABASES["default"]["TEST"] = {"TEMPLATE": "template0", "CHARSET": "UTF8"}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two requests that write at the same moment wait their turn instead of failing with
    # "database is locked": each transaction takes the write lock when it begins
    # (IMMEDIATE), waits up to 20 s for it, and readers never block the writer (WAL).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", 60))
    # Wagtail's PostgreSQL search index uses its lookups and system checks.
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Japanese first and default; the same three for the interface and for content.
LANGUAGE_CODE = "ja"
LANGUAGES = [
    ("ja", "日本語"),
    ("zh-hans", "简体中文"),
    ("en", "English"),
]
# Our own catalogue first; then our translations of the strings that Wagtail's and
# wagtail-localize's Japanese and Chinese catalogues lack (locale_upstream/README.md).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_upstream"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="Asia/Shanghai")

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A new translation is a draft until someone publishes it: pressing "Translate" must not put
# the source language's text on the other sites (wagtail-localize copies the live status by
# default).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_SITE_NAME = env.str("KOURYU_SITE_NAME", default="Kouryu")
WAGTAILADMIN_BASE_URL = env.str("KOURYU_BASE_URL", default="http://127.0.0.1:8000")
# Avatars would otherwise come from a third-party host.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin would otherwise ask releases.wagtail.org for new versions.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Wagtail's admin search goes through our CJK-aware index (kouryu/search, docs/search.md),
# which keeps Wagtail's own database index underneath for what it does well.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "kouryu.search.wagtail_backend"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "csv", "txt", "zip"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# Static and media files, served by the platform itself (no CDN).
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Email: EMAIL_URL as django-environ parses it
# (https://django-environ.readthedocs.io/en/latest/types.html#environ-env-email-url),
# turned into Django 6.1's MAILERS (https://docs.djangoproject.com/en/6.1/ref/settings/#mailers).
_email = env.email("EMAIL_URL", default="consolemail://")
_email_options = {
    option: _email[name]
    for option, name in [
        ("host", "EMAIL_HOST"),
        ("port", "EMAIL_PORT"),
        ("username", "EMAIL_HOST_USER"),
        ("password", "EMAIL_HOST_PASSWORD"),
        ("use_tls", "EMAIL_USE_TLS"),
        ("use_ssl", "EMAIL_USE_SSL"),
        ("file_path", "EMAIL_FILE_PATH"),
    ]
    if _email.get(name) not in (None, "")
}
if not _email["EMAIL_BACKEND"].endswith("smtp.EmailBackend"):
    _email_options = {k: v for k, v in _email_options.items() if k == "file_path"}
MAILERS = {"default": {"BACKEND": _email["EMAIL_BACKEND"], "OPTIONS": _email_options}}
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="noreply@localhost")

# Content-Security-Policy (Django's built-in middleware). Public pages allow nothing
# from another host; kouryu.core.csp relaxes only inline code for the staff admin.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
    "form-action": [CSP.SELF],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
ADMIN_CSP = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
}

# Security headers for production (python manage.py check --deploy passes with DEBUG off).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's live preview shows pages in a same-origin frame, so DENY would break it.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
if not DEBUG:
    SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 30)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=False)
    SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE

# Shared by every worker of the site: files under var/ by default, Redis in production
# (CACHE_URL=rediscache://127.0.0.1:6379/1).
CACHES = {"default": env.cache("CACHE_URL", default=f"filecache://{VAR_DIR / 'cache'}")}

# The page cache (kouryu.core.pagecache, docs/performance.md): how long an anonymous page is
# kept at most (0 turns it off), how long a proxy in front may keep one without asking, and
# the paths never stored, after the language prefix.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
PAGE_CACHE_PROXY_SECONDS = env.int("PAGE_CACHE_PROXY_SECONDS", default=10)
# The platform's own; each app adds its private addresses (kouryu.core.hooks.PRIVATE_PATHS).
PAGE_CACHE_EXCLUDED_PATHS = [
    "admin/",
    "django-admin/",
    "accounts/",
    "api/",
    "documents/",
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="WARNING")},
}

# Logins: django-allauth for everyone (the request portal and the staff admin), with its MFA
# (TOTP and recovery codes), which staff must use in the admin (kouryu.core.mfa).
# https://docs.allauth.org/en/latest/account/configuration.html
AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out client is refused before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
WAGTAILADMIN_LOGIN_URL = "account_login"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# The lockout below (django-axes, kept in the database for every worker) replaces allauth's
# own count of failed logins, so that one rule answers a locked account.
ACCOUNT_RATE_LIMITS = {"login_failed": None}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env.str("KOURYU_MFA_ISSUER", default="Kouryu")
# Demo logins (created only with DJANGO_DEBUG=true) may skip the second factor in the admin;
# with DEBUG off nobody may.
KOURYU_MFA_EXEMPT_USERNAMES = (
    env.list("KOURYU_MFA_EXEMPT_USERNAMES", default=["admin", "manager", "staff", "editor"])
    if DEBUG
    else []
)

# Repeated failed logins lock out the account and, separately, the client (django-axes).
# https://django-axes.readthedocs.io/en/latest/4_configuration.html
AXES_FAILURE_LIMIT = env.int("KOURYU_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("KOURYU_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_USERNAME_CALLABLE = "kouryu.core.logins.login_attempt_username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "core/locked_out.html"
AXES_ENABLE_ADMIN = False  # no Django admin: the Wagtail admin is the only one
# Behind a proxy, the client is in X-Forwarded-For; without one that header is the
# client's own word, and trusting it would let anyone step round the lockout.
KOURYU_PROXY_COUNT = env.int("KOURYU_PROXY_COUNT", default=0)
if KOURYU_PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = KOURYU_PROXY_COUNT
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# Background work: Django's tasks API. The default backend keeps tasks in the database and
# `manage.py db_worker` runs them (django-tasks-db); `manage.py crontask` enqueues the
# periodic ones (django-crontask). TASKS_URL=rq://… moves them to RQ on Redis.
# https://docs.djangoproject.com/en/6.1/topics/tasks/
_tasks_url = env.str("TASKS_URL", default="database://")
if _tasks_url.startswith("rq://") or _tasks_url.startswith("redis://"):
    INSTALLED_APPS.append("django_rq")
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    RQ_QUEUES = {"default": {"URL": "redis://" + _tasks_url.split("://", 1)[1]}}
    CRONTASK = {"REDIS_URL": RQ_QUEUES["default"]["URL"]}
elif _tasks_url == "immediate://":
    TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# Translated name of the product in the interface.
KOURYU_PRODUCT_NAME = _("Kouryu")

# The two sides of the office's work, when no office is marked as this site's own (the
# office's own fields say it otherwise): whose local governments it serves, and with which
# country. ISO 3166-1 codes.
KOURYU_HOME_COUNTRY = env.str("KOURYU_HOME_COUNTRY", default="JP")
KOURYU_PARTNER_COUNTRY = env.str("KOURYU_PARTNER_COUNTRY", default="")

# Largest CSV file staff may import into the registry through the admin.
KOURYU_IMPORT_MAX_BYTES = env.int("KOURYU_IMPORT_MAX_BYTES", default=5 * 1024 * 1024)

# WeChat Official Account (optional): staff may push exported articles to the account's
# draft box. Off unless both credentials are set. https://developers.weixin.qq.com/doc/
WECHAT_APP_ID = env.str("WECHAT_APP_ID", default="")
WECHAT_APP_SECRET = env.str("WECHAT_APP_SECRET", default="")
WECHAT_API_BASE_URL = env.str("WECHAT_API_BASE_URL", default="https://api.weixin.qq.com/cgi-bin/")
