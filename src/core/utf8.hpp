// UTF-8 checks for text that enters bangfu: records, CSV files. Text in any other encoding
// (a CSV saved as GBK by Excel) is refused with a message saying so, rather than stored.
#pragma once

#include <cstddef>
#include <string_view>

namespace bangfu::internal {

bool valid_utf8(std::string_view s) noexcept;
// Characters (code points) in valid UTF-8 text.
std::size_t utf8_length(std::string_view s) noexcept;
// Throws invalid_argument naming `field` when `value` is not UTF-8.
void require_utf8(std::string_view field, std::string_view value);

// Without leading and trailing ASCII white space and ideographic spaces (U+3000, typed by
// Chinese input methods): a reason of only spaces is no reason.
std::string_view trim_space(std::string_view s);

}  // namespace bangfu::internal
