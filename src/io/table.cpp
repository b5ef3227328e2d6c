#include <algorithm>
#include <cctype>
#include <fstream>

#include "bangfu/error.hpp"
#include "bangfu/table.hpp"

namespace bangfu {

std::size_t Table::column_index(const std::string& key) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].key == key) return i;
  throw_not_found("column", key);
}

TableSink::~TableSink() = default;

void TableCollector::begin(const std::vector<Column>& columns) {
  table_.columns = columns;
  table_.rows.clear();
}

void TableCollector::row(const Row& row) { table_.rows.push_back(row); }

ExportFormat parse_export_format(const std::string& text, const std::string& field) {
  std::string t = text;
  std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
  if (t == "csv") return ExportFormat::csv;
  if (t == "xlsx") return ExportFormat::xlsx;
  throw_invalid(field, text, "unknown export format; use csv or xlsx");
}

void write_table(const Table& table, ExportFormat format, const std::string& path,
                 const std::string& sheet_name) {
  auto emit = [&](TableSink& sink) {
    sink.begin(table.columns);
    for (auto& r : table.rows) sink.row(r);
    sink.end();
  };
  if (format == ExportFormat::xlsx) {
    auto sink = make_xlsx_sink(path, sheet_name);
    emit(*sink);
    return;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw Error(ErrorCode::storage, "path '" + path + "': cannot open for writing");
  auto sink = make_csv_sink(out);
  emit(*sink);
  out.flush();
  if (!out) throw Error(ErrorCode::storage, "path '" + path + "': write failed");
}

}  // namespace bangfu
