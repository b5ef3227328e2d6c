// Bulk import from CSV (UTF-8, optional BOM, first row = column names).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "bangfu/visibility.hpp"

namespace bangfu {

enum class ImportKind : int {
  regions = 1,  // code,name[,...]: any level; villages (12 digits) are loaded this way
  units = 2,    // code,kind,name,region_code,address,grade,latitude,longitude,parent_code
  staff = 3,    // name,id_number,title,position,department,specialty,phone,home_unit_code
                // [,recipient_unit_code,start_date,planned_end_date]
  calendar = 4, // date,kind,holiday: a State Council holiday notice (kind off / work); the
                // years in the file replace the ones held
};
BANGFU_EXPORT const char* import_kind_key(ImportKind k) noexcept;
// "regions" / "units" / "staff"; throws invalid_argument naming field.
BANGFU_EXPORT ImportKind parse_import_kind(const std::string& text, const std::string& field = "kind");

struct ImportOptions {
  // A file with bad rows is refused whole unless the operator asks to keep the good rows.
  bool keep_good_rows = false;
  // Check every row and report, but write nothing.
  bool dry_run = false;
  // For regions and the calendar: the edition label stored (e.g. "nbs-2023").
  std::string edition = "host";
};

struct ImportProblem {
  std::int64_t line = 0;  // 1-based line in the file; the header is line 1
  std::string field;
  std::string value;
  std::string message;
};

struct ImportReport {
  std::int64_t rows_read = 0;
  std::int64_t rows_valid = 0;      // passed every check (what a dry run would import)
  std::int64_t rows_imported = 0;   // written (0 unless committed)
  std::int64_t rows_rejected = 0;
  bool committed = false;
  std::vector<ImportProblem> problems;  // the first 1000 problems, in file order
};

}  // namespace bangfu
