// The staff reach (account/permissions.hpp) as an SQL condition. Queries that use it name
// their tables: s = staff, su = the staff member's home unit, hu = the sending hospital
// (or the home unit), ru = the recipient hospital of the assignment.
#pragma once

#include <string>

#include "account/permissions.hpp"

namespace bangfu::store {

// What the reach is asked for.
enum class ReachUse {
  view,     // every clause: the rows an account sees
  manage,   // the rows it may change: no self clause; the recipient side only while assigned
  full_id,  // the rows whose ID numbers it sees in full: national, own hospital, self
};

std::string between(const char* col, std::int64_t lo, std::int64_t hi);
std::string reach_sql(const internal::StaffReach& r, ReachUse use);
// Recipient hospitals (table alias u) an actor's reach looks at: those in its region or
// unit, those paired with its support hospitals, the ones a staff member served at.
std::string recipient_view_sql(const internal::StaffReach& r);

}  // namespace bangfu::store
