#include "store/report_sql.hpp"

#include "store/reach_sql.hpp"

namespace bangfu::store {

std::string report_reach_sql(const internal::StaffReach& reach) {
  if (reach.all) return "1";
  return "(r.staff IS NOT NULL AND (" + reach_sql(reach, ReachUse::view) + ")) OR (r.staff IS NULL AND (" +
         recipient_view_sql(reach) + "))";
}

}  // namespace bangfu::store
