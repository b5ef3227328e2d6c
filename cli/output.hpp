// Terminal output of the bangfu command: aligned tables and key/value blocks that count a
// Chinese character as two columns, as terminals draw it.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bangfu/table.hpp"

namespace bangfu::cli {

// Columns a terminal uses for a UTF-8 string: East Asian wide and fullwidth characters
// count 2, combining marks 0, everything else 1. Malformed bytes count 1 each.
std::size_t display_width(std::string_view utf8);

enum class Align { left, right };

struct TextTable {
  std::vector<std::string> headers;
  std::vector<Align> align;               // per column; missing entries are left-aligned
  std::vector<std::vector<std::string>> rows;
  void add(std::vector<std::string> row) { rows.push_back(std::move(row)); }
};

// Header, a rule of dashes, then the rows; columns separated by two spaces.
void print_table(std::ostream& out, const TextTable& table);

// "label  value" lines with the labels padded to one width.
void print_fields(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& fields);

// A cell of a bangfu::Table as text (empty cells as "").
std::string cell_text(const Cell& cell);

// A bangfu::Table as a TextTable, keeping the columns whose keys are listed (all when empty).
// Unknown keys are a bangfu::Error (invalid_argument naming `field`).
TextTable to_text_table(const Table& table, const std::vector<std::string>& keys, const std::string& field);

}  // namespace bangfu::cli
