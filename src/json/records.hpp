// JSON forms of bangfu's records: what the C ABI exchanges and the audit log stores.
// Readers name the offending field and value in their errors.
#pragma once

#include <nlohmann/json.hpp>

#include "bangfu/account.hpp"
#include "bangfu/audit.hpp"
#include "bangfu/demo.hpp"
#include "bangfu/import.hpp"
#include "bangfu/org.hpp"
#include "bangfu/overview.hpp"
#include "bangfu/region.hpp"
#include "bangfu/summary.hpp"
#include "bangfu/table.hpp"

namespace bangfu::json {

using nlohmann::json;

json to_json(const Region& r);
json to_json(const Unit& u);
json to_json(const Pairing& p);
json to_json(const Staff& s);
json to_json(const Assignment& a);
json to_json(const Account& a);
json to_json(const AuditEntry& e);
json to_json(const ImportReport& r);
json to_json(const DemoSummary& d);
json to_json(const ProgrammeOverview& o);
// A cell: a number, a string, or null when empty.
json cell_json(const Cell& c);
// {"columns":[{"key","label","type"}...], "rows":[{key: value, ...}, ...]}
json to_json(const Table& t);

// Parses a JSON text; throws invalid_argument naming `what` on a syntax error.
json parse(const char* text, const char* what);

NewUnit new_unit_from_json(const json& j);
NewPairing new_pairing_from_json(const json& j);
NewStaff new_staff_from_json(const json& j);
NewAssignment new_assignment_from_json(const json& j);
EndOfTask end_of_task_from_json(const json& j);
NewAccount new_account_from_json(const json& j);
UnitFilter unit_filter_from_json(const json& j);
PairingFilter pairing_filter_from_json(const json& j);
AccountFilter account_filter_from_json(const json& j);
StaffSummaryFilter staff_summary_filter_from_json(const json& j);
AuditFilter audit_filter_from_json(const json& j);
ImportOptions import_options_from_json(const json& j);
DemoOptions demo_options_from_json(const json& j);
Date date_from_json(const json& j, const char* field);

}  // namespace bangfu::json
