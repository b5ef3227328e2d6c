// The fixed life of a request, as one plain table (DESIGN.md §2): a test walks every
// (state, action) pair against its own copy, so a change here is a deliberate change there.
#include "bangfu/workflow.hpp"

namespace bangfu {

std::vector<RequestState> transition(RequestState from, RequestAction action) {
  using S = RequestState;
  using A = RequestAction;
  switch (from) {
    case S::draft:
      // Submitting lands on approved when every step passes automatically.
      if (action == A::submit) return {S::pending, S::approved};
      if (action == A::withdraw) return {S::withdrawn};  // discards the draft
      return {};
    case S::pending:
      // Approving stays pending while steps remain.
      if (action == A::approve) return {S::pending, S::approved};
      if (action == A::reject) return {S::rejected};
      if (action == A::withdraw) return {S::withdrawn};
      return {};
    case S::approved:
      if (action == A::revoke) return {S::revoked};
      return {};
    case S::rejected:
    case S::withdrawn:
    case S::revoked:
      return {};  // terminal: a new request is filed instead
  }
  return {};
}

}  // namespace bangfu
