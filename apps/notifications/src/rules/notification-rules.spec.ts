import { PROJECTED_TYPES } from '../dispatch/projections';
import { TemplateStore } from '../templates/template-store';
import { EventFieldSchemas, schemasForUncataloguedTypes } from './event-fields';
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

  it('lets through the consumer only the types the catalog does not know yet (OCOP), the catalog wins for the rest', () => {
    expect(Object.keys(schemasForUncataloguedTypes()).sort()).toEqual(
      Object.keys(NotificationRules)
        .filter((t) => t.startsWith('Ocop'))
        .sort(),
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
