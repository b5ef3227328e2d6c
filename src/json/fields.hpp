// Readers of the fields of input JSON documents, shared by the record codecs (records.cpp,
// calendar_json.cpp). Each names the field on a missing or mistyped value; a key given as
// null counts as absent.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "bangfu/org.hpp"
#include "bangfu/region.hpp"

namespace bangfu::json {

using nlohmann::json;

// The value of `name` in object j, or nullptr when absent or null.
const json* field(const json& j, const char* name);
[[noreturn]] void wrong_type(const char* name, const json& v, const char* want);
[[noreturn]] void missing_field(const char* name);
void require_object(const json& j, const char* what);

std::string get_string(const json& j, const char* name, bool required, std::string fallback = "");
std::optional<std::int64_t> get_int(const json& j, const char* name, bool required);
std::optional<RegionCode> get_region(const json& j, const char* name, bool required);
std::optional<Date> get_date(const json& j, const char* name, bool required);
std::optional<double> get_double(const json& j, const char* name);
std::optional<bool> get_bool(const json& j, const char* name, bool required);

}  // namespace bangfu::json
