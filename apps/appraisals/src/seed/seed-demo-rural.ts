import type { WorkflowClient } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { dongNaiUnitsFile, parseOrgUnits } from '@kc/domain';
import { evaluateAssessment, templateById } from '@kc/domain/rural-criteria';
import { OutboxWriter } from '@kc/messaging';
import { registerCandidate } from '../rural-criteria/registration';
import { RuralAppraisalsRepository } from '../rural-criteria/rural-appraisals.repository';
import { RuralSelfAssessmentsRepository } from '../rural-criteria/rural-self-assessments.repository';
import type { Registration } from '../rural-criteria/registration.schema';

/**
 * Demo candidates for criteria 4 and 7, so a new user sees the three shapes of the procedure: a former
 * commune registered before 1/7/2025 (district verification), today's Xuân Lộc commune with a
 * half-typed self-assessment (no district step), and a model residential area. Registering again finds
 * the same rows (commune, level, year, area) and leaves them as they are.
 */
const candidates: { registration: Registration & { registeredOn: string }; figures?: object }[] = [
  { registration: { communeCode: 'X-XUAN-HIEP', level: 'ADVANCED', targetYear: 2025, registeredOn: '2025-03-10' } },
  {
    registration: { communeCode: 'X-XUAN-LOC', level: 'ADVANCED', targetYear: 2026, registeredOn: '2025-10-01' },
    figures: { households: 4120, householdsDirect: 4118, gridMeetsStandard: true },
  },
  {
    registration: {
      communeCode: 'X-LONG-THANH',
      level: 'MODEL_RESIDENTIAL_AREA',
      areaName: 'Ấp Phước Lý',
      targetYear: 2026,
      registeredOn: '2025-10-01',
    },
  },
];

export async function seedDemoRural(
  dataSource: DataSource,
  workflows: WorkflowClient,
  options: { taskQueue: string; topicPrefix?: string },
): Promise<string[]> {
  const repo = new RuralAppraisalsRepository(
    dataSource,
    new OutboxWriter('appraisals', 'appraisals', options.topicPrefix),
  );
  const deps = { repo, workflows, taskQueue: options.taskQueue, units: parseOrgUnits(dongNaiUnitsFile) };
  const created: string[] = [];
  for (const { registration, figures } of candidates) {
    const { appraisal, created: isNew } = await registerCandidate(deps, registration, { kind: 'system', id: 'seed' });
    if (!isNew) continue;
    if (figures) {
      const evaluation = evaluateAssessment(templateById(appraisal.templateId), figures);
      await new RuralSelfAssessmentsRepository(dataSource).save(appraisal.appraisalId, figures, evaluation, 'seed');
    }
    created.push(
      `${appraisal.communeName}${registration.areaName ? ` – ${registration.areaName}` : ''} (${registration.level}, ${registration.targetYear})`,
    );
  }
  return created;
}
