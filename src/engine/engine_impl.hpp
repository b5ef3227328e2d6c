// Engine internals shared by the command files: the connection, the lock, transactions,
// actor resolution, audit. Each public command is `return impl_->write([&] { ... })` or
// `impl_->read(...)`, so that permission checks, the reads and the writes of one command
// share one transaction and a failure leaves nothing half-written.
#pragma once

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <boost/date_time/posix_time/posix_time.hpp>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "account/permissions.hpp"
#include "bangfu/calendar.hpp"
#include "bangfu/engine.hpp"
#include "store/database.hpp"
#include "store/reach_sql.hpp"

namespace bangfu {

// Region codes arrive as 12 digits or in the short forms (51, 5134, 513435, …): DESIGN.md
// accepts six-digit GB/T 2260 codes everywhere. Throws invalid_argument naming `field`.
inline RegionCode full_region(RegionCode code, const char* field) {
  return region_code_well_formed(code) ? code : normalize_region_code(code, field);
}

// The stored form of an instant: "2026-11-23T16:48:31.123Z" (UTC, milliseconds).
std::string utc_text(boost::posix_time::ptime t);

// Turns a SQLite exception into a bangfu::Error with a code a caller can act on.
[[noreturn]] void rethrow_storage(const SQLite::Exception& e, const std::string& path);
// Any other exception escaping a command is a bug in bangfu: one error type still reaches the
// caller (ErrorCode::internal), with what happened.
[[noreturn]] void rethrow_internal(const std::exception& e);

// Hidden: Engine is exported, and a nested class would otherwise inherit its visibility.
struct __attribute__((visibility("hidden"))) Engine::Impl {
  Impl(const std::string& path, OpenOptions options);

  store::Database db;
  std::recursive_mutex mu;  // recursive: build_demo and imports call commands from inside
  std::function<boost::posix_time::ptime()> clock;
  bool units_dirty = false;  // unit hierarchy changed; DFS numbers need refreshing
  std::optional<WorkCalendar> national_calendar;  // cached; reset when a calendar is loaded
  int write_depth = 0;       // nested write() calls join the outer transaction

  template <class F>
  auto write(F&& f) -> decltype(f()) {
    std::lock_guard lock(mu);
    if (write_depth > 0) return f();
    try {
      store::WriteTransaction tx(db);
      ++write_depth;
      struct Depth {
        int& d;
        ~Depth() { --d; }
      } depth{write_depth};
      if constexpr (std::is_void_v<decltype(f())>) {
        f();
        renumber_units_if_dirty();
        tx.commit();
      } else {
        auto result = f();
        renumber_units_if_dirty();
        tx.commit();
        return result;
      }
    } catch (const Error&) {
      units_dirty = false;
      throw;
    } catch (const SQLite::Exception& e) {
      units_dirty = false;
      rethrow_storage(e, db.path());
    } catch (const std::exception& e) {
      units_dirty = false;
      rethrow_internal(e);
    }
  }

  template <class F>
  auto read(F&& f) -> decltype(f()) {
    std::lock_guard lock(mu);
    if (write_depth > 0) return f();
    try {
      store::ReadTransaction tx(db);
      return f();
    } catch (const Error&) {
      throw;
    } catch (const SQLite::Exception& e) {
      rethrow_storage(e, db.path());
    } catch (const std::exception& e) {
      rethrow_internal(e);
    }
  }

  // The acting account, resolved. Unknown or disabled accounts are permission_denied.
  internal::Actor actor(AccountId id);
  // The region with this code (kNationwide gives 全国); not_found naming `field` otherwise.
  Region require_region(RegionCode code, const char* field);
  internal::ResolvedScope resolve_scope(const Scope& scope, const char* field);
  // A unit as a scope (for reach checks); not_found naming `field` when it does not exist.
  internal::ResolvedScope unit_scope(UnitId id, const char* field);
  // Does the actor's staff reach include this staff member, to view, to manage, or to see
  // the full ID number?
  bool staff_in_reach(const internal::Actor& actor, StaffId staff, store::ReachUse use);

  void audit(const internal::Actor& actor, const std::string& action, const std::string& entity,
             std::int64_t entity_id, const nlohmann::json& before, const nlohmann::json& after);
  std::string now_text();
  Date today();
  void renumber_units_if_dirty();
  // The national calendar, or a unit's (national + its own days and those of units above it).
  WorkCalendar calendar_for(std::optional<UnitId> unit);
};

// Command bodies that imports and the demo reuse with an already-resolved actor, inside
// the caller's transaction.
namespace commands {
UnitId add_unit(Engine::Impl& impl, const internal::Actor& actor, const NewUnit& unit);
StaffId add_staff(Engine::Impl& impl, const internal::Actor& actor, const NewStaff& staff,
                  const std::optional<NewAssignment>& arrival);
}  // namespace commands

}  // namespace bangfu
