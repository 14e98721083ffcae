import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { isKnownEventType } from '@kc/contracts';
import { PROJECTED_TYPES } from '../dispatch/projections';
import { resolveRecipients } from '../recipients/resolve-recipients';
import { Languages } from '../templates/language';
import { TEMPLATES_DIR, TemplateStore } from '../templates/template-store';
import { EventFieldSchemas } from './event-fields';
import { HOLDER_FIELD } from './holder-field';
import { NotificationRules } from './notification-rules';

describe('the notification rule table', () => {
  it('has, for every notified event, the schema of the fields it uses and both languages of its templates', () => {
    const templates = new TemplateStore();
    for (const [type, rules] of Object.entries(NotificationRules)) {
      expect(EventFieldSchemas[type]).toBeDefined();
      for (const rule of rules)
        expect([type, rule.template, templates.has(rule.template)]).toEqual([type, rule.template, true]);
    }
  });

  it('notifies only on catalogued events, so the consumer checks each against its contract first', () => {
    expect(Object.keys(NotificationRules).filter((t) => !isKnownEventType(t))).toEqual([]);
  });

  it('fills every placeholder of the OCOP templates from a contract field it checks or one the dispatcher adds', () => {
    const added = ['recipientName', 'productLabel', 'link'];
    for (const [type, rules] of Object.entries(NotificationRules).filter(([t]) => t.startsWith('Ocop'))) {
      const known = [...Object.keys((EventFieldSchemas[type] as z.ZodObject).shape), ...added];
      for (const rule of rules)
        for (const language of Languages) {
          const source = fs.readFileSync(path.join(TEMPLATES_DIR, `${rule.template}.${language}.tpl`), 'utf8');
          const unknown = [...source.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).filter((f) => !known.includes(f));
          expect([type, rule.template, language, unknown]).toEqual([type, rule.template, language, []]);
        }
    }
  });

  it('addresses an OCOP event to its holder, waits while the holder is unknown, and tells nobody when registered on paper', async () => {
    const none = {} as never; // the holder comes from the payload and is looked up by id only
    const repo = { find: async (_m: unknown, id: string) => (id === 'owner-1' ? { id } : undefined) } as never;
    expect(await resolveRecipients({ kind: 'holder' }, { [HOLDER_FIELD]: 'owner-1' }, repo, none)).toEqual({
      ids: ['owner-1'],
    });
    expect(await resolveRecipients({ kind: 'holder' }, { [HOLDER_FIELD]: 'owner-2' }, repo, none)).toEqual({
      waitFor: 'account:owner-2',
    });
    expect(await resolveRecipients({ kind: 'holder' }, { [HOLDER_FIELD]: null, subjectId: 's-1' }, repo, none)).toEqual(
      { ids: [] },
    );
  });

  it('tells the applicant of the stages that matter to them, once, and not of those with notices of their own', () => {
    const [rule] = NotificationRules.StageChanged;
    const moved = (from: string | null, to: string) => rule.when!({ from, to });
    expect(moved('RECEPTION', 'LOCAL_REVIEW')).toBe(true);
    expect(moved('DEPARTMENT_APPRAISAL', 'LOCAL_REVIEW')).toBe(true); // returned to the commune
    expect(moved('IMPLEMENTATION', 'ACCEPTANCE')).toBe(true);
    expect(moved(null, 'RECEPTION')).toBe(false); // the receipt says it
    expect(moved('LEADER_APPROVAL', 'IMPLEMENTATION')).toBe(false); // the approval says it
    expect(moved('DISBURSEMENT', 'COMPLETED')).toBe(false); // ApplicationCompleted says it
    expect(moved('LOCAL_REVIEW', 'LOCAL_REVIEW')).toBe(false); // resumed after a supplement
  });

  it('projects identity, dossier and task events', () => {
    expect(PROJECTED_TYPES).toEqual([
      'AccountRegistered',
      'AccountUpdated',
      'ApplicationSubmitted',
      'TaskCreated',
      'TaskCompleted',
    ]);
  });
});
