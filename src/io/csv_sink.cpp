// CSV export: UTF-8 with BOM and CRLF, which is what Excel on a Chinese Windows opens
// without garbling the headers.
#include <ostream>

#include "bangfu/table.hpp"

namespace bangfu {
namespace {

void put_field(std::ostream& out, const std::string& s) {
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
