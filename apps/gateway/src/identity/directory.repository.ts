import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DirectoryEntry, DirectoryPage, DirectoryQuery } from './directory.schemas';

/** Active staff accounts (anyone holding a role other than APPLICANT), by role and unit, in name order. */
@Injectable()
export class DirectoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: DirectoryQuery): Promise<DirectoryPage> {
    const filter = `a.disabled_at IS NULL
      AND EXISTS (SELECT 1 FROM unnest(a.roles) AS r WHERE r <> 'APPLICANT')
      AND ($1::text IS NULL OR $1 = ANY (a.roles)) AND ($2::text IS NULL OR a.unit_code = $2)`;
    const params = [query.role ?? null, query.unit ?? null];
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM gateway.accounts a WHERE ${filter}`,
      params,
    );
    const items: DirectoryEntry[] = await this.dataSource.query(
      `SELECT a.id, a.full_name AS "fullName", a.roles, a.unit_code AS "unitCode", u.name AS "unitName"
         FROM gateway.accounts a LEFT JOIN gateway.org_units u ON u.code = a.unit_code
        WHERE ${filter} ORDER BY a.full_name, a.id LIMIT $3 OFFSET $4`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { items, page: query.page, pageSize: query.pageSize, total };
  }
}
