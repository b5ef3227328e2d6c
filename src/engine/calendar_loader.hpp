// Loading the national holiday calendar (the shipped 2016–2026 data, or a new year's notice).
#pragma once

#include <istream>
#include <string>

#include "bangfu/import.hpp"
#include "store/database.hpp"

namespace bangfu::internal {

// Reads date,kind,holiday rows (kind: off / work, or 休 / 班), one State Council notice or
// several; the years present in the file are replaced whole. Same report and all-or-nothing
// rule as other imports. Runs inside the caller's transaction.
ImportReport load_holidays(store::Database& db, std::istream& csv, const ImportOptions& options,
                           const std::string& loaded_at);

// Fills an empty calendar from the embedded 2016–2026 data (loaded_at "": shipped with the
// library; opening a database does not read the clock).
void seed_holidays(store::Database& db);

}  // namespace bangfu::internal
