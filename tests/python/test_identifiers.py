import datetime as dt

import pytest

import zhifa


@pytest.mark.parametrize("s", ["11010519491231002X", "11010519491231002x", "440524188001010014",
                               "360426199101010071", "44011320141005001X"])
def test_valid_resident_ids_gb11643(s):
    assert zhifa.is_valid_resident_id(s)


@pytest.mark.parametrize("s, why", [
    ("440524188001010015", "position 18: check character is '5', expected '4'"),
    ("11010519490230002X", "birth date 19490230 does not exist"),
    ("1101051949123100", "18 characters, has 16"),
    ("1101051949A231002X", "position 11: 'A' is not a digit"),
])
def test_invalid_resident_ids_name_the_position(s, why):
    assert not zhifa.is_valid_resident_id(s)
    assert why in zhifa.ResidentId.why_invalid(s)
    with pytest.raises(zhifa.ValidationError, match=why.replace("(", r"\(")):
        zhifa.ResidentId(s)


def test_resident_id_fields():
    rid = zhifa.ResidentId("11010519491231002x")
    assert str(rid) == "11010519491231002X"
    assert rid.birth_date == dt.date(1949, 12, 31)
    assert rid.sex == zhifa.Sex.FEMALE
    assert "1101" not in repr(rid)  # personal data stays out of reprs


@pytest.mark.parametrize("s", ["91110000600037341L", "121200004013590816", "91310115MA1K3BTP2B", "91310115ma1k3btp2b"])
def test_valid_credit_codes_gb32100(s):
    assert zhifa.is_valid_credit_code(s)
    assert zhifa.CreditCode(s).organization_code_warning() is None


def test_invalid_credit_codes_name_the_position():
    assert "expected 'L'" in zhifa.CreditCode.why_invalid("91110000600037341M")
    with pytest.raises(zhifa.ValidationError, match="position 9: 'O' is not allowed"):
        zhifa.CreditCode("91110000O00037341L")
    code = zhifa.CreditCode("91110000600037341L")
    assert (code.registration_authority, code.entity_type, code.division_code) == ("9", "1", "110000")
