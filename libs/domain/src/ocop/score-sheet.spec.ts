import { ocopPack148 } from './ocop-packs';
import { scoreSheet } from './score-sheet';
import { scoreTemplate } from './score-template';
import { answersFor } from './testing/sheet-builders';

const template = scoreTemplate(ocopPack148, 'FOOD-3a');

describe('scoreSheet: one council member’s sheet', () => {
  it('computes part totals and the total from the answers', () => {
    // A1 12 + A1-ENV 3 + A2 13 + A3 12 = 40 | B1 10 + B2 5 = 15 | C1 15 + C2 7 + C2-STD 3 + C2-SAFETY 3 + C3 0 = 28
    const answers = {
      A1: 12,
      'A1-ENV': 3,
      A2: 13,
      A3: 12,
      B1: 10,
      B2: 5,
      C1: 15,
      C2: 7,
      'C2-STD': 3,
      'C2-SAFETY': 3,
      C3: 0,
    };
    expect(scoreSheet(template, answers)).toEqual({
      ok: true,
      templateId: 'ocop-148-2023/FOOD-3a',
      points: answers,
      partTotals: { A: 40, B: 15, C: 28 },
      total: 83,
    });
  });

  it('accepts every criterion at 0 and every criterion at its maximum (100)', () => {
    const zero = scoreSheet(template, answersFor(template, 0, { 'A1-ENV': 0, 'C2-STD': 0, 'C2-SAFETY': 0 }));
    expect(zero.ok && zero.total).toBe(0);
    const full = scoreSheet(template, answersFor(template, 100));
    expect(full.ok && full.total).toBe(100);
  });

  it('rejects a bad sheet with one message per criterion, in sheet order, unknown criteria last', () => {
    const answers: Record<string, unknown> = { ...answersFor(template, 60) };
    delete answers.A2;
    answers.A1 = 13; // max 12
    answers.A3 = -1;
    answers.B1 = 2.5;
    answers.B2 = '5';
    answers.C1 = Number.NaN;
    answers.total = 100; // a client-computed total is not a criterion
    answers.X9 = 1;
    const result = scoreSheet(template, answers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.criterionCode, p.code])).toEqual([
      ['A1', 'OUT_OF_RANGE'],
      ['A2', 'MISSING_ANSWER'],
      ['A3', 'OUT_OF_RANGE'],
      ['B1', 'NOT_WHOLE_POINTS'],
      ['B2', 'NOT_WHOLE_POINTS'],
      ['C1', 'NOT_WHOLE_POINTS'],
      ['X9', 'UNKNOWN_CRITERION'],
      ['total', 'UNKNOWN_CRITERION'],
    ]);
    expect(result.problems[0]).toMatchObject({
      messageVi: 'Tiêu chí A1: điểm phải từ 0 đến 12',
      messageEn: 'Criterion A1: the score must be between 0 and 12',
    });
    expect(result.problems[1].messageVi).toBe('Tiêu chí A2: chưa chấm điểm');
    expect(result.problems[3].messageEn).toBe('Criterion B1: the score must be a whole number of points');
    expect(result.problems[6].messageVi).toBe('Tiêu chí X9 không có trong phiếu đánh giá');
  });

  it('treats null as unanswered', () => {
    const result = scoreSheet(template, { ...answersFor(template, 50), C3: null });
    expect(!result.ok && result.problems.map((p) => p.code)).toEqual(['MISSING_ANSWER']);
  });
});
