import { patched, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { unitOfStage, type SupportRequestState } from '@kc/domain/approval';
import type { SupportRequestInput } from './support-request.definitions';
import { supportRequestSearchKeys as keys } from './support-request.search-attributes';

/** A search attribute's value in a form `!==` can compare (dates by their instant). */
const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/**
 * Keeps the workflow's search attributes in step with its state. Each upsert is a visibility write on the
 * server: workflows started since the patch get their first values from the starter and upsert only what
 * changed; older ones replay the upsert-everything path.
 */
export function searchAttributeMirror(input: SupportRequestInput): (state: SupportRequestState) => void {
  const attributes = (state: SupportRequestState): SearchAttributeUpdatePair[] => [
    { key: keys.dossier, value: input.dossierCode },
    { key: keys.program, value: input.programCode },
    { key: keys.stage, value: state.stage },
    { key: keys.unit, value: unitOfStage(state.stage, input.localUnitCode) },
    { key: keys.dueAt, value: state.dueAt ? new Date(state.dueAt) : null },
    { key: keys.overdue, value: state.overdue },
  ];
  const onlyChanges = patched('search-attributes-only-when-changed');
  const shown = new Map<string, unknown>();
  if (onlyChanges)
    for (const pair of workflowInfo().typedSearchAttributes.getAll()) shown.set(pair.key.name, comparable(pair.value));
  return (state) => {
    if (!onlyChanges) return upsertSearchAttributes(attributes(state));
    const changed = attributes(state).filter((pair) => shown.get(pair.key.name) !== comparable(pair.value));
    if (changed.length === 0) return;
    for (const pair of changed) shown.set(pair.key.name, comparable(pair.value));
    upsertSearchAttributes(changed);
  };
}
