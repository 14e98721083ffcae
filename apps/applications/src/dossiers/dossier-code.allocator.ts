import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Dossier codes KC-<year>-<6 digits>, numbered per year from one sequence per year. A sequence never
 * blocks concurrent submissions (a row counter would serialise them); a rolled-back submission leaves a
 * gap, which is acceptable for a reference number.
 */
@Injectable()
export class DossierCodeAllocator {
  private readonly ready = new Set<number>();

  constructor(private readonly dataSource: DataSource) {}

  /** Creates the year's sequence if needed; called before the submit transaction, never inside it. */
  async ensureYear(year: number): Promise<void> {
    if (this.ready.has(year)) return;
    try {
      await this.dataSource.query(`CREATE SEQUENCE IF NOT EXISTS applications.dossier_code_${year} MAXVALUE 999999`);
    } catch (error) {
      // Two processes creating it at once: one wins, the other sees a duplicate; either way it exists now.
      if ((error as { code?: string }).code !== '23505') throw error;
    }
    this.ready.add(year);
  }

  async next(m: EntityManager, year: number): Promise<string> {
    const [{ next }] = await m.query(`SELECT nextval('applications.dossier_code_${Number(year)}')::text AS next`);
    return `KC-${year}-${String(next).padStart(6, '0')}`;
  }
}
