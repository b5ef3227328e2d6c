"""CSV imports and the audit log."""

import datetime as dt
import io

import pytest

import bangfu
from conftest import SYSTEM, make_id

UNITS = """code,kind,name,region_code,address,grade,latitude,longitude,parent_code
ZJU2,支援医院,浙大二院,330102,解放路88号,三级甲等,30.26,120.18,
ZJU2-GK,科室,骨科,330102,,,,,ZJU2
ZJ-LB,受援医院,雷波县人民医院,513437,,,,,
"""

BAD_UNITS = """code,kind,name,region_code
OK1,受援医院,好医院,513435
BAD1,诊所,坏医院,513435
BAD2,受援医院,坏医院二,999999
"""


def test_import_units_from_text(engine):
    report = engine.import_csv(SYSTEM, "units", UNITS)
    assert isinstance(report, bangfu.ImportReport)
    assert (report.rows_read, report.rows_imported, report.rows_rejected, report.committed, report.problems) == \
        (3, 3, 0, True, [])
    dept = engine.unit_by_code(SYSTEM, "ZJU2-GK")
    assert dept.parent == engine.unit_by_code(SYSTEM, "ZJU2").id
    assert engine.unit_by_code(SYSTEM, "ZJU2").location == bangfu.GeoPoint(30.26, 120.18)


def test_import_refuses_a_file_with_bad_rows(engine):
    report = engine.import_csv(SYSTEM, bangfu.ImportKind.units, BAD_UNITS.encode("utf-8"))
    assert not report.committed and report.rows_imported == 0 and report.rows_rejected == 2
    assert [(pr.line, pr.field) for pr in report.problems] == [(3, "kind"), (4, "region_code")]
    assert "诊所" in report.problems[0].message and report.problems[0].value == "诊所"
    assert "ImportProblem(line=3, field='kind'" in repr(report.problems[0])
    assert engine.units(SYSTEM) == []
    kept = engine.import_csv(SYSTEM, "units", io.StringIO(BAD_UNITS), keep_good_rows=True)
    assert kept.committed and kept.rows_imported == 1
    assert [u.code for u in engine.units(SYSTEM)] == ["OK1"]


def test_import_dry_run_and_options_dict(engine):
    report = engine.import_csv(SYSTEM, "units", UNITS, {"dry_run": True})
    assert report.rows_read == 3 and not report.committed and report.rows_imported == 0
    assert engine.units(SYSTEM) == []
    with pytest.raises(bangfu.InvalidArgument) as info:
        engine.import_csv(SYSTEM, "units", UNITS, dry_rn=True)
    assert info.value.field == "dry_rn"


def test_import_staff_file_with_arrival(engine, tmp_path):
    engine.import_csv(SYSTEM, "units", UNITS)
    idn = make_id("330102", "19860606", 8)
    path = tmp_path / "staff.csv"
    path.write_text("\ufeff姓名,身份证号,职称,派出单位代码,派驻医院代码,派驻日期\n"
                    f"王芳,{idn},中级,ZJU2-GK,ZJ-LB,2026-09-01\n", encoding="utf-8")
    report = engine.import_csv_file(SYSTEM, "staff", path)
    assert report.committed and report.rows_imported == 1
    s = engine.staff_by_id_number(SYSTEM, idn)
    assert s.name == "王芳" and s.home_unit_name == "骨科"
    [a] = engine.assignments(SYSTEM, s.id)
    assert a.recipient_name == "雷波县人民医院" and a.start == dt.date(2026, 9, 1)


def test_import_errors(engine, tmp_path):
    with pytest.raises(bangfu.InvalidArgument) as info:
        engine.import_csv(SYSTEM, "households", UNITS)
    assert info.value.field == "kind"
    with pytest.raises(bangfu.InvalidArgument) as info:
        engine.import_csv(SYSTEM, "units", "name,kind\n甲,受援医院\n")
    assert info.value.field == "header" and "code" in str(info.value)
    with pytest.raises(bangfu.NotFound) as info:
        engine.import_csv_file(SYSTEM, "units", tmp_path / "absent.csv")
    assert info.value.field == "path"
    path = tmp_path / "units.csv"
    path.write_text(UNITS, encoding="utf-8")
    with pytest.raises(bangfu.InvalidArgument, match="import_csv_file") as info:
        engine.import_csv(SYSTEM, "units", str(path))
    assert info.value.field == "csv"
    with pytest.raises(bangfu.InvalidArgument, match="csv"):
        engine.import_csv(SYSTEM, "units", 42)


def test_region_import_needs_national_rights(programme):
    p = programme
    with pytest.raises(bangfu.PermissionDenied):
        p.engine.import_csv(p.sichuan, "regions", "code,name\n513435101201,新村\n")


# ---- audit ----

def test_audit_log(programme):
    p = programme
    e = p.engine
    entries = e.audit_log(SYSTEM, entity="unit", limit=10)
    assert [x.action for x in entries] == ["unit.add"] * 6
    first = entries[0]
    assert isinstance(first, bangfu.AuditEntry)
    assert first.actor == SYSTEM and first.entity == "unit" and first.entity_id == p.zju
    assert first.at == dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)
    assert first.before is None and first.after["code"] == "ZJU1" and first.after["kind"] == "support_hospital"
    # Paging.
    page = e.audit_log(SYSTEM, {"entity": "unit", "limit": 2})
    rest = e.audit_log(SYSTEM, entity="unit", after_id=page[-1].id, limit=100)
    assert [x.id for x in page + rest] == [x.id for x in entries]
    # The filter's `actor` field is a keyword like any other.
    mine = e.audit_log(SYSTEM, actor=p.zju_admin)
    assert {x.action for x in mine} == {"staff.add", "assignment.start"}
    assert all(x.actor == p.zju_admin for x in mine)


def test_audit_log_records_before_and_after(programme):
    p = programme
    e = p.engine
    e.update_unit(SYSTEM, p.ganluo, e.unit(SYSTEM, p.ganluo), grade="二级甲等")
    [entry] = e.audit_log(SYSTEM, entity="unit", entity_id=p.ganluo, after_id=0)[-1:]
    assert entry.action == "unit.update"
    assert entry.before["grade"] == "" and entry.after["grade"] == "二级甲等"
    assert entry.to_dict()["after"]["grade"] == "二级甲等"


def test_audit_log_permissions_and_errors(programme):
    p = programme
    e = p.engine
    own = e.audit_log(p.zju_admin)
    assert own and all(x.actor == p.zju_admin for x in own)
    with pytest.raises(bangfu.PermissionDenied):
        e.audit_log(p.zju_admin, actor=SYSTEM)
    with pytest.raises(bangfu.InvalidArgument) as info:
        e.audit_log(SYSTEM, limit=0)
    assert info.value.field == "limit"
    with pytest.raises(bangfu.InvalidArgument, match="actor"):
        e.audit_log()
    with pytest.raises(bangfu.InvalidArgument) as info:
        e.audit_log(SYSTEM, entiti="unit")
    assert info.value.field == "entiti"
