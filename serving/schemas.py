"""Request and response bodies of the public API."""

from __future__ import annotations

import unicodedata

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError


def normalise_text(value: str) -> str:
    """NFC (composed Hangul), and refuse texts with nothing but whitespace."""
    text = unicodedata.normalize("NFC", value)
    if not text.strip():
        raise PydanticCustomError("text_empty", "the complaint text is empty or only whitespace; send its content")
    return text


class ClassifyRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"text": "아파트 앞 도로에 포트홀이 생겨서 차량 통행이 위험합니다."}]},
    )

    text: str = Field(
        min_length=1,
        description="The complaint text (title and body), 1 to max_text_chars (5,000) characters after NFC.",
    )

    @field_validator("text")
    @classmethod
    def _text(cls, value: str) -> str:
        return normalise_text(value)


class BatchClassifyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    texts: list[str] = Field(
        min_length=1,
        description="1 to max_batch_texts (64) complaint texts; each counts as one API call.",
    )

    @field_validator("texts")
    @classmethod
    def _texts(cls, values: list[str]) -> list[str]:
        out = []
        for index, value in enumerate(values):
            try:
                out.append(normalise_text(value))
            except PydanticCustomError:
                raise PydanticCustomError(
                    "text_empty", "texts[{index}] is empty or only whitespace; send its content", {"index": index}
                ) from None
        return out


class Department(BaseModel):
    code: str = Field(description="Stable department code of the shared taxonomy, e.g. TRAFFIC.")
    name: str


class Candidate(BaseModel):
    code: str
    name: str
    confidence: float = Field(ge=0, le=1, description="Calibrated probability (temperature-scaled softmax).")


class Classification(BaseModel):
    department: Department
    confidence: float = Field(ge=0, le=1)
    top_k: list[Candidate]


class ClassifyResponse(Classification):
    model_version: str
    request_id: str


class BatchClassifyResponse(BaseModel):
    results: list[Classification]
    model_version: str
    request_id: str


class ModelInfo(BaseModel):
    model: str
    alias: str
    version: str
    provider: str
    model_file: str
    max_length: int
    temperature: float
    labels: list[Department]


class ErrorDetail(BaseModel):
    code: str
    message: str
    request_id: str | None = None


class ErrorBody(BaseModel):
    error: ErrorDetail


def error_responses(*statuses: int) -> dict:
    return {status: {"model": ErrorBody} for status in statuses}
