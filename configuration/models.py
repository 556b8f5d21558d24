"""Pydantic models of every configuration file."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

TENANT_ID = re.compile(r"^[a-z][a-z0-9-]{1,30}$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------- taxonomy.yaml
class Department(Strict):
    code: str = Field(pattern=r"^[A-Z][A-Z_]{1,30}$")
    name: str = Field(min_length=1)


class Taxonomy(Strict):
    departments: list[Department] = Field(min_length=2)

    @field_validator("departments")
    @classmethod
    def _unique_codes(cls, departments: list[Department]) -> list[Department]:
        codes = [d.code for d in departments]
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates:
            raise ValueError(f"duplicate department codes: {', '.join(duplicates)}")
        return departments

    @property
    def codes(self) -> list[str]:
        return [d.code for d in self.departments]

    def by_code(self, code: str) -> Department:
        for department in self.departments:
            if department.code == code:
                return department
        raise KeyError(code)


# ---------------------------------------------------------------- tenants.yaml
class TenantQuotas(Strict):
    api_calls_per_day: int = Field(gt=0)
    gpu_hours_per_month: float = Field(gt=0)
    upload_gb_per_month: float = Field(gt=0)

    @property
    def upload_bytes_per_month(self) -> int:
        return int(self.upload_gb_per_month * 1024**3)


class Tenant(Strict):
    id: str
    display_name: str
    quotas: TenantQuotas
    # The city's own department names -> taxonomy code.
    departments: dict[str, str] = Field(min_length=1)


class TenantsConfig(Strict):
    tenants: dict[str, Tenant]

    @model_validator(mode="before")
    @classmethod
    def _ids_from_keys(cls, data):
        if isinstance(data, dict) and isinstance(data.get("tenants"), dict):
            data = dict(data)
            data["tenants"] = {
                key: ({"id": key, **value} if isinstance(value, dict) else value)
                for key, value in data["tenants"].items()
            }
        return data

    @field_validator("tenants")
    @classmethod
    def _valid_ids(cls, tenants: dict[str, Tenant]) -> dict[str, Tenant]:
        for key in tenants:
            if not TENANT_ID.match(key):
                raise ValueError(f"tenant id '{key}' must match {TENANT_ID.pattern}")
        return tenants

    def get(self, tenant_id: str) -> Tenant:
        try:
            return self.tenants[tenant_id]
        except KeyError:
            raise KeyError(f"unknown tenant '{tenant_id}'") from None


# ---------------------------------------------------------------- quality_gate.yaml
class ValidationBounds(Strict):
    min_body_chars: int = Field(ge=1)
    max_body_chars: int = Field(ge=1)
    warn_fraction: float = Field(ge=0, le=1)
    reject_fraction: float = Field(ge=0, le=1)


class PiiEntityConfig(Strict):
    operator: Literal["tag", "pseudonym"] = "tag"


class PiiConfig(Strict):
    score_threshold: float = Field(ge=0, le=1)
    entities: dict[str, PiiEntityConfig]


class QualityGateConfig(Strict):
    validation: ValidationBounds
    columns: dict[Literal["receipt_id", "received_at", "title", "body", "department"], list[str]]
    pii: PiiConfig


# ---------------------------------------------------------------- training/*.yaml
class TinyArchitecture(Strict):
    vocab_size: int = Field(ge=3000)
    hidden_size: int = Field(gt=0)
    num_hidden_layers: int = Field(gt=0)
    num_attention_heads: int = Field(gt=0)
    intermediate_size: int = Field(gt=0)
    max_position_embeddings: int = Field(gt=0)


class SplitFractions(Strict):
    validation: float = Field(gt=0, lt=0.5)
    test: float = Field(gt=0, lt=0.5)


class TrainingConfig(Strict):
    name: str
    base_model: str
    build_base: TinyArchitecture | None = None
    max_length: int = Field(ge=16, le=512)
    batch_size: int = Field(gt=0)
    eval_batch_size: int = Field(gt=0)
    epochs: int = Field(gt=0)
    learning_rate: float = Field(gt=0)
    weight_decay: float = Field(ge=0)
    warmup_ratio: float = Field(ge=0, lt=1)
    seed: int
    checkpoint_every_steps: int = Field(gt=0)
    keep_last_checkpoints: int = Field(ge=1)
    split: SplitFractions


# ---------------------------------------------------------------- platform.yaml (+ environment)
class S3Settings(Strict):
    endpoint_url: str | None = None
    bucket: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
    region: str = "us-east-1"


class StorageSettings(Strict):
    backend: Literal["local", "s3"] = "local"
    local_root: str = "storage"
    s3: S3Settings


class DatabaseSettings(Strict):
    url: str = "sqlite:///platform.db"


class ServingSettings(Strict):
    model_name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]+$")
    providers: list[str]
    intra_op_threads: int = Field(ge=1)
    top_k: int = Field(ge=1)
    max_text_chars: int = Field(ge=1)


class PrefectSettings(Strict):
    timezone: str
    retrain_cron: str


class PlatformSettings(BaseSettings):
    """platform.yaml, overridable field by field from MINWON_* environment variables."""

    model_config = SettingsConfigDict(
        env_prefix="MINWON_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    storage: StorageSettings
    database: DatabaseSettings
    serving: ServingSettings
    prefect: PrefectSettings

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ):
        # The environment wins over the YAML file, which arrives as init kwargs.
        return (env_settings, init_settings)
