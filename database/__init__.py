"""The platform database (SQLAlchemy): SQLite file by default, PostgreSQL for several replicas."""

from database.engine import create_platform_engine, resolve_database_url, session_factory
from database.tables import ApiKey, Base, QuotaUsage, Upload
from database.ingest_tables import IngestedObject, SftpObservation, UploadAudit, UploadQuotaUsage
from database.operations_tables import PipelineRun, PipelineStage, PseudonymKey, TenantErasure

__all__ = [
    "ApiKey",
    "Base",
    "IngestedObject",
    "PipelineRun",
    "PipelineStage",
    "PseudonymKey",
    "QuotaUsage",
    "SftpObservation",
    "TenantErasure",
    "Upload",
    "UploadAudit",
    "UploadQuotaUsage",
    "create_platform_engine",
    "resolve_database_url",
    "session_factory",
]
