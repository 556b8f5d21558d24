"""The forms of personal values for tests/pii/test_pii_forms.py, each with the values that must be masked,
by the entity they are: names and addresses, birth dates and identifying numbers, one module each."""

from __future__ import annotations

from tests.pii.form_cases_dates import BIRTH_DATES
from tests.pii.form_cases_names import NAMES_AND_ADDRESSES
from tests.pii.form_cases_numbers import NUMBERS

FORMS = {**NAMES_AND_ADDRESSES, **BIRTH_DATES, **NUMBERS}
assert len(FORMS) == len(NAMES_AND_ADDRESSES) + len(BIRTH_DATES) + len(NUMBERS), "a form's name is used twice"
