#include "engine/region_loader.hpp"

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "bangfu/error.hpp"
#include "core/embedded_data.hpp"
#include "io/csv_reader.hpp"
#include "store/region_store.hpp"

namespace bangfu::internal {
namespace {

struct Row {
  RegionCode code;
  std::string name;
  std::int64_t line;
};

// Names under a placeholder level (市辖区) hang off the level above in paths.
std::string child_prefix(const std::string& name, const std::string& path) {
  if (region_name_is_placeholder(name)) return path.substr(0, path.size() - name.size());
  return path + "/";
}

void add_problem(ImportReport& rep, std::int64_t line, std::string field, std::string value, std::string msg) {
  ++rep.rows_rejected;
  if (rep.problems.size() < 1000) rep.problems.push_back({line, std::move(field), std::move(value), std::move(msg)});
}

}  // namespace

namespace {

// Reads code,name rows; malformed rows become problems.
std::vector<Row> read_rows(std::istream& csv, ImportReport& rep) {
  CsvReader reader(csv);
  std::vector<std::string> fields;
  if (!reader.next(fields)) throw Error(ErrorCode::invalid_argument, "csv: the file is empty (a header row is expected)");
  CsvHeader header(fields);
  int code_col = header.find("code", {"代码", "区划代码", "统计用区划代码"});
  int name_col = header.find("name", {"名称", "区划名称"});
  if (code_col < 0 || name_col < 0)
    throw Error(ErrorCode::invalid_argument,
                std::string("header: column '") + (code_col < 0 ? "code" : "name") +
                    "' is missing; a region file has the columns code,name (more are ignored)",
                "header", code_col < 0 ? "code" : "name");
  std::vector<Row> rows;
  while (reader.next(fields)) {
    if (fields.size() == 1 && trim(fields[0]).empty()) continue;  // blank line
    ++rep.rows_read;
    auto line = reader.line();
    auto get = [&](int col) { return col < static_cast<int>(fields.size()) ? trim(fields[col]) : std::string(); };
    std::string code_text = get(code_col), name = get(name_col);
    RegionCode code;
    try {
      code = parse_region_code(code_text, "code");
    } catch (const Error& e) {
      add_problem(rep, line, "code", code_text, e.what());
      continue;
    }
    if (code == kNationwide) {
      add_problem(rep, line, "code", code_text, "code 0 stands for the whole country and cannot be loaded");
      continue;
    }
    if (name.empty()) {
      add_problem(rep, line, "name", name, "name: is empty");
      continue;
    }
    rows.push_back({code, std::move(name), line});
  }
  return rows;
}

// Checks parents and writes. Rows may come in any order; duplicates are problems.
ImportReport apply_rows(store::Database& db, std::vector<Row> rows, ImportReport rep, const ImportOptions& options) {
  std::stable_sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.code < b.code; });
  // Parents sort before children, so one pass resolves every path.
  std::unordered_map<RegionCode, std::string> prefix;  // code → prefix for its children
  std::vector<Region> ready;
  ready.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    auto& row = rows[i];
    if (i > 0 && rows[i - 1].code == row.code) {
      add_problem(rep, row.line, "code", region_code_short(row.code),
                  "code appears twice in the file (also on line " + std::to_string(rows[i - 1].line) + ")");
      continue;
    }
    Region r;
    r.code = row.code;
    r.name = row.name;
    r.level = region_level(row.code);
    r.parent = region_parent_code(row.code);
    std::string pfx;
    if (r.level != RegionLevel::province) {
      auto it = prefix.find(*r.parent);
      if (it != prefix.end()) {
        pfx = it->second;
      } else if (auto p = store::region_get(db, *r.parent)) {
        pfx = child_prefix(p->name, p->path);
        prefix.emplace(*r.parent, pfx);
      } else {
        add_problem(rep, row.line, "code", region_code_short(row.code),
                    "the parent region " + region_code_text(*r.parent) +
                        " does not exist; load it first or in the same file");
        continue;
      }
    }
    r.path = pfx + r.name;
    prefix[r.code] = child_prefix(r.name, r.path);
    ready.push_back(std::move(r));
  }
  std::sort(rep.problems.begin(), rep.problems.end(), [](auto& a, auto& b) { return a.line < b.line; });
  rep.rows_valid = static_cast<std::int64_t>(ready.size());
  if (options.dry_run || (rep.rows_rejected > 0 && !options.keep_good_rows)) return rep;

  bool table_empty = store::region_count(db, std::nullopt) == 0;
  for (auto& r : ready) {
    if (table_empty) {  // first load: nothing to rename, skip the per-row lookups
      store::region_insert(db, r, options.edition);
    } else if (auto w = store::region_upsert(db, r, options.edition); w.renamed) {
      auto slash = w.old_path.rfind('/');
      auto old_name = slash == std::string::npos ? w.old_path : w.old_path.substr(slash + 1);
      store::region_replace_path_prefix(db, region_subtree(r.code), r.code, child_prefix(old_name, w.old_path),
                                        child_prefix(r.name, r.path));
    }
    ++rep.rows_imported;
  }
  rep.committed = true;
  return rep;
}

}  // namespace

ImportReport load_regions(store::Database& db, std::istream& csv, const ImportOptions& options) {
  ImportReport rep;
  auto rows = read_rows(csv, rep);
  return apply_rows(db, std::move(rows), std::move(rep), options);
}

void seed_regions(store::Database& db) {
  // The four NBS files as one table. A few codes appear in two files (东莞市, 中山市 and
  // 儋州市 are both prefecture and county rows; 金门县 is also township row 350527000):
  // one place under one 12-digit code, kept once, at the higher level.
  ImportReport rep;
  std::vector<Row> rows;
  std::unordered_map<RegionCode, bool> seen;
  for (const char* f : {"regions/provinces.csv", "regions/cities.csv", "regions/areas.csv", "regions/streets.csv"}) {
    std::istringstream in{std::string(embedded_file(f))};
    for (auto& row : read_rows(in, rep))
      if (seen.emplace(row.code, true).second) rows.push_back(std::move(row));
  }
  ImportOptions opts;
  opts.edition = "nbs-2022";
  rep = apply_rows(db, std::move(rows), std::move(rep), opts);
  if (!rep.committed || rep.rows_rejected)
    throw Error(ErrorCode::internal, "the embedded region tables have " + std::to_string(rep.rows_rejected) + " bad rows");
}

}  // namespace bangfu::internal
