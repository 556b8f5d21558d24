"""The platform database (SQLAlchemy): SQLite file by default, PostgreSQL for several replicas."""

from database.engine import create_platform_engine, resolve_database_url, session_factory
from database.tables import ApiKey, Base, QuotaUsage, Upload
from database.ingest_tables import IngestedObject, SftpObservation, UploadAudit, UploadQuotaUsage
from database.operations_tables import PipelineRun, PipelineStage, PseudonymKey, TenantErasure
from database.gpu_tables import GpuJob, GpuQuotaWarning

__all__ = [
    "ApiKey",
    "Base",
    "GpuJob",
    "GpuQuotaWarning",
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
