#include "io/csv_reader.hpp"

#include <algorithm>
#include <cctype>

#include "bangfu/error.hpp"
#include "core/utf8.hpp"

namespace bangfu::internal {

CsvReader::CsvReader(std::istream& in) : in_(in) {}

int CsvReader::get() {
  int c = in_.get();
  if (c == '\n') ++line_;
  return c;
}

bool CsvReader::next(std::vector<std::string>& fields) {
  if (!read_record(fields)) return false;
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (!valid_utf8(fields[i]))
      throw Error(ErrorCode::invalid_argument,
                  "line " + std::to_string(record_line_) + ", column " + std::to_string(i + 1) +
                      ": the file is not UTF-8 text (saved as GBK by Excel?); save it as 'CSV UTF-8' and try again",
                  "csv", "line " + std::to_string(record_line_));
  return true;
}

bool CsvReader::read_record(std::vector<std::string>& fields) {
  fields.clear();
  if (!started_) {
    started_ = true;
    // Skip a UTF-8 byte-order mark (Excel writes one).
    if (in_.peek() == 0xEF) {
      char bom[3];
      in_.read(bom, 3);
      if (!(in_.gcount() == 3 && static_cast<unsigned char>(bom[1]) == 0xBB &&
            static_cast<unsigned char>(bom[2]) == 0xBF)) {
        in_.clear();
        in_.seekg(0);
      }
    }
  }
  int c = in_.peek();
  if (c == EOF) return false;
  record_line_ = line_;
  std::string field;
  bool quoted = false;       // inside a quoted field
  bool was_quoted = false;   // current field started with a quote
  for (;;) {
    c = get();
    if (c == EOF) {
      if (quoted)
        throw Error(ErrorCode::invalid_argument,
                    "line " + std::to_string(record_line_) + ": a quoted field is not closed");
      fields.push_back(std::move(field));
      return true;
    }
    if (quoted) {
      if (c == '"') {
        if (in_.peek() == '"') {
          get();
          field += '"';
        } else {
          quoted = false;
        }
      } else {
        field += static_cast<char>(c);
      }
      continue;
    }
    if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\r') {
      if (in_.peek() == '\n') continue;  // CRLF: the \n ends the record
      fields.push_back(std::move(field));
      return true;
    } else if (c == '\n') {
      fields.push_back(std::move(field));
      return true;
    } else {
      field += static_cast<char>(c);
    }
  }
}

std::string trim(std::string_view s) {
  auto ws = [](unsigned char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; };
  std::size_t b = 0, e = s.size();
  while (b < e && ws(s[b])) ++b;
  while (e > b && ws(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

static std::string lower_ascii(std::string_view s) {
  std::string r(s);
  std::transform(r.begin(), r.end(), r.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return r;
}

CsvHeader::CsvHeader(const std::vector<std::string>& names) {
  for (auto& n : names) names_.push_back(lower_ascii(trim(n)));
}

int CsvHeader::find(std::string_view name, std::initializer_list<std::string_view> aliases) const {
  auto look = [&](std::string_view n) -> int {
    auto want = lower_ascii(n);
    for (std::size_t i = 0; i < names_.size(); ++i)
      if (names_[i] == want) return static_cast<int>(i);
    return -1;
  };
  if (int i = look(name); i >= 0) return i;
  for (auto a : aliases)
    if (int i = look(a); i >= 0) return i;
  return -1;
}

}  // namespace bangfu::internal
