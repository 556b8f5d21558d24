"""Pydantic models of every configuration file."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

TENANT_ID = re.compile(r"^[a-z][a-z0-9-]{1,30}$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------- taxonomy.yaml
class Department(Strict):
    code: str = Field(pattern=r"^[A-Z][A-Z_]{1,30}$")
    name: str = Field(min_length=1)
    # Words in a city's department or category names that suggest this code (onboarding proposals).
    keywords: list[str] = Field(default_factory=list)


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


CANONICAL_FIELDS = ("receipt_id", "received_at", "title", "body", "department")
CanonicalField = Literal["receipt_id", "received_at", "title", "body", "department"]
LABEL_PATH_SEPARATOR = " > "


class TenantExport(Strict):
    """How one city's export reads, on top of quality_gate.yaml's global column aliases.

    A field listed here names this city's own columns: every one of them present in a file is used,
    joined in the order given (title parts with a space, body parts with a newline, label parts as a
    path "대분류 > 소분류"). An empty list says the export has no such column: `receipt_id: []` makes
    the gate derive a stable record id from the row's content. A field not listed falls back to the
    global aliases. `department` is the label column(s): a department name or a category path.
    """

    columns: dict[CanonicalField, list[str]] = Field(default_factory=dict)
    label_kind: Literal["department", "category"] = "department"
    # Bounds on the record's whole text (title + body); None: quality_gate.yaml's.
    min_text_chars: int | None = Field(default=None, ge=1)
    max_text_chars: int | None = Field(default=None, ge=1)

    @field_validator("columns")
    @classmethod
    def _names(cls, columns: dict[str, list[str]]) -> dict[str, list[str]]:
        for field, names in columns.items():
            if any(not str(name).strip() for name in names):
                raise ValueError(f"columns.{field}: column names must not be empty")
            if field in ("title", "body") and not names:
                raise ValueError(f"columns.{field}: list this city's {field} column(s); "
                                 "leave the field out to use the global aliases")
        return columns


class Tenant(Strict):
    id: str
    display_name: str
    quotas: TenantQuotas
    # Value mapping of the label: the city's own department names (or category paths such as
    # "도로교통 > 불법주정차") -> taxonomy code. A path not listed falls back to its shorter prefixes.
    departments: dict[str, str] = Field(min_length=1)
    export: TenantExport = Field(default_factory=TenantExport)

    def department_code(self, value: str) -> str | None:
        """The taxonomy code of a label value: the full path, else its longest listed prefix."""
        if value in self.departments:
            return self.departments[value]
        parts = [part.strip() for part in value.split(LABEL_PATH_SEPARATOR.strip())]
        for end in range(len(parts) - 1, 0, -1):
            code = self.departments.get(LABEL_PATH_SEPARATOR.join(parts[:end]))
            if code is not None:
                return code
        return None


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
    # Judged on the record's whole text (title + body): a one-line summary under a real title is a
    # complaint. The old names (min_body_chars/max_body_chars) are still read.
    min_text_chars: int = Field(ge=1, validation_alias=AliasChoices("min_text_chars", "min_body_chars"))
    max_text_chars: int = Field(ge=1, validation_alias=AliasChoices("max_text_chars", "max_body_chars"))
    warn_fraction: float = Field(ge=0, le=1)
    reject_fraction: float = Field(ge=0, le=1)


class PiiEntityConfig(Strict):
    operator: Literal["tag", "pseudonym"] = "tag"


class LearnedPiiConfig(Strict):
    """The learned PERSON / LOCATION / ADDRESS tagger (issue 13), fetched from the model registry."""

    enabled: bool = True
    model_name: str = Field(default="pii-ner", pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")
    alias: str = Field(default="production", pattern=r"^[a-z][a-z0-9-]{0,31}$")
    batch_size: int = Field(default=8, ge=1, le=1024)
    threads: int = Field(default=1, ge=1, le=64)


class PiiConfig(Strict):
    score_threshold: float = Field(ge=0, le=1)
    entities: dict[str, PiiEntityConfig]
    learned: LearnedPiiConfig | None = None
    # Phone numbers preceded by one of these words (within a few characters) are an organisation's
    # representative line, not personal data: `대표번호 02-123-4567`, `(주)한빛 02-...`.
    public_phone_context: list[str] = Field(default_factory=list)
    # Role mailboxes of public bodies, not a person's: an address at …go.kr, …ac.kr, …or.kr or korea.kr
    # whose local part is made of these words (digits and `-`, `_`, `.` between them allowed) is left in
    # the text: `minwon@`, `noreply-minwon@`, `hr2@` (recognizers/email.py public_mailbox).
    public_mailboxes: list[str] = Field(default_factory=list)
    # A corporation's or public body's business number (middle code 80-89, `123-81-45678`) is not
    # personal data; true masks it anyway (conservative), false leaves it in the text.
    corporate_brn_personal: bool = True


class QualityGateConfig(Strict):
    validation: ValidationBounds
    columns: dict[CanonicalField, list[str]]
    pii: PiiConfig


# ---------------------------------------------------------------- training/*.yaml
class TinyArchitecture(Strict):
    vocab_size: int = Field(ge=3000)
    hidden_size: int = Field(gt=0)
    num_hidden_layers: int = Field(gt=0)
    num_attention_heads: int = Field(gt=0)
    intermediate_size: int = Field(gt=0)
    max_position_embeddings: int = Field(gt=0)
    # Standard deviation of the initial weights (BertConfig.initializer_range). BERT's 0.02 suits its
    # 768-wide layers; the 128-wide tiny encoder fine-tunes better from 0.1 (benchmarks/pretrain.py
    # measures both), and its MLM pretraining leaves the plateau sooner.
    initializer_range: float = Field(default=0.02, gt=0, le=1)


class SplitFractions(Strict):
    validation: float = Field(gt=0, lt=0.5)
    test: float = Field(gt=0, lt=0.5)


class PretrainRecipe(Strict):
    """Masked-language-model pretraining of the tiny Korean encoder (training/pretrain.py): the base
    every fine-tuning run of a `registry://` base_model starts from, built once and versioned."""

    sources: list[Literal["petitions", "klue-ner", "curated"]] = Field(
        default_factory=lambda: ["petitions", "klue-ner", "curated"], min_length=1)
    steps: int = Field(default=400, ge=0)   # 0: no MLM, the tokenizer and random weights only
    batch_size: int = Field(default=64, ge=1)
    block_size: int = Field(default=128, ge=16, le=512)   # tokens per row (see `sequences`)
    # How texts become rows: "packed" fills each row with [CLS] text [SEP] [CLS] text [SEP] ... (BERT's
    # and RoBERTa's way: no padding), "one_text" gives each text its own row, [CLS] at position 0 and
    # attention within the text (padded, trimmed per batch): the shape fine-tuning sees, where a
    # packed row lets short titles attend to their neighbours.
    sequences: Literal["packed", "one_text"] = "packed"
    learning_rate: float = Field(default=2e-3, gt=0)
    weight_decay: float = Field(default=0.01, ge=0)
    warmup_ratio: float = Field(default=0.06, ge=0, lt=1)
    mask_probability: float = Field(default=0.15, gt=0, lt=1)
    # Dropout while pretraining (hidden and attention). The tiny encoder underfits its corpus: with
    # BERT's 0.1 its MLM loss stayed on the unigram plateau for 3,000 steps; with 0 it left it after
    # about 900 (README, "Models"). Fine-tuning uses BERT's 0.1 again.
    dropout: float = Field(default=0.0, ge=0, lt=1)
    eval_fraction: float = Field(default=0.02, ge=0, lt=0.5)  # blocks held out for the MLM loss report
    log_every_steps: int = Field(default=50, gt=0)
    seed: int = 0


class TrainingConfig(Strict):
    name: str
    base_model: str
    build_base: TinyArchitecture | None = None
    # With a `registry://NAME` base_model: how to pretrain it when the registry has no version yet.
    pretrain: PretrainRecipe | None = None
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
    # Fields below were added for training/ and all have defaults, so older YAML files stay valid.
    gradient_accumulation_steps: int = Field(default=1, ge=1)
    max_grad_norm: float = Field(default=1.0, gt=0)
    class_weights: Literal["none", "balanced"] = "none"
    # What the classification head reads: BERT's pooled [CLS] or the mean of the tokens (training/classifier.py).
    pooling: Literal["cls", "mean"] = "cls"
    compile: bool = False                     # torch.compile the model (CUDA only; ignored on CPU)
    deterministic: bool = False               # bit-exact resume: deterministic kernels, no compile
    log_every_steps: int = Field(default=20, gt=0)
    # Batches are formed from chunks of `length_bucket_batches` batches sorted by length: less padding,
    # still shuffled at the chunk and batch level.
    length_bucket_batches: int = Field(default=50, ge=1)
    preemption_grace_seconds: float = Field(default=30.0, gt=0)
    max_wall_time_hours: float = Field(default=24.0, gt=0)
    # Promotion: the run's best candidate may be at most this much (absolute macro-F1) worse than production.
    promotion_margin_macro_f1: float = Field(default=0.01, ge=0, le=1)
    # Significance level of the paired (McNemar) test that reports the winner's lead over each
    # other candidate (the TF-IDF model among them).
    promotion_baseline_alpha: float = Field(default=0.05, gt=0, lt=1)
    # At most this many examples are processed in all: large datasets get fewer epochs (None: `epochs`).
    max_train_samples: int | None = Field(default=None, gt=0)
    # Checkpoints per run at most: the interval grows with the run (checkpoint_every_steps is the least).
    max_checkpoints_per_run: int = Field(default=20, ge=1)
    # GPUs a training job asks the scheduler for (one training process per GPU); see configs/gpu.yaml.
    gpus: int = Field(default=1, ge=1, le=64)
    # The run's model is the epoch with the best validation macro-F1, not the last one (a small city's
    # curve peaks and then overfits); its weights travel in every checkpoint, so a resumed run picks
    # the same epoch. Stop when that many epochs in a row have not beaten the best (None: all epochs).
    restore_best_epoch: bool = True
    early_stopping_patience: int | None = Field(default=None, ge=1)


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
    # Which registry alias the API serves, and how often the watcher polls it for a hot swap.
    model_alias: str = Field(default="production", pattern=r"^[a-z][a-z0-9-]{0,31}$")
    poll_interval_s: float = Field(default=10.0, gt=0)
    # A starting process opens its port once its first model load has ended (loaded, or failed
    # with the reason on /readyz), waiting at most this long: beside running siblings, a new or
    # restarted worker then takes no connection it would have to answer 503.
    startup_load_wait_s: float = Field(default=300.0, ge=0)
    # Local mirror of fetched model versions (relative: under the data dir).
    cache_dir: str = "model-cache"
    # Dynamic micro-batching: a batch closes at max_batch_size texts or after max_queue_delay_us.
    max_batch_size: int = Field(default=32, ge=1, le=1024)
    max_queue_delay_us: int = Field(default=1000, ge=0, le=1_000_000)
    # Texts waiting for the model; beyond it requests get 503 + Retry-After.
    max_queue_size: int = Field(default=2048, ge=1)
    request_timeout_s: float = Field(default=10.0, gt=0)
    max_batch_texts: int = Field(default=64, ge=1, le=1024)
    # Daily API-call quotas (limits per tenant in tenants.yaml): the day is a calendar day here.
    quota_timezone: str = "Asia/Seoul"
    quota_warn_ratio: float = Field(default=0.8, gt=0, lt=1)
    # A verified API key is remembered this long in each process (0: look it up on every request);
    # a revoked key stops working everywhere within this many seconds.
    auth_cache_ttl_s: float = Field(default=5.0, ge=0)


class PrefectSettings(Strict):
    timezone: str
    retrain_cron: str


class UploadSftpSettings(Strict):
    """SFTP drop folders: <root>/<tenant>/ is the tenant's chroot, with inbox/ (theirs) and processed/."""

    root: str = "/srv/minwon/sftp"
    user_prefix: str = Field(default="minwon-sftp-", pattern=r"^[a-z][a-z0-9-]{0,15}$")
    # A file is taken once its size and mtime were the same at two looks this many seconds apart
    # (or at once when NAME.done exists beside it).
    settle_seconds: float = Field(default=30.0, ge=0)


class UploadEventSettings(Strict):
    """RGW bucket notification (s3:ObjectCreated:*) -> the receiver in ingest/api.py."""

    topic: str = Field(default="minwon-uploads", pattern=r"^[A-Za-z0-9_-]{1,256}$")
    notification_id: str = Field(default="minwon-uploads-created", pattern=r"^[A-Za-z0-9_-]{1,64}$")
    push_endpoint: str | None = None  # the receiver's URL as RGW reaches it; None: no notification
    persistent: bool = True  # RGW queues and retries the push (a few seconds later)
    # RGW 16 cannot authenticate its HTTP push: the receiver answers only these networks (empty: any).
    allowed_networks: list[str] = Field(default_factory=list)

    @field_validator("allowed_networks")
    @classmethod
    def _networks(cls, values: list[str]) -> list[str]:
        import ipaddress

        for value in values:
            ipaddress.ip_network(value, strict=False)
        return values


class UploadRgwSettings(Strict):
    service_uid: str = Field(default="minwon-platform", pattern=r"^[a-z][a-z0-9-]{1,63}$")
    tenant_uid_prefix: str = Field(default="minwon-upload-", pattern=r"^[a-z][a-z0-9-]{0,31}$")


class UploadSettings(Strict):
    """Uploads from the cities: what is accepted, how presigned URLs look, quota counting."""

    allowed_extensions: list[str] = Field(default_factory=lambda: [".csv", ".xlsx", ".jsonl"], min_length=1)
    max_file_mb: float = Field(default=2048, gt=0)
    multipart_threshold_mb: float = Field(default=100, gt=0)   # presign multipart at this size or above
    multipart_part_mb: float = Field(default=64, ge=5)         # S3/RGW minimum part size is 5 MiB
    presign_expiry_s: int = Field(default=900, ge=60, le=7 * 86400)
    # The RGW address as the cities reach it, for presigned URLs (None: storage.s3.endpoint_url).
    public_endpoint_url: str | None = None
    # upload_gb_per_month (tenants.yaml) counts calendar months here; warning past this ratio.
    quota_timezone: str = "Asia/Seoul"
    quota_warn_ratio: float = Field(default=0.8, gt=0, lt=1)
    # Archives are refused unless allowed; allowed ones are inspected (never expanded) at ingest.
    allow_archives: bool = False
    archive_extensions: list[str] = Field(default_factory=lambda: [".zip"])
    max_archive_ratio: float = Field(default=100, gt=1)        # declared uncompressed / compressed
    max_archive_uncompressed_mb: float = Field(default=4096, gt=0)
    max_archive_entries: int = Field(default=10_000, ge=1)
    sftp: UploadSftpSettings = Field(default_factory=UploadSftpSettings)
    events: UploadEventSettings = Field(default_factory=UploadEventSettings)
    rgw: UploadRgwSettings = Field(default_factory=UploadRgwSettings)

    @field_validator("allowed_extensions", "archive_extensions")
    @classmethod
    def _dotted_lowercase(cls, values: list[str]) -> list[str]:
        for value in values:
            if not re.match(r"^\.[a-z0-9]{1,10}$", value):
                raise ValueError(f"extension '{value}' must look like '.csv' (lowercase, with the dot)")
        return values

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024**2)

    @property
    def multipart_threshold_bytes(self) -> int:
        return int(self.multipart_threshold_mb * 1024**2)

    @property
    def multipart_part_bytes(self) -> int:
        return int(self.multipart_part_mb * 1024**2)

    @property
    def max_archive_uncompressed_bytes(self) -> int:
        return int(self.max_archive_uncompressed_mb * 1024**2)


class SchedulerSettings(Strict):
    """Where GPU jobs run (configs/gpu.yaml has the pools and the policy). `local`: in this process's
    machine, with the GPU-hour quota checked and recorded in the platform database; `slurm`: submitted
    to the Slurm cluster (`SLURM_CONF` or /etc/slurm/slurm.conf), followed to the end."""

    backend: Literal["local", "slurm"] = "local"
    jobs_dir: str = "slurm-jobs"      # batch scripts and job output (shared with the nodes), under the data dir
    poll_interval_s: float = Field(default=2.0, gt=0)
    command_timeout_s: float = Field(default=30.0, gt=0)   # one sbatch/squeue/sacct call
    lost_after_s: float = Field(default=60.0, gt=0)        # unknown to squeue and unfinished in sacct this long


class PlatformSettings(BaseSettings):
    """platform.yaml, overridable field by field from MINWON_* environment variables."""

    model_config = SettingsConfigDict(
        env_prefix="MINWON_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    storage: StorageSettings
    database: DatabaseSettings
    serving: ServingSettings
    prefect: PrefectSettings
    uploads: UploadSettings = Field(default_factory=UploadSettings)
    scheduler: SchedulerSettings = Field(default_factory=SchedulerSettings)

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
