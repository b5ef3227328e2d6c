// Resident ID numbers (身份证号, GB 11643): check digit, birth date, sex, masking.
// An ID may carry a retired region code, so the address part is not checked against the
// current region list.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "bangfu/region.hpp"
#include "bangfu/visibility.hpp"

namespace bangfu {

enum class Sex : int { male = 1, female = 2 };
BANGFU_EXPORT const char* sex_label(Sex sex) noexcept;  // 男 / 女

struct IdNumberInfo {
  std::string number;             // 18 characters, check character upper-case
  RegionCode address_code = 0;    // the 6-digit address part as a 12-digit code
  boost::gregorian::date birth;   // YYYYMMDD part
  Sex sex = Sex::male;            // 17th digit odd = male
};

// The check character for the first 17 digits: "10X98765432"[Σ aᵢ·wᵢ mod 11].
BANGFU_EXPORT char id_number_check_char(std::string_view first17);
// Validates an 18-digit number (15-digit ones are upgraded first). Throws invalid_argument
// naming `field` and saying what is wrong (length, character, birth date, check digit).
// When `today` is given, a birth date after it is refused.
BANGFU_EXPORT IdNumberInfo parse_id_number(
    std::string_view text, std::string_view field = "id_number",
    std::optional<boost::gregorian::date> today = std::nullopt);
BANGFU_EXPORT bool id_number_valid(std::string_view text) noexcept;
// 15-digit (pre-1999) number → 18 digits: insert "19" before the year, append check char.
BANGFU_EXPORT std::string upgrade_id_number(std::string_view fifteen);
// 510104********1234: first 6 and last 4 kept. Anything not 18 long is masked whole.
BANGFU_EXPORT std::string mask_id_number(std::string_view number);

}  // namespace bangfu
