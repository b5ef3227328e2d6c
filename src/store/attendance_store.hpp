// SQL for attendance groups and punches.
#pragma once

#include <optional>
#include <vector>

#include "bangfu/attendance.hpp"
#include "account/permissions.hpp"
#include "store/database.hpp"

namespace bangfu::store {

GroupId group_insert(Database& db, const NewAttendanceGroup& g);
// Replaces name and members; the rule applies from `from` on (earlier days keep theirs).
void group_update(Database& db, GroupId id, const NewAttendanceGroup& g, Date from);
void group_delete(Database& db, GroupId id);
std::optional<AttendanceGroup> group_get(Database& db, GroupId id);
std::vector<AttendanceGroup> group_list(Database& db, UnitId unit);
// The group a staff member belongs to at a unit: a member list naming them, else the unit's
// default group; nullopt when the unit has neither.
std::optional<AttendanceGroup> group_for_staff(Database& db, StaffId staff, UnitId unit);
// Only the id of that group (no member list): the hot paths need no more.
std::optional<GroupId> group_id_for_staff(Database& db, StaffId staff, UnitId unit);
// The rule versions of a group, oldest first: (first day in force, rule).
std::vector<std::pair<Date, AttendanceRule>> group_rule_versions(Database& db, GroupId id);
// Another group of the unit that lists this staff member (to refuse double membership).
std::optional<GroupId> group_listing(Database& db, UnitId unit, StaffId staff, GroupId except);

PunchId punch_insert(Database& db, const Punch& p);
void punch_set_check(Database& db, PunchId id, PunchCheck check);
std::optional<Punch> punch_get(Database& db, PunchId id);
// The punch of a staff member at exactly this instant (a device's retry), if any.
std::optional<Punch> punch_at(Database& db, StaffId staff, Instant at);
// A staff member's punches on CST days [first, last], in time order.
std::vector<Punch> punch_list(Database& db, StaffId staff, Date first, Date last);

}  // namespace bangfu::store

namespace bangfu::store {

// Who the monthly statistics cover: assignments overlapping [first, last] of staff in reach.
struct RosterQuery {
  internal::StaffReach reach;
  Date first, last;
  std::optional<RegionRange> region;  // recipient hospital's region
  std::optional<UnitId> unit;
  std::optional<StaffId> staff;
};
struct RosterRow {
  StaffId staff = 0;
  std::string staff_name;
  std::string home_unit_name;
  AssignmentId assignment = 0;
  UnitId unit = 0;
  std::string unit_name;
  RegionCode region = 0;
  std::string region_path;
};
std::vector<RosterRow> attendance_roster(Database& db, const RosterQuery& q);

}  // namespace bangfu::store
