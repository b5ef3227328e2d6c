// Field readers shared by the JSON codecs (internal). Each throws invalid_argument naming the
// field when it is missing (and required) or of the wrong type.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "bangfu/org.hpp"
#include "bangfu/region.hpp"

namespace bangfu::json {

using nlohmann::json;

// The field, or nullptr when absent or null.
const json* field(const json& j, const char* name);
[[noreturn]] void wrong_type(const char* name, const json& v, const char* want);
std::string get_string(const json& j, const char* name, bool required, std::string fallback = "");
std::optional<std::int64_t> get_int(const json& j, const char* name, bool required);
std::optional<RegionCode> get_region(const json& j, const char* name, bool required);
std::optional<Date> get_date(const json& j, const char* name, bool required);
std::optional<double> get_double(const json& j, const char* name);
std::optional<bool> get_bool(const json& j, const char* name);
void require_object(const json& j, const char* what);

}  // namespace bangfu::json
