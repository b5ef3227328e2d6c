// RFC 4180 CSV reader that knows the line each record starts on, so that import problems
// can be reported as "line 17". Written here rather than taken from libcsv because libcsv
// reports neither line numbers nor record boundaries in a way that maps to the file.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace bangfu::internal {

class CsvReader {
 public:
  explicit CsvReader(std::istream& in);
  // Reads the next record into `fields`; false at end of input. A UTF-8 BOM at the start is
  // skipped. Throws invalid_argument on an unterminated quote or text that is not UTF-8
  // (naming the line).
  bool next(std::vector<std::string>& fields);
  // Line on which the record last returned by next() started (1-based).
  std::int64_t line() const { return record_line_; }

 private:
  bool read_record(std::vector<std::string>& fields);
  int get();
  std::istream& in_;
  std::int64_t line_ = 1;
  std::int64_t record_line_ = 0;
  bool started_ = false;
};

// Header helper: maps column names (trimmed, case-insensitive ASCII) to indexes.
class CsvHeader {
 public:
  explicit CsvHeader(const std::vector<std::string>& names);
  // Index of a column, or -1. `aliases` are alternative names (e.g. Chinese headers).
  int find(std::string_view name, std::initializer_list<std::string_view> aliases = {}) const;
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::vector<std::string> names_;
};

std::string trim(std::string_view s);

}  // namespace bangfu::internal
