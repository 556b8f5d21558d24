"""The platform database (SQLAlchemy): SQLite file by default, PostgreSQL for several replicas."""

from database.engine import create_platform_engine, resolve_database_url, session_factory
from database.tables import ApiKey, Base, QuotaUsage, Upload

__all__ = [
    "ApiKey",
    "Base",
    "QuotaUsage",
    "Upload",
    "create_platform_engine",
    "resolve_database_url",
    "session_factory",
]
