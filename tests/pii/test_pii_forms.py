"""The forms issue 13 lists, on sentences written here by hand (not by the training-data generator,
training/pii_ner/synthetic.py), through the gate's masker with the learned tagger on.

Each case names the values that must be masked (as the entity they are) and, for look-alikes,
the strings that must stay.
"""

from __future__ import annotations

import pytest

from configuration import load_config
from quality_gate.pii import build_masker
from quality_gate.pii.evaluation import family
from tests.pii.form_cases import FORMS
from tests.pii.look_alike_cases import LOOK_ALIKES


@pytest.fixture(scope="module")
def masker():
    return build_masker(load_config().quality_gate.pii)


def test_the_learned_tagger_is_on(masker):
    assert masker.ner_model is not None, "configs/quality_gate.yaml turns the learned tagger on"


@pytest.mark.parametrize("form", sorted(FORMS))
def test_form_is_masked_as_the_entity_it_is(masker, form):
    text, expected = FORMS[form]
    detections = masker.detect(text)
    for entity, values in expected.items():
        for value in values:
            start = text.index(value)
            end = start + len(value)
            covering = [d for d in detections if family(d.entity) == family(entity) and d.start < end and start < d.end]
            covered = sum(1 for i in range(start, end) if any(d.start <= i < d.end for d in covering))
            assert covered >= 0.8 * len(value), (form, entity, value, [(d.entity, text[d.start:d.end]) for d in detections])


@pytest.fixture(scope="module")
def masker_corporate_not_personal(masker):
    config = load_config().quality_gate.pii.model_copy(update={"corporate_brn_personal": False})
    return build_masker(config, model_dir=masker.ner_model.directory)


def test_corporate_business_numbers_are_configurable(masker, masker_corporate_not_personal):
    text = "사업자등록번호 123-81-12345 (주식회사 한빛), 개인사업자 214-05-12340"
    masked = masker_corporate_not_personal.mask(text, "t").text
    assert "123-81-12345" in masked and "214-05-12340" not in masked
    assert "123-81-12345" not in masker.mask(text, "t").text  # the default masks both


@pytest.mark.parametrize("case", sorted(LOOK_ALIKES))
def test_look_alike_is_left_alone(masker, masker_corporate_not_personal, case):
    if case == "corporate business number":
        masker = masker_corporate_not_personal
    text, value = LOOK_ALIKES[case]
    start = text.index(value)
    touching = [(d.entity, text[d.start:d.end]) for d in masker.detect(text) if d.start < start + len(value) and start < d.end]
    assert not touching, (case, touching)
    assert value in masker.mask(text, "t").text
    assert not masker.residual_entities(masker.mask(text, "t").text), case


def test_a_line_in_brackets_after_a_name_is_the_persons_unless_it_is_a_main_number():
    """`담당: 석진우 (031-860-5512)` is the staff member's line; `(031-860-2114)` is the office's main line
    (Korean offices end it in 114) and stays for the residual scan to judge, as before."""
    from quality_gate.pii.recognizers.phone import KoreanPhoneRecognizer

    phone = KoreanPhoneRecognizer()
    direct = "개인정보 보호책임자: 석진우 (031-860-5512)"
    assert [direct[r.start:r.end] for r in phone.analyze(direct, ["PHONE_NUMBER"])] == ["031-860-5512"]
    assert phone.analyze("개인정보 보호책임자: 석진우 (031-860-2114)", ["PHONE_NUMBER"]) == []
    assert phone.analyze("민원실(031-860-5512)", ["PHONE_NUMBER"]) == []  # an office's word before it, as before

