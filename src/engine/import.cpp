// Engine command: CSV import of regions, units and staff. Every row is checked by the same
// code as the single-record commands; a file with bad rows writes nothing unless the
// operator asks to keep the good rows.
#include <algorithm>
#include <fstream>
#include <map>
#include <unordered_map>

#include "engine/engine_impl.hpp"
#include "engine/calendar_loader.hpp"
#include "engine/region_loader.hpp"
#include "io/csv_reader.hpp"
#include "json/records.hpp"
#include "store/unit_store.hpp"

namespace bangfu {

using internal::Actor;

namespace {

// Engine field names → the CSV column the operator sees.
std::string csv_field(const std::string& f) {
  static const std::map<std::string, std::string> names = {
      {"region", "region_code"},         {"parent", "parent_code"},     {"home_unit", "home_unit_code"},
      {"recipient_unit", "recipient_unit_code"}, {"start", "start_date"}, {"planned_end", "planned_end_date"}};
  auto it = names.find(f);
  return it == names.end() ? f : it->second;
}

class RowReader {
 public:
  RowReader(std::istream& in, const char* kind) : reader_(in), kind_(kind) {
    if (!reader_.next(fields_))
      throw Error(ErrorCode::invalid_argument, "csv: the file is empty (a header row is expected)", "csv", "");
    header_ = std::make_unique<internal::CsvHeader>(fields_);
  }
  int column(const char* name, std::initializer_list<std::string_view> aliases, bool required) {
    int i = header_->find(name, aliases);
    if (i < 0 && required)
      throw Error(ErrorCode::invalid_argument,
                  std::string("header: column '") + name + "' is missing from the " + kind_ + " file", "header", name);
    return i;
  }
  bool next() {
    while (reader_.next(fields_))
      if (!(fields_.size() == 1 && internal::trim(fields_[0]).empty())) return true;
    return false;
  }
  std::string get(int col) const {
    return col >= 0 && col < static_cast<int>(fields_.size()) ? internal::trim(fields_[col]) : std::string();
  }
  std::int64_t line() const { return reader_.line(); }

 private:
  internal::CsvReader reader_;
  const char* kind_;
  std::vector<std::string> fields_;
  std::unique_ptr<internal::CsvHeader> header_;
};


Date csv_date(const std::string& text, const char* column) { return parse_date(text, column); }

std::optional<double> csv_number(const std::string& text, const char* column) {
  if (text.empty()) return std::nullopt;
  try {
    std::size_t used = 0;
    double v = std::stod(text, &used);
    if (used == text.size()) return v;
  } catch (const std::exception&) {
  }
  throw_invalid(column, text, "is not a number");
}

struct Importer {
  Engine::Impl& impl;
  const Actor& actor;
  ImportReport& rep;
  std::unordered_map<std::string, UnitId> unit_ids;  // files name the same few units again and again

  UnitId unit_id_by_code(const std::string& code, const char* column) {
    if (code.empty()) throw Error(ErrorCode::invalid_argument, std::string(column) + ": required", column, "");
    if (auto it = unit_ids.find(code); it != unit_ids.end()) return it->second;
    auto u = store::unit_get_by_code(impl.db, code);
    if (!u) throw Error(ErrorCode::not_found, std::string(column) + " '" + code + "': no unit has this code", column, code);
    unit_ids.emplace(code, u->id);
    return u->id;
  }

  // Units rejected so far, so that a row naming one as parent says so.
  std::unordered_map<std::string, std::int64_t> rejected_units;

  // Runs one row inside a savepoint; a failure rolls the row back and is reported.
  template <class F>
  bool row(std::int64_t line, F&& f) {
    ++rep.rows_read;
    store::Savepoint sp(impl.db, "import_row");
    try {
      f();
      sp.release();
      ++rep.rows_valid;
      return true;
    } catch (const Error& e) {
      sp.rollback();
      impl.units_dirty = true;  // a rolled-back unit insert may have marked it
      ++rep.rows_rejected;
      if (rep.problems.size() < 1000) rep.problems.push_back({line, csv_field(e.field()), e.value(), e.what()});
      return false;
    } catch (const SQLite::Exception& e) {  // a constraint the checks above did not foresee
      sp.rollback();
      impl.units_dirty = true;
      ++rep.rows_rejected;
      if (rep.problems.size() < 1000) rep.problems.push_back({line, "", "", std::string("database: ") + e.what()});
      return false;
    }
  }
};

void import_units(Importer& im, std::istream& csv) {
  RowReader r(csv, "units");
  int code = r.column("code", {"单位代码", "机构代码"}, true);
  int kind = r.column("kind", {"类型", "单位类型"}, true);
  int name = r.column("name", {"单位名称", "名称"}, true);
  int region = r.column("region_code", {"region", "区划代码"}, true);
  int address = r.column("address", {"地址", "单位地址"}, false);
  int grade = r.column("grade", {"等级", "医院等级"}, false);
  int lat = r.column("latitude", {"纬度"}, false);
  int lon = r.column("longitude", {"经度"}, false);
  int parent = r.column("parent_code", {"上级单位代码"}, false);
  while (r.next()) {
    bool ok = im.row(r.line(), [&] {
      NewUnit u;
      u.code = r.get(code);
      u.kind = parse_unit_kind(r.get(kind), "kind");
      u.name = r.get(name);
      u.region = parse_region_code(r.get(region), "region_code");
      u.address = r.get(address);
      u.grade = r.get(grade);
      auto la = csv_number(r.get(lat), "latitude");
      auto lo = csv_number(r.get(lon), "longitude");
      if (la.has_value() != lo.has_value())
        throw Error(ErrorCode::invalid_argument, "latitude/longitude: give both or neither", "latitude", r.get(lat));
      if (la) u.location = GeoPoint{*la, *lo};
      if (auto pc = r.get(parent); !pc.empty()) {
        if (auto it = im.rejected_units.find(pc); it != im.rejected_units.end())
          throw Error(ErrorCode::invalid_argument,
                      "parent_code '" + pc + "': the parent unit on line " + std::to_string(it->second) + " was rejected",
                      "parent_code", pc);
        u.parent = im.unit_id_by_code(pc, "parent_code");
      }
      commands::add_unit(im.impl, im.actor, u);
    });
    if (!ok && !r.get(code).empty()) im.rejected_units.emplace(r.get(code), r.line());
  }
}

void import_staff(Importer& im, std::istream& csv) {
  RowReader r(csv, "staff");
  int name = r.column("name", {"姓名", "支援医务人员姓名"}, true);
  int idn = r.column("id_number", {"身份证号"}, true);
  int title = r.column("title", {"职称"}, true);
  int position = r.column("position", {"职务"}, false);
  int department = r.column("department", {"科室"}, false);
  int specialty = r.column("specialty", {"专业"}, false);
  int phone = r.column("phone", {"联系电话", "电话"}, false);
  int home = r.column("home_unit_code", {"派出单位代码"}, true);
  int recipient = r.column("recipient_unit_code", {"派驻医院代码"}, false);
  int start = r.column("start_date", {"派驻日期"}, false);
  int planned = r.column("planned_end_date", {"计划结束日期"}, false);
  while (r.next()) {
    im.row(r.line(), [&] {
      NewStaff s;
      s.name = r.get(name);
      s.id_number = r.get(idn);
      s.title = parse_title(r.get(title), "title");
      s.position = r.get(position);
      s.department = r.get(department);
      s.specialty = r.get(specialty);
      s.phone = r.get(phone);
      s.home_unit = im.unit_id_by_code(r.get(home), "home_unit_code");
      std::optional<NewAssignment> arrival;
      if (!r.get(recipient).empty()) {
        NewAssignment a;
        a.recipient_unit = im.unit_id_by_code(r.get(recipient), "recipient_unit_code");
        if (r.get(start).empty())
          throw Error(ErrorCode::invalid_argument, "start_date: required with recipient_unit_code", "start_date", "");
        a.start = csv_date(r.get(start), "start_date");
        if (!r.get(planned).empty()) a.planned_end = csv_date(r.get(planned), "planned_end_date");
        arrival = a;
      }
      commands::add_staff(im.impl, im.actor, s, arrival);
    });
  }
}

}  // namespace

const char* import_kind_key(ImportKind k) noexcept {
  switch (k) {
    case ImportKind::regions: return "regions";
    case ImportKind::units: return "units";
    case ImportKind::staff: return "staff";
    case ImportKind::calendar: return "calendar";
  }
  return "?";
}

ImportKind parse_import_kind(const std::string& text, const std::string& field) {
  for (auto k : {ImportKind::regions, ImportKind::units, ImportKind::staff, ImportKind::calendar})
    if (text == import_kind_key(k)) return k;
  throw_invalid(field, text, "unknown import kind; use regions, units, staff or calendar");
}

ImportReport Engine::import_csv(AccountId actor_id, ImportKind kind, std::istream& csv, const ImportOptions& options) {
  return impl_->write([&] {
    auto actor = impl_->actor(actor_id);
    ImportReport rep;
    if (kind == ImportKind::regions) {
      if (!internal::actor_has(actor, internal::Capability::load_reference_data))
        throw Error(ErrorCode::permission_denied,
                    actor.describe() + " may not load region tables: that is for national administrators");
      rep = internal::load_regions(impl_->db, csv, options);
      if (rep.committed)
        impl_->audit(actor, "region.import", "region", 0, nullptr,
                     {{"edition", options.edition}, {"rows", rep.rows_imported}});
      return rep;
    }
    if (kind == ImportKind::calendar) {
      if (!internal::actor_has(actor, internal::Capability::load_reference_data))
        throw Error(ErrorCode::permission_denied,
                    actor.describe() + " may not load the national holiday calendar: that is for national administrators");
      impl_->national_calendar.reset();  // reloaded from the database on next use
      rep = internal::load_holidays(impl_->db, csv, options, impl_->now_text());
      if (rep.committed)
        impl_->audit(actor, "calendar.import", "calendar", 0, nullptr,
                     {{"edition", options.edition}, {"rows", rep.rows_imported}});
      return rep;
    }
    // Capability first: an account without it is refused once, not on every row.
    internal::require(actor, kind == ImportKind::units ? internal::Capability::manage_units : internal::Capability::manage_staff,
                      std::string("import ") + import_kind_key(kind));
    store::Savepoint file(impl_->db, "import_file");
    Importer im{*impl_, actor, rep, {}, {}};
    if (kind == ImportKind::units) import_units(im, csv);
    else import_staff(im, csv);
    std::sort(rep.problems.begin(), rep.problems.end(), [](auto& a, auto& b) { return a.line < b.line; });
    if (options.dry_run || (rep.rows_rejected > 0 && !options.keep_good_rows)) {
      file.rollback();
      impl_->units_dirty = false;
      return rep;
    }
    impl_->renumber_units_if_dirty();
    file.release();
    rep.rows_imported = rep.rows_valid;
    rep.committed = true;
    return rep;
  });
}

ImportReport Engine::import_csv_file(AccountId actor, ImportKind kind, const std::string& path, const ImportOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::not_found, "path '" + path + "': cannot open the file", "path", path);
  return import_csv(actor, kind, in, options);
}

}  // namespace bangfu
