import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { isKnownEventType } from '@kc/contracts';
import { PROJECTED_TYPES } from '../dispatch/projections';
import { resolveRecipients } from '../recipients/resolve-recipients';
import { Languages } from '../templates/language';
import { TEMPLATES_DIR, TemplateStore } from '../templates/template-store';
import { EventFieldSchemas, HOLDER_FIELD } from './event-fields';
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

  it('addresses an OCOP event to its holder, and to nobody (not an error) when registered on paper', async () => {
    const none = {} as never; // the holder comes from the payload: no projection is read
    expect(await resolveRecipients({ kind: 'holder' }, { [HOLDER_FIELD]: 'owner-1' }, none, none)).toEqual(['owner-1']);
    expect(await resolveRecipients({ kind: 'holder' }, { [HOLDER_FIELD]: null, subjectId: 's-1' }, none, none)).toEqual(
      [],
    );
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
