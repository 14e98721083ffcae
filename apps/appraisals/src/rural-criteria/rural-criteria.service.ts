import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@kc/auth';
import { dongNaiUnitsFile, parseOrgUnits, type OrgUnit } from '@kc/domain';
import { evaluateAssessment, templateById, type RuralSelfAssessment } from '@kc/domain/rural-criteria';
import { TemporalConnection } from '@kc/temporal';
import { APPRAISALS_CONFIG } from '../appraisals-config.token';
import type { AppraisalsConfig } from '../config';
import { httpError } from '@kc/platform';
import { registerCandidate } from './registration';
import { successorCode } from './resolve-registration';
import { RuralAppraisalsRepository, type AppraisalRow } from './rural-appraisals.repository';
import { RuralSelfAssessmentsRepository } from './rural-self-assessments.repository';
import type { Registration } from './registration.schema';

export const notFound = () => httpError(404, 'Không tìm thấy hồ sơ thẩm định.', 'No such appraisal.');
const ASSESSABLE = ['SELF_ASSESSMENT', 'SUPPLEMENT'];

/** Roles that read every unit's appraisals. */
const DEPARTMENT_WIDE = ['DEPARTMENT_APPRAISER', 'DEPARTMENT_LEADER', 'OPERATOR', 'ADMIN'];

/** Registrations, who may read which appraisal, and the commune's self-assessment; actions are RuralWorkflowActions'. */
@Injectable()
export class RuralCriteriaService {
  readonly units: OrgUnit[] = parseOrgUnits(dongNaiUnitsFile);

  constructor(
    private readonly repo: RuralAppraisalsRepository,
    private readonly selfAssessments: RuralSelfAssessmentsRepository,
    private readonly temporal: TemporalConnection,
    @Inject(APPRAISALS_CONFIG) private readonly config: AppraisalsConfig,
  ) {}

  async register(body: Registration, user: AuthUser) {
    const client = await this.temporal.workflowClient();
    return registerCandidate(
      { repo: this.repo, workflows: client.workflow, taskQueue: this.config.APPROVALS_TASK_QUEUE, units: this.units },
      body,
      { kind: 'user', id: user.id, role: user.roles[0] },
    );
  }

  async found(id: string): Promise<AppraisalRow> {
    const row = await this.repo.get(id);
    if (!row) throw notFound();
    return row;
  }

  /**
   * The units whose appraisals a caller may read: none to limit for the Department and operators; for a
   * commune or district officer or leader, their own unit and the former communes merged into it (their
   * history), as the approval inbox scopes local officers. Another unit's appraisal is a 404, not a 403.
   */
  readableUnits(user: AuthUser): string[] | undefined {
    if (user.roles.some((r) => DEPARTMENT_WIDE.includes(r))) return undefined;
    const own = user.unitCode ?? '';
    return [own, ...this.units.filter((u) => successorCode(this.units, u.code) === own).map((u) => u.code)];
  }

  /** One appraisal, if the caller may read it (its commune's or district's people, or the Department). */
  async visible(id: string, user: AuthUser): Promise<AppraisalRow> {
    const row = await this.found(id);
    const units = this.readableUnits(user);
    if (units && !units.includes(row.communeCode) && !units.includes(row.districtCode ?? '')) throw notFound();
    return row;
  }

  /** Stores what the commune typed and answers the per-indicator proposal, what is missing and what is unverified. */
  async saveSelfAssessment(id: string, figures: RuralSelfAssessment, user: AuthUser) {
    const row = await this.found(id);
    const communes = [row.communeCode, successorCode(this.units, row.communeCode)];
    if (!user.roles.includes('LOCAL_OFFICER') || !communes.includes(user.unitCode))
      throw httpError(
        403,
        'Chỉ cán bộ UBND xã của hồ sơ được nhập bản tự đánh giá.',
        'Only an officer of the commune may fill this in.',
      );
    if (!ASSESSABLE.includes(row.stage))
      throw httpError(
        409,
        'Hồ sơ không ở bước tự đánh giá hoặc bổ sung.',
        'The appraisal is not waiting for the commune’s figures.',
      );
    const template = templateById(row.templateId);
    const evaluation = evaluateAssessment(template, figures);
    await this.selfAssessments.save(id, figures, evaluation, user.id);
    return { appraisalId: id, templateId: template.id, legalBasis: template.legalBasis, evaluation };
  }
}
