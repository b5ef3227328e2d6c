// SQL for support staff and assignments.
#pragma once

#include <optional>
#include <vector>

#include "bangfu/org.hpp"
#include "store/database.hpp"

namespace bangfu::store {

StaffId staff_insert(Database& db, const Staff& s);
void staff_update(Database& db, StaffId id, const Staff& s);
std::optional<Staff> staff_get(Database& db, StaffId id);
std::optional<Staff> staff_by_id_number(Database& db, const std::string& id_number);

AssignmentId assignment_insert(Database& db, const NewAssignment& a);
void assignment_end(Database& db, AssignmentId id, const EndOfTask& e);
std::optional<Assignment> assignment_get(Database& db, AssignmentId id);
std::vector<Assignment> assignment_list(Database& db, StaffId staff);
std::optional<Assignment> assignment_active(Database& db, StaffId staff);
// The latest end date among the staff member's ended assignments.
std::optional<Date> assignment_last_end(Database& db, StaffId staff);

}  // namespace bangfu::store
