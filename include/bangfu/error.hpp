// The one exception type of bangfu: an ErrorCode plus a message that names the field and
// the value, in words the user can act on.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "bangfu/visibility.hpp"

namespace bangfu {

// Values are part of the C ABI (BF_E* in capi/bangfu.h) and never change meaning.
enum class ErrorCode : int {
  ok = 0,
  invalid_argument = 1,   // bad input: a field is missing, malformed or out of range
  not_found = 2,          // the thing named does not exist
  permission_denied = 3,  // the acting account lacks the role or the reach
  invalid_state = 4,      // the action does not apply in the current state
  locked = 5,             // the record is locked (e.g. dead person, submitted report)
  quota_exceeded = 6,     // a counted allowance is used up
  deadline_passed = 7,    // too late for this action
  conflict = 8,           // duplicates or overlaps an existing record
  storage = 9,            // the database could not be read or written
  corrupt = 10,           // the database or a data file is damaged or not bangfu's
  internal = 11,          // a bug in bangfu; please report it
};

// Short English name of a code ("invalid_argument", ...).
BANGFU_EXPORT const char* error_code_name(ErrorCode code) noexcept;

class BANGFU_EXPORT Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message, std::string field = {}, std::string value = {});
  ErrorCode code() const noexcept { return code_; }
  // The input field at fault and its value, when the error is about one (else empty).
  const std::string& field() const noexcept { return field_; }
  const std::string& value() const noexcept { return value_; }

 private:
  ErrorCode code_;
  std::string field_;
  std::string value_;
};

// Helpers for the common shapes of message. The field is the name the caller used (JSON key,
// CSV column); the value is quoted as given.
[[noreturn]] BANGFU_EXPORT void throw_invalid(std::string_view field, std::string_view value,
                                              std::string_view why);
[[noreturn]] BANGFU_EXPORT void throw_not_found(std::string_view what, std::string_view key);

}  // namespace bangfu
