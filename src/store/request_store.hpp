// SQL for approval workflows, requests and who sees them (request_party), and the account
// look-ups that resolve approvers against the org tree.
#pragma once

#include <optional>
#include <vector>

#include "bangfu/account.hpp"
#include "bangfu/request.hpp"
#include "org/unit_tree.hpp"
#include "store/database.hpp"
#include "store/reach_sql.hpp"

namespace bangfu::store {

std::optional<Workflow> workflow_get(Database& db, RequestKind kind);
void workflow_put(Database& db, const Workflow& w, AccountId by, const std::string& at);

// Keeps the workflow the request was submitted under: its CC rules and auto-pass setting
// stay the request's even if the host changes the flow later.
RequestId request_insert(Database& db, const Request& r, const Workflow& flow);
Workflow request_workflow(Database& db, RequestId id);
// Writes state, progress and finish time; replaces the "awaiting" party rows.
void request_save_progress(Database& db, const Request& r);
std::optional<Request> request_get(Database& db, RequestId id);

enum class PartyBox : int { awaiting = 1, decided = 2, copied = 3 };
void party_add(Database& db, RequestId request, AccountId account, PartyBox box);

struct RequestQuery {
  RequestFilter filter;
  AccountId account = 0;                        // for the personal boxes
  std::optional<internal::StaffReach> reach;    // for in_scope
};
std::vector<Request> request_list(Database& db, const RequestQuery& q);

// Live (pending or approved) requests of a staff member of one kind touching [first, last].
std::vector<Request> requests_live(Database& db, StaffId staff, RequestKind kind, Date first, Date last);
// Approved make-ups and leave of a staff member touching [first, last].
std::vector<Request> requests_approved(Database& db, StaffId staff, Date first, Date last);
// The pending field request of a punch, if any.
std::optional<RequestId> request_for_punch(Database& db, PunchId punch);

// Enabled accounts holding `role` whose unit scope contains the unit `target`, in id order.
std::vector<AccountId> unit_admins(Database& db, Role role, internal::DfsNumber target);
// Enabled accounts holding `role` whose region scope is exactly `region`.
std::vector<AccountId> region_admins(Database& db, Role role, RegionCode region);
// Is the account enabled? (a named approver)
bool account_enabled(Database& db, AccountId id);

}  // namespace bangfu::store
