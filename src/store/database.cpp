#include "store/database.hpp"

#include <sqlite3.h>

#include <filesystem>

#include "bangfu/error.hpp"

namespace bangfu::store {
namespace {

int open_flags(const std::string& path, bool create) {
  int flags = SQLite::OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;  // the Engine serializes access
  if (create || path == ":memory:") flags |= SQLite::OPEN_CREATE;
  return flags;
}

SQLite::Database open_db(const std::string& path, bool create) {
  if (!create && path != ":memory:" && !std::filesystem::exists(path))
    throw Error(ErrorCode::not_found, "path '" + path + "': no database file there");
  try {
    return SQLite::Database(path, open_flags(path, create));
  } catch (const SQLite::Exception& e) {
    throw Error(ErrorCode::storage, "path '" + path + "': cannot open the database: " + e.what());
  }
}

}  // namespace

Database::Database(const std::string& path, bool create_if_missing)
    : path_(path), db_(open_db(path, create_if_missing)) {
  try {
    db_.setBusyTimeout(5000);
    db_.exec("PRAGMA foreign_keys = ON");
    // Statement journals (one per savepoint, e.g. per imported row) stay in memory rather
    // than spilling to a temp file for every row.
    db_.exec("PRAGMA temp_store = MEMORY");
    if (path != ":memory:") {
      db_.exec("PRAGMA journal_mode = WAL");
      db_.exec("PRAGMA synchronous = NORMAL");
    }
  } catch (const SQLite::Exception& e) {
    // Typically "file is not a database".
    throw Error(ErrorCode::corrupt, "path '" + path + "': not a usable SQLite database: " + e.what());
  }
}

SQLite::Statement& Database::prepare(const std::string& sql) {
  auto it = cache_.find(sql);
  if (it == cache_.end()) it = cache_.emplace(sql, std::make_unique<SQLite::Statement>(db_, sql)).first;
  auto& st = *it->second;
  st.reset();
  st.clearBindings();
  return st;
}

void Database::release_statements() {
  for (auto& [sql, st] : cache_) st->tryReset();
}

WriteTransaction::WriteTransaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

WriteTransaction::~WriteTransaction() {
  if (!done_) {
    try {
      db_.release_statements();
      db_.exec("ROLLBACK");
    } catch (...) {
      // Nothing to do: SQLite already rolled back (e.g. after an I/O error).
    }
  }
}

void WriteTransaction::commit() {
  db_.release_statements();
  db_.exec("COMMIT");
  done_ = true;
}

ReadTransaction::ReadTransaction(Database& db) : db_(db) { db_.exec("BEGIN"); }

ReadTransaction::~ReadTransaction() {
  try {
    db_.release_statements();
    db_.exec("COMMIT");
  } catch (...) {
  }
}

Savepoint::Savepoint(Database& db, const char* name) : db_(db), name_(name) {
  db_.prepare("SAVEPOINT " + name_).exec();
}

Savepoint::~Savepoint() {
  if (done_) return;
  try {
    rollback();
  } catch (...) {
    // The enclosing transaction is rolled back by its owner.
  }
}

void Savepoint::release() {
  db_.prepare("RELEASE " + name_).exec();
  done_ = true;
}

void Savepoint::rollback() {
  done_ = true;
  db_.prepare("ROLLBACK TO " + name_).exec();
  db_.prepare("RELEASE " + name_).exec();
}

std::string text_or_empty(const SQLite::Column& c) { return c.isNull() ? std::string() : c.getString(); }

}  // namespace bangfu::store
