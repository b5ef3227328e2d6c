// Parsing an enum from what a user or host writes: its key ("late"), its Chinese label (迟到)
// or its stable integer value as text ("2", which is what JSON numbers become in
// json/enum_field.hpp). One implementation for every area, so that every enum answers a typo
// the same way: with the full list of what it accepts.
#pragma once

#include <array>
#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>

#include "bangfu/error.hpp"

namespace bangfu::internal {

// One row of an area's table of names.
template <class E>
struct EnumName {
  E value{};
  const char* key = "";
  const char* label = "";
};

// The row of `v`, or nullptr for a value cast from an unknown integer (over the C ABI), so
// that keys and labels can answer "?" instead of crashing.
template <class E, std::size_t N>
const EnumName<E>* find_enum(const std::array<EnumName<E>, N>& names, E v) noexcept {
  for (const auto& n : names)
    if (n.value == v) return &n;
  return nullptr;
}

template <class E, std::size_t N>
const char* enum_key(const std::array<EnumName<E>, N>& names, E v) noexcept {
  const auto* n = find_enum(names, v);
  return n ? n->key : "?";
}

template <class E, std::size_t N>
const char* enum_label(const std::array<EnumName<E>, N>& names, E v) noexcept {
  const auto* n = find_enum(names, v);
  return n ? n->label : "?";
}

// The value named by `text`; otherwise invalid_argument naming `field`, saying "unknown <what>"
// and listing every key with its label.
template <class E, std::size_t N>
E parse_enum(std::string_view text, std::string_view field, const std::array<EnumName<E>, N>& names,
             std::string_view what) {
  int number = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
  bool is_number = !text.empty() && ec == std::errc() && end == text.data() + text.size();
  for (const auto& n : names)
    if (text == n.key || text == n.label || (is_number && number == static_cast<int>(n.value))) return n.value;
  std::string why = "unknown ";
  why += what;
  why += "; use ";
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) why += i + 1 == N ? " or " : ", ";
    why += names[i].key;
    why += " (";
    why += names[i].label;
    why += ")";
  }
  throw_invalid(field, text, why);
}

// The same for an area whose keys and labels are functions (a switch per enum): the table is
// built from them on the spot.
template <class E, std::size_t N>
E parse_enum(std::string_view text, std::string_view field, const std::array<E, N>& all,
             const char* (*key)(E) noexcept, const char* (*label)(E) noexcept, std::string_view what) {
  std::array<EnumName<E>, N> names;
  for (std::size_t i = 0; i < N; ++i) names[i] = {all[i], key(all[i]), label(all[i])};
  return parse_enum(text, field, names, what);
}

}  // namespace bangfu::internal
