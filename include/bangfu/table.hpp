// Tables: what summaries return and exports write. A table is columns (with Chinese
// labels for officials) and rows of cells; large tables stream row by row into a TableSink
// so that an export of millions of rows runs in constant memory.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "bangfu/visibility.hpp"

namespace bangfu {

enum class ColumnType : int { text = 0, integer = 1, date = 2, decimal = 3 };

struct Column {
  std::string key;     // stable English key (JSON, Python dict keys, pandas columns)
  std::string label;   // Chinese header in exports
  ColumnType type = ColumnType::text;
  double width = 12;   // XLSX column width in characters
};

// A cell is empty, an integer, or text (dates as YYYY-MM-DD, decimals as exact strings).
using Cell = std::variant<std::monostate, std::int64_t, std::string>;
using Row = std::vector<Cell>;

struct BANGFU_EXPORT Table {
  std::vector<Column> columns;
  std::vector<Row> rows;
  // Index of a column by key; throws not_found naming the key.
  std::size_t column_index(const std::string& key) const;
};

class BANGFU_EXPORT TableSink {
 public:
  virtual ~TableSink();
  virtual void begin(const std::vector<Column>& columns) = 0;
  virtual void row(const Row& row) = 0;
  virtual void end() = 0;
};

// Collects rows into a Table.
class BANGFU_EXPORT TableCollector final : public TableSink {
 public:
  void begin(const std::vector<Column>& columns) override;
  void row(const Row& row) override;
  void end() override {}
  Table take() { return std::move(table_); }

 private:
  Table table_;
};

enum class ExportFormat : int { csv = 1, xlsx = 2 };
// "csv" / "xlsx" (case-insensitive); throws invalid_argument naming field.
BANGFU_EXPORT ExportFormat parse_export_format(const std::string& text,
                                               const std::string& field = "format");

// CSV in UTF-8 with a byte-order mark (so Excel opens Chinese text correctly), CRLF line ends,
// the Chinese labels as header (RFC 4180 quoting).
BANGFU_EXPORT std::unique_ptr<TableSink> make_csv_sink(std::ostream& out);
// XLSX with Chinese headers, a frozen bold header row, an autofilter and column widths.
// Written in libxlsxwriter's constant-memory mode. Throws storage if the file can't be written.
BANGFU_EXPORT std::unique_ptr<TableSink> make_xlsx_sink(const std::string& path,
                                                        const std::string& sheet_name);
// Writes a whole table to a file in the given format.
BANGFU_EXPORT void write_table(const Table& table, ExportFormat format, const std::string& path,
                               const std::string& sheet_name = "Sheet1");

}  // namespace bangfu
