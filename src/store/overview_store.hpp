// SQL for the programme overview (对口帮扶工作概况).
#pragma once

#include <vector>

#include "account/permissions.hpp"
#include "bangfu/org.hpp"
#include "store/database.hpp"

namespace bangfu::store {

struct RecipientFigures {
  UnitId unit = 0;
  RegionCode region = 0;
  std::int64_t pairings_active = 0;
  std::int64_t pairings_total = 0;
  std::int64_t staff_on_duty = 0;  // within the reach
};
// One entry per recipient hospital in the actor's view, by region.
std::vector<RecipientFigures> recipient_figures(Database& db, const internal::StaffReach& reach, Date on);

struct StaffCounts {
  std::int64_t registered = 0, on_duty = 0, assignments_ended = 0, not_dispatched = 0;
};
StaffCounts staff_counts(Database& db, const internal::StaffReach& reach, Date on);
// Support hospitals: all of them for a national view, else those paired with the view.
std::int64_t support_hospital_count(Database& db, const internal::StaffReach& reach);

}  // namespace bangfu::store
