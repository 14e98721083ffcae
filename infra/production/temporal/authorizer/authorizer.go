// Package khuyencongauth is the Temporal Server authorizer of Khuyến công: each service connects with a
// client certificate whose CN names it (appraisals, ocop, operations, admin); the claim mapper turns the
// CN into the subject, and the authorizer allows each subject only the calls its code makes.
// Build a server with it: temporal.NewServer(temporal.WithAuthorizer(NewAuthorizer()),
// temporal.WithClaimMapper(func(*config.Config) authorization.ClaimMapper { return NewClaimMapper() }), ...).
package khuyencongauth

import (
	"context"
	"strings"

	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/server/common/authorization"
)

const (
	namespace   = "khuyencong"
	apiPrefix   = "/temporal.api.workflowservice.v1.WorkflowService/"
	approvals   = "support-request/" // WorkflowIds.supportRequest in libs/contracts
	ruralPrefix = "rural-criteria/"  // WorkflowIds.ruralCriteriaAppraisal
	ocopPrefix  = "ocop-evaluation/" // WorkflowIds.ocopEvaluation
)

type claimMapper struct{}

// NewClaimMapper maps the verified client certificate's CN to the subject; no certificate, no claims.
func NewClaimMapper() authorization.ClaimMapper { return claimMapper{} }

func (claimMapper) GetClaims(info *authorization.AuthInfo) (*authorization.Claims, error) {
	if info == nil || info.TLSSubject == nil {
		return &authorization.Claims{}, nil
	}
	claims := &authorization.Claims{Subject: info.TLSSubject.CommonName}
	if claims.Subject == "admin" {
		claims.System = authorization.RoleAdmin
	}
	return claims, nil
}

type authorizer struct{}

// NewAuthorizer allows: admin everything; workers (appraisals, ocop) polling and completing their tasks;
// Updates, Signals and starts of approval and new-rural workflows only from appraisals, of OCOP workflows only
// from ocop; workers answer queries (RespondQueryTaskCompleted) and say goodbye (ShutdownWorker);
// reads (describe, list, query) in the namespace to any known service.
func NewAuthorizer() authorization.Authorizer { return authorizer{} }

var allow = authorization.Result{Decision: authorization.DecisionAllow}
var deny = authorization.Result{Decision: authorization.DecisionDeny}

// workflowOwners: which subject may change a workflow, by the prefix of its id.
var workflowOwners = map[string]string{approvals: "appraisals", ruralPrefix: "appraisals", ocopPrefix: "ocop"}

func (authorizer) Authorize(_ context.Context, caller *authorization.Claims, target *authorization.CallTarget) (authorization.Result, error) {
	if caller == nil || caller.Subject == "" {
		return deny, nil
	}
	if caller.System == authorization.RoleAdmin {
		return allow, nil
	}
	if target.Namespace != "" && target.Namespace != namespace {
		return deny, nil
	}
	api := strings.TrimPrefix(target.APIName, apiPrefix)
	switch {
	case strings.HasPrefix(api, "PollWorkflowTaskQueue"), strings.HasPrefix(api, "PollActivityTaskQueue"),
		strings.HasPrefix(api, "RespondWorkflowTask"), strings.HasPrefix(api, "RespondActivityTask"),
		strings.HasPrefix(api, "RecordActivityTaskHeartbeat"), api == "RespondQueryTaskCompleted",
		api == "ShutdownWorker", api == "PollWorkflowExecutionUpdate", api == "GetSystemInfo",
		api == "DescribeNamespace":
		return decide(caller.Subject == "appraisals" || caller.Subject == "ocop"), nil
	case api == "UpdateWorkflowExecution":
		r, _ := target.Request.(*workflowservice.UpdateWorkflowExecutionRequest)
		return decide(r != nil && owns(caller.Subject, r.GetWorkflowExecution().GetWorkflowId())), nil
	case api == "SignalWorkflowExecution":
		r, _ := target.Request.(*workflowservice.SignalWorkflowExecutionRequest)
		return decide(r != nil && owns(caller.Subject, r.GetWorkflowExecution().GetWorkflowId())), nil
	case api == "StartWorkflowExecution":
		r, _ := target.Request.(*workflowservice.StartWorkflowExecutionRequest)
		return decide(r != nil && owns(caller.Subject, r.GetWorkflowId())), nil
	case strings.HasPrefix(api, "Describe"), strings.HasPrefix(api, "List"), strings.HasPrefix(api, "Count"),
		api == "QueryWorkflow", api == "GetWorkflowExecutionHistory", api == "GetSearchAttributes":
		return decide(caller.Subject == "appraisals" || caller.Subject == "ocop" || caller.Subject == "operations"), nil
	}
	return deny, nil
}

func owns(subject, workflowID string) bool {
	for prefix, owner := range workflowOwners {
		if strings.HasPrefix(workflowID, prefix) {
			return subject == owner
		}
	}
	return false
}

func decide(ok bool) authorization.Result {
	if ok {
		return allow
	}
	return deny
}
