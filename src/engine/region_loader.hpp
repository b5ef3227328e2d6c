// Loading region tables (the shipped NBS edition, a newer edition, or villages) from CSV.
#pragma once

#include <istream>
#include <string>

#include "bangfu/import.hpp"
#include "store/database.hpp"

namespace bangfu::internal {

// Reads code,name rows (other columns ignored), checks codes and parents, and — unless the
// file has problems and options.keep_good_rows is false, or options.dry_run — writes them.
// Renaming a region rewrites its descendants' name paths. Runs inside the caller's transaction.
ImportReport load_regions(store::Database& db, std::istream& csv, const ImportOptions& options);

// Fills an empty region table from the embedded NBS 2022 tables (31/342/2978/41352 rows).
void seed_regions(store::Database& db);

}  // namespace bangfu::internal
