// Engine commands: support staff (支援人员) and their assignments (派驻).
#include <boost/date_time/gregorian/gregorian.hpp>

#include "core/utf8.hpp"
#include "engine/engine_impl.hpp"
#include "json/records.hpp"
#include "store/staff_store.hpp"
#include "store/unit_store.hpp"

namespace bangfu {

using internal::Actor;
using internal::Capability;
using internal::ResolvedScope;

namespace {

// Checks the fields and derives sex and birth date from the ID number.
Staff checked_staff(Engine::Impl& impl, const NewStaff& in) {
  Staff s;
  static_cast<NewStaff&>(s) = in;
  for (auto [field, value] : {std::pair<const char*, const std::string&>{"name", s.name}, {"position", s.position},
                              {"department", s.department}, {"specialty", s.specialty}, {"phone", s.phone}})
    internal::require_utf8(field, value);
  if (s.name.empty()) throw Error(ErrorCode::invalid_argument, "name: required", "name", "");
  if (internal::utf8_length(s.name) > 30) throw_invalid("name", s.name, "is longer than 30 characters");
  auto id = parse_id_number(in.id_number, "id_number", impl.today());
  s.id_number = id.number;
  s.sex = id.sex;
  s.birth_date = id.birth;
  for (char c : s.phone)
    if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == ' '))
      throw_invalid("phone", s.phone, "may hold digits, spaces, '+' and '-' only");
  if (s.position.empty()) s.position = "其他";
  auto home = impl.unit_scope(in.home_unit, "home_unit");
  if (home.unit_kind != UnitKind::support_hospital && home.unit_kind != UnitKind::department)
    throw_invalid("home_unit", std::to_string(in.home_unit),
                  "'" + home.name + "' is a " + unit_kind_label(home.unit_kind) + "; staff are sent by a 支援医院 or one of its departments");
  return s;
}

void refuse_duplicate(store::Database& db, const Staff& s, StaffId self) {
  if (auto other = store::staff_by_id_number(db, s.id_number); other && other->id != self)
    throw Error(ErrorCode::conflict,
                "id_number '" + mask_id_number(s.id_number) + "': already registered as staff " +
                    std::to_string(other->id) + " (" + other->name + ", " + other->home_unit_name + ")",
                "id_number", mask_id_number(s.id_number));
}

// Who may start or end an assignment: the recipient side reaching the hospital, or the
// support side reaching the staff member's home unit.
void require_assignment_reach(Engine::Impl& impl, const Actor& actor, const ResolvedScope& recipient, UnitId home) {
  internal::require(actor, Capability::manage_assignments, "manage assignments");
  if (internal::reaches_unit(actor, Capability::manage_assignments, recipient)) return;
  if (internal::reaches_unit(actor, Capability::manage_assignments, impl.unit_scope(home, "home_unit"))) return;
  throw Error(ErrorCode::permission_denied, actor.describe() + " may not manage assignments to '" + recipient.name +
                                                "': neither the hospital nor the staff member's home unit lies in the account's scope");
}

AssignmentId start_assignment_in(Engine::Impl& impl, const Actor& actor, const NewAssignment& a) {
  if (a.staff == 0) throw Error(ErrorCode::invalid_argument, "staff: required (the staff member's id)", "staff", "");
  auto staff = store::staff_get(impl.db, a.staff);
  if (!staff) throw_not_found("staff", std::to_string(a.staff));
  auto recipient = impl.unit_scope(a.recipient_unit, "recipient_unit");
  if (recipient.unit_kind != UnitKind::recipient_hospital)
    throw_invalid("recipient_unit", std::to_string(a.recipient_unit),
                  "'" + recipient.name + "' is a " + unit_kind_label(recipient.unit_kind) + ", not a 受援医院");
  if (a.start.is_not_a_date()) throw Error(ErrorCode::invalid_argument, "start: required", "start", "");
  if (a.planned_end && *a.planned_end < a.start)
    throw_invalid("planned_end", date_text(*a.planned_end), "is before start " + date_text(a.start));
  require_assignment_reach(impl, actor, recipient, staff->home_unit);
  if (auto active = store::assignment_active(impl.db, a.staff))
    throw Error(ErrorCode::conflict,
                "staff " + std::to_string(a.staff) + " (" + staff->name + ") already has an active assignment " +
                    std::to_string(active->id) + " at " + active->recipient_name + " since " + date_text(active->start) +
                    "; file its end-of-task report (结束任务) first",
                "staff", std::to_string(a.staff));
  if (auto last = store::assignment_last_end(impl.db, a.staff); last && a.start <= *last)
    throw_invalid("start", date_text(a.start), "overlaps the previous assignment, which ended on " + date_text(*last));
  AssignmentId id = store::assignment_insert(impl.db, a);
  impl.audit(actor, "assignment.start", "assignment", id, nullptr, json::to_json(*store::assignment_get(impl.db, id)));
  return id;
}

}  // namespace

StaffId commands::add_staff(Engine::Impl& impl, const Actor& actor, const NewStaff& in,
                           const std::optional<NewAssignment>& arrival) {
  Staff s = checked_staff(impl, in);
  internal::require(actor, Capability::manage_staff, "add staff");
  if (arrival) {
    // 新增帮扶人员: the recipient side registers an arriving doctor with the assignment.
    auto recipient = impl.unit_scope(arrival->recipient_unit, "recipient_unit");
    require_assignment_reach(impl, actor, recipient, s.home_unit);
  } else {
    auto home = impl.unit_scope(s.home_unit, "home_unit");
    if (!internal::reaches_unit(actor, Capability::manage_staff, home))
      throw Error(ErrorCode::permission_denied,
                  actor.describe() + " may not add staff of '" + home.name +
                      "': it lies outside the account's scope (a recipient hospital adds arriving staff together "
                      "with their assignment)");
  }
  refuse_duplicate(impl.db, s, 0);
  StaffId id = store::staff_insert(impl.db, s);
  s.id = id;
  s.home_unit_name = impl.unit_scope(s.home_unit, "home_unit").name;
  impl.audit(actor, "staff.add", "staff", id, nullptr, json::to_json(s));
  if (arrival) {
    NewAssignment a = *arrival;
    a.staff = id;
    start_assignment_in(impl, actor, a);
  }
  return id;
}

StaffId Engine::add_staff(AccountId actor_id, const NewStaff& in, const std::optional<NewAssignment>& arrival) {
  return impl_->write([&] { return commands::add_staff(*impl_, impl_->actor(actor_id), in, arrival); });
}

void Engine::update_staff(AccountId actor_id, StaffId id, const NewStaff& in) {
  impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    internal::require(actor, Capability::manage_staff, "change staff records");
    auto before = store::staff_get(impl_->db, id);
    if (!before) throw_not_found("staff", std::to_string(id));
    if (!impl_->staff_in_reach(actor, id, store::ReachUse::manage))
      throw Error(ErrorCode::permission_denied, actor.describe() + " may not change staff " + std::to_string(id) +
                                                    ": outside the account's scope (a recipient hospital manages a "
                                                    "doctor only while the doctor serves there)");
    Staff s = checked_staff(*impl_, in);
    if (s.home_unit != before->home_unit) {
      // Moving a doctor to another sending unit is the sending side's decision.
      auto home = impl_->unit_scope(s.home_unit, "home_unit");
      if (!internal::reaches_unit(actor, Capability::manage_staff, home))
        throw Error(ErrorCode::permission_denied,
                    actor.describe() + " may not move staff " + std::to_string(id) + " to '" + home.name +
                        "': only the sending side may change a doctor's home unit, within its own scope",
                    "home_unit", std::to_string(s.home_unit));
    }
    refuse_duplicate(impl_->db, s, id);
    store::staff_update(impl_->db, id, s);
    impl_->audit(actor, "staff.update", "staff", id, json::to_json(*before), json::to_json(*store::staff_get(impl_->db, id)));
  });
}

namespace {

// ID numbers are shown in full only to whom the reach allows (national, own hospital, self).
void mask_unless_allowed(Engine::Impl& impl, const Actor& actor, Staff& s) {
  if (!impl.staff_in_reach(actor, s.id, store::ReachUse::full_id)) s.id_number = mask_id_number(s.id_number);
}

}  // namespace

Staff Engine::staff(AccountId actor_id, StaffId id) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    internal::require(actor, Capability::view_staff, "view staff");
    auto s = store::staff_get(impl_->db, id);
    if (!s) throw_not_found("staff", std::to_string(id));
    if (!impl_->staff_in_reach(actor, id, store::ReachUse::view))
      throw Error(ErrorCode::permission_denied,
                  actor.describe() + " may not view staff " + std::to_string(id) + ": outside the account's scope");
    mask_unless_allowed(*impl_, actor, *s);
    return *s;
  });
}

std::optional<Staff> Engine::staff_by_id_number(AccountId actor_id, std::string_view id_number) const {
  return impl_->read([&]() -> std::optional<Staff> {
    auto actor = impl_->actor(actor_id);
    // Looking up by the full number is how an arriving doctor is found: whoever may add
    // staff may ask, since they hold the number already. Outside the account's reach the
    // answer confirms identity only (name, sex, birth, title, home unit) — no contact details.
    internal::require(actor, Capability::manage_staff, "look staff up by ID number");
    auto id = parse_id_number(id_number, "id_number");
    auto s = store::staff_by_id_number(impl_->db, id.number);
    if (s && !impl_->staff_in_reach(actor, s->id, store::ReachUse::view)) {
      s->phone.clear();
      s->position.clear();
      s->department.clear();
      s->specialty.clear();
    }
    return s;
  });
}

AssignmentId Engine::start_assignment(AccountId actor_id, const NewAssignment& a) {
  return impl_->write([&] { return start_assignment_in(*impl_, impl_->actor(actor_id), a); });
}

void Engine::end_assignment(AccountId actor_id, AssignmentId id, const EndOfTask& report) {
  impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    auto before = store::assignment_get(impl_->db, id);
    if (!before) throw_not_found("assignment", std::to_string(id));
    auto staff = store::staff_get(impl_->db, before->staff);
    require_assignment_reach(*impl_, actor, impl_->unit_scope(before->recipient_unit, "recipient_unit"), staff->home_unit);
    if (!before->active())
      throw Error(ErrorCode::invalid_state,
                  "assignment " + std::to_string(id) + " already ended on " + date_text(before->ended->end));
    if (report.end.is_not_a_date()) throw Error(ErrorCode::invalid_argument, "end: required", "end", "");
    internal::require_utf8("summary", report.summary);
    internal::require_utf8("evaluation", report.evaluation);
    if (report.end < before->start) throw_invalid("end", date_text(report.end), "is before the assignment's start " + date_text(before->start));
    if (report.end > impl_->today())
      throw_invalid("end", date_text(report.end), "is after today (" + date_text(impl_->today()) +
                                                "); file the end-of-task report once the task has ended");
    store::assignment_end(impl_->db, id, report);
    impl_->audit(actor, "assignment.end", "assignment", id, json::to_json(*before),
                 json::to_json(*store::assignment_get(impl_->db, id)));
  });
}

Assignment Engine::assignment(AccountId actor_id, AssignmentId id) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    internal::require(actor, Capability::view_staff, "view assignments");
    auto a = store::assignment_get(impl_->db, id);
    if (!a) throw_not_found("assignment", std::to_string(id));
    if (!impl_->staff_in_reach(actor, a->staff, store::ReachUse::view))
      throw Error(ErrorCode::permission_denied,
                  actor.describe() + " may not view assignment " + std::to_string(id) + ": outside the account's scope");
    return *a;
  });
}

std::vector<Assignment> Engine::assignments(AccountId actor_id, StaffId staff) const {
  return impl_->read([&] {
    auto actor = impl_->actor(actor_id);
    internal::require(actor, Capability::view_staff, "view assignments");
    if (!store::staff_get(impl_->db, staff)) throw_not_found("staff", std::to_string(staff));
    if (!impl_->staff_in_reach(actor, staff, store::ReachUse::view))
      throw Error(ErrorCode::permission_denied,
                  actor.describe() + " may not view staff " + std::to_string(staff) + ": outside the account's scope");
    return store::assignment_list(impl_->db, staff);
  });
}

}  // namespace bangfu
