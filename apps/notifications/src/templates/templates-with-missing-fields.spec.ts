import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { EventFieldSchemas } from '../rules/event-fields';
import { NotificationRules } from '../rules/notification-rules';
import { Languages } from './language';
import { filtersFor } from './template-filters';
import { TEMPLATES_DIR, TemplateStore } from './template-store';

/** Whether an event may leave the field out or null: then the notice must still read well without it. */
function isOptional(schema: z.ZodObject, field: string): boolean {
  const fieldSchema = schema.shape[field] as z.ZodType | undefined;
  return !!fieldSchema && (fieldSchema.safeParse(undefined).success || fieldSchema.safeParse(null).success);
}

const placeholders = (source: string) =>
  [...source.matchAll(/\{\{\s*([\w.]+)\s*(?:\|\s*(\w+)\s*)?\}\}/g)].map((m) => ({ field: m[1], filter: m[2] }));

describe('every template with its optional fields missing', () => {
  it('words a missing value in every filter, in both languages, instead of leaving a blank', () => {
    for (const language of Languages)
      for (const [name, filter] of Object.entries(filtersFor(language)))
        for (const missing of [undefined, null])
          expect([language, name, String(missing), filter(missing).trim().length > 0]).toEqual([
            language,
            name,
            String(missing),
            true,
          ]);
  });

  it('sends every optional field of a notified event through a filter, so its absence is worded', () => {
    const bare: string[] = [];
    for (const [type, rules] of Object.entries(NotificationRules)) {
      const schema = EventFieldSchemas[type] as z.ZodObject;
      for (const rule of rules)
        for (const language of Languages) {
          const source = fs.readFileSync(path.join(TEMPLATES_DIR, `${rule.template}.${language}.tpl`), 'utf8');
          for (const { field, filter } of placeholders(source))
            if (!filter && isOptional(schema, field)) bare.push(`${rule.template}.${language}: {{${field}}}`);
        }
    }
    expect(bare).toEqual([]);
  });

  it('gives a task at a stage without a deadline a subject that ends in words, not in a bare comma', () => {
    const store = new TemplateStore();
    const data = {
      recipientName: 'Nguyễn Văn An',
      dossierCode: 'KC-2026-000001',
      stage: 'IMPLEMENTATION',
      addressee: { unitCode: 'DN-SCT', role: 'DEPARTMENT_APPRAISER', assigneeId: null },
      dueAt: null,
    };
    const vi = store.render('task-assigned', 'vi', data);
    expect(vi.subject).toBe('Việc mới: hồ sơ KC-2026-000001, bước "Triển khai thực hiện", không có hạn');
    expect(vi.text).toContain('Hạn xử lý: không có');
    expect(store.render('task-assigned', 'en', data).subject).toBe(
      'New task: dossier KC-2026-000001, step "Implementation", no deadline',
    );
  });

  it('tells an applicant of a stage with no deadline, no previous stage and no note in full sentences', () => {
    const store = new TemplateStore();
    const text = store.render('stage-changed', 'vi', {
      recipientName: 'Nguyễn Văn An',
      dossierCode: 'KC-2026-000001',
      from: null,
      to: 'ACCEPTANCE',
      dueAt: null,
      note: null,
      changedAt: '2026-11-28T18:30:00.000Z',
      link: 'http://127.0.0.1:3000/',
    }).text;
    expect(text).toContain('chuyển sang bước "Nghiệm thu" vào 01:30 ngày 29/11/2026');
    expect(text).toContain('Bước trước: không có');
    expect(text).toContain('Thời hạn xử lý bước này: không có hạn');
    expect(text).toContain('Ghi chú của cán bộ: không có');
  });
});
