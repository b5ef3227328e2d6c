#include "output.hpp"

#include <algorithm>
#include <cstdint>
#include <ostream>
#include <sstream>

#include "bangfu/error.hpp"

namespace bangfu::cli {
namespace {

// Decodes one UTF-8 sequence at s[i]; returns the code point (or 0xFFFD) and advances i.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((c >> 6) != 0x2) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  i += static_cast<std::size_t>(len);
  return cp;
}

bool is_combining(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || (c >= 0xFE00 && c <= 0xFE0F) ||
         c == 0xFEFF;
}

// East Asian Width W and F ranges (Unicode 15, the blocks that occur in practice).
bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
         (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

void pad(std::ostream& out, const std::string& text, std::size_t width, Align align, bool last) {
  std::size_t w = display_width(text);
  std::size_t fill = width > w ? width - w : 0;
  if (align == Align::right) out << std::string(fill, ' ') << text;
  else {
    out << text;
    if (!last) out << std::string(fill, ' ');
  }
}

}  // namespace

std::size_t display_width(std::string_view utf8) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t c = next_code_point(utf8, i);
    if (is_combining(c)) continue;
    width += is_wide(c) ? 2 : 1;
  }
  return width;
}

void print_table(std::ostream& out, const TextTable& t) {
  std::size_t n = t.headers.size();
  std::vector<std::size_t> widths(n, 0);
  for (std::size_t c = 0; c < n; ++c) widths[c] = display_width(t.headers[c]);
  for (auto& row : t.rows)
    for (std::size_t c = 0; c < n && c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
  auto align = [&](std::size_t c) { return c < t.align.size() ? t.align[c] : Align::left; };
  auto line = [&](const std::vector<std::string>& cells) {
    std::ostringstream text;
    for (std::size_t c = 0; c < n; ++c) {
      if (c) text << "  ";
      pad(text, c < cells.size() ? cells[c] : std::string(), widths[c], align(c), c + 1 == n);
    }
    std::string s = text.str();
    s.erase(s.find_last_not_of(' ') + 1);  // no trailing blanks when the last cells are empty
    out << s << '\n';
  };
  line(t.headers);
  std::vector<std::string> rule;
  for (std::size_t c = 0; c < n; ++c) rule.emplace_back(widths[c], '-');
  line(rule);
  for (auto& row : t.rows) line(row);
}

void print_fields(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& fields) {
  std::size_t width = 0;
  for (auto& [label, value] : fields) width = std::max(width, display_width(label));
  for (auto& [label, value] : fields) {
    out << label;
    if (!value.empty()) out << std::string(width - display_width(label) + 2, ' ') << value;
    out << '\n';
  }
}

std::string cell_text(const Cell& cell) {
  if (auto i = std::get_if<std::int64_t>(&cell)) return std::to_string(*i);
  if (auto s = std::get_if<std::string>(&cell)) return *s;
  return {};
}

TextTable to_text_table(const Table& table, const std::vector<std::string>& keys, const std::string& field) {
  std::vector<std::size_t> cols;
  if (keys.empty()) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) cols.push_back(c);
  } else {
    for (auto& k : keys) {
      auto it = std::find_if(table.columns.begin(), table.columns.end(), [&](const Column& col) { return col.key == k; });
      if (it == table.columns.end()) {
        std::string known;
        for (auto& col : table.columns) known += (known.empty() ? "" : ", ") + col.key;
        throw_invalid(field, k, "no such column; the columns are " + known);
      }
      cols.push_back(static_cast<std::size_t>(it - table.columns.begin()));
    }
  }
  TextTable t;
  for (auto c : cols) {
    t.headers.push_back(table.columns[c].label);
    t.align.push_back(table.columns[c].type == ColumnType::integer ? Align::right : Align::left);
  }
  for (auto& row : table.rows) {
    std::vector<std::string> cells;
    for (auto c : cols) cells.push_back(c < row.size() ? cell_text(row[c]) : std::string());
    t.add(std::move(cells));
  }
  return t;
}

}  // namespace bangfu::cli
