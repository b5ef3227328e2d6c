#include "io/export_file.hpp"

#include <filesystem>
#include <fstream>

#include "bangfu/error.hpp"

namespace bangfu::io {

void export_to_file(const std::string& path, ExportFormat format, const std::string& sheet_name,
                    const std::function<void(TableSink&)>& fill) {
  std::string partial = path + ".partial";
  try {
    if (format == ExportFormat::xlsx) {
      auto sink = make_xlsx_sink(partial, sheet_name);
      fill(*sink);
    } else {
      std::ofstream out(partial, std::ios::binary | std::ios::trunc);
      if (!out) throw Error(ErrorCode::storage, "path '" + path + "': cannot open for writing", "path", path);
      auto sink = make_csv_sink(out);
      fill(*sink);
      out.flush();
      if (!out) throw Error(ErrorCode::storage, "path '" + path + "': write failed", "path", path);
    }
    std::filesystem::rename(partial, path);
  } catch (...) {
    std::error_code ec;
    std::filesystem::remove(partial, ec);
    throw;
  }
}

void export_table(const std::string& path, ExportFormat format, const std::string& sheet_name, const Table& table) {
  export_to_file(path, format, sheet_name, [&](TableSink& sink) {
    sink.begin(table.columns);
    for (const auto& r : table.rows) sink.row(r);
    sink.end();
  });
}

}  // namespace bangfu::io
