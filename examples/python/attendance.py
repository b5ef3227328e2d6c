"""bangfu attendance: what a DingTalk mini-app backend does for a dispatched doctor — the
hospital's check-in rule, daily punches, a make-up check-in (补卡) and a leave (请假) through
the approval workflow, the day results and the month's statistics (考勤统计).

    python3 attendance.py            # writes 考勤统计.xlsx into the current directory
"""

import datetime as dt

import bangfu

SYSTEM = bangfu.SYSTEM_ACTOR
CST = dt.timezone(dt.timedelta(hours=8))

# A fixed clock keeps the example on the shipped 2026 calendar; a backend leaves it out.
engine = bangfu.Engine.open(":memory:", clock=dt.datetime(2026, 11, 23, 20, 0, tzinfo=CST))

# The programme: a support hospital, a county hospital with its location, their admins, a doctor.
zju = engine.add_unit(SYSTEM, code="ZJU1", kind="支援医院", name="浙江大学医学院附属第一医院", region=330102)
ganluo = engine.add_unit(SYSTEM, code="GL-RMYY", kind="受援医院", name="甘洛县人民医院", region=513435,
                         location=(28.9586, 102.7713))
engine.add_pairing(SYSTEM, support_unit=zju, recipient_unit=ganluo, start=dt.date(2021, 1, 1))
hospital = engine.create_account(SYSTEM, name="甘洛县人民医院", login="ganluo-rmyy",
                                 roles=["受援医院管理员"], scope_unit=ganluo)
home = engine.create_account(SYSTEM, name="浙大一院", login="zju-admin", roles=["支援医院管理员"], scope_unit=zju)
doctor = engine.add_staff(hospital, name="陈青", id_number="330102198003120114", title="副高", home_unit=zju,
                          arrival={"recipient_unit": ganluo, "start": dt.date(2026, 3, 1)})
me = engine.create_account(hospital, name="陈青", login="chenqing", roles=["支援人员"], scope_unit=zju,
                           staff=doctor)

# 考勤组: on duty at 08:00 with 5 minutes' grace; punches outside 300 m are marked 外勤.
engine.add_attendance_group(hospital, ganluo, "支援人员考勤组",
                            bangfu.AttendanceRule(on_duty="08:00", grace=5, field_policy="允许并标记"))

# The backend replays November's punches (the system actor may record past ones; the doctor's
# own account records a punch only as it happens).
for day in range(2, 21):
    date = dt.date(2026, 11, day)
    if not engine.is_workday(date, ganluo) or day in (10, 16):
        continue  # the 10th is missed; the 16th is taken as leave
    at = dt.datetime(2026, 11, day, 8, 20, tzinfo=CST) if day == 12 else dt.datetime(2026, 11, day, 7, 52, tzinfo=CST)
    engine.record_punch(SYSTEM, doctor, at, latitude=28.9590, longitude=102.7716, source="dingtalk")  # late on the 12th
print("today's punch:", engine.record_punch(me, doctor, engine.now(), 28.9590, 102.7716, source="app").check.label)

# 补卡: the doctor files the missed punch; the hospital approves it from 待我审批.
quota = engine.makeup_quota(me, doctor, dt.date(2026, 11, 10))
print(f"本月已申请{quota.used}次补卡 (of {quota.allowed})")
makeup = engine.submit_makeup(me, dt.date(2026, 11, 10), "08:00", reason="忘记打卡")
[waiting] = engine.requests(hospital)  # box 'awaiting_me'
engine.approve(hospital, waiting.id)
print("make-up:", engine.request(me, makeup.id).state.label)

# 请假: a day of sick leave, one step; the home hospital is copied when it is approved.
leave = engine.submit_leave(me, "病假", dt.date(2026, 11, 16), reason="发热就诊")
engine.approve(hospital, leave.id)
print("leave:", engine.request(me, leave.id).state.label, "copied to", engine.requests(home, box="copied")[0].id)

# A request outside the rules is refused with the reason.
try:
    engine.submit_makeup(me, dt.date(2026, 10, 1), reason="忘记打卡")
except bangfu.InvalidState as e:
    print("refused:", e)

# The days and the month, as the hospital sees them.
for d in engine.attendance_days(hospital, doctor, dt.date(2026, 11, 9), dt.date(2026, 11, 16)):
    print(d.date, d.status.label)
month = engine.attendance_month(hospital, 2026, 11)
row = month[0]
print("考勤统计:", row["staff_name"], "应出勤", row["required_days"], "出勤", row["attended_days"],
      "迟到", row["late_count"], "补卡", row["makeup_count"], "病假", row["leave_sick"])
engine.export_attendance_month(hospital, 2026, 11, "考勤统计.xlsx")
print("wrote 考勤统计.xlsx")
