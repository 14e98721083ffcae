import { ForbiddenException, StreamableFile } from '@nestjs/common';
import { z } from 'zod';
import type { AuthUser } from '@kc/auth';
import type { TablePage } from '@kc/contracts';
import { pageOffset, pageQueryShape } from '@kc/platform';
import { exportFormats, exportTable, type ExportFormat, type TableRow } from '../export/table-export';

/** Query fields every table answer takes: a unit, an export format, and a page. */
export const tableQueryShape = {
  unit: z.string().trim().min(1).max(40).optional(),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  ...pageQueryShape,
};
export type TableQuery = { unit?: string; format: 'json' | 'csv' | 'xlsx'; page: number; pageSize: number };

/** Roles that see every unit; a local leader sees only their own unit's figures (read-only). */
const ALL_UNITS_ROLES = ['OPERATOR', 'ADMIN', 'DEPARTMENT_LEADER'] as const;
export const INDICATOR_READERS = [...ALL_UNITS_ROLES, 'LOCAL_LEADER'] as const;

/** The unit a caller's query is confined to: theirs for a local leader, whatever they asked otherwise. */
export function unitScope(user: AuthUser, requested: string | undefined): string | undefined {
  if (user.roles.some((r) => (ALL_UNITS_ROLES as readonly string[]).includes(r))) return requested;
  if (requested && requested !== user.unitCode) {
    throw new ForbiddenException({
      message: 'Bạn chỉ xem được số liệu của đơn vị mình.',
      messageEn: 'You may only read your own unit’s figures.',
    });
  }
  return user.unitCode ?? '(none)';
}

/**
 * A table as JSON (one page: items, page, pageSize, total) or, with `format=csv|xlsx`, the whole table as a
 * file to download.
 */
export async function tableResponse<T extends TableRow>(
  rows: T[],
  name: string,
  q: TableQuery,
  total = rows.length,
): Promise<TablePage<T> | StreamableFile> {
  return q.format === 'json' ? tablePage(rows, q, total) : tableFile(rows, name, q.format);
}

/** The whole table as a file to download. */
export async function tableFile(rows: TableRow[], name: string, format: ExportFormat): Promise<StreamableFile> {
  const { contentType, extension } = exportFormats[format];
  return new StreamableFile(await exportTable(rows, name, format), {
    type: contentType,
    disposition: `attachment; filename="${name}.${extension}"`,
  });
}

/** One page of a table as JSON: the rows are the page already when `total` counts more than them. */
export function tablePage<T extends TableRow>(rows: T[], q: TableQuery, total = rows.length): TablePage<T> {
  const offset = pageOffset(q);
  const items = total === rows.length ? rows.slice(offset, offset + q.pageSize) : rows;
  return { items, page: q.page, pageSize: q.pageSize, total };
}
