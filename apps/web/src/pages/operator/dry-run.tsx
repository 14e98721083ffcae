// The operator pages' "count first, then act" step (batch interventions, DLQ redrive and discard): what
// the dry run counted, and the buttons that act on exactly that.
import type { ReactNode } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n';
import { ErrorState } from '../../ui/states';

type AnyMutation = Pick<UseMutationResult<unknown, Error, never>, 'isPending' | 'isError' | 'error'>;

/**
 * What the dry run counted and, when it counted something, the confirmations (`children`) that act on it.
 * Shows the dry run's and the action's progress and refusals too.
 */
export function DryRunOutcome({
  count,
  act,
  matched,
  none,
  summary,
  sample,
  testId,
  children,
}: {
  count: AnyMutation;
  act: AnyMutation;
  /** null until counted (and again once the selection changes). */
  matched: number | null;
  none: string;
  summary: string;
  /** Some of what the action would touch, under a disclosure. */
  sample?: { label: string; ids: readonly string[] };
  testId?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      {count.isPending && <p role="status">{t('app.loading')}</p>}
      {count.isError && <ErrorState error={count.error} />}
      {matched !== null && (
        <section className="card section" aria-live="polite" data-testid={testId}>
          {matched === 0 ? (
            <p>{none}</p>
          ) : (
            <>
              <p>
                <strong>{summary}</strong>
              </p>
              {sample && sample.ids.length > 0 && (
                <details>
                  <summary>{sample.label}</summary>
                  <ul className="mono">
                    {sample.ids.map((id) => (
                      <li key={id}>{id}</li>
                    ))}
                  </ul>
                </details>
              )}
              <div className="form-actions">{children}</div>
            </>
          )}
        </section>
      )}
      {act.isError && <ErrorState error={act.error} />}
    </>
  );
}
