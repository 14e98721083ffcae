import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import type { AuthUser } from '@kc/auth';
import { WorkflowIds, WorkflowTypes } from '@kc/contracts';
import { dongNaiUnitsFile, isUnitValidOn, parseOrgUnits, vietnamDate, type OrgUnit } from '@kc/domain';
import {
  DONG_NAI_REGION,
  evaluateAssessment,
  findTemplate,
  ruralPackForRegistration,
  ruralProcedureForRegistration,
  templateById,
  type RuralAction,
  type RuralAppraisalState,
  type RuralSelfAssessment,
} from '@kc/domain/rural-criteria';
import { TemporalConnection, updateRefusal } from '@kc/temporal';
import { ruralActionUpdate, ruralStateQuery, type RuralCriteriaInput } from '@kc/workflows';
import { APPRAISALS_CONFIG } from '../appraisals-config.token';
import type { AppraisalsConfig } from '../config';
import { problem } from '../approval/workflow-actions.service';
import { RuralAppraisalsRepository, type AppraisalRow } from './rural-appraisals.repository';
import type { Registration, RuralActionBody } from './rural-criteria.schemas';

const notFound = () => problem(404, 'Không tìm thấy hồ sơ thẩm định.', 'No such appraisal.');
const ASSESSABLE = ['SELF_ASSESSMENT', 'SUPPLEMENT'];

/** Registrations, self-assessments and officer actions; the workflow's validator has the last word on actions. */
@Injectable()
export class RuralCriteriaService {
  readonly units: OrgUnit[] = parseOrgUnits(dongNaiUnitsFile);

  constructor(
    private readonly repo: RuralAppraisalsRepository,
    private readonly temporal: TemporalConnection,
    @Inject(APPRAISALS_CONFIG) private readonly config: AppraisalsConfig,
  ) {}

  async register(body: Registration, user: AuthUser) {
    const registeredOn = body.registeredOn ?? vietnamDate(new Date());
    const input = this.resolve(body, registeredOn);
    const commune = this.units.find((u) => u.code === body.communeCode)!;
    const { row, created } = await this.repo.register(
      {
        ...input,
        communeName: commune.name,
        targetYear: body.targetYear,
        areaName: body.areaName ?? '',
        communeGroup: body.communeGroup ?? null,
        registeredOn,
        stage: 'SELF_ASSESSMENT',
        registeredBy: user.id,
      },
      (appraisalId) => ({
        type: 'RuralCriteriaRegistered',
        aggregateId: appraisalId,
        actor: { kind: 'user', id: user.id, role: user.roles[0] },
        payload: {
          ...input,
          appraisalId,
          communeName: commune.name,
          targetYear: body.targetYear,
          areaName: body.areaName ?? null,
          registeredOn,
          registeredAt: new Date().toISOString(),
        },
      }),
    );
    await this.start(row);
    return { created, appraisal: row };
  }

  /** Checks the registration against the reference data and picks the pack, template and procedure it keeps. */
  private resolve(body: Registration, registeredOn: string) {
    const commune = this.units.find(
      (u) =>
        u.code === body.communeCode && (u.kind === 'COMMUNE' || u.kind === 'WARD') && isUnitValidOn(u, registeredOn),
    );
    if (!commune)
      throw problem(
        400,
        `Không có xã/phường ${body.communeCode} vào ngày ${registeredOn}.`,
        `No commune ${body.communeCode} on ${registeredOn}.`,
      );
    if ((body.level === 'MODEL_RESIDENTIAL_AREA') !== (body.areaName !== undefined))
      throw problem(
        400,
        'Tên khu dân cư chỉ (và luôn) cần cho mức khu dân cư kiểu mẫu.',
        'areaName goes with MODEL_RESIDENTIAL_AREA, and only with it.',
      );
    let pack;
    try {
      pack = ruralPackForRegistration(registeredOn);
    } catch {
      throw problem(
        400,
        `Chưa có bộ tiêu chí áp dụng vào ngày ${registeredOn}.`,
        `No criteria in force on ${registeredOn}.`,
      );
    }
    if (pack.keyedBy === 'GROUP' && body.level !== 'MODEL_RESIDENTIAL_AREA' && !body.communeGroup)
      throw problem(
        400,
        'Giai đoạn 2026–2030 cần nhóm xã (1, 2 hoặc 3).',
        'The 2026–2030 criteria need the commune group (1, 2 or 3).',
      );
    const template = findTemplate(pack, { level: body.level, region: DONG_NAI_REGION, group: body.communeGroup });
    if (!template)
      throw problem(
        400,
        `Bộ tiêu chí ${pack.period} không có mức này.`,
        `The ${pack.period} criteria have no ${body.level} level.`,
      );
    const procedure = ruralProcedureForRegistration(registeredOn);
    const parent = this.units.find((u) => u.code === commune.parentCode);
    const needsDistrict = procedure.stages.LOCAL_VERIFICATION.task !== null;
    if (needsDistrict && parent?.kind !== 'DISTRICT')
      throw problem(
        400,
        'Xã đăng ký trước 01/7/2025 phải thuộc một huyện.',
        'A registration before 1/7/2025 needs the commune’s district.',
      );
    return {
      appraisalId: randomUUID(),
      communeCode: commune.code,
      districtCode: needsDistrict ? parent!.code : null,
      level: body.level,
      packId: pack.id,
      templateId: template.id,
      procedureId: procedure.id,
    };
  }

  private async start(row: AppraisalRow): Promise<void> {
    const input: RuralCriteriaInput = {
      appraisalId: row.appraisalId,
      communeCode: row.communeCode,
      districtCode: row.districtCode,
      level: row.level,
      targetYear: row.targetYear,
      packId: row.packId,
      templateId: row.templateId,
      procedureId: row.procedureId,
    };
    const client = await this.temporal.workflowClient();
    try {
      await client.workflow.start(WorkflowTypes.ruralCriteriaAppraisal, {
        taskQueue: this.config.APPROVALS_TASK_QUEUE,
        workflowId: WorkflowIds.ruralCriteriaAppraisal(row.appraisalId),
        args: [input],
      });
    } catch (error) {
      // A repeated registration: the workflow already runs, which is the goal.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  async found(id: string): Promise<AppraisalRow> {
    const row = await this.repo.get(id);
    if (!row) throw notFound();
    return row;
  }

  /** Stores what the commune typed and answers the per-indicator proposal, what is missing and what is unverified. */
  async saveSelfAssessment(id: string, figures: RuralSelfAssessment, user: AuthUser) {
    const row = await this.found(id);
    if (!user.roles.includes('LOCAL_OFFICER') || user.unitCode !== row.communeCode)
      throw problem(
        403,
        'Chỉ cán bộ UBND xã của hồ sơ được nhập bản tự đánh giá.',
        'Only an officer of the commune may fill this in.',
      );
    if (!ASSESSABLE.includes(row.stage))
      throw problem(
        409,
        'Hồ sơ không ở bước tự đánh giá hoặc bổ sung.',
        'The appraisal is not waiting for the commune’s figures.',
      );
    const template = templateById(row.templateId);
    const evaluation = evaluateAssessment(template, figures);
    await this.repo.saveSelfAssessment(id, figures, evaluation, user.id);
    return { appraisalId: id, templateId: template.id, legalBasis: template.legalBasis, evaluation };
  }

  async state(id: string): Promise<RuralAppraisalState> {
    const client = await this.temporal.workflowClient();
    try {
      return await client.workflow.getHandle(WorkflowIds.ruralCriteriaAppraisal(id)).query(ruralStateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw notFound();
      throw error;
    }
  }

  /** Runs the action as an Update; a refusal is a 409 with its code, Vietnamese and English texts. */
  async act(id: string, body: RuralActionBody, user: AuthUser): Promise<RuralAppraisalState> {
    await this.found(id);
    const action = await this.withAssessment(id, body);
    const client = await this.temporal.workflowClient();
    try {
      return await client.workflow.getHandle(WorkflowIds.ruralCriteriaAppraisal(id)).executeUpdate(ruralActionUpdate, {
        args: [{ actor: { userId: user.id, roles: user.roles, unitCode: user.unitCode }, action }],
      });
    } catch (error) {
      const refusal = updateRefusal(error);
      if (refusal) {
        const cause = (error as { cause?: unknown }).cause;
        const code = cause instanceof ApplicationFailure ? (cause.type ?? undefined) : undefined;
        throw problem409(refusal.vi, refusal.en, code);
      }
      if (error instanceof WorkflowNotFoundError) throw notFound();
      throw error;
    }
  }

  /** The commune submits what it saved: the server attaches the stored self-assessment, never a client copy. */
  private async withAssessment(id: string, body: RuralActionBody): Promise<RuralAction> {
    if (body.type !== 'SUBMIT_SELF_ASSESSMENT' && body.type !== 'SUBMIT_SUPPLEMENT') return body as RuralAction;
    const saved = await this.repo.selfAssessment(id);
    if (!saved)
      throw problem409(
        'Xã chưa nhập bản tự đánh giá.',
        'The commune has not filled in its self-assessment.',
        'NO_SELF_ASSESSMENT',
      );
    return { type: body.type, assessment: saved.figures };
  }
}

function problem409(message: string, messageEn: string, code?: string) {
  const error = problem(409, message, messageEn);
  Object.assign(error.getResponse() as object, { code: code ?? 'REFUSED' });
  return error;
}
