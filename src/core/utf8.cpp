#include "core/utf8.hpp"

#include <string>

#include "bangfu/error.hpp"

namespace bangfu::internal {

bool valid_utf8(std::string_view s) noexcept {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > n) return false;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 0x2) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return false;
    i += len;
  }
  return true;
}

std::size_t utf8_length(std::string_view s) noexcept {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

void require_utf8(std::string_view field, std::string_view value) {
  if (valid_utf8(value)) return;
  // Quote only the ASCII part: the rest cannot be shown faithfully.
  std::string shown;
  for (char c : value) shown += (static_cast<unsigned char>(c) < 0x80) ? c : '?';
  throw Error(ErrorCode::invalid_argument,
              std::string(field) + " '" + shown +
                  "': is not UTF-8 text (a file saved as GBK?); save CSV files as 'CSV UTF-8'",
              std::string(field), shown);
}

}  // namespace bangfu::internal
