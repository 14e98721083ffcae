import type { ActionType, OfficerAction } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';
import { parseMoney } from '../../format';
import type { FieldSpec } from './action-fields';

export type Values = Record<string, string>;

/** Reads the typed values into the action's body; returns the field problems instead when any. */
export function toAction(type: ActionType, specs: FieldSpec[], v: Values): OfficerAction | Record<string, MessageKey> {
  const problems: Record<string, MessageKey> = {};
  const body: Record<string, unknown> = { type };
  for (const f of specs) {
    const raw = (v[f.name] ?? '').trim();
    if (f.kind === 'yesNo') {
      if (raw !== 'yes' && raw !== 'no') problems[f.name] = 'validation.choose';
      else body[f.name] = raw === 'yes';
    } else if (f.kind === 'amount') {
      const n = parseMoney(raw);
      if (!n) problems[f.name] = 'validation.amount';
      else body[f.name] = n;
    } else if (f.kind === 'optionalNote') {
      if (raw) body[f.name] = raw;
    } else if (raw.length < 5) problems[f.name] = 'validation.reason';
    else body[f.name] = raw;
  }
  return Object.keys(problems).length ? problems : (body as OfficerAction);
}
