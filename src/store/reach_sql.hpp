// The staff reach (account/permissions.hpp) as an SQL condition. Queries that use it name
// their tables: s = staff, su = the staff member's home unit, hu = the sending hospital
// (or the home unit), ru = the recipient hospital of the assignment.
#pragma once

#include <string>

#include "account/permissions.hpp"

namespace bangfu::store {

std::string between(const char* col, std::int64_t lo, std::int64_t hi);
// full_only: only the clauses that allow full ID numbers (national, own hospital, self).
std::string reach_sql(const internal::StaffReach& r, bool full_only);
// Recipient hospitals (table alias u) an actor's reach looks at: those in its region or
// unit, those paired with its support hospitals, the ones a staff member served at.
std::string recipient_view_sql(const internal::StaffReach& r);

}  // namespace bangfu::store
