"""Fixtures: an in-memory engine with a fixed clock and a small programme (the same one as the
C++ tests' make_programme in tests/test_support.cpp)."""

import datetime as dt
import os
import types

import pytest

import bangfu

# 2026-11-23 12:00 UTC (20:00 in Beijing).
NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.timezone.utc)
SYSTEM = bangfu.SYSTEM_ACTOR
SOURCE_DIR = os.environ.get("BANGFU_SOURCE_DIR") or os.path.abspath(
    os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def make_id(address6: str, birth8: str, seq: int) -> str:
    """A valid ID number for a birth date and sequence number (check character computed)."""
    first17 = f"{address6}{birth8}{seq:03d}"
    return first17 + bangfu.id_number_check_char(first17)


@pytest.fixture
def engine():
    e = bangfu.Engine.open(":memory:", clock=NOW)
    yield e
    e.close()


@pytest.fixture
def programme(engine):
    """Units in 浙江 (support) and 四川 (recipient), pairings, accounts for each role, and three
    dispatched doctors. Returns a namespace of the ids, with .engine."""
    e = engine
    p = types.SimpleNamespace(engine=e)

    def unit(code, kind, name, region, parent=None):
        return e.add_unit(SYSTEM, code=code, kind=kind, name=name, region=region, parent=parent)

    p.zju = unit("ZJU1", "support_hospital", "浙江大学医学院附属第一医院", 330102)
    p.zju_cardiology = unit("ZJU1-XNK", "科室", "心血管内科", 330102, p.zju)
    p.huaxi = unit("WCH", bangfu.UnitKind.support_hospital, "四川大学华西医院", 510107)
    p.ganluo = unit("GL-RMYY", "受援医院", "甘洛县人民医院", 513435)
    p.meigu = unit("MG-RMYY", "recipient_hospital", "美姑县人民医院", 513436)
    p.qingchuan = unit("QC-RMYY", "受援医院", "青川县人民医院", 510822)
    start = dt.date(2021, 1, 1)
    e.add_pairing(SYSTEM, support_unit=p.zju, recipient_unit=p.ganluo, start=start)
    e.add_pairing(SYSTEM, support_unit=p.zju, recipient_unit=p.meigu, start=start)
    e.add_pairing(SYSTEM, support_unit=p.huaxi, recipient_unit=p.qingchuan, start=start)

    def account(by, login, role, **scope):
        return e.create_account(by, name=login, login=login, roles=[role], **scope)

    p.national = account(SYSTEM, "national", "national_admin", scope_region=0)
    p.sichuan = account(p.national, "sichuan", "recipient_province_admin", scope_region=51)
    p.liangshan = account(p.sichuan, "liangshan", "受援地市管理员", scope_region=5134)
    p.ganluo_county = account(p.liangshan, "ganluo-county", "recipient_county_admin", scope_region=513435)
    p.meigu_county = account(p.liangshan, "meigu-county", "recipient_county_admin", scope_region=513436)
    p.ganluo_hospital = account(p.ganluo_county, "ganluo-hospital", "recipient_hospital_admin", scope_unit=p.ganluo)
    p.zhejiang = account(p.national, "zhejiang", bangfu.Role.support_province_admin, scope_region=33)
    p.zju_admin = account(p.zhejiang, "zju-admin", "support_hospital_admin", scope_unit=p.zju)
    p.huaxi_admin = account(p.national, "huaxi-admin", "support_hospital_admin", scope_unit=p.huaxi)

    def staff(name, id_number, home):
        return dict(name=name, id_number=id_number, title="副高", position="临床科室负责人",
                    department="心血管内科", home_unit=home)

    p.doctor_a_id = make_id("330102", "19800312", 11)
    p.doctor_a = e.add_staff(p.zju_admin, staff("陈青", p.doctor_a_id, p.zju_cardiology))
    p.doctor_b = e.add_staff(p.zju_admin, staff("宋希", make_id("330106", "19850704", 22), p.zju))
    p.doctor_c = e.add_staff(p.huaxi_admin, staff("何秦", make_id("510107", "19790101", 33), p.huaxi))
    p.assignment_a = e.start_assignment(p.zju_admin, staff=p.doctor_a, recipient_unit=p.ganluo,
                                        start=dt.date(2026, 3, 1), planned_end=dt.date(2027, 2, 28))
    p.assignment_b = e.start_assignment(p.zju_admin, staff=p.doctor_b, recipient_unit=p.meigu,
                                        start=dt.date(2026, 6, 1))
    p.assignment_c = e.start_assignment(p.huaxi_admin, dict(staff=p.doctor_c, recipient_unit=p.qingchuan,
                                                            start="2026-01-10", planned_end="2026-12-31"))
    return p


# 甘洛县人民医院's location (approximate), a point ~120 m away and one ~2.4 km away.
GANLUO = (28.9586, 102.7713)
NEARBY = (28.9595, 102.7720)
FAR = (28.9800, 102.7713)


@pytest.fixture
def attendance(programme):
    """The programme plus support-staff accounts for the three doctors (the same as the C++
    attendance tests) and 甘洛县人民医院's location, so that punches meet a geofence."""
    p, e = programme, programme.engine

    def staff_account(by, login, staff, home):
        return e.create_account(by, name=login, login=login, roles=["support_staff"], scope_unit=home, staff=staff)

    p.doctor_a_account = staff_account(p.zju_admin, "doctor-a", p.doctor_a, p.zju_cardiology)
    p.doctor_b_account = staff_account(p.zju_admin, "doctor-b", p.doctor_b, p.zju)
    p.doctor_c_account = staff_account(p.huaxi_admin, "doctor-c", p.doctor_c, p.huaxi)
    e.update_unit(SYSTEM, p.ganluo, e.unit(SYSTEM, p.ganluo), location=GANLUO)
    return p
