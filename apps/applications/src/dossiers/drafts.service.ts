import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { DossiersRepository } from './dossiers.repository';
import type { CreateDraftRequest, UpdateDraftRequest } from './dossier.schemas';
import { DossierViews } from './dossier-views.service';
import { httpError } from '@kc/platform';
import { assertBelowDraftLimit } from './draft-limit';
import { ReferenceData } from './reference-data';
import { APPLICATIONS_CONFIG } from '../applications-config.token';
import type { ApplicationsConfig } from '../config';

/** Drafts: created and edited freely by their applicant until submission. */
@Injectable()
export class DraftsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: DossiersRepository,
    private readonly reference: ReferenceData,
    private readonly views: DossierViews,
    @Inject(APPLICATIONS_CONFIG) private readonly config: ApplicationsConfig,
  ) {}

  async create(user: AuthUser, body: CreateDraftRequest) {
    this.assertKnownUnit(body.localUnitCode);
    const id = randomUUID();
    await this.dataSource.transaction(async (m) => {
      // One applicant's drafts are counted under a lock on their account's rows, so two requests cannot both pass.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('drafts:' || $1))`, [user.id]);
      await assertBelowDraftLimit(m, user.id, this.config.MAX_DRAFTS_PER_ACCOUNT);
      await m.query(
        `INSERT INTO applications.dossiers (id, applicant_id, applicant_name, program_code, title, establishment, cost, local_unit_code)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, user.id, user.name, body.programCode, body.title, body.establishment, body.cost, body.localUnitCode],
      );
      await this.repo.addTimeline(m, id, {
        at: new Date(),
        kind: 'CREATED',
        labelVi: 'Tạo hồ sơ nháp',
        labelEn: 'Draft created',
      });
    });
    return this.views.get(user, id);
  }

  async update(user: AuthUser, id: string, body: UpdateDraftRequest) {
    if (body.localUnitCode) this.assertKnownUnit(body.localUnitCode);
    await this.dataSource.transaction(async (m) => {
      const dossier = await this.repo.findOwned(id, user.id, m, true);
      if (dossier.status !== 'DRAFT') {
        throw httpError(
          409,
          'Hồ sơ đã nộp không thể sửa; chỉ bổ sung theo yêu cầu.',
          'A submitted dossier cannot be edited, only supplemented on request.',
        );
      }
      await m.query(
        `UPDATE applications.dossiers SET program_code = $2, title = $3, establishment = $4, cost = $5, local_unit_code = $6, updated_at = now()
         WHERE id = $1`,
        [
          id,
          body.programCode ?? dossier.program_code,
          body.title ?? dossier.title,
          body.establishment ?? dossier.establishment,
          body.cost ?? dossier.cost,
          body.localUnitCode ?? dossier.local_unit_code,
        ],
      );
    });
    return this.views.get(user, id);
  }

  private assertKnownUnit(code: string): void {
    if (!this.reference.unit(code)) {
      throw httpError(400, 'Dữ liệu gửi lên không hợp lệ.', 'The request is invalid.', [
        {
          field: 'localUnitCode',
          messageVi: `Không có đơn vị mã ${code}.`,
          messageEn: `No unit has the code ${code}.`,
        },
      ]);
    }
  }
}
