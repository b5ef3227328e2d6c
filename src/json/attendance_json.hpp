// JSON forms of attendance and approval records: what the C ABI exchanges, the store keeps
// (rules, workflows, progress) and the audit log records. Readers name the bad field.
#pragma once

#include <nlohmann/json.hpp>

#include "bangfu/attendance.hpp"
#include "bangfu/request.hpp"
#include "bangfu/workflow.hpp"

namespace bangfu::json {

using nlohmann::json;

// Rules: times as "08:30"; a missing field keeps its default, so {"on_duty": "09:00"} is a rule.
json to_json(const AttendanceRule& r);
AttendanceRule attendance_rule_from_json(const json& j);
json to_json(const AttendanceGroup& g);
NewAttendanceGroup attendance_group_from_json(const json& j);

json to_json(const Punch& p);
// {"staff", "at": "2026-03-02T08:05:00+08:00", "latitude", "longitude", "source"}
NewPunch new_punch_from_json(const json& j);

json to_json(const DayResult& d);
json to_json(const AttendanceTotals& t);
json to_json(const MonthAttendance& m);
AttendanceFilter attendance_filter_from_json(const json& j);

json to_json(const Workflow& w);
Workflow workflow_from_json(const json& j);
json to_json(const RequestProgress& p);
RequestProgress progress_from_json(const json& j);

json to_json(const Request& r);
MakeupRequest makeup_request_from_json(const json& j);
LeaveRequest leave_request_from_json(const json& j);
RequestFilter request_filter_from_json(const json& j);
json to_json(const MakeupQuota& q);

}  // namespace bangfu::json
