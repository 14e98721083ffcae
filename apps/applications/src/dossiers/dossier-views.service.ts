import type { DossierView, Page } from '@kc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { listApplicantDossiers } from './applicant-dossiers.query';
import type { DossierRow } from './dossier.row';
import { toDossierView } from './dossier-view';
import type { ListQuery } from './dossier.schemas';
import { DossiersRepository } from './dossiers.repository';
import { findForOfficer } from './officer-dossier.query';
import { supplementRequestsOf } from './supplement-requests.query';

/** Dossiers as the API shows them: with their documents, timeline and supplement requests. */
@Injectable()
export class DossierViews {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: DossiersRepository,
  ) {}

  async get(user: AuthUser, id: string) {
    return this.view(await this.repo.findOwned(id, user.id));
  }

  /** A submitted dossier as the officers handling it read it (same view as the applicant's). */
  async getForOfficer(user: AuthUser, id: string) {
    return this.view(await findForOfficer(this.dataSource, id, user));
  }

  private async view(dossier: DossierRow): Promise<DossierView> {
    const id = dossier.id;
    const [documents, timeline, supplementRequests] = await Promise.all([
      this.repo.currentDocuments(id),
      this.repo.timeline(id),
      supplementRequestsOf(this.dataSource, id),
    ]);
    return { ...toDossierView(dossier, documents, timeline), supplementRequests };
  }

  async list(user: AuthUser, query: ListQuery): Promise<Page<DossierView>> {
    const { items, total } = await listApplicantDossiers(this.dataSource, user.id, query);
    return { items: items.map((d) => toDossierView(d)), page: query.page, pageSize: query.pageSize, total };
  }
}
