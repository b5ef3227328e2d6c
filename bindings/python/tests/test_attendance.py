"""Attendance (考勤) and approvals (审批) through the Python bindings, on the real 2026
calendar: required days, punches and the geofence policy, make-up and leave requests through
the workflow, the monthly statistics as a Table and their export, errors and permissions."""

import csv
import datetime as dt

import pytest

import bangfu
from conftest import FAR, GANLUO, NEARBY, NOW, SYSTEM

CST = dt.timezone(dt.timedelta(hours=8))


def day(p, staff, date):
    return p.engine.attendance_days(p.national, staff, date, date)[0]


def punch(p, staff, when, where=GANLUO):
    lat, lon = where if where else (None, None)
    return p.engine.record_punch(SYSTEM, staff, when, latitude=lat, longitude=lon, source="test")


def set_policy(p, policy):
    e = p.engine
    rule = bangfu.AttendanceRule(field_policy=policy, grace=5)
    groups = e.attendance_groups(p.ganluo_hospital, p.ganluo)
    if groups:
        e.update_attendance_group(p.ganluo_hospital, groups[0].id, p.ganluo, "默认考勤组", rule)
    else:
        e.add_attendance_group(p.ganluo_hospital, p.ganluo, "默认考勤组", rule)


def makeup(p, date, reason="忘记打卡"):
    return p.engine.submit_makeup(p.doctor_a_account, date, "08:00", reason=reason)


# ---- enums ----

def test_enums_have_labels_and_accept_keys_and_labels(attendance):
    assert bangfu.DayStatus.made_up.label == "已补卡"
    assert bangfu.LeaveType.annual.label == "年假"
    assert bangfu.FieldPolicy.flag.label == "允许并标记"
    assert bangfu.RequestState.withdrawn.label == "已撤回"
    assert bangfu.HalfDay.pm.label == "下午"
    assert bangfu.PunchCheck.field_pending.counts is False
    assert bangfu.RequestState.approved.live
    for policy in ("require_approval", bangfu.FieldPolicy.require_approval, "需审批"):
        assert bangfu.AttendanceRule(field_policy=policy).field_policy == bangfu.FieldPolicy.require_approval
    with pytest.raises(bangfu.InvalidArgument) as err:
        bangfu.AttendanceRule(field_policy="sometimes")
    assert err.value.field == "field_policy"
    with pytest.raises(bangfu.InvalidArgument):
        bangfu.AttendanceRule(on_duty="25:00")
    with pytest.raises(bangfu.InvalidArgument):
        bangfu.AttendanceRule(shift="night")


def test_rule_round_trips_through_a_group(attendance):
    p, e = attendance, attendance.engine
    rule = bangfu.AttendanceRule(name="内科", on_duty="08:30", grace=5, radius_m=500, field_policy="flag",
                                 makeup=bangfu.MakeupRule(per_cycle=5, look_back="工作日"))
    gid = e.add_attendance_group(p.ganluo_hospital, p.ganluo, "内科支援组", rule, members=[p.doctor_a])
    [g] = e.attendance_groups(p.ganluo_hospital, p.ganluo)
    assert (g.id, g.name, g.members, g.unit_name) == (gid, "内科支援组", [p.doctor_a], "甘洛县人民医院")
    assert g.rule == rule
    assert g.rule.makeup.look_back == bangfu.LookBack.workdays
    current = e.attendance_rule(p.national, p.doctor_a, "2026-11-02")
    assert (current.on_duty, current.grace, current.makeup.per_cycle) == ("08:30", 5, 5)
    # A dict and a rule record with changes are both accepted.
    e.update_attendance_group(p.ganluo_hospital, gid, p.ganluo, "内科支援组", dict(g.rule.to_dict(), grace=10))
    assert e.attendance_groups(p.ganluo_hospital, p.ganluo)[0].rule.grace == 10
    e.remove_attendance_group(p.ganluo_hospital, gid)
    assert e.attendance_groups(p.ganluo_hospital, p.ganluo) == []
    assert e.attendance_rule(p.national, p.doctor_a, "2026-11-02") == bangfu.AttendanceRule()


# ---- the calendar decides what is required ----

def test_october_2026_requires_18_days(attendance):
    p, e = attendance, attendance.engine
    # doctor_c is assigned to 青川 from 2026-01-10 to 2026-12-31.
    [row] = e.attendance_month_records(p.national, 2026, 10, staff=p.doctor_c)
    assert isinstance(row, bangfu.MonthAttendance)
    assert row.totals.required_days == 18
    assert row.totals.on_duty_missing == 18
    assert row.totals.leave_days["annual"] == 0.0
    table = e.attendance_month(p.national, 2026, 10, staff=p.doctor_c)
    assert isinstance(table, bangfu.Table)
    assert table[0]["required_days"] == 18
    assert table.labels["required_days"] == "应出勤天数"


def test_saturday_adjusted_workdays_are_required(attendance):
    p = attendance
    for sat in (dt.date(2026, 2, 14), "2026-10-10"):
        r = day(p, p.doctor_c, sat)
        assert r.required, sat
        assert r.status == bangfu.DayStatus.missing
    holiday = day(p, p.doctor_c, "2026-10-01")
    assert (holiday.status, holiday.holiday_name, holiday.required) == (bangfu.DayStatus.holiday, "国庆节", False)
    assert day(p, p.doctor_c, "2026-10-17").status == bangfu.DayStatus.rest_day
    assert day(p, p.doctor_c, "2026-01-05").status == bangfu.DayStatus.outside_assignment


# ---- punches ----

def test_punch_times_naive_aware_and_text(attendance):
    p = attendance
    set_policy(p, "flag")
    a = punch(p, p.doctor_a, dt.datetime(2026, 11, 2, 8, 4))                        # naive: CST
    b = punch(p, p.doctor_a, dt.datetime(2026, 11, 3, 0, 20, tzinfo=dt.timezone.utc))  # 08:20 CST
    c = punch(p, p.doctor_a, "2026-11-04T08:45:00+08:00")
    d = punch(p, p.doctor_a, dt.datetime(2026, 11, 9, 23, 30, tzinfo=dt.timezone.utc))  # 07:30 on the 10th
    assert (a.day, a.time) == (dt.date(2026, 11, 2), "08:04")
    assert a.at == dt.datetime(2026, 11, 2, 8, 4, tzinfo=CST)
    assert a.at.utcoffset() == dt.timedelta(hours=8)
    assert (b.time, c.time) == ("08:20", "08:45")
    assert (d.day, d.time) == (dt.date(2026, 11, 10), "07:30")
    assert day(p, p.doctor_a, "2026-11-02").status == bangfu.DayStatus.normal     # within 5 minutes' grace
    late = day(p, p.doctor_a, "2026-11-03")
    assert (late.status, late.late_minutes, late.on_duty_time) == (bangfu.DayStatus.late, 20, "08:20")
    assert late.on_duty == bangfu.PunchResult.late
    assert day(p, p.doctor_a, "2026-11-04").status == bangfu.DayStatus.serious_late
    assert day(p, p.doctor_a, "2026-11-24").status == bangfu.DayStatus.upcoming
    assert [x.id for x in p.engine.punches(p.national, p.doctor_a, "2026-11-01", "2026-11-30")] == \
        [a.id, b.id, c.id, d.id]
    with pytest.raises(bangfu.InvalidArgument) as err:
        punch(p, p.doctor_a, dt.date(2026, 11, 5))
    assert err.value.field == "at"
    with pytest.raises(bangfu.InvalidArgument) as err:
        p.engine.record_punch(SYSTEM, p.doctor_a, "2026-11-05 08:00", latitude=28.9)
    assert err.value.field == "longitude"


# A rule applies from the day it is set (earlier days keep theirs): one policy per test.
def test_field_policy_accept(attendance):
    p = attendance
    set_policy(p, bangfu.FieldPolicy.accept)
    near = punch(p, p.doctor_a, "2026-11-02 07:50", NEARBY)
    assert near.check == bangfu.PunchCheck.inside and near.distance_m < 300
    accepted = punch(p, p.doctor_a, "2026-11-03 07:50", FAR)
    assert accepted.check == bangfu.PunchCheck.field and accepted.distance_m > 2000
    assert day(p, p.doctor_a, "2026-11-03").status == bangfu.DayStatus.normal


def test_field_policy_flag(attendance):
    p = attendance
    set_policy(p, "允许并标记")
    assert punch(p, p.doctor_a, "2026-11-04 07:50", FAR).check == bangfu.PunchCheck.field
    flagged = day(p, p.doctor_a, "2026-11-04")
    assert flagged.status == bangfu.DayStatus.field and flagged.field


def test_field_policy_require_approval(attendance):
    p, e = attendance, attendance.engine
    set_policy(p, "require_approval")
    pending = punch(p, p.doctor_a, "2026-11-05 07:50", FAR)
    assert pending.check == bangfu.PunchCheck.field_pending
    assert day(p, p.doctor_a, "2026-11-05").status == bangfu.DayStatus.missing
    [req] = e.requests(p.ganluo_hospital)
    assert (req.kind, req.punch) == (bangfu.RequestKind.field_punch, pending.id)
    e.approve(p.ganluo_hospital, req.id)
    assert day(p, p.doctor_a, "2026-11-05").status == bangfu.DayStatus.field


def test_punch_permissions(attendance):
    p, e = attendance, attendance.engine
    with pytest.raises(bangfu.PermissionDenied):
        e.record_punch(p.doctor_c_account, p.doctor_a, "2026-11-02 08:00")
    with pytest.raises(bangfu.InvalidArgument, match="补卡"):
        e.record_punch(p.doctor_a_account, p.doctor_a, "2026-11-02 08:00", *GANLUO, source="app")
    assert e.now() == NOW
    mine = e.record_punch(p.doctor_a_account, p.doctor_a, e.now(), *GANLUO, source="app")
    assert (mine.recorded_by, mine.source) == (p.doctor_a_account, "app")
    with pytest.raises(bangfu.InvalidState):
        punch(p, p.doctor_a, "2026-02-27 08:00")   # before the assignment


# ---- make-up check-in (补卡) ----

def test_makeup_approved_turns_the_day_made_up(attendance):
    p, e = attendance, attendance.engine
    r = makeup(p, "2026-11-02")
    assert (r.kind, r.state, r.awaiting) == (bangfu.RequestKind.makeup, bangfu.RequestState.pending,
                                             [p.ganluo_hospital])
    assert (r.makeup.day, r.makeup.time, r.makeup.kind) == (dt.date(2026, 11, 2), "08:00", bangfu.PunchKind.on_duty)
    assert r.leave is None
    assert r.submitted_at.tzinfo is not None and r.finished_at is None
    assert len(r.progress.steps) == 1 and r.progress.steps[0].approvers == [p.ganluo_hospital]
    quota = e.makeup_quota(p.doctor_a_account, p.doctor_a, "2026-11-02")
    assert (quota.used, quota.allowed) == (1, 3)
    assert (quota.cycle_first, quota.cycle_last) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    done = e.approve(p.ganluo_hospital, r.id)
    assert done.state == bangfu.RequestState.approved
    assert done.cc == [p.zju_admin]
    result = day(p, p.doctor_a, "2026-11-02")
    assert result.status == bangfu.DayStatus.made_up and result.made_up
    [row] = e.attendance_month_records(p.national, 2026, 11, staff=p.doctor_a)
    assert row.totals.makeup_count == 1
    assert len(e.requests(p.zju_admin, box="copied")) == 1
    assert len(e.requests(p.ganluo_hospital, box=bangfu.RequestBox.decided_by_me)) == 1
    assert [x.id for x in e.requests(p.doctor_a_account, "我发起的")] == [r.id]
    assert e.request(p.ganluo_county, r.id) == e.request(p.doctor_a_account, r.id)


def test_makeup_quota_error(attendance):
    p, e = attendance, attendance.engine
    r1 = makeup(p, "2026-11-02")
    r2 = makeup(p, "2026-11-03")
    makeup(p, "2026-11-04")
    with pytest.raises(bangfu.QuotaExceeded) as err:
        makeup(p, "2026-11-05")
    assert isinstance(err.value, bangfu.Error)
    assert err.value.code == bangfu.ErrorCode.quota_exceeded
    assert "本月已申请3次补卡" in str(err.value)
    # Withdrawn and rejected requests give the allowance back.
    assert e.withdraw(p.doctor_a_account, r1.id).state == bangfu.RequestState.withdrawn
    assert e.reject(p.ganluo_hospital, r2.id, "当天未到岗").progress.reason == "当天未到岗"
    assert e.makeup_quota(p.doctor_a_account, p.doctor_a, "2026-11-05").used == 1
    assert makeup(p, "2026-11-05").state == bangfu.RequestState.pending
    withdrawn = e.requests(p.doctor_a_account, "submitted", state="withdrawn")
    assert [x.id for x in withdrawn] == [r1.id]


def test_makeup_refusals(attendance):
    p, e = attendance, attendance.engine
    with pytest.raises(bangfu.InvalidState) as holiday:
        makeup(p, "2026-10-01")
    assert "2026-10-01" in str(holiday.value)
    with pytest.raises(bangfu.InvalidArgument) as future:
        makeup(p, dt.date(2026, 11, 25))
    assert future.value.field == "day"
    with pytest.raises(bangfu.DeadlinePassed):
        makeup(p, "2026-10-09")   # 45 days back; the rule allows 30
    with pytest.raises(bangfu.InvalidArgument) as no_reason:
        makeup(p, "2026-11-05", reason="  ")
    assert no_reason.value.field == "reason"
    with pytest.raises(bangfu.PermissionDenied):
        e.submit_makeup(p.ganluo_hospital, "2026-11-02", reason="忘记打卡")
    makeup(p, "2026-11-02")
    with pytest.raises(bangfu.Conflict):
        makeup(p, "2026-11-02")
    with pytest.raises(bangfu.InvalidArgument) as kind:
        e.submit_makeup(p.doctor_a_account, "2026-11-03", reason="x", kind="lunch")
    assert kind.value.field == "kind"


# ---- leave (请假) ----

def test_leave_over_three_workdays_needs_two_approvals(attendance):
    p, e = attendance, attendance.engine
    # 28, 29, 30 Sep and 8, 9 Oct are workdays: 5 (国庆 1–7 off).
    r = e.submit_leave(p.doctor_a_account, "年假", "2026-09-28", "2026-10-09", reason="家中有事")
    assert (r.kind, r.leave.type, r.leave_days) == (bangfu.RequestKind.leave, bangfu.LeaveType.annual, 5.0)
    assert [s.name for s in r.steps] == ["受援医院审批", "派出单位审批"]
    assert r.awaiting == [p.ganluo_hospital]
    first = e.act_on_request(p.ganluo_hospital, r.id, "同意")
    assert (first.state, first.awaiting) == (bangfu.RequestState.pending, [p.zju_admin])
    assert day(p, p.doctor_a, "2026-09-29").status == bangfu.DayStatus.missing
    done = e.approve(p.zju_admin, r.id)
    assert done.state == bangfu.RequestState.approved
    covered = day(p, p.doctor_a, "2026-09-29")
    assert (covered.status, covered.leave_type, covered.leave_days) == (bangfu.DayStatus.leave,
                                                                       bangfu.LeaveType.annual, 1.0)
    table = e.attendance_month(p.national, 2026, 9, staff=p.doctor_a)
    assert table[0]["leave_annual"] == 3    # a decimal.Decimal of days
    [row] = e.attendance_month_records(p.national, 2026, 9, staff=p.doctor_a)
    assert row.totals.leave_days["annual"] == 3.0


def test_short_leave_has_one_step_and_half_days(attendance):
    p, e = attendance, attendance.engine
    r = e.submit_leave(p.doctor_a_account, bangfu.LeaveType.sick, "2026-11-09", "2026-11-10", reason="感冒",
                       first_half="下午")
    assert (r.leave_days, len(r.steps), r.leave.first_half) == (1.5, 1, bangfu.HalfDay.pm)
    e.approve(p.ganluo_hospital, r.id)
    assert day(p, p.doctor_a, "2026-11-10").status == bangfu.DayStatus.leave
    assert day(p, p.doctor_a, "2026-11-09").leave_days == 0.5


def test_withdrawn_and_revoked_leave_do_not_count(attendance):
    p, e = attendance, attendance.engine
    first = e.submit_leave(p.doctor_a_account, "personal", "2026-11-09", "2026-11-11", reason="家中有事")
    with pytest.raises(bangfu.Conflict):
        e.submit_leave(p.doctor_a_account, "sick", "2026-11-11", "2026-11-12", reason="感冒")
    e.withdraw(p.doctor_a_account, first.id)
    again = e.submit_leave(p.doctor_a_account, "sick", "2026-11-11", "2026-11-12", reason="感冒")
    assert again.state == bangfu.RequestState.pending

    one = e.submit_leave(p.doctor_a_account, "personal", "2026-11-16", reason="办事")
    e.approve(p.ganluo_hospital, one.id)
    assert day(p, p.doctor_a, "2026-11-16").status == bangfu.DayStatus.leave
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.revoke(p.ganluo_hospital, one.id, "")
    assert err.value.field == "reason"
    assert e.revoke(p.ganluo_hospital, one.id, "当天实际在岗").state == bangfu.RequestState.revoked
    assert day(p, p.doctor_a, "2026-11-16").status == bangfu.DayStatus.missing
    with pytest.raises(bangfu.InvalidState):
        e.approve(p.ganluo_hospital, one.id)
    [row] = e.attendance_month_records(p.national, 2026, 11, staff=p.doctor_a)
    assert row.totals.leave_days["personal"] == 0.0


# ---- workflows ----

def test_host_replaces_a_workflow(attendance):
    p, e = attendance, attendance.engine
    assert e.workflow("makeup") == bangfu.default_workflow(bangfu.RequestKind.makeup)
    w = e.workflow("补卡申请").to_dict()
    w["steps"].append(dict(name="县卫健局审批", mode="单人", approvers=["recipient_county_admin"]))
    with pytest.raises(bangfu.PermissionDenied):
        e.set_workflow(p.ganluo_hospital, w)
    e.set_workflow(p.national, w)
    assert [s.name for s in e.workflow("makeup").steps] == ["受援医院审批", "县卫健局审批"]
    r = makeup(p, "2026-11-02")
    e.approve(p.ganluo_hospital, r.id)
    assert e.request(p.doctor_a_account, r.id).awaiting == [p.ganluo_county]
    assert e.approve(p.ganluo_county, r.id).state == bangfu.RequestState.approved
    step = bangfu.WorkflowStep(name="指定审批", approvers=[bangfu.Resolver("account", p.national)])
    flow = bangfu.Workflow(kind="leave", name="请假审批", steps=[step],
                           cc=[bangfu.CcRule("home_unit_admin", "both")])
    e.set_workflow(SYSTEM, flow)
    assert e.workflow("leave") == flow
    with pytest.raises(bangfu.InvalidArgument):
        e.set_workflow(SYSTEM, bangfu.Workflow(kind="leave", name="空", steps=[]))


# ---- statistics, reach and export ----

def test_month_table_to_pandas(attendance):
    pd = pytest.importorskip("pandas")
    p, e = attendance, attendance.engine
    punch(p, p.doctor_a, "2026-11-02 07:58")
    table = e.attendance_month(p.national, 2026, 10)
    assert len(table) == 3
    frame = table.to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert "required_days" in frame.columns
    assert str(frame["required_days"].dtype) == "int64"
    assert "应出勤天数" in table.to_pandas(labels=True).columns
    by_staff = frame.set_index("staff")["required_days"].to_dict()
    assert by_staff[p.doctor_c] == 18


def test_month_reach_and_permissions(attendance):
    p, e = attendance, attendance.engine
    punch(p, p.doctor_a, "2026-11-02 07:58")
    punch(p, p.doctor_a, "2026-11-03 08:40")
    [row] = e.attendance_month(p.ganluo_county, 2026, 11)
    assert (row["staff"], row["attended_days"], row["serious_late_count"]) == (p.doctor_a, 2, 1)
    # Another county's region is out of reach.
    with pytest.raises(bangfu.PermissionDenied) as err:
        e.attendance_month(p.ganluo_county, 2026, 11, region=510822)
    assert isinstance(err.value, PermissionError)
    with pytest.raises(bangfu.PermissionDenied):
        e.attendance_days(p.meigu_county, p.doctor_a, "2026-11-01", "2026-11-02")
    with pytest.raises(bangfu.PermissionDenied):
        e.attendance_days(p.doctor_c_account, p.doctor_a, "2026-11-01", "2026-11-02")
    with pytest.raises(bangfu.InvalidArgument) as month:
        e.attendance_month(p.national, 2026, 13)
    assert month.value.field == "month"


def test_export_by_suffix(attendance, tmp_path):
    p, e = attendance, attendance.engine
    path = tmp_path / "考勤.csv"
    e.export_attendance_month(p.national, 2026, 10, path)
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert "应出勤天数" in rows[0] and "事假(天)" in rows[0]
    assert len(rows) == 4
    xlsx = tmp_path / "考勤.xlsx"
    e.export_attendance_month(p.national, 2026, 10, str(xlsx), unit=p.qingchuan)
    assert xlsx.read_bytes()[:2] == b"PK"
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.export_attendance_month(p.national, 2026, 10, tmp_path / "x.txt")
    assert err.value.field == "format"
    e.export_attendance_month(p.national, 2026, 10, tmp_path / "x.txt", format="csv")


def test_month_grouped_by_city(attendance):
    p, e = attendance, attendance.engine
    t = e.attendance_month(p.sichuan, 2026, 10, group_by="city")
    assert [row["region_path"] for row in t] == ["四川省/广元市", "四川省/凉山彝族自治州", "合计"]
    assert t[-1]["required_days"] == sum(row["required_days"] for row in t[:-1])
    assert t[-1]["attendance_rate"].endswith("%")
    with pytest.raises(bangfu.InvalidArgument) as err:
        e.attendance_month(p.national, 2026, 10, group_by="town")
    assert err.value.field == "group_by"
