// SQL for the staff information summary (支援人员信息汇总表): one row per assignment, plus
// staff not yet dispatched, limited by the actor's reach.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "account/permissions.hpp"
#include "org/unit_tree.hpp"
#include "bangfu/org.hpp"
#include "store/database.hpp"
#include "store/reach_sql.hpp"

namespace bangfu::store {

struct StaffSummaryQuery {
  internal::StaffReach reach;
  std::optional<RegionRange> recipient_region;
  std::optional<internal::DfsNumber> support_unit;
  std::optional<Date> active_on;
};

struct StaffSummaryRecord {
  StaffId staff = 0;
  std::string name;
  Sex sex = Sex::male;
  std::string id_number;
  bool full_id = false;            // the actor may see this row's ID number in full
  Title title = Title::intermediate;
  std::string position, department, specialty;
  std::string home_unit, home_address;
  std::string home_province, home_city, home_county;  // names; may be placeholders (市辖区)
  std::optional<AssignmentId> assignment;
  std::string recipient_unit, recipient_address, recipient_path;
  std::string start, planned_end, end;                // ISO dates or ""
};

// Is some row of this staff member (the record, or one of its assignments) in the reach,
// for the given use?
bool staff_in_reach(Database& db, const internal::StaffReach& reach, StaffId staff, ReachUse use);

void staff_summary_rows(Database& db, const StaffSummaryQuery& q,
                        const std::function<void(const StaffSummaryRecord&)>& each);

}  // namespace bangfu::store
