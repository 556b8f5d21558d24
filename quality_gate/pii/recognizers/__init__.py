"""One recognizer class per entity; the registry is assembled from the configured entity list."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from quality_gate.pii.recognizers.account import KoreanBankAccountRecognizer
from quality_gate.pii.recognizers.address import KoreanAddressRecognizer
from quality_gate.pii.recognizers.brn import KoreanBrnRecognizer
from quality_gate.pii.recognizers.card import KoreanCardRecognizer
from quality_gate.pii.recognizers.driver_license import KoreanDriverLicenseRecognizer
from quality_gate.pii.recognizers.email import KoreanEmailRecognizer
from quality_gate.pii.recognizers.ip import KoreanIpAddressRecognizer
from quality_gate.pii.recognizers.passport import KoreanPassportRecognizer
from quality_gate.pii.recognizers.person import KoreanNameRecognizer
from quality_gate.pii.recognizers.phone import KoreanPhoneRecognizer
from quality_gate.pii.recognizers.plate import KoreanCarPlateRecognizer
from quality_gate.pii.recognizers.registration import KoreanFrnRecognizer, KoreanRrnRecognizer

LANGUAGE = "ko"

RECOGNIZERS: dict[str, type[EntityRecognizer]] = {
    "KR_RRN": KoreanRrnRecognizer,
    "KR_FRN": KoreanFrnRecognizer,
    "PHONE_NUMBER": KoreanPhoneRecognizer,
    "EMAIL_ADDRESS": KoreanEmailRecognizer,
    "CREDIT_CARD": KoreanCardRecognizer,
    "BANK_ACCOUNT": KoreanBankAccountRecognizer,
    "KR_PASSPORT": KoreanPassportRecognizer,
    "KR_DRIVER_LICENSE": KoreanDriverLicenseRecognizer,
    "KR_BRN": KoreanBrnRecognizer,
    "KR_CAR_PLATE": KoreanCarPlateRecognizer,
    "KR_ADDRESS": KoreanAddressRecognizer,
    "PERSON": KoreanNameRecognizer,
    "IP_ADDRESS": KoreanIpAddressRecognizer,
}


def build_registry(entities) -> RecognizerRegistry:
    """A registry with exactly one recognizer per configured entity (unknown names raise)."""
    unknown = sorted(set(entities) - set(RECOGNIZERS))
    if unknown:
        raise ValueError(f"no recognizer for PII entities: {', '.join(unknown)} (known: {', '.join(sorted(RECOGNIZERS))})")
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for entity in entities:
        registry.add_recognizer(RECOGNIZERS[entity](supported_language=LANGUAGE))
    return registry


__all__ = ["LANGUAGE", "RECOGNIZERS", "build_registry"]
