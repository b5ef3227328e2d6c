// The audit log: every change appends exactly one entry with actor, action, before and after;
// the log refuses UPDATE and DELETE; accounts read only their own entries.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <functional>
#include <sstream>

#include "test_support.hpp"

using namespace bangfu;
using bangfu::testing::d;
using bangfu::testing::make_id;
using bangfu::testing::make_programme;

namespace {

std::vector<AuditEntry> all_entries(Engine& e) {
  AuditFilter f;
  f.limit = 10000;
  return e.audit_log(kSystemActor, f);
}

}  // namespace

TEST(Audit, EveryChangeWritesExactlyOneEntry) {
  auto p = make_programme();
  auto& e = *p.engine;
  NewUnit dept{"ZJU1-GK", UnitKind::department, "骨科", 330102, "", "", {}, p.zju};
  UnitId dept_id = 0;
  PairingId pairing = 0;
  StaffId staff = 0;
  AssignmentId assignment = 0;
  AccountId account = 0;
  struct Step {
    const char* action;
    AccountId actor;
    std::function<std::int64_t()> run;  // returns the entity id
    bool has_before;
  };
  std::vector<Step> steps = {
      {"unit.add", p.zju_admin, [&] { return dept_id = e.add_unit(p.zju_admin, dept); }, false},
      {"unit.update", p.zju_admin, [&] { dept.name = "骨科（脊柱）"; e.update_unit(p.zju_admin, dept_id, dept); return dept_id; }, true},
      {"pairing.add", p.sichuan_recipient, [&] { return pairing = e.add_pairing(p.sichuan_recipient, {p.huaxi, p.ganluo, d("2024-01-01"), std::nullopt}); }, false},
      {"pairing.end", p.sichuan_recipient, [&] { e.end_pairing(p.sichuan_recipient, pairing, d("2026-06-30")); return pairing; }, true},
      {"staff.add", p.zju_admin, [&] {
         NewStaff s;
         s.name = "高峰";
         s.id_number = make_id("330102", "19820202", 91);
         s.home_unit = dept_id;
         return staff = e.add_staff(p.zju_admin, s);
       }, false},
      {"staff.update", p.zju_admin, [&] { NewStaff s = e.staff(p.zju_admin, staff); s.phone = "13800000001"; e.update_staff(p.zju_admin, staff, s); return staff; }, true},
      {"assignment.start", p.zju_admin, [&] { return assignment = e.start_assignment(p.zju_admin, {staff, p.ganluo, d("2026-09-01"), std::nullopt}); }, false},
      {"assignment.end", p.ganluo_hospital, [&] { e.end_assignment(p.ganluo_hospital, assignment, {d("2026-11-20"), "完成", "合格"}); return assignment; }, true},
      {"account.create", p.liangshan_city, [&] {
         NewAccount a;
         a.name = "昭觉县卫健局";
         a.roles = {Role::recipient_county_admin};
         a.scope = Scope::of_region(513431);
         return account = e.create_account(p.liangshan_city, a);
       }, false},
      {"account.disable", p.liangshan_city, [&] { e.set_account_disabled(p.liangshan_city, account, true); return account; }, true},
      {"account.enable", p.liangshan_city, [&] { e.set_account_disabled(p.liangshan_city, account, false); return account; }, true},
      {"region.import", kSystemActor, [&] {
         std::istringstream csv("code,name\n513435100201,新市坝村\n");
         e.import_csv(kSystemActor, ImportKind::regions, csv);
         return std::int64_t{0};
       }, false},
  };
  for (auto& step : steps) {
    auto before = all_entries(e).size();
    auto id = step.run();
    auto entries = all_entries(e);
    ASSERT_EQ(entries.size(), before + 1) << step.action;
    auto& last = entries.back();
    EXPECT_EQ(last.action, step.action);
    EXPECT_EQ(last.actor, step.actor) << step.action;
    EXPECT_EQ(last.entity_id, id) << step.action;
    EXPECT_EQ(last.at, "2026-11-23T12:00:00.000Z");
    EXPECT_EQ(!last.before.empty(), step.has_before) << step.action;
    EXPECT_FALSE(last.after.empty()) << step.action;
  }
  // A refused command writes nothing.
  auto before = all_entries(e).size();
  EXPECT_THROW(e.end_assignment(p.ganluo_hospital, assignment, {d("2026-11-21"), "", ""}), Error);
  EXPECT_EQ(all_entries(e).size(), before);
}

TEST(Audit, TheLogIsAppendOnly) {
  auto path = (std::filesystem::temp_directory_path() / "bangfu_audit.db").string();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  {
    auto p = bangfu::testing::make_programme();  // memory; just to exercise the engine
    EXPECT_GT(p.engine->audit_log(kSystemActor).size(), 10u);
  }
  { Engine::open(path)->add_unit(kSystemActor, {"GL", UnitKind::recipient_hospital, "甘洛县人民医院", 513435000000, "", "", {}, {}}); }
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  EXPECT_THROW(db.exec("UPDATE audit SET actor = 5"), SQLite::Exception);
  EXPECT_THROW(db.exec("DELETE FROM audit"), SQLite::Exception);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM audit").getInt(), 1);
}

TEST(Audit, OthersReadOnlyTheirOwnEntries) {
  auto p = bangfu::testing::make_programme();
  auto mine = p.engine->audit_log(p.zju_admin);
  ASSERT_FALSE(mine.empty());
  for (auto& e : mine) EXPECT_EQ(e.actor, p.zju_admin);
  AuditFilter f;
  f.actor = p.national;
  EXPECT_THROW(p.engine->audit_log(p.zju_admin, f), Error);
  EXPECT_NO_THROW(p.engine->audit_log(p.national, f));
}

