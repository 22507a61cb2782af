import datetime as dt
import os
import pathlib

import pytest

import zhifa

SOURCE_DIR = pathlib.Path(os.environ.get("ZHIFA_SOURCE_DIR", pathlib.Path(__file__).parents[2]))


@pytest.fixture(scope="session")
def cal():
    return zhifa.WorkCalendar.china()


@pytest.fixture(scope="session")
def source_dir():
    return SOURCE_DIR


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)
