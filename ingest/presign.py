"""Presigned upload URLs (single PUT, or multipart for big files), issued per tenant.

The URLs are signed with the TENANT's own S3 credentials (its RGW upload user), so RGW enforces
the bucket policy on them too: even a wrong key could not land outside `uploads/<tenant>/`.
Each URL is SigV4 with `Content-Length` signed: the body must have exactly the declared size
(each part's size for multipart), so the size limit holds for what is actually uploaded.

Keys are built by the platform, never taken from the request: `uploads/<tenant>/s3/<stamp>-<rand>/<name>`,
with the name cleaned by ingest.policy.safe_filename (no paths, no control characters, an allowed
extension). Presigning only checks the monthly quota; bytes are counted when the upload is
registered (a URL that is never used costs nothing).
"""

from __future__ import annotations

import math
import secrets
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable

from configuration import Config
from ingest.audit import audit
from ingest.policy import Refusal, check_size, printable, safe_filename
from ingest.registration import PRESIGNED_FOLDER, upload_prefix
from storage import join_key
from tenancy.upload_quota import UploadQuota

Credentials = Callable[[str], tuple[str, str]]  # tenant -> (access key, secret key)
MAX_PARTS = 10_000


@dataclass
class PresignedPart:
    part_number: int
    size: int
    url: str


@dataclass
class PresignedUpload:
    tenant: str
    key: str
    filename: str
    size: int
    expires_at: str
    method: str  # PUT (single) or MULTIPART
    url: str | None = None
    headers: dict = field(default_factory=dict)
    upload_id: str | None = None
    part_size: int | None = None
    parts: list[PresignedPart] = field(default_factory=list)
    complete_url: str | None = None
    abort_url: str | None = None
    quota: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        data = asdict(self)
        if self.method == "PUT":
            for name in ("upload_id", "part_size", "parts", "complete_url", "abort_url"):
                data.pop(name)
        else:
            data.pop("url")
            data["complete"] = {
                "method": "POST", "url": data.pop("complete_url"),
                "body": "<CompleteMultipartUpload><Part><PartNumber>N</PartNumber><ETag>etag of part N</ETag></Part>..."
                        "</CompleteMultipartUpload>",
            }
            data["abort"] = {"method": "DELETE", "url": data.pop("abort_url")}
        return data


class Presigner:
    def __init__(
        self,
        config: Config,
        credentials: Credentials,
        quota: UploadQuota | None = None,
        sessions=None,
        endpoint_url: str | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc),
    ):
        self.config = config
        self.settings = config.platform.uploads
        s3 = config.platform.storage.s3
        self.bucket = s3.bucket
        self.region = s3.region
        self.endpoint_url = endpoint_url or self.settings.public_endpoint_url or s3.endpoint_url
        self.credentials = credentials
        self.quota = quota or UploadQuota.from_config(config)
        self.sessions = sessions
        self.clock = clock

    def _client(self, tenant: str):
        import boto3
        from botocore.config import Config as BotoConfig

        access, secret = self.credentials(tenant)
        return boto3.client(
            "s3", endpoint_url=self.endpoint_url, aws_access_key_id=access, aws_secret_access_key=secret,
            region_name=self.region,
            config=BotoConfig(
                signature_version="s3v4", s3={"addressing_style": "path"},
                request_checksum_calculation="when_required", response_checksum_validation="when_required",
            ),
        )

    def new_key(self, tenant: str, safe_name: str) -> str:
        stamp = self.clock().astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        return join_key(upload_prefix(tenant), PRESIGNED_FOLDER, f"{stamp}-{secrets.token_hex(4)}", safe_name)

    def check(self, tenant: str, filename: str, size: int):
        """(safe name, quota decision) or Refusal: name, type, size, quota."""
        if tenant not in self.config.tenants.tenants:
            raise Refusal("unknown_tenant", f"unknown tenant '{tenant}'")
        safe = safe_filename(filename, self.settings)
        check_size(size, self.settings)
        with self.sessions() as session:
            decision = self.quota.check(session, tenant, size)
        if not decision.allowed:
            raise Refusal(
                "quota_exceeded",
                f"{size} bytes would exceed this month's upload quota: {decision.used_bytes} of "
                f"{decision.limit_bytes} bytes used in {decision.month}",
            )
        return safe, decision

    def presign(self, tenant: str, filename: str, size: int, *, actor: str, multipart: bool | None = None) -> PresignedUpload:
        """A presigned upload, or Refusal (audited either way)."""
        try:
            safe, decision = self.check(tenant, filename, size)
        except Refusal as refusal:
            self._audit(tenant, actor, "refused", refusal.code, None, filename, size, refusal.message)
            raise
        if multipart is None:
            multipart = size >= self.settings.multipart_threshold_bytes
        key = self.new_key(tenant, safe)
        expires = self.settings.presign_expiry_s
        expires_at = (self.clock() + timedelta(seconds=expires)).astimezone(timezone.utc).isoformat()
        client = self._client(tenant)
        result = PresignedUpload(tenant=tenant, key=key, filename=safe, size=size, expires_at=expires_at,
                                 method="PUT", quota=decision.as_dict())
        if not multipart:
            result.url = client.generate_presigned_url(
                "put_object", Params={"Bucket": self.bucket, "Key": key, "ContentLength": size}, ExpiresIn=expires)
            result.headers = {"Content-Length": str(size)}
        else:
            part_size = max(self.settings.multipart_part_bytes, math.ceil(size / MAX_PARTS))
            count = max(1, math.ceil(size / part_size))
            upload_id = client.create_multipart_upload(Bucket=self.bucket, Key=key)["UploadId"]
            result.method, result.upload_id, result.part_size = "MULTIPART", upload_id, part_size
            for number in range(1, count + 1):
                part_bytes = min(part_size, size - (number - 1) * part_size)
                result.parts.append(PresignedPart(number, part_bytes, client.generate_presigned_url(
                    "upload_part",
                    Params={"Bucket": self.bucket, "Key": key, "UploadId": upload_id, "PartNumber": number,
                            "ContentLength": part_bytes},
                    ExpiresIn=expires,
                )))
            common = {"Bucket": self.bucket, "Key": key, "UploadId": upload_id}
            result.complete_url = client.generate_presigned_url("complete_multipart_upload", Params=common, ExpiresIn=expires)
            result.abort_url = client.generate_presigned_url("abort_multipart_upload", Params=common, ExpiresIn=expires)
        self._audit(tenant, actor, "ok", None, key, filename, size,
                    f"{result.method} expires {expires_at}" + (f", {len(result.parts)} parts" if result.parts else ""))
        return result

    def _audit(self, tenant, actor, outcome, reason, key, filename, size, detail) -> None:
        if self.sessions is None:
            return
        with self.sessions() as session:
            audit(session, tenant=tenant if tenant in self.config.tenants.tenants else printable(tenant, 32),
                  actor=actor, channel="presign", action="presign", outcome=outcome, reason=reason,
                  object_key=key, filename=filename if isinstance(filename, str) else repr(filename),
                  size_bytes=size if isinstance(size, int) and 0 <= size < 2**63 else None, detail=detail)
            session.commit()
