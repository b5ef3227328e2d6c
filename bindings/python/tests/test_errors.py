"""Errors: each ErrorCode becomes its own subclass of bangfu.Error (also the natural Python
exception), carrying .code, .field and .value, with a message that names the field."""

import datetime as dt
import os
import sqlite3

import pytest

import bangfu
from conftest import NOW, SYSTEM

CLASSES = [
    (bangfu.ErrorCode.invalid_argument, bangfu.InvalidArgument, ValueError),
    (bangfu.ErrorCode.not_found, bangfu.NotFound, LookupError),
    (bangfu.ErrorCode.permission_denied, bangfu.PermissionDenied, PermissionError),
    (bangfu.ErrorCode.invalid_state, bangfu.InvalidState, None),
    (bangfu.ErrorCode.locked, bangfu.Locked, None),
    (bangfu.ErrorCode.quota_exceeded, bangfu.QuotaExceeded, None),
    (bangfu.ErrorCode.deadline_passed, bangfu.DeadlinePassed, None),
    (bangfu.ErrorCode.conflict, bangfu.Conflict, None),
    (bangfu.ErrorCode.storage, bangfu.StorageError, OSError),
    (bangfu.ErrorCode.corrupt, bangfu.Corrupt, None),
    (bangfu.ErrorCode.internal, bangfu.InternalError, None),
]


@pytest.mark.parametrize("code, cls, python_base", CLASSES)
def test_every_code_is_translated_to_its_class(code, cls, python_base):
    assert issubclass(cls, bangfu.Error) and cls.code == code
    assert cls.__module__ == "bangfu"
    with pytest.raises(cls) as info:
        bangfu._bangfu._raise_error(code, f"leave_type '病假x': {code.name}", "leave_type", "病假x")
    e = info.value
    assert type(e) is cls
    assert e.code == code and e.field == "leave_type" and e.value == "病假x"
    assert str(e) == f"leave_type '病假x': {code.name}"
    if python_base is not None:
        assert isinstance(e, python_base)
    else:
        assert not isinstance(e, (ValueError, LookupError, OSError))


def test_error_base_defaults():
    e = bangfu.Error("plain")
    assert e.code is None and e.field == "" and e.value == ""
    assert isinstance(e, Exception)


def test_invalid_argument_names_the_field(engine):
    with pytest.raises(bangfu.InvalidArgument) as info:
        engine.add_unit(SYSTEM, code="X", kind="受援医院", name="某医院", region=513435,
                        location=(102.77, 28.96))  # swapped
    assert info.value.field == "latitude"
    assert "latitude" in str(info.value) and "swapped" in str(info.value)


def test_missing_required_field(engine):
    with pytest.raises(bangfu.InvalidArgument, match="kind: required") as info:
        engine.add_unit(SYSTEM, code="X", name="某医院", region=513435)
    assert info.value.field == "kind"


def test_unknown_field_is_refused(engine):
    with pytest.raises(bangfu.InvalidArgument, match="nmae: unknown field") as info:
        engine.add_unit(SYSTEM, code="X", kind="受援医院", nmae="某医院", region=513435)
    assert info.value.field == "nmae"
    assert "code, kind, name" in str(info.value)


def test_wrong_type_names_the_field(engine):
    with pytest.raises(bangfu.InvalidArgument, match="start") as info:
        engine.add_pairing(SYSTEM, support_unit=1, recipient_unit=2, start=20210101)
    assert info.value.field == "start"
    with pytest.raises(bangfu.InvalidArgument, match="parent") as info:
        engine.add_unit(SYSTEM, code="X", kind="科室", name="科", region=513435, parent="1")
    assert info.value.field == "parent"
    with pytest.raises(bangfu.InvalidArgument, match="actor"):
        engine.unit("0", 1)
    with pytest.raises(bangfu.InvalidArgument, match="kind"):
        engine.add_unit(SYSTEM, code="X", kind="医院", name="某医院", region=513435)


def test_bad_dates_name_the_field(engine):
    for bad in ("2021-02-30", "2021.01.01", "yesterday", dt.datetime(2021, 1, 1)):
        with pytest.raises(bangfu.InvalidArgument) as info:
            engine.pairings(SYSTEM, active_on=bad)
        assert info.value.field == "active_on", bad


def test_not_found(programme):
    p = programme
    e = p.engine
    with pytest.raises(bangfu.NotFound) as info:
        e.unit(SYSTEM, 9999)
    assert isinstance(info.value, LookupError)
    assert info.value.field == "unit" and info.value.value == "9999"
    with pytest.raises(bangfu.NotFound) as info:
        e.assignments(p.zju_admin, 777)
    assert info.value.field == "staff" and "777" in str(info.value)


def test_unknown_region_is_not_found(engine):
    with pytest.raises(bangfu.NotFound) as info:
        engine.region(513499)
    assert info.value.field == "region_code" and "513499000000" in str(info.value)
    with pytest.raises(bangfu.InvalidArgument) as info:
        engine.region(990000)
    assert info.value.field == "region_code"


def test_permission_denied(programme):
    p = programme
    with pytest.raises(bangfu.PermissionDenied) as info:
        p.engine.add_unit(p.ganluo_county, code="MG2", kind="受援医院", name="美姑县第二医院", region=513436)
    assert isinstance(info.value, PermissionError)
    assert "scope" in str(info.value)
    with pytest.raises(PermissionError) as info:
        p.engine.unit(424242, p.ganluo)  # no such account
    assert info.value.field == "actor"


def test_invalid_state(programme):
    p = programme
    p.engine.end_assignment(p.zju_admin, p.assignment_b, end=dt.date(2026, 11, 1))
    with pytest.raises(bangfu.InvalidState, match="already ended"):
        p.engine.end_assignment(p.zju_admin, p.assignment_b, end=dt.date(2026, 11, 2))


def test_conflict(programme):
    p = programme
    with pytest.raises(bangfu.Conflict) as info:
        p.engine.add_unit(SYSTEM, code="GL-RMYY", kind="受援医院", name="重复", region=513435)
    assert info.value.field == "code" and info.value.value == "GL-RMYY"
    assert info.value.code == bangfu.ErrorCode.conflict


def test_closed_engine_is_invalid_state():
    e = bangfu.Engine.open(":memory:", clock=NOW)
    e.close()
    assert e.closed
    with pytest.raises(bangfu.InvalidState, match="closed") as info:
        e.region(51)
    assert info.value.field == "engine"


def test_storage_error_for_an_unwritable_path(tmp_path):
    with pytest.raises(bangfu.StorageError) as info:
        bangfu.Engine.open(str(tmp_path / "no" / "such" / "dir" / "x.db"))
    assert isinstance(info.value, OSError)
    assert "path" in str(info.value)


def test_missing_file_without_create_is_not_found(tmp_path):
    with pytest.raises(bangfu.NotFound, match="path"):
        bangfu.Engine.open(tmp_path / "absent.db", create_if_missing=False)


def test_corrupt_for_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not a database, just notes\n" * 200)
    with pytest.raises(bangfu.Corrupt):
        bangfu.Engine.open(str(path))


def test_storage_error_when_the_database_stays_locked(tmp_path):
    path = str(tmp_path / "locked.db")
    bangfu.Engine.open(path).close()
    e = bangfu.Engine.open(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(bangfu.StorageError, match="busy"):
            e.add_unit(SYSTEM, code="X", kind="受援医院", name="某医院", region=513435)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert os.path.exists(path)


def test_clock_errors():
    with pytest.raises(bangfu.InvalidArgument, match="clock"):
        bangfu.Engine.open(":memory:", clock="2026-11-23")
    e = bangfu.Engine.open(":memory:", clock=lambda: 1 / 0)
    with pytest.raises(bangfu.InvalidArgument, match="ZeroDivisionError") as info:
        e.today()
    assert info.value.field == "clock"
