package khuyencongauth

import (
	"context"
	"testing"

	commonpb "go.temporal.io/api/common/v1"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/server/common/authorization"
)

func call(t *testing.T, subject, api string, request interface{}) authorization.Decision {
	t.Helper()
	claims := &authorization.Claims{Subject: subject}
	if subject == "admin" {
		claims.System = authorization.RoleAdmin
	}
	r, err := NewAuthorizer().Authorize(context.Background(), claims, &authorization.CallTarget{
		APIName: apiPrefix + api, Namespace: namespace, Request: request,
	})
	if err != nil {
		t.Fatal(err)
	}
	return r.Decision
}

func update(workflowID string) *workflowservice.UpdateWorkflowExecutionRequest {
	return &workflowservice.UpdateWorkflowExecutionRequest{
		WorkflowExecution: &commonpb.WorkflowExecution{WorkflowId: workflowID},
	}
}

func TestOnlyTheOwningServiceSendsUpdates(t *testing.T) {
	cases := []struct {
		subject, workflowID string
		want                authorization.Decision
	}{
		{"appraisals", "support-request/42", authorization.DecisionAllow},
		{"appraisals", "rural-criteria/7", authorization.DecisionAllow},
		{"ocop", "support-request/42", authorization.DecisionDeny},
		{"operations", "support-request/42", authorization.DecisionDeny},
		{"ocop", "ocop-evaluation/p/1", authorization.DecisionAllow},
		{"appraisals", "ocop-evaluation/p/1", authorization.DecisionDeny},
		{"appraisals", "something-else/1", authorization.DecisionDeny},
	}
	for _, c := range cases {
		if got := call(t, c.subject, "UpdateWorkflowExecution", update(c.workflowID)); got != c.want {
			t.Errorf("%s updating %s: got %v, want %v", c.subject, c.workflowID, got, c.want)
		}
	}
}

func TestWorkersPollAnswerQueriesAndShutDown(t *testing.T) {
	for _, api := range []string{"PollWorkflowTaskQueue", "RespondWorkflowTaskCompleted", "RespondQueryTaskCompleted", "ShutdownWorker"} {
		if call(t, "appraisals", api, nil) != authorization.DecisionAllow {
			t.Errorf("appraisals worker refused %s", api)
		}
		if call(t, "operations", api, nil) != authorization.DecisionDeny {
			t.Errorf("operations allowed %s", api)
		}
	}
}

func TestNoCertificateNoAccessAndAdminEverything(t *testing.T) {
	if call(t, "", "DescribeNamespace", nil) != authorization.DecisionDeny {
		t.Error("an anonymous caller was allowed")
	}
	if call(t, "admin", "RegisterNamespace", nil) != authorization.DecisionAllow {
		t.Error("admin was refused")
	}
	r, _ := NewAuthorizer().Authorize(context.Background(), &authorization.Claims{Subject: "appraisals"},
		&authorization.CallTarget{APIName: apiPrefix + "DescribeNamespace", Namespace: "other"})
	if r.Decision != authorization.DecisionDeny {
		t.Error("another namespace was allowed")
	}
}
