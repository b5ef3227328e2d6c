// Engine: opening, actors, audit, and the region commands.
#include "bangfu/engine.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fstream>
#include <sstream>

#include "core/embedded_data.hpp"
#include "engine/engine_impl.hpp"
#include "engine/calendar_loader.hpp"
#include "engine/region_loader.hpp"
#include "engine/reports_impl.hpp"
#include "json/records.hpp"
#include "store/account_store.hpp"
#include "store/calendar_store.hpp"
#include "store/audit_store.hpp"
#include "store/region_store.hpp"
#include "store/schema.hpp"
#include "store/summary_store.hpp"
#include "store/unit_store.hpp"

namespace bangfu {

using internal::Actor;
using internal::ResolvedScope;

void rethrow_storage(const SQLite::Exception& e, const std::string& path) {
  int code = e.getErrorCode() & 0xff;
  switch (code) {
    case SQLITE_CONSTRAINT:
      throw Error(ErrorCode::conflict, std::string("the change conflicts with existing data: ") + e.what());
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw Error(ErrorCode::storage, "path '" + path + "': the database is busy (another process holds its "
                                                        "write lock); try again");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      throw Error(ErrorCode::corrupt, "path '" + path + "': the database is damaged: " + e.what());
    case SQLITE_FULL:
      throw Error(ErrorCode::storage, "path '" + path + "': the disk is full");
    default:
      throw Error(ErrorCode::storage, "path '" + path + "': " + e.what());
  }
}

void rethrow_internal(const std::exception& e) {
  if (dynamic_cast<const std::bad_alloc*>(&e)) throw Error(ErrorCode::internal, "out of memory");
  throw Error(ErrorCode::internal, std::string("internal error (please report it): ") + e.what());
}

Engine::Impl::Impl(const std::string& path, OpenOptions options)
    : db(path, options.create_if_missing), clock(std::move(options.clock)) {
  if (!clock) clock = [] { return boost::posix_time::microsec_clock::universal_time(); };
}

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

std::unique_ptr<Engine> Engine::open(const std::string& path, OpenOptions options) {
  auto impl = std::make_unique<Impl>(path, std::move(options));
  impl->write([&] {
    store::migrate(impl->db);
    if (store::region_count(impl->db, std::nullopt) == 0) internal::seed_regions(impl->db);
    if (store::holiday_years(impl->db).empty()) internal::seed_holidays(impl->db);
    // Not the clock: a host's clock callable is not called while opening.
    reports_internal::seed_report_templates(impl->db, "");
  });
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

int Engine::schema_version() const {
  return impl_->read([&] { return store::schema_version(impl_->db); });
}

int Engine::supported_schema_version() noexcept { return store::latest_schema_version(); }

boost::posix_time::ptime Engine::now() const { return impl_->clock(); }

Date Engine::today() const { return impl_->today(); }

std::string utc_text(boost::posix_time::ptime t) {
  auto s = boost::posix_time::to_iso_extended_string(t);  // 2026-11-23T16:48:31.123456
  if (auto dot = s.find('.'); dot != std::string::npos) s = s.substr(0, std::min(s.size(), dot + 4));
  else s += ".000";
  return s + "Z";
}

std::string Engine::Impl::now_text() { return utc_text(clock()); }

Date Engine::Impl::today() { return (clock() + boost::posix_time::hours(8)).date(); }

Actor Engine::Impl::actor(AccountId id) {
  auto acc = store::account_get(db, id);
  if (!acc)
    throw Error(ErrorCode::permission_denied, "actor " + std::to_string(id) + ": no such account", "actor",
                std::to_string(id));
  if (acc->disabled)
    throw Error(ErrorCode::permission_denied, "actor " + std::to_string(id) + " (" + acc->name + "): the account is disabled",
                "actor", std::to_string(id));
  Actor a;
  a.id = acc->id;
  a.name = acc->name;
  a.roles = acc->roles;
  a.staff = acc->staff;
  a.scope = resolve_scope(acc->scope, "scope");
  return a;
}

ResolvedScope Engine::Impl::resolve_scope(const Scope& scope, const char* field) {
  if (scope.kind == Scope::Kind::unit) {
    if (!scope.unit) throw Error(ErrorCode::invalid_argument, std::string(field) + ": a unit scope needs a unit id", field);
    return unit_scope(*scope.unit, field);
  }
  ResolvedScope r;
  r.kind = Scope::Kind::region;
  r.region = scope.region;
  r.level = region_level(scope.region);
  r.name = require_region(scope.region, field).path;
  return r;
}

Region Engine::Impl::require_region(RegionCode code, const char* field) {
  if (code == kNationwide) return Region{kNationwide, "全国", RegionLevel::nation, std::nullopt, "全国"};
  auto r = store::region_get(db, code);
  if (!r)
    throw Error(ErrorCode::not_found, std::string(field) + " '" + region_code_text(code) + "': no such region", field,
                region_code_text(code));
  return *r;
}

ResolvedScope Engine::Impl::unit_scope(UnitId id, const char* field) {
  renumber_units_if_dirty();
  auto place = store::unit_place(db, id);
  if (!place)
    throw Error(ErrorCode::not_found, std::string(field) + " '" + std::to_string(id) + "': no such unit", field,
                std::to_string(id));
  ResolvedScope r;
  r.kind = Scope::Kind::unit;
  r.region = place->region;
  r.level = region_level(place->region);
  r.unit = place->id;
  r.unit_kind = place->kind;
  r.pre = place->dfs.pre;
  r.post = place->dfs.post;
  r.name = place->name;
  return r;
}

bool Engine::Impl::staff_in_reach(const Actor& actor, StaffId staff, store::ReachUse use) {
  auto reach = internal::staff_reach(actor);
  if (reach.all) return true;
  if (reach.empty()) return false;
  return store::staff_in_reach(db, reach, staff, use);
}

void Engine::Impl::audit(const Actor& actor, const std::string& action, const std::string& entity,
                         std::int64_t entity_id, const nlohmann::json& before, const nlohmann::json& after) {
  AuditEntry e;
  e.actor = actor.id;
  e.at = now_text();
  e.action = action;
  e.entity = entity;
  e.entity_id = entity_id;
  // Record text is checked to be UTF-8 on the way in; replace rather than fail if not.
  constexpr auto replace = nlohmann::json::error_handler_t::replace;
  if (!before.is_null()) e.before = before.dump(-1, ' ', false, replace);
  if (!after.is_null()) e.after = after.dump(-1, ' ', false, replace);
  store::audit_append(db, e);
}

void Engine::Impl::renumber_units_if_dirty() {
  if (!units_dirty) return;
  units_dirty = false;
  store::unit_set_numbers(db, internal::number_unit_forest(store::unit_links(db)));
}

}  // namespace bangfu
