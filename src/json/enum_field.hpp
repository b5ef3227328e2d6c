// Enum fields in JSON: the key ("late") or the Chinese label (迟到) through the area's parse
// function, or the stable integer value.
#pragma once

#include <string>
#include <string_view>

#include "json/fields.hpp"

namespace bangfu::json {

template <class E>
using EnumParser = E (*)(std::string_view, std::string_view);

template <class E>
E enum_from(const json& v, const char* name, EnumParser<E> parse) {
  if (v.is_string()) return parse(v.get<std::string>(), name);
  if (v.is_number_integer()) return parse(std::to_string(v.get<int>()), name);
  wrong_type(name, v, "a name or a number");
}

template <class E>
E get_enum(const json& j, const char* name, E fallback, EnumParser<E> parse) {
  const json* v = field(j, name);
  return v ? enum_from(*v, name, parse) : fallback;
}

}  // namespace bangfu::json
