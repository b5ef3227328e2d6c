// CSV export: UTF-8 with BOM and CRLF, which is what Excel on a Chinese Windows opens
// without garbling the headers.
#include <ostream>

#include "bangfu/table.hpp"

namespace bangfu {
namespace {

// Excel reads "510107198402070201" as the number 5.10107E+17 (the last digits lost),
// "0123" as 123, and "=cmd" as a formula. A leading tab keeps such text as text and is not
// shown; only text cells of that shape get it.
bool needs_text_guard(const std::string& s) {
  if (s.empty()) return false;
  char c = s[0];
  if (c == '=' || c == '+' || c == '-' || c == '@') return true;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool last_x = i + 1 == s.size() && (s[i] == 'X' || s[i] == 'x') && i > 0;
    if ((s[i] < '0' || s[i] > '9') && !last_x) return false;
    ++digits;
  }
  return digits >= 12 || (s[0] == '0' && digits > 1);
}

void put_field(std::ostream& out, const std::string& raw) {
  const std::string s = needs_text_guard(raw) ? "\t" + raw : raw;
  bool quote = s.find_first_of(",\"\r\n") != std::string::npos;
  if (!quote) {
    out << s;
    return;
  }
  out << '"';
  for (char c : s) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

class CsvSink final : public TableSink {
 public:
  explicit CsvSink(std::ostream& out) : out_(out) {}
  void begin(const std::vector<Column>& columns) override {
    out_ << "\xEF\xBB\xBF";
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i) out_ << ',';
      put_field(out_, columns[i].label);
    }
    out_ << "\r\n";
  }
  void row(const Row& row) override {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out_ << ',';
      if (auto* n = std::get_if<std::int64_t>(&row[i])) out_ << *n;
      else if (auto* s = std::get_if<std::string>(&row[i])) put_field(out_, *s);
    }
    out_ << "\r\n";
  }
  void end() override { out_.flush(); }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<TableSink> make_csv_sink(std::ostream& out) { return std::make_unique<CsvSink>(out); }

}  // namespace bangfu
