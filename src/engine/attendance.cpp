// Engine commands: attendance groups and rules, punches, day results.
#include <boost/date_time/posix_time/posix_time.hpp>
#include <cmath>

#include "core/utf8.hpp"
#include "engine/attendance_eval.hpp"
#include "engine/requests_impl.hpp"
#include "json/attendance_json.hpp"
#include "store/account_store.hpp"
#include "store/attendance_store.hpp"
#include "store/staff_store.hpp"
#include "store/unit_store.hpp"

namespace bangfu {

using internal::Actor;
using internal::Capability;
namespace ai = attendance_internal;

namespace {

void require_hospital_reach(Engine::Impl& impl, const Actor& actor, UnitId unit, const char* what) {
  internal::require(actor, Capability::manage_attendance, what);
  auto scope = impl.unit_scope(unit, "unit");
  if (scope.unit_kind != UnitKind::recipient_hospital)
    throw_invalid("unit", std::to_string(unit),
                  "'" + scope.name + "' is a " + unit_kind_label(scope.unit_kind) +
                      "; attendance groups belong to a 受援医院");
  if (!internal::reaches_unit(actor, Capability::manage_attendance, scope))
    throw Error(ErrorCode::permission_denied,
                actor.describe() + " may not " + what + " of '" + scope.name + "': it lies outside the account's scope");
}

void check_group(Engine::Impl& impl, const NewAttendanceGroup& g, GroupId self) {
  internal::require_utf8("name", g.name);
  if (g.name.empty()) throw Error(ErrorCode::invalid_argument, "name: required (e.g. 默认考勤组)", "name", "");
  g.rule.validate();
  for (auto s : g.members) {
    if (!store::staff_get(impl.db, s)) throw_not_found("members: staff", std::to_string(s));
    if (auto other = store::group_listing(impl.db, g.unit, s, self))
      throw Error(ErrorCode::conflict,
                  "members: staff " + std::to_string(s) + " is already in attendance group " + std::to_string(*other) +
                      " of this hospital",
                  "members", std::to_string(s));
  }
  if (g.members.empty())
    for (const auto& existing : store::group_list(impl.db, g.unit))
      if (existing.members.empty() && existing.id != self)
        throw Error(ErrorCode::conflict,
                    "members: the hospital already has a default group (" + std::to_string(existing.id) + ", " +
                        existing.name + "); list members or change that group",
                    "members", "[]");
}

AttendanceGroup require_group(Engine::Impl& impl, GroupId id) {
  auto g = store::group_get(impl.db, id);
  if (!g) throw_not_found("attendance group", std::to_string(id));
  return *g;
}

// A staff member sees their own attendance; admins what their staff reach covers.
void require_attendance_view(Engine::Impl& impl, const Actor& actor, StaffId staff) {
  if (!store::staff_get(impl.db, staff)) throw_not_found("staff", std::to_string(staff));
  if (actor.staff && *actor.staff == staff) return;
  if (!impl.staff_in_reach(actor, staff, store::ReachUse::view))
    throw Error(ErrorCode::permission_denied,
                actor.describe() + " may not see the attendance of staff " + std::to_string(staff) +
                    ": the staff member lies outside the account's reach");
}

void check_range(Date first, Date last) {
  if (last < first) throw_invalid("last", date_text(last), "is before first (" + date_text(first) + ")");
  if ((last - first).days() > 365) throw_invalid("last", date_text(last), "ask for at most 366 days at a time");
}

}  // namespace

GroupId Engine::add_attendance_group(AccountId actor_id, const NewAttendanceGroup& group) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    require_hospital_reach(*impl_, actor, group.unit, "set the attendance rules");
    check_group(*impl_, group, 0);
    GroupId id = store::group_insert(impl_->db, group);
    impl_->audit(actor, "attendance.group_add", "attendance_group", id, nullptr,
                 json::to_json(require_group(*impl_, id)));
    return id;
  });
}

void Engine::update_attendance_group(AccountId actor_id, GroupId id, const NewAttendanceGroup& group) {
  impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    auto before = require_group(*impl_, id);
    if (group.unit != before.unit)
      throw_invalid("unit", std::to_string(group.unit), "a group stays with its hospital (" + before.unit_name + ")");
    require_hospital_reach(*impl_, actor, before.unit, "change the attendance rules");
    check_group(*impl_, group, id);
    store::group_update(impl_->db, id, group, impl_->today());
    impl_->audit(actor, "attendance.group_update", "attendance_group", id, json::to_json(before),
                 json::to_json(require_group(*impl_, id)));
  });
}

void Engine::remove_attendance_group(AccountId actor_id, GroupId id) {
  impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    auto before = require_group(*impl_, id);
    require_hospital_reach(*impl_, actor, before.unit, "remove the attendance rules");
    store::group_delete(impl_->db, id);
    impl_->audit(actor, "attendance.group_remove", "attendance_group", id, json::to_json(before), nullptr);
  });
}

std::vector<AttendanceGroup> Engine::attendance_groups(AccountId actor_id, UnitId unit) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    require_hospital_reach(*impl_, actor, unit, "see the attendance rules");
    return store::group_list(impl_->db, unit);
  });
}

AttendanceRule Engine::attendance_rule(AccountId actor_id, StaffId staff, Date day) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    require_attendance_view(*impl_, actor, staff);
    auto a = ai::assignment_on(*impl_, staff, day);
    if (!a)
      throw Error(ErrorCode::invalid_state,
                  "staff " + std::to_string(staff) + " has no assignment on " + date_text(day), "day", date_text(day));
    return ai::rule_on(*impl_, staff, a->recipient_unit, day);
  });
}

Punch Engine::record_punch(AccountId actor_id, const NewPunch& in) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    if (actor.id != kSystemActor && !(actor.staff && *actor.staff == in.staff))
      throw Error(ErrorCode::permission_denied,
                  actor.describe() + " may not punch for staff " + std::to_string(in.staff) +
                      ": a punch comes from the staff member's own account or from the host (system actor)");
    if (in.at.is_special()) throw Error(ErrorCode::invalid_argument, "at: required", "at", "");
    internal::require_utf8("source", in.source);
    auto staff = store::staff_get(impl_->db, in.staff);
    if (!staff) throw_not_found("staff", std::to_string(in.staff));
    if (in.location && (!std::isfinite(in.location->latitude) || !std::isfinite(in.location->longitude) ||
                        std::abs(in.location->latitude) > 90 || std::abs(in.location->longitude) > 180))
      throw_invalid("latitude", std::to_string(in.location->latitude) + "," + std::to_string(in.location->longitude),
                    "is not a WGS-84 position");
    Instant now = ai::now(*impl_);
    // A device clock a few minutes fast is tolerated; a punch from the future is not.
    if (in.at > now + boost::posix_time::minutes(5))
      throw_invalid("at", instant_text(in.at), "is in the future (now " + instant_text(now) + ")");
    // A staff member's own account punches as it happens; a missed punch is a make-up (补卡)
    // through approval. Only the host (a punch machine syncing) may record earlier punches.
    if (actor.id != kSystemActor && in.at < now - boost::posix_time::minutes(10))
      throw_invalid("at", instant_text(in.at),
                    "is in the past (now " + instant_text(now) +
                        "): the staff member's own account records punches as they happen; file a make-up (补卡) "
                        "for a missed one");
    // A device retrying the same punch gets the one already recorded.
    if (auto same = store::punch_at(impl_->db, in.staff, in.at)) return *same;
    Punch p;
    static_cast<NewPunch&>(p) = in;
    p.day = cst_date(in.at);
    p.minute = cst_minute(in.at);
    auto a = store::assignment_active(impl_->db, in.staff);
    if (!a || a->start > p.day)
      throw Error(ErrorCode::invalid_state,
                  "staff " + std::to_string(in.staff) + " (" + staff->name + ") has no active assignment on " +
                      date_text(p.day) + ": punches are recorded during an assignment only",
                  "at", instant_text(in.at));
    p.assignment = a->id;
    p.unit = a->recipient_unit;
    auto rule = ai::rule_on(*impl_, in.staff, p.unit, p.day);
    auto site = store::unit_get(impl_->db, p.unit)->location;
    p.check = classify_location(rule, site, in.location, &p.distance_m);
    p.recorded_by = actor.id;
    p.id = store::punch_insert(impl_->db, p);
    if (p.check == PunchCheck::field_pending) {
      auto applicant = actor.id != kSystemActor ? actor.id : store::account_for_staff(impl_->db, in.staff).value_or(actor.id);
      // The punch is a fact and is kept even when nobody can approve it yet (e.g. the
      // hospital has no enabled admin): it stays pending without a request.
      try {
        requests_internal::open_field_request(*impl_, actor, applicant, p);
      } catch (const Error& e) {
        if (e.code() != ErrorCode::invalid_state) throw;
      }
    }
    return p;
  });
}

std::vector<Punch> Engine::punches(AccountId actor_id, StaffId staff, Date first, Date last) const {
  check_range(first, last);
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    require_attendance_view(*impl_, actor, staff);
    return store::punch_list(impl_->db, staff, first, last);
  });
}

std::vector<DayResult> Engine::attendance_days(AccountId actor_id, StaffId staff, Date first, Date last) const {
  check_range(first, last);
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    require_attendance_view(*impl_, actor, staff);
    return ai::evaluate_staff(*impl_, staff, first, last);
  });
}

}  // namespace bangfu
