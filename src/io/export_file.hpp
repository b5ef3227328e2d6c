// Writing a table export to a file: beside the target first, renamed at the end, so that a
// refused or failed export leaves no half-written file behind.
#pragma once

#include <functional>
#include <string>

#include "bangfu/table.hpp"

namespace bangfu::io {

// `fill` streams the rows into the sink it is given (CSV or XLSX by `format`).
void export_to_file(const std::string& path, ExportFormat format, const std::string& sheet_name,
                    const std::function<void(TableSink&)>& fill);
// The same for a table already in memory.
void export_table(const std::string& path, ExportFormat format, const std::string& sheet_name, const Table& table);

}  // namespace bangfu::io
