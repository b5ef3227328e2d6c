// C ABI: attendance (考勤) — groups and rules, punches (the typed hot path and the JSON form),
// the day-by-day results and the monthly statistics (考勤统计) with their export.
#include <boost/date_time/posix_time/conversion.hpp>
#include <ctime>
#include <optional>

#include "c_support.hpp"

using namespace bangfu::capi;
namespace bj = bangfu::json;

static_assert(BF_PUNCH_INSIDE == static_cast<int>(bangfu::PunchCheck::inside));
static_assert(BF_PUNCH_FIELD == static_cast<int>(bangfu::PunchCheck::field));
static_assert(BF_PUNCH_FIELD_PENDING == static_cast<int>(bangfu::PunchCheck::field_pending));
static_assert(BF_PUNCH_FIELD_APPROVED == static_cast<int>(bangfu::PunchCheck::field_approved));
static_assert(BF_PUNCH_FIELD_REJECTED == static_cast<int>(bangfu::PunchCheck::field_rejected));

namespace {

// The period of a staff member's punches or days: two required dates.
struct Period {
  bangfu::Date first, last;
};
Period period_arg(const char* first, const char* last) { return {date_arg(first, "first"), date_arg(last, "last")}; }

bangfu::AttendanceFilter filter_arg(const char* filter_json) {
  return bj::attendance_filter_from_json(parse_arg(filter_json, "filter_json", true));
}

}  // namespace

extern "C" {

bf_status bf_attendance_group_add(bf_engine* engine, int64_t actor, const char* group_json, int64_t* out_id,
                                  bf_error** err) {
  return guard(err, [&] {
    clear_out(out_id, "out_id");
    auto& e = need_engine(engine);
    auto group = bj::attendance_group_from_json(parse_arg(group_json, "group_json", true));
    *out_id = e.add_attendance_group(actor, group);
  });
}

bf_status bf_attendance_group_update(bf_engine* engine, int64_t actor, int64_t id, const char* group_json,
                                     bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    auto group = bj::attendance_group_from_json(parse_arg(group_json, "group_json", true));
    e.update_attendance_group(actor, id, group);
  });
}

bf_status bf_attendance_group_remove(bf_engine* engine, int64_t actor, int64_t id, bf_error** err) {
  return guard(err, [&] { need_engine(engine).remove_attendance_group(actor, id); });
}

bf_status bf_attendance_groups(bf_engine* engine, int64_t actor, int64_t unit, char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    *out_json = copy_out(dump(array_of(need_engine(engine).attendance_groups(actor, unit))));
  });
}

bf_status bf_attendance_rule(bf_engine* engine, int64_t actor, int64_t staff, const char* day, char** out_json,
                             bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto d = date_arg(day, "day");
    *out_json = copy_out(dump(bj::to_json(e.attendance_rule(actor, staff, d))));
  });
}

bf_status bf_punch_record(bf_engine* engine, int64_t actor, int64_t staff, int64_t unix_seconds,
                          const double* latitude, const double* longitude, const char* source,
                          int64_t* out_punch_id, int* out_check, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_punch_id, "out_punch_id");
    clear_out(out_check, "out_check");
    auto& e = need_engine(engine);
    if ((latitude == nullptr) != (longitude == nullptr))
      bangfu::throw_invalid(latitude ? "longitude" : "latitude", "NULL", "give both latitude and longitude, or neither");
    bangfu::NewPunch p;
    p.staff = staff;
    p.at = boost::posix_time::from_time_t(static_cast<std::time_t>(unix_seconds));
    if (latitude) p.location = bangfu::GeoPoint{*latitude, *longitude};
    if (source) p.source = source;
    auto punch = e.record_punch(actor, p);
    *out_punch_id = punch.id;
    *out_check = static_cast<int>(punch.check);
  });
}

bf_status bf_punch_record_json(bf_engine* engine, int64_t actor, const char* punch_json, char** out_json,
                               bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto p = bj::new_punch_from_json(parse_arg(punch_json, "punch_json", true));
    *out_json = copy_out(dump(bj::to_json(e.record_punch(actor, p))));
  });
}

bf_status bf_punches(bf_engine* engine, int64_t actor, int64_t staff, const char* first, const char* last,
                     char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto p = period_arg(first, last);
    *out_json = copy_out(dump(array_of(e.punches(actor, staff, p.first, p.last))));
  });
}

bf_status bf_attendance_days(bf_engine* engine, int64_t actor, int64_t staff, const char* first, const char* last,
                             char** out_json, bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto p = period_arg(first, last);
    *out_json = copy_out(dump(array_of(e.attendance_days(actor, staff, p.first, p.last))));
  });
}

bf_status bf_attendance_month(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json,
                              bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = filter_arg(filter_json);
    *out_json = copy_out(dump(array_of(e.attendance_month(actor, filter))));
  });
}

bf_status bf_attendance_month_table(bf_engine* engine, int64_t actor, const char* filter_json, char** out_json,
                                    bf_error** err) {
  return guard(err, [&] {
    clear_out(out_json, "out_json");
    auto& e = need_engine(engine);
    auto filter = filter_arg(filter_json);
    *out_json = copy_out(dump(bj::to_json(e.attendance_month_table(actor, filter))));
  });
}

bf_status bf_attendance_month_export(bf_engine* engine, int64_t actor, const char* filter_json, const char* format,
                                     const char* path, bf_error** err) {
  return guard(err, [&] {
    auto& e = need_engine(engine);
    auto fmt = bangfu::parse_export_format(need(format, "format"), "format");
    need(path, "path");
    auto filter = filter_arg(filter_json);
    e.export_attendance_month(actor, filter, fmt, path);
  });
}

}  // extern "C"
