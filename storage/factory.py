from __future__ import annotations

import os

from configuration import Config, data_dir
from storage.object_store import LocalObjectStore, ObjectStore
from storage.s3 import S3ObjectStore


def open_object_store(config: Config) -> ObjectStore:
    """The platform's object store as configured (local folder by default, or S3/RGW)."""
    settings = config.platform.storage
    if settings.backend == "s3":
        # Credentials from the environment only (boto3's chain: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY).
        return S3ObjectStore(
            bucket=settings.s3.bucket,
            endpoint_url=settings.s3.endpoint_url,
            region=settings.s3.region,
            access_key=os.environ.get("AWS_ACCESS_KEY_ID"),
            secret_key=os.environ.get("AWS_SECRET_ACCESS_KEY"),
        )
    return LocalObjectStore(data_dir() / settings.local_root)
