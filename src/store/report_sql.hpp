// SQL fragments shared by the report queries. Tables: r = report, ru and u = its hospital,
// s = its staff member (NULL for a hospital's report), su = the staff member's home unit,
// hu = the sending hospital (joined by kSendingHospitalJoin).
#pragma once

#include <string>

#include "account/permissions.hpp"

namespace bangfu::store {

// LEFT JOINs hu: the support hospital a staff member's home unit is (or is a department of).
inline constexpr const char* kSendingHospitalJoin =
    "LEFT JOIN unit hu ON hu.id = coalesce((SELECT h.id FROM unit h WHERE h.kind = 1 AND h.pre <= su.pre "
    "AND h.post >= su.pre ORDER BY h.pre DESC LIMIT 1), su.id) ";

// Which reports an account sees: a staff report through the staff reach (its hospital as the
// recipient side, the staff member's home unit as the support side, the staff member themself);
// a hospital's report through the recipient hospitals the account looks at (its region or unit,
// or paired with its support hospitals).
std::string report_reach_sql(const internal::StaffReach& reach);

}  // namespace bangfu::store
