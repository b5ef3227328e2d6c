// GB 11643 citizen identification numbers.
#include <string>

#include "bangfu/error.hpp"
#include "bangfu/id_number.hpp"

namespace bangfu {

const char* sex_label(Sex sex) noexcept { return sex == Sex::male ? "男" : "女"; }

char id_number_check_char(std::string_view first17) {
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kChars[] = "10X98765432";
  if (first17.size() < 17) throw_invalid("id_number", first17, "needs 17 digits to compute a check character");
  int sum = 0;
  for (int i = 0; i < 17; ++i) {
    char ch = first17[i];
    if (ch < '0' || ch > '9') throw_invalid("id_number", first17, "must be digits");
    sum += (ch - '0') * kWeights[i];
  }
  return kChars[sum % 11];
}

std::string upgrade_id_number(std::string_view fifteen) {
  if (fifteen.size() != 15) throw_invalid("id_number", fifteen, "a 15-digit number was expected");
  for (char ch : fifteen)
    if (ch < '0' || ch > '9') throw_invalid("id_number", fifteen, "a 15-digit number has digits only");
  std::string s(fifteen.substr(0, 6));
  s += "19";
  s += fifteen.substr(6);
  s += id_number_check_char(s);
  return s;
}

IdNumberInfo parse_id_number(std::string_view text, std::string_view field,
                             std::optional<boost::gregorian::date> today) {
  std::string s;
  for (char ch : text)
    if (ch != ' ') s += (ch == 'x') ? 'X' : ch;
  if (s.size() == 15) {
    for (char ch : s)
      if (ch < '0' || ch > '9') throw_invalid(field, text, "a 15-digit ID number has digits only");
    s = upgrade_id_number(s);
  }
  if (s.size() != 18)
    throw_invalid(field, text, "an ID number has 18 characters (got " + std::to_string(s.size()) + ")");
  for (int i = 0; i < 17; ++i)
    if (s[i] < '0' || s[i] > '9')
      throw_invalid(field, text, "the first 17 characters of an ID number are digits");
  if (!((s[17] >= '0' && s[17] <= '9') || s[17] == 'X'))
    throw_invalid(field, text, "the last character of an ID number is a digit or X");
  IdNumberInfo info;
  int y = std::stoi(s.substr(6, 4)), m = std::stoi(s.substr(10, 2)), d = std::stoi(s.substr(12, 2));
  try {
    if (y < 1900) throw std::out_of_range("year");
    info.birth = boost::gregorian::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                                        static_cast<unsigned short>(d));
  } catch (const std::out_of_range&) {
    throw_invalid(field, text, "the birth date part " + s.substr(6, 8) + " is not a valid date");
  }
  if (today && info.birth > *today)
    throw_invalid(field, text, "the birth date part " + s.substr(6, 8) + " is in the future");
  char want = id_number_check_char(s);
  if (s[17] != want)
    throw_invalid(field, text, std::string("wrong check digit: '") + s[17] + "', expected '" + want + "'");
  info.address_code = std::stoll(s.substr(0, 6)) * 1000000;
  info.sex = ((s[16] - '0') % 2 == 1) ? Sex::male : Sex::female;
  info.number = std::move(s);
  return info;
}

bool id_number_valid(std::string_view text) noexcept {
  try {
    parse_id_number(text);
    return true;
  } catch (...) {
    return false;
  }
}

std::string mask_id_number(std::string_view number) {
  if (number.size() != 18) return std::string(number.size(), '*');
  std::string s(number);
  for (int i = 6; i < 14; ++i) s[i] = '*';
  return s;
}

}  // namespace bangfu
