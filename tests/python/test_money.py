import pickle

import pytest

import zhifa
from zhifa import Money, Rounding


@pytest.mark.parametrize(
    "text, fen",
    [("1,234.56", 123456), ("1.5万", 1500000), ("2万元", 2000000), ("0.35亿", 3500000000), ("-3.07", -307),
     ("¥12", 1200), ("100元", 10000)],
)
def test_parses_agency_amounts(text, fen):
    assert Money(text).fen == fen
    assert Money.parse(text) == Money.from_fen(fen)


@pytest.mark.parametrize(
    "text, message",
    [("1.234", "whole number of fen"), ("12,34", "group digits by three"), ("5美元", "position 2"), ("", "empty")],
)
def test_refuses_bad_text_with_position_and_reason(text, message):
    with pytest.raises(zhifa.ValidationError, match=message):
        Money(text)
    with pytest.raises(ValueError):
        Money(text)


def test_never_takes_a_float():
    with pytest.raises(TypeError):
        Money(1.5)
    with pytest.raises(TypeError):
        Money("1") * 1.5


def test_arithmetic_formatting_and_hashing():
    a, b = Money("1,000"), Money("0.01")
    assert str(a + b) == "1,000.01"
    assert str(b - a) == "-999.99"
    assert (a * 3).fen == 300000 and (3 * a) == a * 3
    assert repr(-b) == "Money('-0.01')"
    assert a > b and b < a and a >= a and not bool(Money.from_fen(0))
    assert len({Money("1"), Money("1.00"), Money("2")}) == 2
    assert pickle.loads(pickle.dumps(Money("12.34"))) == Money("12.34")


def test_mul_div_is_exact():
    total = Money("12,345,678.91")
    assert total.mul_div(3, 1000, Rounding.DOWN).fen == 3703703
    assert total.mul_div(3, 1000, Rounding.HALF_UP).fen == 3703704
    with pytest.raises(zhifa.ValidationError):
        total.mul_div(1, 0, Rounding.DOWN)
