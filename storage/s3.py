"""S3 backend (boto3, path-style) for Ceph RGW or any S3-compatible store."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from storage.keys import MAX_KEY_LENGTH, InvalidKeyError, validate_key, validate_prefix
from storage.object_store import ObjectInfo, ObjectNotFoundError, ObjectStore


class S3ObjectStore(ObjectStore):
    uri_scheme = "s3"

    def __init__(
        self,
        bucket: str,
        endpoint_url: str | None = None,
        access_key: str | None = None,
        secret_key: str | None = None,
        region: str = "us-east-1",
        prefix: str = "",
        client=None,
    ):
        import boto3
        from botocore.config import Config

        self.bucket = bucket
        prefix = prefix[:-1] if prefix.endswith("/") else prefix
        self.prefix = validate_key(prefix) + "/" if prefix else ""
        self.client = client if client is not None else boto3.client(
            "s3",
            endpoint_url=endpoint_url,
            aws_access_key_id=access_key,
            aws_secret_access_key=secret_key,
            region_name=region,
            config=Config(
                s3={"addressing_style": "path"},
                retries={"max_attempts": 3, "mode": "standard"},
                # RGW 16 knows no flexible checksums; only send/validate them when required.
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
            ),
        )

    def _key(self, key: str) -> str:
        full = self.prefix + validate_key(key)
        if len(full.encode("utf-8")) > MAX_KEY_LENGTH:
            raise InvalidKeyError(f"object key with the store prefix is longer than {MAX_KEY_LENGTH} bytes")
        return full

    def _not_found(self, error) -> bool:
        code = error.response.get("Error", {}).get("Code", "")
        return code in {"404", "NoSuchKey", "NotFound"}

    def ensure_bucket(self) -> None:
        """Create the bucket if it does not exist. Access denied (someone else's bucket) is raised."""
        from botocore.exceptions import ClientError

        try:
            self.client.head_bucket(Bucket=self.bucket)
            return
        except ClientError as error:
            if error.response.get("Error", {}).get("Code", "") not in {"404", "NoSuchBucket", "NotFound"}:
                raise
        try:
            self.client.create_bucket(Bucket=self.bucket)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code", "") != "BucketAlreadyOwnedByYou":
                raise

    def put_bytes(self, key: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=self._key(key), Body=data)

    def put_file(self, key: str, path: Path) -> None:
        self.client.upload_file(str(path), self.bucket, self._key(key))

    def get_bytes(self, key: str) -> bytes:
        from botocore.exceptions import ClientError

        try:
            return self.client.get_object(Bucket=self.bucket, Key=self._key(key))["Body"].read()
        except ClientError as error:
            if self._not_found(error):
                raise ObjectNotFoundError(key) from None
            raise

    def get_file(self, key: str, path: Path) -> None:
        from botocore.exceptions import ClientError

        full_key = self._key(key)  # validate before touching the local disk
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.client.download_file(self.bucket, full_key, str(path))
        except ClientError as error:
            if self._not_found(error):
                raise ObjectNotFoundError(key) from None
            raise

    def _head(self, key: str):
        from botocore.exceptions import ClientError

        try:
            return self.client.head_object(Bucket=self.bucket, Key=self._key(key))
        except ClientError as error:
            if self._not_found(error):
                return None
            raise

    def exists(self, key: str) -> bool:
        return self._head(key) is not None

    def size(self, key: str) -> int:
        head = self._head(key)
        if head is None:
            raise ObjectNotFoundError(key)
        return int(head["ContentLength"])

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        prefix = validate_prefix(prefix)
        paginator = self.client.get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=self.bucket, Prefix=self.prefix + prefix):
            for item in page.get("Contents", []):
                yield ObjectInfo(key=item["Key"][len(self.prefix):], size=int(item["Size"]))

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(key))

    def uri(self, key: str) -> str:
        return f"s3://{self.bucket}/{self._key(key)}"
