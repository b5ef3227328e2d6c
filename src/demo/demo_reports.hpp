// The demonstration programme's reports (数据上报): a year of 支援人员工作量月报 for the staff on
// assignment in each of the twelve months before the current one, and last year's
// 受援医院帮扶成效年报, filed through the Engine by the people who would file them: the hospital
// admin opens and fills, the host (system actor) replays when each was submitted, the
// recipient province admin reviews and submits the province's package to the national level.
#pragma once

#include <string>
#include <vector>

#include "bangfu/demo.hpp"
#include "bangfu/engine.hpp"
#include "demo/demo_random.hpp"

namespace bangfu::demo {

struct ReportHospital {
  UnitId id = 0;
  AccountId admin = 0;           // 受援医院管理员: fills the reports
  RegionCode province = 0;       // 12-digit code of the hospital's province
  AccountId province_admin = 0;  // 受援省份管理员: reviews them and submits the packages
};

// A staff member who has been on assignment (now or earlier). The department decides what
// work a month plausibly holds (a surgeon operates, a radiologist reads images).
struct Reporter {
  StaffId staff = 0;
  std::string department;
  bool clinical = true;
};

void add_reports(Engine& e, Rng& rng, const std::vector<ReportHospital>& hospitals, const std::vector<Reporter>& staff,
                 Date today, DemoSummary& summary);

}  // namespace bangfu::demo
