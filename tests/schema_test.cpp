// Schema versions: a new file is created at the latest version, an old one is upgraded in
// place with its data kept, a newer one is refused; every command is one transaction.
#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/database.hpp"
#include "store/schema.hpp"
#include "test_support.hpp"

using namespace bangfu;

namespace {

struct TempFile {
  std::string path;
  explicit TempFile(const char* name) : path((std::filesystem::temp_directory_path() / name).string()) { clean(); }
  ~TempFile() { clean(); }
  void clean() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
};

}  // namespace

TEST(Schema, NewFilesAreCreatedAtTheLatestVersionInWalMode) {
  TempFile f("bangfu_schema_new.db");
  {
    auto e = Engine::open(f.path);
    EXPECT_EQ(e->schema_version(), Engine::supported_schema_version());
  }
  SQLite::Database db(f.path);
  EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
}

TEST(Schema, AnOldDatabaseIsUpgradedAndKeepsItsData) {
  TempFile f("bangfu_schema_old.db");
  {
    // A version-1 database (before accounts existed) holding one unit.
    store::Database db(f.path, true);
    db.exec("BEGIN");
    store::migrate(db, 1);
    db.exec("INSERT INTO region(code, name, level, parent, path, edition) VALUES (513435000000, '甘洛县', 3, NULL, '甘洛县', 't')");
    db.exec("INSERT INTO unit(code, kind, name, region) VALUES ('GL', 2, '甘洛县人民医院', 513435000000)");
    db.exec("COMMIT");
  }
  auto e = Engine::open(f.path);
  EXPECT_EQ(e->schema_version(), Engine::supported_schema_version());
  EXPECT_EQ(e->unit_by_code(kSystemActor, "GL").name, "甘洛县人民医院");  // data kept, system actor now exists
}

TEST(Schema, ANewerDatabaseIsRefusedAndLeftUntouched) {
  TempFile f("bangfu_schema_newer.db");
  { Engine::open(f.path); }
  {
    SQLite::Database db(f.path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = " + std::to_string(Engine::supported_schema_version() + 5));
  }
  try {
    Engine::open(f.path);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::invalid_state);
    EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos);
  }
  SQLite::Database db(f.path);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), Engine::supported_schema_version() + 5);
}

TEST(Schema, AForeignSqliteFileIsCorruptNotOverwritten) {
  TempFile f("bangfu_schema_foreign.db");
  {
    SQLite::Database db(f.path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE notes(x)");
  }
  try {
    Engine::open(f.path);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::corrupt);
  }
}

TEST(Schema, NotADatabaseAtAllIsCorrupt) {
  TempFile f("bangfu_schema_text.db");
  std::ofstream(f.path) << "this is a text file, not SQLite, and it is long enough to have a header............";
  try {
    Engine::open(f.path);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::corrupt) << e.what();
  }
}

TEST(Schema, OpeningAMissingFileWithoutCreateIsNotFound) {
  OpenOptions o;
  o.create_if_missing = false;
  try {
    Engine::open("/nonexistent/dir/x.db", o);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::not_found);
  }
}

TEST(Transactions, AFailedImportRowLeavesNoPartialWrite) {
  auto p = bangfu::testing::make_programme();
  auto& e = *p.engine;
  auto before = e.audit_log(kSystemActor, {std::nullopt, std::nullopt, std::nullopt, 0, 10000}).size();
  // Row 2 is valid, row 3 has an unknown home unit: the file is refused whole.
  std::istringstream csv(
      "name,id_number,title,home_unit_code,recipient_unit_code,start_date\n"
      "甲," + bangfu::testing::make_id("330102", "19900101", 81) + ",中级,ZJU1,GL-RMYY,2026-11-01\n"
      "乙," + bangfu::testing::make_id("330102", "19900101", 83) + ",中级,NOPE,,\n");
  auto rep = e.import_csv(p.zju_admin, ImportKind::staff, csv);
  EXPECT_FALSE(rep.committed);
  ASSERT_EQ(rep.problems.size(), 1u);
  EXPECT_EQ(rep.problems[0].line, 3);
  EXPECT_EQ(rep.problems[0].field, "home_unit_code");
  EXPECT_EQ(e.audit_log(kSystemActor, {std::nullopt, std::nullopt, std::nullopt, 0, 10000}).size(), before);
  EXPECT_EQ(e.staff_summary(p.national).rows.size(), 3u);
}
