// Engine internals for approval requests, shared with the punch command (a field punch under
// the require-approval policy opens a 外勤 request in the same transaction).
#pragma once

#include "bangfu/request.hpp"
#include "engine/engine_impl.hpp"

namespace bangfu::requests_internal {

// Opens the field request of a punch waiting for approval.
Request open_field_request(Engine::Impl& impl, const internal::Actor& actor, AccountId applicant, const Punch& punch);

// The workflow in force for a kind (stored, else bangfu's default).
Workflow workflow_for(Engine::Impl& impl, RequestKind kind);

// Resolves the workflow's steps for a request: steps that do not apply are left out, each
// resolver becomes accounts. invalid_state naming the step when nobody can approve it.
std::vector<StepProgress> resolve_steps(Engine::Impl& impl, const Workflow& flow, const Request& r);
// Accounts copied at submission or at the end.
std::vector<AccountId> resolve_cc(Engine::Impl& impl, const Workflow& flow, const Request& r, bool at_finish);

}  // namespace bangfu::requests_internal
