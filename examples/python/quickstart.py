"""bangfu quickstart: a support hospital sends a doctor to a county hospital, and the county
sees it in the staff summary (支援人员信息汇总表).

    python3 quickstart.py            # writes 汇总表.csv into the current directory
"""

import datetime as dt

import bangfu

SYSTEM = bangfu.SYSTEM_ACTOR  # the host itself (imports, set-up); it has national reach

engine = bangfu.Engine.open(":memory:")  # or a file: bangfu.Engine.open("programme.db")

# Regions ship with the library; 6-digit GB/T 2260 codes are accepted everywhere.
ganluo_county = engine.region(513435)
print("region:", ganluo_county.path, ganluo_county.level.label)

# Units, as keyword arguments; enums take their English key or their Chinese label.
zju = engine.add_unit(SYSTEM, code="ZJU1", kind="支援医院", name="浙江大学医学院附属第一医院",
                      region=330102, grade="三级甲等")
ganluo = engine.add_unit(SYSTEM, code="GL-RMYY", kind="受援医院", name="甘洛县人民医院", region=513435,
                         location=(28.96, 102.77))
engine.add_pairing(SYSTEM, support_unit=zju, recipient_unit=ganluo, start=dt.date(2021, 1, 1))

# Accounts: the county's administrator, and the hospital's (created by the county).
county = engine.create_account(SYSTEM, name="甘洛县卫健局", login="ganluo", roles=["受援县管理员"],
                               scope_region=513435)
hospital = engine.create_account(county, name="甘洛县人民医院", login="ganluo-rmyy",
                                 roles=["recipient_hospital_admin"], scope_unit=ganluo)

# 新增帮扶人员: the recipient hospital registers an arriving doctor and the assignment at once.
doctor = engine.add_staff(hospital, name="陈青", id_number="330102198003120114",
                          title="副高", position="临床科室负责人", department="心血管内科", home_unit=zju,
                          arrival={"recipient_unit": ganluo, "start": dt.date(2026, 3, 1),
                                   "planned_end": dt.date(2027, 2, 28)})
print("staff:", engine.staff(hospital, doctor))

# Errors are bangfu.Error subclasses that name the field at fault.
try:
    engine.add_unit(SYSTEM, code="GL-RMYY", kind="受援医院", name="重复的医院", region=513435)
except bangfu.Conflict as e:
    print("refused:", e.field, "-", e)

# The summary the county sees: a list of dicts (ID numbers masked for the county).
table = engine.staff_summary(county)
for row in table:
    print("summary:", row["name"], row["id_number"], row["recipient_unit"], row["start"], row["status"])

try:
    df = table.to_pandas(labels=True)  # Chinese column names
    print(df[["支援医务人员姓名", "职称", "派驻县级医院名称"]].to_string(index=False))
except ImportError:
    print("(pandas is not installed: skipping to_pandas)")

engine.export_staff_summary(county, None, "csv", "汇总表.csv")  # or "xlsx"
print("wrote 汇总表.csv")
