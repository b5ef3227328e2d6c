// Engine commands: units and pairings.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <sstream>

#include "core/utf8.hpp"
#include "engine/engine_impl.hpp"
#include "json/records.hpp"
#include "store/region_store.hpp"
#include "store/unit_store.hpp"

namespace bangfu {

using internal::Actor;
using internal::Capability;
using internal::ResolvedScope;

namespace {

std::string degrees(double v) {
  std::ostringstream out;
  out << v;  // shortest form, as the user typed it: 104, not 104.000000
  return out.str();
}

// Field checks shared by add and update. Region existence needs the store.
void validate_unit(Engine::Impl& impl, const NewUnit& u) {
  for (auto [field, value] : {std::pair<const char*, const std::string&>{"code", u.code}, {"name", u.name},
                              {"address", u.address}, {"grade", u.grade}})
    internal::require_utf8(field, value);
  if (u.code.empty()) throw Error(ErrorCode::invalid_argument, "code: required (the unit's unique code)", "code", "");
  if (u.name.empty()) throw Error(ErrorCode::invalid_argument, "name: required", "name", "");
  if (u.region == kNationwide) throw_invalid("region", "0", "a unit sits in a province, city, county or below");
  impl.require_region(u.region, "region");
  auto level = region_level(u.region);
  if ((u.kind == UnitKind::support_hospital || u.kind == UnitKind::recipient_hospital) && level < RegionLevel::county)
    throw_invalid("region", region_code_text(u.region),
                  std::string("a ") + unit_kind_label(u.kind) + " sits in a county-level region or below");
  if (u.location) {
    // China's extent; a point outside is most often latitude and longitude swapped.
    double lat = u.location->latitude, lon = u.location->longitude;
    if (!(lat >= 3 && lat <= 54))
      throw_invalid("latitude", degrees(lat), "outside China (3–54°N); are latitude and longitude swapped?");
    if (!(lon >= 73 && lon <= 136))
      throw_invalid("longitude", degrees(lon), "outside China (73–136°E); are latitude and longitude swapped?");
  }
}

ResolvedScope scope_for_new_unit(Engine::Impl& impl, const NewUnit& u) {
  ResolvedScope s;
  s.kind = Scope::Kind::unit;
  s.region = u.region;
  s.level = region_level(u.region);
  s.unit_kind = u.kind;
  s.name = u.name;
  if (u.parent) {
    auto parent = impl.unit_scope(*u.parent, "parent");
    s.pre = s.post = parent.pre;  // it will sit under its parent
  }
  return s;
}

void require_unit_reach(const Actor& actor, Capability cap, const ResolvedScope& unit, const char* verb) {
  internal::require(actor, cap, verb);
  if (!internal::reaches_unit(actor, cap, unit))
    throw Error(ErrorCode::permission_denied,
                actor.describe() + " may not " + verb + " '" + unit.name + "' (" + unit_kind_label(unit.unit_kind) +
                    "): it lies outside the account's scope");
}

}  // namespace

UnitId commands::add_unit(Engine::Impl& impl, const Actor& actor, const NewUnit& given) {
  NewUnit unit = given;
  unit.region = full_region(unit.region, "region");
  validate_unit(impl, unit);
  require_unit_reach(actor, Capability::manage_units, scope_for_new_unit(impl, unit), "add the unit");
  if (auto other = store::unit_get_by_code(impl.db, unit.code))
    throw Error(ErrorCode::conflict,
                "code '" + unit.code + "': already used by unit " + std::to_string(other->id) + " (" + other->name + ")",
                "code", unit.code);
  UnitId id = store::unit_insert(impl.db, unit);
  impl.units_dirty = true;
  impl.audit(actor, "unit.add", "unit", id, nullptr, json::to_json(*store::unit_get(impl.db, id)));
  return id;
}

UnitId Engine::add_unit(AccountId actor_id, const NewUnit& unit) {
  return impl_->write([&] { return commands::add_unit(*impl_, impl_->actor(actor_id), unit); });
}

void Engine::update_unit(AccountId actor_id, UnitId id, const NewUnit& given) {
  NewUnit unit = given;
  unit.region = full_region(unit.region, "region");
  impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    auto before = store::unit_get(impl_->db, id);
    if (!before) throw_not_found("unit", std::to_string(id));
    validate_unit(*impl_, unit);
    require_unit_reach(actor, Capability::manage_units, impl_->unit_scope(id, "unit"), "change the unit");
    require_unit_reach(actor, Capability::manage_units, scope_for_new_unit(*impl_, unit), "move the unit to");
    if (auto other = store::unit_get_by_code(impl_->db, unit.code); other && other->id != id)
      throw Error(ErrorCode::conflict,
                  "code '" + unit.code + "': already used by unit " + std::to_string(other->id) + " (" + other->name + ")",
                  "code", unit.code);
    if (unit.parent && *unit.parent == id) throw_invalid("parent", std::to_string(id), "a unit cannot be its own parent");
    store::unit_update(impl_->db, id, unit);
    impl_->units_dirty = true;
    impl_->renumber_units_if_dirty();  // throws on a cycle, rolling the update back
    impl_->audit(actor, "unit.update", "unit", id, json::to_json(*before), json::to_json(*store::unit_get(impl_->db, id)));
  });
}

Unit Engine::unit(AccountId actor_id, UnitId id) const {
  return impl_->read([&] {
    impl_->actor(actor_id);  // the directory of units is open to every active account
    auto u = store::unit_get(impl_->db, id);
    if (!u) throw_not_found("unit", std::to_string(id));
    return *u;
  });
}

Unit Engine::unit_by_code(AccountId actor_id, std::string_view code) const {
  return impl_->read([&] {
    impl_->actor(actor_id);
    auto u = store::unit_get_by_code(impl_->db, std::string(code));
    if (!u) throw_not_found("unit code", code);
    return *u;
  });
}

std::vector<Unit> Engine::units(AccountId actor_id, const UnitFilter& filter) const {
  return impl_->read([&] {
    impl_->actor(actor_id);
    std::optional<internal::DfsNumber> under;
    if (filter.under) {
      auto s = impl_->unit_scope(*filter.under, "under");
      under = internal::DfsNumber{s.pre, s.post};
    }
    UnitFilter f = filter;
    if (f.region) f.region = full_region(*f.region, "region");
    return store::unit_list(impl_->db, f, under);
  });
}

bool Engine::unit_is_under(UnitId unit, UnitId ancestor) const {
  return impl_->read([&] {
    auto a = impl_->unit_scope(unit, "unit");
    auto b = impl_->unit_scope(ancestor, "ancestor");
    return a.pre >= b.pre && a.pre <= b.post;
  });
}

// ---- pairings ----

namespace {

void require_pairing_reach(Engine::Impl& impl, const Actor& actor, UnitId support, UnitId recipient) {
  internal::require(actor, Capability::manage_pairings, "manage pairings");
  auto s = impl.unit_scope(support, "support_unit");
  auto r = impl.unit_scope(recipient, "recipient_unit");
  if (!internal::reaches_unit(actor, Capability::manage_pairings, s) &&
      !internal::reaches_unit(actor, Capability::manage_pairings, r))
    throw Error(ErrorCode::permission_denied, actor.describe() + " may not manage the pairing of '" + s.name + "' and '" +
                                                  r.name + "': neither hospital lies in the account's scope");
}

}  // namespace

PairingId Engine::add_pairing(AccountId actor_id, const NewPairing& p) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    auto s = impl_->unit_scope(p.support_unit, "support_unit");
    auto r = impl_->unit_scope(p.recipient_unit, "recipient_unit");
    if (s.unit_kind != UnitKind::support_hospital)
      throw_invalid("support_unit", std::to_string(p.support_unit),
                    "'" + s.name + "' is a " + unit_kind_label(s.unit_kind) + ", not a 支援医院");
    if (r.unit_kind != UnitKind::recipient_hospital)
      throw_invalid("recipient_unit", std::to_string(p.recipient_unit),
                    "'" + r.name + "' is a " + unit_kind_label(r.unit_kind) + ", not a 受援医院");
    if (p.start.is_not_a_date()) throw Error(ErrorCode::invalid_argument, "start: required", "start", "");
    if (p.end && *p.end < p.start) throw_invalid("end", date_text(*p.end), "is before start " + date_text(p.start));
    require_pairing_reach(*impl_, actor, p.support_unit, p.recipient_unit);
    auto overlaps = store::pairing_overlaps(impl_->db, p.support_unit, p.recipient_unit, p.start, p.end);
    if (!overlaps.empty())
      throw Error(ErrorCode::conflict, "pairing " + std::to_string(overlaps.front().id) + " already pairs '" + s.name +
                                           "' with '" + r.name + "' from " + date_text(overlaps.front().start) +
                                           "; the periods would overlap");
    PairingId id = store::pairing_insert(impl_->db, p);
    impl_->audit(actor, "pairing.add", "pairing", id, nullptr, json::to_json(*store::pairing_get(impl_->db, id)));
    return id;
  });
}

void Engine::end_pairing(AccountId actor_id, PairingId id, Date end) {
  impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    auto before = store::pairing_get(impl_->db, id);
    if (!before) throw_not_found("pairing", std::to_string(id));
    require_pairing_reach(*impl_, actor, before->support_unit, before->recipient_unit);
    if (end < before->start) throw_invalid("end", date_text(end), "is before the pairing's start " + date_text(before->start));
    store::pairing_set_end(impl_->db, id, end);
    impl_->audit(actor, "pairing.end", "pairing", id, json::to_json(*before), json::to_json(*store::pairing_get(impl_->db, id)));
  });
}

std::vector<Pairing> Engine::pairings(AccountId actor_id, const PairingFilter& filter) const {
  return impl_->read([&] {
    impl_->actor(actor_id);
    if (filter.unit) impl_->unit_scope(*filter.unit, "unit");
    return store::pairing_list(impl_->db, filter);
  });
}

}  // namespace bangfu
