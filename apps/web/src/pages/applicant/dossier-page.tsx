import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Applications } from '../../api/endpoints';
import { ApiError, saveBlob } from '../../api/client';
import { usePrograms, useUnitName } from '../../api/queries';
import type { Dossier, FieldProblemView, Program } from './dossier-types';
import { useI18n } from '../../i18n/i18n';
import { date, dateTime, money } from '../../format';
import { Badge, DeadlineClock, Facts, PageHeader, StageName } from '../../ui/bits';
import { Alert, ErrorState, Loading, useErrorText } from '../../ui/states';
import { Timeline } from '../../ui/timeline';
import { DocumentRow } from './document-row';
import { DossierForm, toFormValues } from './dossier-form';

const WITHDRAWABLE = ['SUBMITTED', 'IN_REVIEW', 'AWAITING_SUPPLEMENT'];
const FINISHED = ['COMPLETED', 'CLOSED', 'WITHDRAWN'];
const submitKey = (id: string) => `kc.submitKey.${id}`;

/** One of the applicant's dossiers: draft (edit, documents, submit) or submitted (receipt, clock, supplement). */
export default function DossierPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const programs = usePrograms();
  const dossier = useQuery({ queryKey: ['dossier', id], queryFn: () => Applications.get(id) });
  if (dossier.isPending || programs.isPending) return <Loading />;
  if (dossier.isError || programs.isError)
    return (
      <div className="page">
        <PageHeader title={t('nav.myDossiers')} />
        <ErrorState error={dossier.error ?? programs.error} onRetry={() => void dossier.refetch()} />
      </div>
    );
  const program = programs.data.items.find((p) => p.code === dossier.data.programCode)!;
  return <DossierView d={dossier.data} program={program} />;
}

function DossierView({ d, program }: { d: Dossier; program: Program }) {
  const { t, pick } = useI18n();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['dossier', d.id] });
  const open = d.supplementRequests?.find((r) => !r.answeredAt);
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/ho-so">‹ {t('dossiers.title')}</Link>
      </p>
      <PageHeader title={d.title} subtitle={pick(program.nameVi, program.nameEn)}>
        <Badge tone={d.status.toLowerCase()}>{t(`status.${d.status}`)}</Badge>
      </PageHeader>
      {d.status === 'DRAFT' ? (
        <DraftSections d={d} program={program} refresh={refresh} />
      ) : (
        <>
          {d.dossierCode && <ReceiptPanel d={d} />}
          <section className="card" aria-labelledby="clock-title">
            <h2 className="section-title" id="clock-title">
              {t('deadline.title')}
            </h2>
            <p>
              {t('lookup.stage')}:{' '}
              <strong>
                <StageName stage={d.stage} />
              </strong>
            </p>
            {FINISHED.includes(d.status) ? (
              <p className="deadline">{t('deadline.finished')}</p>
            ) : (
              <DeadlineClock
                due={d.expectedResultDate}
                paused={d.status === 'AWAITING_SUPPLEMENT'}
                pausedUntil={open?.dueDate}
              />
            )}
          </section>
          {d.status === 'AWAITING_SUPPLEMENT' && open && (
            <SupplementPanel d={d} program={program} requestId={open.id} items={open.items} refresh={refresh} />
          )}
          <InfoCard d={d} program={program} />
          <section className="card">
            <h2 className="section-title">{t('dossier.docsTitle')}</h2>
            <ul className="doc-list">
              {d.documents.map((doc) => (
                <DocumentRow
                  key={doc.id}
                  dossierId={d.id}
                  requirement={requirementOf(program, doc.requirementCode)}
                  document={doc}
                  editable={false}
                  onChanged={refresh}
                />
              ))}
            </ul>
          </section>
        </>
      )}
      <section className="card">
        <h2 className="section-title">{t('dossier.timelineTitle')}</h2>
        <Timeline
          lines={d.timeline.map((l) => ({
            at: l.at,
            stage: l.stage,
            textVi: l.labelVi,
            textEn: l.labelEn,
            note: l.note,
          }))}
        />
      </section>
      {WITHDRAWABLE.includes(d.status) && <WithdrawPanel d={d} refresh={refresh} />}
    </div>
  );
}

export function requirementOf(program: Program, code: string) {
  return program.requiredDocuments.find((r) => r.code === code) ?? { code, nameVi: code, nameEn: code };
}

function InfoCard({ d, program, onEdit }: { d: Dossier; program: Program; onEdit?: () => void }) {
  const { t, pick } = useI18n();
  const unitName = useUnitName();
  const c = d.cost;
  const cost =
    'loanAmountVnd' in c
      ? `${money(c.loanAmountVnd)} · ${String(c.annualInterestRate / 100).replace('.', ',')} %/${t('dossier.year')} · ${c.months} ${t('dossier.months')}`
      : money(c.eligibleCostVnd);
  return (
    <section className="card">
      <div className="card-head">
        <h2 className="section-title">{t('dossier.stepInfo')}</h2>
        {onEdit && (
          <button type="button" className="btn btn-secondary btn-sm" onClick={onEdit}>
            {t('dossier.edit')}
          </button>
        )}
      </div>
      <Facts
        rows={[
          [t('dossier.program'), pick(program.nameVi, program.nameEn)],
          [t('dossier.establishment'), `${d.establishment.name} · ${t(`establishmentType.${d.establishment.type}`)}`],
          [t('form.address'), d.establishment.address],
          [t('dossier.localUnit'), unitName(d.localUnitCode)],
          [t('dossier.cost'), cost],
          [t('dossier.created'), date(d.createdAt)],
        ]}
      />
    </section>
  );
}

function DraftSections({ d, program, refresh }: { d: Dossier; program: Program; refresh: () => Promise<unknown> }) {
  const { t } = useI18n();
  const programs = usePrograms();
  const [editing, setEditing] = useState(false);
  const [problems, setProblems] = useState<FieldProblemView[]>([]);
  const done = program.requiredDocuments.filter((r) => d.documents.some((x) => x.requirementCode === r.code)).length;
  return (
    <>
      <Alert kind="info">{t('dossier.draftNote')}</Alert>
      {editing && programs.data ? (
        <section className="card">
          <h2 className="section-title">{t('form.editTitle')}</h2>
          <DossierForm
            catalogue={programs.data}
            initial={toFormValues(d)}
            submitLabel={t('app.save')}
            onCancel={() => setEditing(false)}
            onSubmit={async (draft) => {
              await Applications.update(d.id, draft);
              await refresh();
              setEditing(false);
            }}
          />
        </section>
      ) : (
        <InfoCard d={d} program={program} onEdit={() => setEditing(true)} />
      )}
      <section className="card" id="documents">
        <div className="card-head">
          <h2 className="section-title">{t('dossier.docsTitle')}</h2>
          <span className={`pill ${done === program.requiredDocuments.length ? 'pill-ok' : ''}`}>
            {t('dossier.docProgress', { done, total: program.requiredDocuments.length })}
          </span>
        </div>
        <p className="muted">{t('dossier.docsHint')}</p>
        <ul className="doc-list">
          {program.requiredDocuments.map((r) => (
            <DocumentRow
              key={r.code}
              dossierId={d.id}
              requirement={r}
              document={d.documents.find((x) => x.requirementCode === r.code)}
              problem={problems.find((p) => p.field === `documents.${r.code}`)?.messageVi}
              editable
              removable
              onChanged={refresh}
            />
          ))}
        </ul>
      </section>
      <SubmitCard d={d} refresh={refresh} onProblems={setProblems} />
    </>
  );
}

function SubmitCard({
  d,
  refresh,
  onProblems,
}: {
  d: Dossier;
  refresh: () => Promise<unknown>;
  onProblems: (p: FieldProblemView[]) => void;
}) {
  const { t, pick } = useI18n();
  const [problems, setProblems] = useState<FieldProblemView[]>([]);
  const submit = useMutation({
    mutationFn: () => {
      // One key per attempt; a retry after a lost answer reuses it, so the server returns the same receipt.
      let key = sessionStorage.getItem(submitKey(d.id));
      if (!key) {
        key = crypto.randomUUID();
        sessionStorage.setItem(submitKey(d.id), key);
      }
      return Applications.submit(d.id, key);
    },
    onSuccess: async () => {
      sessionStorage.removeItem(submitKey(d.id));
      await refresh();
    },
    onError: async (error) => {
      const transient = error instanceof ApiError && (error.status === 0 || error.status >= 500);
      if (!transient) sessionStorage.removeItem(submitKey(d.id));
      if (error instanceof ApiError && error.status === 422) {
        setProblems(error.fields);
        onProblems(error.fields);
      }
      if (error instanceof ApiError && error.status === 409) await refresh();
    },
  });
  return (
    <section className="card" id="submit">
      <h2 className="section-title">{t('dossier.submitTitle')}</h2>
      <p>{t('dossier.submitIntro')}</p>
      {problems.length > 0 ? (
        <Alert kind="error">
          <p>{t('dossier.submitBlocked')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>{pick(p.messageVi, p.messageEn)}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        submit.isError && <ErrorState error={submit.error} />
      )}
      <button
        type="button"
        className="btn btn-primary btn-lg"
        disabled={submit.isPending}
        onClick={() => submit.mutate()}
      >
        {submit.isPending ? t('dossier.submitting') : t('dossier.submitButton')}
      </button>
    </section>
  );
}

function ReceiptPanel({ d }: { d: Dossier }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const unitName = useUnitName();
  const [error, setError] = useState<string>();
  const pdf = useMutation({
    mutationFn: () => Applications.receiptPdf(d.id),
    onSuccess: (blob) => saveBlob(blob, `giay-tiep-nhan-${d.dossierCode}.pdf`),
    onError: (e) => setError(errorText(e)),
  });
  return (
    <section className="card receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" className="section-title">
        {t('dossier.receiptTitle')}
      </h2>
      <div className="receipt-codes">
        <div className="code-box">
          <span className="code-label">{t('dossier.code')}</span>
          <span className="code-value mono" data-testid="dossier-code">
            {d.dossierCode}
          </span>
        </div>
        <div className="code-box code-secret">
          <span className="code-label">{t('dossier.lookupSecret')}</span>
          <span className="code-value mono" data-testid="lookup-secret">
            {d.lookupSecret}
          </span>
        </div>
      </div>
      <p className="muted">{t('dossier.lookupSecretHint')}</p>
      <Facts
        rows={[
          [t('dossier.receivedAt'), dateTime(d.submittedAt)],
          [t('dossier.expected'), <strong key="e">{date(d.expectedResultDate)}</strong>],
          [t('dossier.localUnit'), unitName(d.localUnitCode)],
          [t('dossier.proposed'), money(d.proposedSupportVnd)],
        ]}
      />
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={pdf.isPending} onClick={() => pdf.mutate()}>
          {pdf.isPending ? t('dossier.downloadingReceipt') : t('dossier.downloadReceipt')}
        </button>
        <Link className="btn btn-secondary" to={`/tra-cuu?ma=${d.dossierCode}&mk=${d.lookupSecret}`}>
          {t('dossier.openLookup')}
        </Link>
      </div>
      {error && <Alert kind="error">{error}</Alert>}
    </section>
  );
}

function SupplementPanel({
  d,
  program,
  requestId,
  items,
  refresh,
}: {
  d: Dossier;
  program: Program;
  requestId: string;
  items: { documentCode: string; reasonVi: string }[];
  refresh: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const send = useMutation({ mutationFn: () => Applications.answerSupplement(d.id, requestId), onSuccess: refresh });
  const uploaded = (code: string) =>
    d.documents.find((x) => x.requirementCode === code && x.supplementRequestId === requestId);
  return (
    <section className="card card-warning" id="supplement" aria-labelledby="supplement-title">
      <h2 className="section-title" id="supplement-title">
        {t('dossier.supplementTitle')}
      </h2>
      <p>{t('dossier.supplementIntro')}</p>
      <ul className="doc-list">
        {items.map((item) => (
          <DocumentRow
            key={item.documentCode}
            dossierId={d.id}
            requirement={requirementOf(program, item.documentCode)}
            reason={item.reasonVi}
            document={uploaded(item.documentCode)}
            editable
            supplementRequestId={requestId}
            onChanged={refresh}
          />
        ))}
      </ul>
      {send.isError && <ErrorState error={send.error} />}
      <button
        type="button"
        className="btn btn-primary"
        disabled={send.isPending || items.some((i) => !uploaded(i.documentCode))}
        onClick={() => send.mutate()}
      >
        {t('dossier.supplementSend')}
      </button>
    </section>
  );
}

function WithdrawPanel({ d, refresh }: { d: Dossier; refresh: () => Promise<unknown> }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const withdraw = useMutation({ mutationFn: () => Applications.withdraw(d.id, reason.trim()), onSuccess: refresh });
  return (
    <section className="card">
      <details className="danger-zone">
        <summary>{t('dossier.withdrawTitle')}</summary>
        <p className="muted">{t('dossier.withdrawIntro')}</p>
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTooShort(reason.trim().length < 5);
            if (reason.trim().length >= 5) withdraw.mutate();
          }}
        >
          <div className={`field ${tooShort ? 'has-error' : ''}`}>
            <label htmlFor="withdraw-reason">{t('dossier.withdrawReason')}</label>
            <textarea
              id="withdraw-reason"
              rows={3}
              value={reason}
              aria-invalid={tooShort || undefined}
              aria-describedby={tooShort ? 'withdraw-error' : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            {tooShort && (
              <p className="field-error" id="withdraw-error">
                {t('validation.reason')}
              </p>
            )}
          </div>
          {withdraw.isError && <ErrorState error={withdraw.error} />}
          <button type="submit" className="btn btn-danger" disabled={withdraw.isPending}>
            {t('dossier.withdrawConfirm')}
          </button>
        </form>
      </details>
    </section>
  );
}
