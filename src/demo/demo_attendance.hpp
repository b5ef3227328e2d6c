// The demonstration programme's attendance: rules for each recipient hospital, punches from
// the first of last month to yesterday, make-up and leave requests with their approvals,
// filed through the Engine by the people who would file them.
#pragma once

#include <vector>

#include "bangfu/demo.hpp"
#include "bangfu/engine.hpp"
#include "demo/demo_random.hpp"

namespace bangfu::demo {

struct Attendee {
  StaffId staff = 0;
  AccountId account = 0;          // the staff member's own account (0: none; a punch machine records)
  UnitId hospital = 0;            // where the active assignment is
  AccountId hospital_admin = 0;   // 受援医院管理员
  AccountId home_admin = 0;       // 支援医院管理员 of the home hospital
  Date start;                     // of the active assignment
};

struct Hospital {
  UnitId id = 0;
  AccountId admin = 0;
  GeoPoint location;
};

void add_attendance(Engine& e, Rng& rng, const std::vector<Hospital>& hospitals,
                    const std::vector<Attendee>& people, Date today, DemoSummary& summary);

}  // namespace bangfu::demo
