#include "json/fields.hpp"

#include "bangfu/error.hpp"
#include "json/records.hpp"

namespace bangfu::json {

const json* field(const json& j, const char* name) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) return nullptr;
  return &*it;
}

void wrong_type(const char* name, const json& v, const char* want) {
  throw_invalid(name, v.dump(), std::string("must be ") + want);
}

void missing_field(const char* name) {
  throw Error(ErrorCode::invalid_argument, std::string(name) + ": required field is missing", name, "");
}

void require_object(const json& j, const char* what) {
  if (!j.is_object()) throw_invalid(what, j.dump(), "must be a JSON object");
}

std::string get_string(const json& j, const char* name, bool required, std::string fallback) {
  const json* v = field(j, name);
  if (!v) {
    if (required) missing_field(name);
    return fallback;
  }
  if (!v->is_string()) wrong_type(name, *v, "a string");
  return v->get<std::string>();
}

std::optional<std::int64_t> get_int(const json& j, const char* name, bool required) {
  const json* v = field(j, name);
  if (!v) {
    if (required) missing_field(name);
    return std::nullopt;
  }
  if (!v->is_number_integer()) wrong_type(name, *v, "an integer");
  return v->get<std::int64_t>();
}

std::optional<RegionCode> get_region(const json& j, const char* name, bool required) {
  const json* v = field(j, name);
  if (!v) {
    if (required) missing_field(name);
    return std::nullopt;
  }
  if (v->is_number_integer()) return normalize_region_code(v->get<std::int64_t>(), name);
  if (v->is_string()) return parse_region_code(v->get<std::string>(), name);
  wrong_type(name, *v, "a region code (number or digit string)");
}

std::optional<Date> get_date(const json& j, const char* name, bool required) {
  const json* v = field(j, name);
  if (!v) {
    if (required) missing_field(name);
    return std::nullopt;
  }
  return date_from_json(*v, name);
}

std::optional<double> get_double(const json& j, const char* name) {
  const json* v = field(j, name);
  if (!v) return std::nullopt;
  if (!v->is_number()) wrong_type(name, *v, "a number");
  return v->get<double>();
}

std::optional<bool> get_bool(const json& j, const char* name, bool required) {
  const json* v = field(j, name);
  if (!v) {
    if (required) missing_field(name);
    return std::nullopt;
  }
  if (!v->is_boolean()) wrong_type(name, *v, "true or false");
  return v->get<bool>();
}

}  // namespace bangfu::json
