// The SQLite connection and its prepared-statement cache. Everything SQL lives in src/store.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <memory>
#include <string>
#include <unordered_map>

namespace bangfu::store {

class Database {
 public:
  // Opens with WAL journaling (files) and foreign keys on. Throws bangfu::Error.
  Database(const std::string& path, bool create_if_missing);
  SQLite::Database& raw() { return db_; }
  // A cached statement, reset and with bindings cleared, ready to bind.
  SQLite::Statement& prepare(const std::string& sql);
  void exec(const std::string& sql) { db_.exec(sql); }
  std::int64_t last_insert_id() { return db_.getLastInsertRowid(); }
  int changes() { return db_.getChanges(); }
  const std::string& path() const { return path_; }
  // Resets every cached statement so that none holds a read snapshot past its command.
  void release_statements();

 private:
  std::string path_;
  SQLite::Database db_;
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> cache_;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back on destruction unless committed. IMMEDIATE takes
// the write lock up front, so two processes never deadlock upgrading a read lock.
class WriteTransaction {
 public:
  explicit WriteTransaction(Database& db);
  ~WriteTransaction();
  void commit();
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

 private:
  Database& db_;
  bool done_ = false;
};

// A read snapshot: BEGIN ... COMMIT around several SELECTs so they see one state.
class ReadTransaction {
 public:
  explicit ReadTransaction(Database& db);
  ~ReadTransaction();

 private:
  Database& db_;
};

// SAVEPOINT name … RELEASE name, for a part of a transaction that may fail on its own (one
// imported row, one imported file). Rolled back on destruction unless released.
class Savepoint {
 public:
  Savepoint(Database& db, const char* name);
  ~Savepoint();
  void release();
  void rollback();
  Savepoint(const Savepoint&) = delete;
  Savepoint& operator=(const Savepoint&) = delete;

 private:
  Database& db_;
  std::string name_;
  bool done_ = false;
};

// Column helpers: NULL-aware reads.
std::string text_or_empty(const SQLite::Column& c);

}  // namespace bangfu::store
