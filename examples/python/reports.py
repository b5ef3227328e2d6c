"""bangfu reports (数据上报): recipient hospitals file last month's 支援人员工作量月报 for their
dispatched doctors, the province reviews them, and the national level reads 填报情况 (who has
filed, who to chase) and a 汇总表 by province.

    python3 reports.py               # writes 填报情况.csv and 工作量汇总表.xlsx into the current directory

It runs on the demonstration programme (bangfu.build_demo) and files a few reports itself, so
it works whatever the demo holds.
"""

import datetime as dt

import bangfu

SYSTEM = bangfu.SYSTEM_ACTOR
CST = dt.timezone(dt.timedelta(hours=8))

# A fixed clock keeps the example on the shipped 2026 calendar; a backend leaves it out.
# The 10th: last month's reports are due on the 15th, so these are filed on time.
engine = bangfu.Engine.open(":memory:", clock=dt.datetime(2026, 11, 10, 9, 30, tzinfo=CST))
bangfu.build_demo(engine, staff_count=120)

today = engine.today()
end_of_last_month = today.replace(day=1) - dt.timedelta(days=1)
last_month = bangfu.Period.month(end_of_last_month.year, end_of_last_month.month)
template = engine.report_template("monthly_workload")
print(f"{template.title} v{template.version}, {last_month.label}, due {template.deadline.deadline(last_month)}")
print("required:", ", ".join(f.label for f in template.fields if f.required))

# Who files for whom: each recipient hospital's admin account, and the staff on assignment
# there last month (考勤统计 lists them).
national = next(a.id for a in engine.accounts(SYSTEM, role="national_admin"))
hospital_admins = {a.scope.unit: a.id for a in engine.accounts(SYSTEM, role="recipient_hospital_admin")}
on_assignment = engine.attendance_month_records(SYSTEM, last_month.first.year, last_month.first.month)

filed = []
per_province = {}
for row in on_assignment:
    admin = hospital_admins.get(row.unit)
    province = row.region_path.split("/")[0]
    if admin is None or per_province.get(province, 0) >= 2:
        continue  # two doctors per province are enough to show the tables
    # The draft comes pre-filled from attendance (应出勤天数, 出勤天数, ...).
    report = engine.open_report(admin, "monthly_workload", last_month, row.unit, staff=row.staff)
    if report.state not in (bangfu.ReportState.draft, bangfu.ReportState.returned):
        continue  # already filed (a demo with reports of its own)
    n = len(filed)
    values = {"outpatient_visits": 120 + 15 * n, "inpatients": 20 + n, "operations": 8 + n,
              "grade34_operations": 3, "teaching_rounds": 4, "summary": "开展带教查房和业务培训"}
    if n == 0:
        # A value out of bounds is refused with the field named.
        try:
            engine.save_report(admin, report.id, dict(values, grade34_operations=99))
        except bangfu.InvalidArgument as e:
            print("refused:", e)
    report = engine.save_report(admin, report.id, values)
    report = engine.submit_report(admin, report.id)
    filed.append(report)
    per_province[province] = per_province.get(province, 0) + 1
    print(f"filed: {report.unit_name} {report.staff_name} 应出勤{report.values['required_days']}天 "
          f"出勤{report.values['attended_days']}天 → {report.state.label}")

# 受援省份审核: each report waits for its province's admin, who approves it from 待我审核.
for reviewer in sorted({r.awaiting[0] for r in filed if r.awaiting}):
    waiting = engine.reports(reviewer, awaiting_me=True)
    for report in waiting:
        engine.act_on_report(reviewer, report.id, "approve")
    account = engine.account(SYSTEM, reviewer)
    print(f"{account.scope_name} ({account.name}) approved {len(waiting)} reports")

# 填报情况 nationwide: a row per province, then 合计; the 催报名单 lists whom to chase.
print(f"填报情况 {last_month.label}:")
for row in engine.report_completeness_table(national, "monthly_workload", last_month):
    print(f"  {row['name']}: 应报{row['expected']} 按时{row['on_time']} 逾期{row['late']} "
          f"未报{row['missing']} 上报率{row['filed_rate']}")
missing = engine.report_missing_table(national, "monthly_workload", last_month)
print(f"催报名单: {len(missing)} hospitals")
engine.export_report_completeness(national, "monthly_workload", last_month, "csv", "填报情况.csv")

# 汇总表 by province, with 合计; to_pandas() when pandas is installed.
summary = engine.report_summary(national, "monthly_workload", last_month, group_by="province")
print("汇总表 (by province):")
for row in summary:
    print(f"  {row['region_path']}: {row['report_count']} 份, {row['staff_count']} 人, "
          f"门急诊 {row['outpatient_visits']} 人次, 手术 {row['operations']} 台")
engine.export_report_summary(national, "monthly_workload", last_month, None, "工作量汇总表.xlsx",
                             group_by="province")
print("wrote 填报情况.csv and 工作量汇总表.xlsx")
