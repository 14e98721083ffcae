import type { OcopEvaluationSummary, OcopProduct, OcopSubjectKind } from '@kc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@kc/auth';
import { pageOffset, httpError, isUuid } from '@kc/platform';
import type { ProductListQuery } from './registration.schemas';
import { productScope } from '../shared/product-scope';

export interface ProductRow {
  id: string;
  subject_id: string;
  subject_name: string;
  subject_kind: OcopSubjectKind;
  owner_id: string | null;
  name: string;
  group_code: string;
  subgroup_code: string;
  unit_code: string;
  documents: { kind: string; fileName: string }[];
  registered_on: string;
  pack_id: string;
}

const COLUMNS = `p.id, p.subject_id, s.name AS subject_name, s.kind AS subject_kind, s.owner_id, p.name, p.group_code,
  p.subgroup_code, p.unit_code, p.documents, to_char(p.registered_on, 'YYYY-MM-DD') AS registered_on, p.pack_id`;

@Injectable()
export class ProductsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One product the user may read (productScope); any other is a 404. */
  async find(user: AuthUser, id: string): Promise<ProductRow> {
    const scope = productScope(user, 2);
    const [row]: ProductRow[] = isUuid(id)
      ? await this.dataSource.query(
          `SELECT ${COLUMNS} FROM ocop.products p JOIN ocop.subjects s ON s.id = p.subject_id
            WHERE p.id = $1 AND ${scope.sql}`,
          [id, ...scope.params],
        )
      : [];
    if (!row) throw httpError(404, 'Không tìm thấy sản phẩm OCOP.', 'OCOP product not found.');
    return row;
  }

  /** Whether the user may read the product (and so its evaluations' results). */
  async visible(user: AuthUser, productId: string): Promise<boolean> {
    const scope = productScope(user, 2);
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM ocop.products p JOIN ocop.subjects s ON s.id = p.subject_id WHERE p.id = $1 AND ${scope.sql}`,
      [productId, ...scope.params],
    )) as unknown[];
    return rows.length > 0;
  }

  async list(user: AuthUser, q: ProductListQuery) {
    const scope = productScope(user, 1);
    const where = `WHERE ${scope.sql}`;
    const params = scope.params;
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM ocop.products p JOIN ocop.subjects s ON s.id = p.subject_id ${where}`,
      params,
    );
    const items: ProductRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ocop.products p JOIN ocop.subjects s ON s.id = p.subject_id ${where}
       ORDER BY p.created_at DESC, p.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, pageOffset(q)],
    );
    return { items: items.map(toProductView), total, page: q.page, pageSize: q.pageSize };
  }

  async evaluations(productId: string): Promise<OcopEvaluationSummary[]> {
    const rows: {
      id: string;
      round: number;
      stage: string;
      stars: number | null;
      recognised_by: string | null;
      average_total: number | null;
      started_at: Date;
      certificate_number: string | null;
    }[] = await this.dataSource.query(
      `SELECT e.id, e.round, e.stage, e.stars, e.recognised_by, e.average_total, e.started_at, c.number AS certificate_number
       FROM ocop.evaluations e LEFT JOIN ocop.certificates c ON c.evaluation_id = e.id
       WHERE e.product_id = $1 ORDER BY e.round`,
      [productId],
    );
    return rows.map((r) => ({
      id: r.id,
      round: r.round,
      stage: r.stage,
      stars: r.stars,
      recognisedBy: r.recognised_by,
      averageTotal: r.average_total === null ? null : r.average_total / 100,
      startedAt: r.started_at.toISOString(),
      certificateNumber: r.certificate_number,
    }));
  }
}

export function toProductView(r: ProductRow): OcopProduct {
  return {
    id: r.id,
    name: r.name,
    subject: { id: r.subject_id, name: r.subject_name, kind: r.subject_kind },
    groupCode: r.group_code,
    subgroupCode: r.subgroup_code,
    unitCode: r.unit_code,
    documents: r.documents,
    registeredOn: r.registered_on,
    packId: r.pack_id,
  };
}
