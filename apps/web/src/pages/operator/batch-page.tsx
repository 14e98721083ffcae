import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Operations } from '../../api/operations';
import type { BatchBody, BatchDryRun, WorkflowFilterQuery } from '@kc/contracts';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../ui/page-header';
import { Alert } from '../../ui/states';
import { OpsNav } from './ops-nav';
import { BatchProgress } from './batch-progress';
import { DryRunOutcome } from './dry-run';
import { WorkflowFilterForm } from './workflow-filters';
import { BatchActionFields } from './batch-action-fields';
import { emptyDraft, parseWorkflowIds, toOperatorAction } from './batch-action';

/**
 * Batch interventions: the selection is counted first (a dry run, which the service does by default), and only
 * what was counted runs; the batch then reports each workflow's result as it goes.
 */
export default function BatchPage() {
  const { t } = useI18n();
  const [draft, setDraft] = useState(emptyDraft);
  const [idsText, setIdsText] = useState('');
  const [counted, setCounted] = useState<{ body: BatchBody; result: BatchDryRun } | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const changed = () => setCounted(null);
  const matched = counted?.result.matched ?? 0;

  const dryRun = useMutation({
    mutationFn: (body: BatchBody) => Operations.batch(body),
    onSuccess: (result, body) => result.dryRun && setCounted({ body, result }),
  });
  const run = useMutation({
    mutationFn: (body: BatchBody) => Operations.batch({ ...body, dryRun: false }),
    onSuccess: (result) => {
      if (!result.dryRun) setJobId(result.jobId);
      setCounted(null);
    },
  });

  const count = (filter: WorkflowFilterQuery) => {
    setProblem(null);
    const workflowIds = parseWorkflowIds(idsText);
    const hasFilter = Object.keys(filter).length > 0;
    if (!hasFilter && workflowIds.length === 0) return setProblem(t('ops.batch.needSelection'));
    dryRun.mutate({
      ...(workflowIds.length ? { workflowIds } : { filter }),
      action: toOperatorAction(draft),
      reason: draft.reason.trim(),
      dryRun: true,
    });
  };

  return (
    <div className="page ops-page">
      <PageHeader title={t('ops.batch.title')} subtitle={t('ops.batch.subtitle')} />
      <OpsNav />
      <h2 className="section-title">{t('ops.batch.selection')}</h2>
      <WorkflowFilterForm initial={{}} withStatus={false} submitLabel={t('ops.common.dryRun')} onSubmit={count}>
        <div className="field ops-wide">
          <label htmlFor="batch-ids">{t('ops.batch.workflowIds')}</label>
          <textarea
            id="batch-ids"
            rows={2}
            value={idsText}
            onChange={(e) => {
              setIdsText(e.target.value);
              changed();
            }}
          />
        </div>
        <BatchActionFields
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            changed();
          }}
        />
      </WorkflowFilterForm>
      {problem && <Alert kind="warning">{problem}</Alert>}
      <DryRunOutcome
        count={dryRun}
        act={run}
        matched={counted?.result.matched ?? null}
        none={t('ops.batch.dryRunNone')}
        summary={t('ops.batch.dryRunResult', { count: matched })}
        sample={counted ? { label: t('ops.batch.sample'), ids: counted.result.sample } : undefined}
        testId="batch-dry-run"
      >
        <button
          type="button"
          className="btn btn-danger"
          disabled={run.isPending || !counted}
          onClick={() => counted && run.mutate(counted.body)}
        >
          {t('ops.batch.run', { count: matched })}
        </button>
      </DryRunOutcome>
      {jobId && <BatchProgress jobId={jobId} />}
    </div>
  );
}
