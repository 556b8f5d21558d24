"""One recognizer class per entity; the registry is assembled from the configured entity list."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from quality_gate.pii.recognizers.account import KoreanBankAccountRecognizer
from quality_gate.pii.recognizers.address import KoreanAddressRecognizer
from quality_gate.pii.recognizers.address_latin import RomanizedAddressRecognizer
from quality_gate.pii.recognizers.birth_date import KoreanBirthDateRecognizer
from quality_gate.pii.recognizers.birth_date_context import model_beside
from quality_gate.pii.recognizers.brn import KoreanBrnRecognizer
from quality_gate.pii.recognizers.chat import ChatSpeakerNameRecognizer
from quality_gate.pii.recognizers.card import KoreanCardRecognizer
from quality_gate.pii.recognizers.driver_license import KoreanDriverLicenseRecognizer
from quality_gate.pii.recognizers.email import KoreanEmailRecognizer
from quality_gate.pii.recognizers.form_fields import LabelledNameRecognizer, TableNameRecognizer
from quality_gate.pii.recognizers.latin import LatinNameAfterCueRecognizer
from quality_gate.pii.recognizers.masked_name import MaskedKoreanNameRecognizer
from quality_gate.pii.recognizers.ip import KoreanIpAddressRecognizer
from quality_gate.pii.recognizers.passport import KoreanPassportRecognizer
from quality_gate.pii.recognizers.person import KoreanNameRecognizer
from quality_gate.pii.recognizers.phone import KoreanPhoneRecognizer
from quality_gate.pii.recognizers.place import KoreanPlaceNameRecognizer
from quality_gate.pii.recognizers.plate import KoreanCarPlateRecognizer
from quality_gate.pii.recognizers.registration import KoreanFrnRecognizer, KoreanRrnRecognizer
from quality_gate.pii.recognizers.romanized import RomanizedKoreanNameRecognizer
from quality_gate.pii.recognizers.spaced import SpacedKoreanNameRecognizer
from quality_gate.pii.recognizers.staff_ids import KoreanEmployeeIdRecognizer, KoreanStudentIdRecognizer
from quality_gate.pii.recognizers.vietnamese import VietnameseNameRecognizer

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
    "LOCATION": KoreanPlaceNameRecognizer,
    "PERSON": KoreanNameRecognizer,
    "IP_ADDRESS": KoreanIpAddressRecognizer,
    "BIRTH_DATE": KoreanBirthDateRecognizer,
    "STUDENT_ID": KoreanStudentIdRecognizer,
    "EMPLOYEE_ID": KoreanEmployeeIdRecognizer,
}
# Further recognizers of a configured entity, for forms its main recognizer does not read.
ALSO: dict[str, tuple[type[EntityRecognizer], ...]] = {"PERSON": (RomanizedKoreanNameRecognizer,
                                                                   SpacedKoreanNameRecognizer, TableNameRecognizer,
                                                                   LabelledNameRecognizer, ChatSpeakerNameRecognizer,
                                                                   MaskedKoreanNameRecognizer, LatinNameAfterCueRecognizer,
                                                                   VietnameseNameRecognizer),
                                                        "KR_ADDRESS": (RomanizedAddressRecognizer,)}


def build_registry(entities, learned=None, public_phone_context=(), corporate_brn_personal=True,
                   public_mailboxes=()) -> RecognizerRegistry:
    """A registry with one rule recognizer per configured entity (unknown names raise), plus the
    learned tagger's recognizer when a model is given (it covers PERSON, KR_ADDRESS and LOCATION;
    LOCATION's rule recognizer is a gazetteer of place names, place.py). With the learned tagger on, the name rules do not consult
    kiwipiepy: the model is their second opinion for names without a cue (see learned.py)."""
    learned_entities = {"PERSON", "KR_ADDRESS", "LOCATION"} if learned is not None else set()
    unknown = sorted(set(entities) - set(RECOGNIZERS) - learned_entities)
    if unknown:
        raise ValueError(f"no recognizer for PII entities: {', '.join(unknown)} (known: {', '.join(sorted(RECOGNIZERS))})")
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for entity in entities:
        if entity not in RECOGNIZERS:
            continue
        if entity == "PERSON" and learned is not None:
            recognizer = KoreanNameRecognizer(supported_language=LANGUAGE, tagger=False)
        elif entity == "PHONE_NUMBER":
            recognizer = KoreanPhoneRecognizer(supported_language=LANGUAGE, public_context=public_phone_context)
        elif entity == "EMAIL_ADDRESS":
            recognizer = KoreanEmailRecognizer(supported_language=LANGUAGE, public_mailboxes=public_mailboxes)
        elif entity == "BIRTH_DATE" and learned is not None:
            recognizer = KoreanBirthDateRecognizer(supported_language=LANGUAGE,
                                                   context_model=model_beside(getattr(learned, "directory", None)))
        elif entity == "KR_BRN":
            recognizer = KoreanBrnRecognizer(supported_language=LANGUAGE, corporate_personal=corporate_brn_personal)
        else:
            recognizer = RECOGNIZERS[entity](supported_language=LANGUAGE)
        registry.add_recognizer(recognizer)
        for extra in ALSO.get(entity, ()):
            registry.add_recognizer(extra(supported_language=LANGUAGE))
    if learned is not None:
        from quality_gate.pii.recognizers.learned import LearnedNerRecognizer

        registry.add_recognizer(LearnedNerRecognizer(learned, entities, supported_language=LANGUAGE))
    return registry


__all__ = ["ALSO", "LANGUAGE", "RECOGNIZERS", "build_registry"]
