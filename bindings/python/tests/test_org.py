"""Regions, units, pairings, staff and assignments through the Engine."""

import datetime as dt

import pytest

import bangfu
from conftest import NOW, SYSTEM, make_id


# ---- engine basics and regions ----

def test_open_today_and_schema(engine):
    assert engine.today() == dt.date(2026, 11, 23)
    assert engine.schema_version() == bangfu.Engine.supported_schema_version() >= 1
    assert engine.path == ":memory:" and not engine.closed
    assert repr(engine) == "<bangfu.Engine ':memory:'>"


def test_clock_callable_is_used():
    times = iter([dt.datetime(2026, 1, 1, 15, 59, 59), dt.datetime(2026, 1, 1, 16, 0, 0)])
    e = bangfu.Engine.open(":memory:", clock=lambda: next(times))
    assert e.today() == dt.date(2026, 1, 1)   # 23:59:59 in Beijing
    assert e.today() == dt.date(2026, 1, 2)   # midnight in Beijing
    aware = dt.datetime(2026, 5, 1, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert bangfu.Engine.open(":memory:", clock=aware).today() == dt.date(2026, 5, 1)


def test_context_manager_closes(tmp_path):
    path = tmp_path / "programme.db"
    with bangfu.Engine.open(path, clock=NOW) as e:
        uid = e.add_unit(SYSTEM, code="GL", kind="受援医院", name="甘洛县人民医院", region=513435)
    assert e.closed
    with bangfu.Engine.open(str(path), create_if_missing=False) as again:
        assert again.unit(SYSTEM, uid).name == "甘洛县人民医院"


def test_region_lookups(engine):
    r = engine.region(513435)
    assert (r.code, r.name, r.level, r.parent, r.path) == (
        513435000000, "甘洛县", bangfu.RegionLevel.county, 513400000000, "四川省/凉山彝族自治州/甘洛县")
    assert engine.region("513435000000") == r
    assert engine.region(51).parent is None
    assert repr(r) == ("Region(code=513435000000, name='甘洛县', level=RegionLevel.county, "
                       "path='四川省/凉山彝族自治州/甘洛县')")
    provinces = engine.region_children(0)
    assert len(provinces) == 31 and all(p.level == bangfu.RegionLevel.province for p in provinces)
    assert "甘洛县" in [c.name for c in engine.region_children(5134)]
    found = engine.find_regions("甘洛")
    assert [f.code for f in found][:1] == [513435000000]
    assert engine.find_regions("人民", within=513435, limit=3) == engine.find_regions("人民", 513435, 3)
    assert all(bangfu.region_contains(513435, f.code) for f in engine.find_regions("镇", within=513435))
    assert engine.region_count("province") == 31
    assert engine.region_count(bangfu.RegionLevel.city) == engine.region_count("市")
    assert engine.region_count() > 40000
    with pytest.raises(bangfu.InvalidArgument, match="name"):
        engine.find_regions("")
    with pytest.raises(bangfu.InvalidArgument, match="level"):
        engine.region_count("planet")


def test_record_to_dict_and_equality(engine):
    r = engine.region(513435)
    d = r.to_dict()
    assert d == {"code": 513435000000, "name": "甘洛县", "level": bangfu.RegionLevel.county,
                 "parent": 513400000000, "path": "四川省/凉山彝族自治州/甘洛县"}
    assert r._fields == ("code", "name", "level", "parent", "path")
    assert r != engine.region(513436)
    with pytest.raises(TypeError):
        hash(r)


# ---- units ----

def test_add_and_read_unit_with_every_field(engine):
    zju = engine.add_unit(SYSTEM, code="ZJU1", kind="support_hospital", name="浙大一院", region=330102)
    uid = engine.add_unit(SYSTEM, {"code": "ZJU1-XNK", "kind": bangfu.UnitKind.department, "name": "心血管内科",
                                   "region": "330102", "address": "庆春路79号", "grade": "三级甲等",
                                   "location": bangfu.GeoPoint(30.25, 120.17), "parent": zju})
    u = engine.unit(SYSTEM, uid)
    assert (u.id, u.code, u.kind, u.name, u.region, u.address, u.grade, u.parent) == (
        uid, "ZJU1-XNK", bangfu.UnitKind.department, "心血管内科", 330102000000, "庆春路79号", "三级甲等", zju)
    assert u.region_path == "浙江省/杭州市/上城区"
    assert u.location == bangfu.GeoPoint(30.25, 120.17)
    assert engine.unit_by_code(SYSTEM, "ZJU1-XNK") == u
    assert engine.unit_is_under(uid, zju) and not engine.unit_is_under(zju, uid)
    assert repr(u).startswith(f"Unit(id={uid}, code='ZJU1-XNK', kind=UnitKind.department, name='心血管内科'")


def test_location_forms(engine):
    a = engine.add_unit(SYSTEM, code="A", kind="受援医院", name="A", region=513435, latitude=28.96, longitude=102.77)
    b = engine.add_unit(SYSTEM, code="B", kind="受援医院", name="B", region=513435,
                        location={"latitude": 28.96, "longitude": 102.77})
    assert engine.unit(SYSTEM, a).location == engine.unit(SYSTEM, b).location == bangfu.GeoPoint(28.96, 102.77)
    assert engine.unit(SYSTEM, engine.add_unit(SYSTEM, code="C", kind="受援医院", name="C", region=513435)).location is None
    with pytest.raises(bangfu.InvalidArgument, match="latitude/longitude"):
        engine.add_unit(SYSTEM, code="D", kind="受援医院", name="D", region=513435, latitude=28.96)
    with pytest.raises(bangfu.InvalidArgument, match="location"):
        engine.add_unit(SYSTEM, code="D", kind="受援医院", name="D", region=513435, location="28.96,102.77")


def test_update_unit_from_the_record_plus_changes(programme):
    p = programme
    e = p.engine
    u = e.unit(SYSTEM, p.ganluo)
    e.update_unit(p.ganluo_county, u.id, u, name="甘洛县人民医院（新院区）", grade="二级甲等")
    after = e.unit(SYSTEM, p.ganluo)
    assert after.name == "甘洛县人民医院（新院区）" and after.grade == "二级甲等"
    assert after.code == u.code and after.region == u.region
    with pytest.raises(bangfu.PermissionDenied):
        e.update_unit(p.meigu_county, u.id, after, name="x")


def test_units_filter(programme):
    p = programme
    e = p.engine
    recipients = e.units(SYSTEM, kind="受援医院")
    assert sorted(u.code for u in recipients) == ["GL-RMYY", "MG-RMYY", "QC-RMYY"]
    assert [u.code for u in e.units(SYSTEM, {"region": 5134, "kind": "recipient_hospital"})] == ["GL-RMYY", "MG-RMYY"]
    assert sorted(u.id for u in e.units(SYSTEM, under=p.zju)) == sorted([p.zju, p.zju_cardiology])
    assert [u.name for u in e.units(SYSTEM, name_contains="华西")] == ["四川大学华西医院"]
    assert len(e.units(SYSTEM, limit=2)) == 2
    with pytest.raises(bangfu.InvalidArgument, match="limt"):
        e.units(SYSTEM, limt=2)


# ---- pairings ----

def test_pairings(programme):
    p = programme
    e = p.engine
    mine = e.pairings(SYSTEM, unit=p.zju)
    assert sorted(x.recipient_name for x in mine) == ["甘洛县人民医院", "美姑县人民医院"]
    first = mine[0]
    assert first.start == dt.date(2021, 1, 1) and first.end is None and first.active_on(dt.date(2030, 1, 1))
    e.end_pairing(p.sichuan, first.id, dt.date(2025, 12, 31))
    ended = [x for x in e.pairings(SYSTEM, unit=p.zju) if x.id == first.id][0]
    assert ended.end == dt.date(2025, 12, 31)
    assert ended.active_on("2025-12-31") and not ended.active_on(dt.date(2026, 1, 1))
    assert first.id not in [x.id for x in e.pairings(SYSTEM, active_on=dt.date(2026, 6, 1))]
    new = e.add_pairing(p.sichuan, {"support_unit": p.huaxi, "recipient_unit": p.ganluo,
                                    "start": dt.date(2026, 1, 1), "end": dt.date(2028, 12, 31)})
    assert new in [x.id for x in e.pairings(SYSTEM, unit=p.huaxi, active_on="2027-01-01")]
    with pytest.raises(bangfu.Conflict):
        e.add_pairing(SYSTEM, support_unit=p.huaxi, recipient_unit=p.ganluo, start=dt.date(2027, 1, 1))
    with pytest.raises(bangfu.InvalidArgument) as info:
        e.add_pairing(SYSTEM, support_unit=p.ganluo, recipient_unit=p.meigu, start=dt.date(2027, 1, 1))
    assert info.value.field == "support_unit"


# ---- staff and assignments ----

def test_staff_record(programme):
    p = programme
    s = p.engine.staff(p.zju_admin, p.doctor_a)
    assert (s.name, s.id_number, s.title, s.position, s.department, s.home_unit, s.home_unit_name) == (
        "陈青", p.doctor_a_id, bangfu.Title.associate_senior, "临床科室负责人", "心血管内科", p.zju_cardiology, "心血管内科")
    assert s.sex == bangfu.Sex.male and s.birth_date == dt.date(1980, 3, 12)
    assert p.doctor_a_id not in repr(s)  # masked in the repr
    assert bangfu.mask_id_number(p.doctor_a_id) in repr(s)
    assert p.engine.staff_by_id_number(p.zju_admin, p.doctor_a_id) == s
    assert p.engine.staff_by_id_number(p.zju_admin, make_id("330102", "19900101", 99)) is None


def test_add_staff_with_arrival_and_defaults(programme):
    p = programme
    e = p.engine
    sid = e.add_staff(p.ganluo_hospital, name="林木", id_number=make_id("330102", "19920202", 42), title="中级",
                      home_unit=p.zju, arrival={"recipient_unit": p.ganluo, "start": dt.date(2026, 11, 1)})
    s = e.staff(p.ganluo_hospital, sid)
    assert s.position == "其他" and s.title == bangfu.Title.intermediate and s.sex == bangfu.Sex.female
    [a] = e.assignments(p.ganluo_hospital, sid)
    assert a.staff == sid and a.recipient_unit == p.ganluo and a.start == dt.date(2026, 11, 1)
    assert a.active and a.ended is None and a.planned_end is None


def test_update_staff(programme):
    p = programme
    e = p.engine
    s = e.staff(p.zju_admin, p.doctor_b)
    e.update_staff(p.zju_admin, s.id, s, phone="0571-8723 6114", title=bangfu.Title.senior)
    after = e.staff(p.zju_admin, s.id)
    assert after.phone == "0571-8723 6114" and after.title == bangfu.Title.senior and after.name == s.name
    with pytest.raises(bangfu.InvalidArgument) as info:
        e.update_staff(p.zju_admin, s.id, after, phone="call me")
    assert info.value.field == "phone"
    with pytest.raises(bangfu.InvalidArgument) as info:
        e.update_staff(p.zju_admin, s.id, after, title="主治")
    assert info.value.field == "title"


def test_assignment_lifecycle(programme):
    p = programme
    e = p.engine
    a = e.assignment(p.ganluo_hospital, p.assignment_a)
    assert (a.staff_name, a.recipient_name, a.start, a.planned_end) == (
        "陈青", "甘洛县人民医院", dt.date(2026, 3, 1), dt.date(2027, 2, 28))
    with pytest.raises(bangfu.InvalidArgument, match="after today") as info:
        e.end_assignment(p.ganluo_hospital, a.id, end=dt.date(2026, 12, 1))
    assert info.value.field == "end"
    e.end_assignment(p.ganluo_hospital, a.id, {"end": dt.date(2026, 11, 20), "summary": "完成帮扶任务"},
                     evaluation="优秀")
    done = e.assignment(p.ganluo_hospital, a.id)
    assert not done.active
    assert done.ended == e.assignment(SYSTEM, a.id).ended
    assert (done.ended.end, done.ended.summary, done.ended.evaluation) == (dt.date(2026, 11, 20), "完成帮扶任务", "优秀")
    again = e.start_assignment(p.zju_admin, staff=p.doctor_a, recipient_unit=p.meigu, start=dt.date(2026, 11, 21))
    assert [x.id for x in e.assignments(p.zju_admin, p.doctor_a)] == [a.id, again]
    with pytest.raises(bangfu.Conflict) as info:
        e.start_assignment(p.zju_admin, staff=p.doctor_a, recipient_unit=p.ganluo, start=dt.date(2026, 11, 22))
    assert info.value.field == "staff"
    with pytest.raises(bangfu.InvalidArgument, match="staff: required"):
        e.start_assignment(p.zju_admin, recipient_unit=p.ganluo, start=dt.date(2026, 11, 22))


def test_staff_outside_reach(programme):
    p = programme
    with pytest.raises(bangfu.PermissionDenied):
        p.engine.staff(p.meigu_county, p.doctor_a)
    with pytest.raises(bangfu.PermissionDenied):
        p.engine.assignments(p.huaxi_admin, p.doctor_a)


def test_numpy_integers_are_accepted(programme):
    np = pytest.importorskip("numpy")
    p = programme
    assert p.engine.unit(np.int64(SYSTEM), np.int64(p.ganluo)).code == "GL-RMYY"
    assert p.engine.region(np.int32(513435)).name == "甘洛县"
