"""Reports (数据上报) through the Python bindings: periods, the shipped templates, a monthly
draft pre-filled from attendance, values checked by field, submission judged in Beijing time,
review by the province, 填报情况, 汇总表 with pandas and exports, province packages that lock,
and a host adding a field (a new template version)."""

import csv
import datetime as dt
import decimal

import pytest

import bangfu
from conftest import NOW, SYSTEM

CST = dt.timezone(dt.timedelta(hours=8))
OCT = "2026-10"
SICHUAN = 51


class Clock:
    """The engine's clock, moved by the tests (starts at conftest's NOW)."""

    def __init__(self):
        self.now = NOW

    def __call__(self):
        return self.now

    def set_cst(self, day, time):
        self.now = dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=CST)


@pytest.fixture
def clock():
    return Clock()


# Overrides conftest's engine: `programme` then builds on this one, with a clock tests move.
@pytest.fixture
def engine(clock):
    e = bangfu.Engine.open(":memory:", clock=clock)
    yield e
    e.close()


def workload(outpatients=100, operations=10, grade34=4):
    return {"outpatient_visits": outpatients, "inpatients": 30, "operations": operations,
            "grade34_operations": grade34}


def file(p, clock, by, unit, staff, day="2026-11-10", time="09:00", values=None):
    """Opens, fills and submits a staff member's October report at a Beijing time."""
    e = p.engine
    r = e.open_report(by, "monthly_workload", OCT, unit, staff=staff)
    e.save_report(by, r.id, values or workload())
    clock.set_cst(day, time)
    return e.submit_report(by, r.id)


# ---- enums and periods ----

def test_enums_have_labels():
    assert bangfu.ReportState.submitted.label == "待审核"
    assert bangfu.ReportState.locked.label == "已上报"
    assert bangfu.ReportState.returned.filed and not bangfu.ReportState.draft.filed
    assert bangfu.PackageState.reopened.label == "已解锁"
    assert bangfu.FieldType.decimal.label == "小数" and bangfu.FieldType.decimal.numeric
    assert not bangfu.FieldType.text.numeric
    assert bangfu.FieldAggregate.average.label == "平均"
    assert bangfu.ReportSubject.hospital.label == "受援医院"
    assert bangfu.PeriodType.year.label == "年度"
    assert bangfu.ReportGrouping.province.label == "省份"


def test_periods_are_values():
    oct_ = bangfu.Period.month(2026, 10)
    assert oct_ == bangfu.Period.parse("2026-10") == bangfu.Period("2026-10") == bangfu.Period("202610")
    assert (oct_.first, oct_.last) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert (oct_.text, oct_.label, str(oct_), repr(oct_)) == ("2026-10", "2026年10月", "2026-10", "Period('2026-10')")
    assert oct_.type == bangfu.PeriodType.month
    assert oct_.next() == bangfu.Period.month(2026, 11)
    year = bangfu.Period.year(2026)
    assert year == bangfu.Period("2026") and year.label == "2026年度" and year.last == dt.date(2026, 12, 31)
    assert len({oct_, bangfu.Period("2026-10"), year}) == 2
    assert oct_ < oct_.next() and oct_ != year and oct_ != "2026-10"
    assert bangfu.periods_between("2026-11", "2027-02")[-1] == bangfu.Period.month(2027, 2)
    assert len(bangfu.periods_between("2026-01", "2026-12")) == 12
    with pytest.raises(bangfu.InvalidArgument) as err:
        bangfu.Period.month(2026, 13)
    assert err.value.field == "month"
    with pytest.raises(bangfu.InvalidArgument) as err:
        bangfu.Period("October")
    assert err.value.field == "period"
    with pytest.raises(bangfu.InvalidArgument):
        bangfu.Period(202610)
    assert "attendance.required_days" in bangfu.report_sources()


# ---- templates ----

def test_shipped_templates(engine):
    e = engine
    templates = e.report_templates()
    assert [t.key for t in templates] == ["annual_effectiveness", "monthly_workload"]
    monthly = e.report_template("monthly_workload")
    assert monthly == templates[1]
    assert (monthly.title, monthly.version, monthly.shipped) == ("支援人员工作量月报", 1, True)
    assert monthly.subject == bangfu.ReportSubject.staff and monthly.period_type == bangfu.PeriodType.month
    assert monthly.deadline == bangfu.DeadlineRule(months_after=1, day=15)
    assert monthly.deadline.deadline(OCT) == dt.date(2026, 11, 15)
    required = [f.key for f in monthly.fields if f.required]
    assert required == ["required_days", "attended_days", "outpatient_visits", "inpatients", "operations"]
    grade34 = monthly.field("grade34_operations")
    assert grade34.part_of == "operations" and grade34.type == bangfu.FieldType.integer
    assert monthly.field("required_days").source == "attendance.required_days"
    assert monthly.field("nonesuch") is None
    annual = e.report_template("annual_effectiveness", version=1)
    assert annual.deadline.to_dict() == {"months_after": 11, "day": 5}
    assert annual.field("county_retention_rate").aggregate == bangfu.FieldAggregate.average
    with pytest.raises(bangfu.NotFound):
        e.report_template("weekly")
    with pytest.raises(bangfu.NotFound):
        e.report_template("monthly_workload", version=9)


def test_add_report_field_bumps_the_version(programme, clock):
    p, e = programme, programme.engine
    old = file(p, clock, p.ganluo_hospital, p.ganluo, p.doctor_a)
    field = bangfu.ReportField(key="remote_consultations", label="远程会诊次数", unit="次", max=200)
    assert field.max == "200" and field.type == bangfu.FieldType.integer
    with pytest.raises(bangfu.PermissionDenied):
        e.add_report_field(p.sichuan, "monthly_workload", field)
    t = e.add_report_field(p.national, "monthly_workload", field)
    assert t.version == 2 and t.field("remote_consultations") == field
    assert e.report_template("monthly_workload").version == 2
    assert e.report_template("monthly_workload", 1).field("remote_consultations") is None
    # Old reports keep their version; new ones take the latest.
    assert e.report(p.national, old.id).template_version == 1
    fresh = e.open_report(p.national, "monthly_workload", OCT, p.meigu, staff=p.doctor_b)
    assert fresh.template_version == 2
    assert e.save_report(p.national, fresh.id, {"remote_consultations": 3}).values["remote_consultations"] == 3
    # A dict works as well; a text field is not summed.
    t = e.add_report_field(SYSTEM, t, dict(key="remarks", label="备注", type="文本", max=200))
    assert t.version == 3 and t.field("remarks").aggregate == bangfu.FieldAggregate.none
    # Removing a field is refused, naming it.
    smaller = t.to_dict()
    smaller["fields"] = smaller["fields"][:-2]
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.put_report_template(p.national, smaller)
    assert "remote_consultations" in err.value.field
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.add_report_field(p.national, "monthly_workload", dict(key="x", label="X", type="percent"))
    assert err.value.field == "field.type"


def test_host_builds_a_template(programme):
    p, e = programme, programme.engine
    t = bangfu.ReportTemplate(
        key="monthly_training", title="带教培训月报", subject="支援人员", period_type="month",
        deadline=dict(months_after=1, day=10),
        fields=[bangfu.ReportField(key="sessions", label="培训场次", unit="场", required=True, max=100),
                dict(key="hours", label="培训学时", type="decimal", scale=1, max=decimal.Decimal("200.0"),
                     aggregate="average"),
                dict(key="level", label="培训层级", type="choice", choices=["院级", "科级"])])
    stored = e.put_report_template(p.national, t)
    assert (stored.version, stored.shipped) == (1, False)
    assert stored.fields[1].max == "200.0" and stored.fields[2].choices == ["院级", "科级"]
    assert bangfu.ReportTemplate(**stored.to_dict()) == stored
    r = e.open_report(p.ganluo_hospital, stored, "2026-11", p.ganluo, staff=p.doctor_a)
    assert r.deadline == dt.date(2026, 12, 10)
    r = e.save_report(p.ganluo_hospital, r.id, {"sessions": 4, "hours": 12.5, "level": "院级"})
    assert r.values == {"sessions": 4, "hours": "12.5", "level": "院级"}
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.save_report(p.ganluo_hospital, r.id, {"level": "省级"})
    assert err.value.field == "level" and "院级" in str(err.value)
    with pytest.raises(bangfu.InvalidArgument) as err:
        bangfu.ReportTemplate(key="x", fields=[dict(key="a", colour="red")])
    assert err.value.field == "colour"
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.put_report_template(p.national, bangfu.ReportTemplate(key="empty", title="空", fields=[]))
    assert err.value.field == "fields"


# ---- filling ----

def test_monthly_draft_is_prefilled(programme):
    p, e = programme, programme.engine
    r = e.open_report(p.ganluo_hospital, "monthly_workload", OCT, p.ganluo, staff=p.doctor_a)
    assert isinstance(r, bangfu.Report)
    assert (r.state, r.period, r.deadline) == (bangfu.ReportState.draft, bangfu.Period.month(2026, 10),
                                               dt.date(2026, 11, 15))
    assert r.values["required_days"] == 18  # October 2026: 18 workdays
    assert r.values["attended_days"] == 0   # no punches
    assert (r.staff, r.staff_name, r.unit_name, r.template_version) == (p.doctor_a, "陈青", "甘洛县人民医院", 1)
    assert r.first_submitted_at is None and r.package is None and not r.late
    assert r.created_at.tzinfo is not None
    assert "Report(id=" in repr(r) and "Period('2026-10')" in repr(r)
    # Opening again gives the same report, whichever way the period is written.
    again = e.open_report(p.ganluo_hospital, "monthly_workload", bangfu.Period.month(2026, 10), p.ganluo, p.doctor_a)
    assert again.id == r.id
    assert e.report(p.ganluo_hospital, r.id) == again


def test_opening_checks_the_key(programme):
    p, e = programme, programme.engine
    with pytest.raises(bangfu.InvalidState) as err:  # December has not begun (today is 2026-11-23)
        e.open_report(p.ganluo_hospital, "monthly_workload", "2026-12", p.ganluo, staff=p.doctor_a)
    assert err.value.field == "period"
    with pytest.raises(bangfu.InvalidArgument) as err:  # a monthly template, a year period
        e.open_report(p.ganluo_hospital, "monthly_workload", "2026", p.ganluo, staff=p.doctor_a)
    assert err.value.field == "period"
    with pytest.raises(bangfu.PermissionDenied):  # another hospital
        e.open_report(p.ganluo_hospital, "monthly_workload", OCT, p.meigu, staff=p.doctor_b)
    with pytest.raises(bangfu.PermissionDenied):  # the support side does not file
        e.open_report(p.zju_admin, "monthly_workload", OCT, p.ganluo, staff=p.doctor_a)
    with pytest.raises(bangfu.InvalidState):  # not on assignment there
        e.open_report(p.ganluo_hospital, "monthly_workload", OCT, p.ganluo, staff=p.doctor_b)
    with pytest.raises(bangfu.NotFound):
        e.open_report(p.ganluo_hospital, "weekly", OCT, p.ganluo, staff=p.doctor_a)
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.open_report(p.ganluo_hospital, "monthly_workload", 202610, p.ganluo, staff=p.doctor_a)
    assert err.value.field == "period"


def test_values_are_checked_by_field(programme):
    p, e = programme, programme.engine
    r = e.open_report(p.ganluo_hospital, "monthly_workload", OCT, p.ganluo, staff=p.doctor_a)
    # 其中: grade III/IV operations may not exceed operations.
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.save_report(p.ganluo_hospital, r.id, workload(operations=10, grade34=12))
    assert isinstance(err.value, ValueError)
    assert err.value.field == "grade34_operations" and err.value.value == "12"
    assert "grade34_operations" in str(err.value) and "其中三四级手术台次" in str(err.value)
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.save_report(p.ganluo_hospital, r.id, {"outpatient_visits": "many"})
    assert err.value.field == "outpatient_visits"
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.save_report(p.ganluo_hospital, r.id, {"outpatient_visits": 50000})  # above the maximum
    assert err.value.field == "outpatient_visits" and "5000" in str(err.value)
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.save_report(p.ganluo_hospital, r.id, {"bogus": 1})
    assert err.value.field == "bogus"
    # A float only for a decimal field; bools are not numbers here.
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.save_report(p.ganluo_hospital, r.id, {"operations": 3.0})
    assert err.value.field == "operations" and "手术台次" in str(err.value)
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.save_report(p.ganluo_hospital, r.id, {"operations": True})
    assert err.value.field == "operations"
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.save_report(p.ganluo_hospital, r.id, {"leave_days": 0.25})  # one decimal place
    assert err.value.field == "leave_days"
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.save_report(p.ganluo_hospital, r.id, {"leave_days": float("nan")})
    assert err.value.field == "leave_days"
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.save_report(p.ganluo_hospital, r.id, [("operations", 3)])
    assert err.value.field == "values"
    # Nothing was written by the failed saves.
    assert "outpatient_visits" not in e.report(p.ganluo_hospital, r.id).values
    # ints, digit strings, decimal text, Decimal and floats (decimal fields) are accepted.
    r = e.save_report(p.ganluo_hospital, r.id, dict(workload(), lectures="2", leave_days=1.5,
                                                    summary="  带教查房 4 次  "))
    assert r.values["lectures"] == 2 and r.values["leave_days"] == "1.5"
    assert r.values["summary"] == "带教查房 4 次"
    assert e.save_report(p.ganluo_hospital, r.id, {"leave_days": decimal.Decimal("0.5")}).values["leave_days"] == "0.5"
    # None clears a value.
    r = e.save_report(p.ganluo_hospital, r.id, {"lectures": None, "leave_days": None})
    assert "lectures" not in r.values and "leave_days" not in r.values
    # A draft may lack required fields, but cannot be submitted without them.
    r = e.save_report(p.ganluo_hospital, r.id, {"operations": None, "grade34_operations": None})
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.submit_report(p.ganluo_hospital, r.id)
    assert err.value.field == "operations"
    assert e.report(p.ganluo_hospital, r.id).state == bangfu.ReportState.draft


# ---- submission and review ----

def test_submit_on_time_and_late_and_the_province_approves(programme, clock):
    p, e = programme, programme.engine
    a = file(p, clock, p.ganluo_hospital, p.ganluo, p.doctor_a, "2026-11-15", "23:59")
    assert (a.state, a.late) == (bangfu.ReportState.submitted, False)
    assert a.first_submitted_at == dt.datetime(2026, 11, 15, 15, 59, tzinfo=dt.timezone.utc)
    assert a.awaiting == [p.sichuan]  # 受援省份审核
    assert isinstance(a.review, bangfu.RequestProgress)
    assert a.review.state == bangfu.RequestState.pending and len(a.review.steps) == 1
    b = file(p, clock, p.national, p.meigu, p.doctor_b, "2026-11-16", "00:00")
    assert b.late
    assert {r.id for r in e.reports(p.sichuan, awaiting_me=True)} == {a.id, b.id}
    assert e.reports(p.liangshan, awaiting_me=True) == []
    # Saving while under review is refused; a return needs a reason; only the reviewer decides.
    with pytest.raises(bangfu.InvalidState):
        e.save_report(p.ganluo_hospital, a.id, {"inpatients": 31})
    with pytest.raises(bangfu.InvalidArgument):
        e.act_on_report(p.sichuan, a.id, "reject")
    with pytest.raises(bangfu.PermissionDenied):
        e.act_on_report(p.liangshan, a.id, "approve")
    r = e.act_on_report(p.sichuan, a.id, "拒绝", reason="门急诊人次与HIS不符")
    assert (r.state, r.return_reason) == (bangfu.ReportState.returned, "门急诊人次与HIS不符")
    # Corrected after the deadline: still on time, judged by the first submission.
    clock.set_cst("2026-11-20", "10:00")
    e.save_report(p.ganluo_hospital, a.id, {"outpatient_visits": 140})
    r = e.submit_report(p.ganluo_hospital, a.id)
    assert (r.state, r.late) == (bangfu.ReportState.submitted, False)
    r = e.act_on_report(p.sichuan, a.id, bangfu.RequestAction.approve)
    assert r.state == bangfu.ReportState.accepted and r.values["outpatient_visits"] == 140
    assert r.decided_at is not None
    assert [x.id for x in e.reports(p.national, state="已通过")] == [a.id]
    assert [x.id for x in e.reports(p.national, template="monthly_workload", period=OCT, unit=p.meigu)] == [b.id]
    assert [x.id for x in e.reports(p.zju_admin, support_unit=p.zju, staff=p.doctor_a)] == [a.id]
    assert e.reports(p.national, region=510822) == []
    # Withdrawn by the filer while under review: back to draft.
    assert e.act_on_report(p.national, b.id, "withdraw").state == bangfu.ReportState.draft


def test_only_the_system_actor_gives_a_submission_time(programme, clock):
    p, e = programme, programme.engine
    r = e.open_report(p.ganluo_hospital, "monthly_workload", OCT, p.ganluo, staff=p.doctor_a)
    e.save_report(p.ganluo_hospital, r.id, workload())
    with pytest.raises(bangfu.PermissionDenied) as err:
        e.submit_report(p.ganluo_hospital, r.id, at=dt.datetime(2026, 11, 14, 9, 0))
    assert err.value.field == "at"
    r = e.submit_report(SYSTEM, r.id, at=dt.datetime(2026, 11, 14, 9, 0))  # naive = Beijing time
    assert r.first_submitted_at == dt.datetime(2026, 11, 14, 1, 0, tzinfo=dt.timezone.utc)
    assert not r.late


# ---- 填报情况 ----

def test_completeness_counts(programme, clock, tmp_path):
    p, e = programme, programme.engine
    file(p, clock, p.ganluo_hospital, p.ganluo, p.doctor_a, "2026-11-14", "09:00")  # on time
    file(p, clock, p.national, p.meigu, p.doctor_b, "2026-11-17", "09:00")          # late
    e.open_report(p.national, "monthly_workload", OCT, p.qingchuan, staff=p.doctor_c)  # a draft is missing
    c = e.report_completeness(p.sichuan, "monthly_workload", OCT, region=SICHUAN)
    assert isinstance(c, bangfu.Completeness)
    assert (c.period, c.deadline, c.region_name) == (bangfu.Period("2026-10"), dt.date(2026, 11, 15), "四川省")
    t = c.total
    assert (t.expected, t.on_time, t.late, t.missing, t.units_expected, t.units_complete) == (3, 1, 1, 1, 3, 2)
    assert [row.name for row in c.rows] == ["四川省/广元市", "四川省/凉山彝族自治州"]
    assert c.rows[1].counts.expected == 2 and c.rows[1].unit is None
    [m] = c.missing_units
    assert (m.unit_name, m.missing_staff, m.expected, m.missing) == ("青川县人民医院", ["何秦"], 1, 1)
    # A county's rows are its hospitals.
    county = e.report_completeness(p.ganluo_county, "monthly_workload", OCT, 513435)
    assert [row.unit for row in county.rows] == [p.ganluo]
    with pytest.raises(bangfu.PermissionDenied):
        e.report_completeness(p.liangshan, "monthly_workload", OCT, SICHUAN)
    # As tables (with 合计) and exports.
    table = e.report_completeness_table(p.sichuan, "monthly_workload", OCT, SICHUAN)
    assert table.labels["filed_rate"] == "上报率"
    assert table[-1]["name"] == "合计" and table[-1]["filed_rate"] == "66.7%"
    assert table[-1]["expected"] == sum(row["expected"] for row in table[:-1])
    frame = table.to_pandas()
    assert str(frame["missing"].dtype) == "int64"
    missing = e.report_missing_table(p.sichuan, "monthly_workload", OCT, SICHUAN)
    assert [(row["unit_name"], row["missing_staff"]) for row in missing] == [("青川县人民医院", "何秦")]
    path = tmp_path / "填报情况.csv"
    e.export_report_completeness(p.sichuan, "monthly_workload", OCT, "csv", path, region=SICHUAN)
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "地区/单位" and "上报率" in rows[0]
    assert rows[-1][0] == "合计" and len(rows) == 4
    e.export_report_missing(p.sichuan, "monthly_workload", OCT, None, tmp_path / "催报.xlsx", region=SICHUAN)
    assert (tmp_path / "催报.xlsx").read_bytes()[:2] == b"PK"
    # Nationwide by default; the annual template expects each paired hospital once.
    annual = e.report_completeness(p.national, "annual_effectiveness", "2026")
    assert (annual.total.expected, annual.total.missing) == (3, 3)


# ---- 汇总表 ----

def test_summary_table_sums_with_a_total_row(programme, clock, tmp_path):
    pd = pytest.importorskip("pandas")
    p, e = programme, programme.engine
    file(p, clock, p.ganluo_hospital, p.ganluo, p.doctor_a, values=workload(100))
    file(p, clock, p.national, p.meigu, p.doctor_b, values=dict(workload(50), leave_days="1.5"))
    file(p, clock, p.national, p.qingchuan, p.doctor_c, values=workload(7))
    t = e.report_summary(p.national, "monthly_workload", OCT)
    assert isinstance(t, bangfu.Table) and len(t) == 4
    assert t.labels["outpatient_visits"].startswith("门急诊人次")
    frame = t.to_pandas()
    assert isinstance(frame, pd.DataFrame)
    total = frame[frame["region_path"] == "合计"]
    assert len(total) == 1
    detail = frame[frame["region_path"] != "合计"]
    assert int(total["outpatient_visits"].iloc[0]) == detail["outpatient_visits"].sum() == 157
    assert total["leave_days"].iloc[0] == decimal.Decimal("1.5")
    assert "门急诊人次" in "".join(t.to_pandas(labels=True).columns)
    # Grouped by province: 四川省 and 合计; labels are accepted for the grouping.
    by_province = e.report_summary(p.national, "monthly_workload", OCT, OCT, group_by="省份")
    assert [row["region_path"] for row in by_province] == ["四川省", "合计"]
    assert (by_province[0]["report_count"], by_province[0]["outpatient_visits"]) == (3, 157)
    # The support hospital sees its own staff.
    zju = e.report_summary(p.zju_admin, "monthly_workload", OCT, group_by=bangfu.ReportGrouping.province)
    assert zju[0]["outpatient_visits"] == 150
    assert e.report_summary(p.national, "monthly_workload", OCT, accepted_only=True)[-1]["outpatient_visits"] is None
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.report_summary(p.national, "monthly_workload", OCT, group_by="town")
    assert err.value.field == "group_by"
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.report_summary(p.national, "monthly_workload", "2026")
    assert err.value.field == "first"
    path = tmp_path / "汇总表.csv"
    e.export_report_summary(p.national, "monthly_workload", OCT, "csv", path, group_by="city")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["地区", "报表份数"]
    assert [r[0] for r in rows[1:]] == ["四川省/广元市", "四川省/凉山彝族自治州", "合计"]


# ---- packages and locks ----

def test_a_package_locks_its_reports(programme, clock):
    p, e = programme, programme.engine
    a = file(p, clock, p.ganluo_hospital, p.ganluo, p.doctor_a)
    b = file(p, clock, p.national, p.meigu, p.doctor_b)
    e.act_on_report(p.sichuan, a.id, "approve")
    with pytest.raises(bangfu.InvalidState) as err:  # not every report is accepted yet
        e.submit_report_package(p.sichuan, "monthly_workload", OCT, SICHUAN)
    assert "2 of 3" in str(err.value)
    e.act_on_report(p.sichuan, b.id, "approve")
    c = file(p, clock, p.national, p.qingchuan, p.doctor_c)
    e.act_on_report(p.sichuan, c.id, "approve")
    with pytest.raises(bangfu.PermissionDenied):
        e.submit_report_package(p.liangshan, "monthly_workload", OCT, SICHUAN)
    pkg = e.submit_report_package(p.sichuan, "monthly_workload", OCT, SICHUAN)
    assert isinstance(pkg, bangfu.ReportPackage)
    assert (pkg.report_count, pkg.state, pkg.province_name, pkg.period) == (
        3, bangfu.PackageState.submitted, "四川省", bangfu.Period(OCT))
    locked = e.report(p.ganluo_hospital, a.id)
    assert locked.state == bangfu.ReportState.locked and locked.package == pkg.id
    with pytest.raises(bangfu.Locked):
        e.save_report(p.ganluo_hospital, a.id, workload(1))
    with pytest.raises(bangfu.Locked):
        e.act_on_report(p.sichuan, a.id, "revoke", "改")
    with pytest.raises(bangfu.PermissionDenied):
        e.unlock_report(p.sichuan, a.id, "改")
    with pytest.raises(bangfu.Conflict):
        e.submit_report_package(p.sichuan, "monthly_workload", OCT, SICHUAN)
    # The national level unlocks; the province package is reopened.
    u = e.unlock_report(p.national, a.id, "数据核对")
    assert u.state == bangfu.ReportState.returned and u.return_reason == "数据核对"
    [reopened] = e.report_packages(p.sichuan, template="monthly_workload", period=OCT)
    assert reopened.state == bangfu.PackageState.reopened
    assert e.report_packages(p.sichuan, period="2026-09") == []
    e.save_report(p.ganluo_hospital, a.id, workload(99))
    e.submit_report(p.ganluo_hospital, a.id)
    e.act_on_report(p.sichuan, a.id, "approve")
    assert e.submit_report_package(p.sichuan, "monthly_workload", OCT, SICHUAN).state == bangfu.PackageState.submitted
