import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '@kc/auth';
import { pageOffset, validate } from '@kc/platform';
import { rankingCsv, rankingWorkbook } from './ranking-export';
import {
  rankingFiltersOnlySchema,
  rankingQuerySchema,
  RankingsRepository,
  type RankingFilters,
  type RankingQuery,
} from './rankings.repository';

/** Exports are capped: a province certifies hundreds of products, not tens of thousands. */
const EXPORT_LIMIT = 10_000;

/** Rankings (certified products) and statistics for every signed-in user; exports as CSV and Excel. */
@ApiTags('rankings')
@Controller()
@Authenticated()
export class RankingsController {
  constructor(private readonly rankings: RankingsRepository) {}

  @Get('rankings')
  @ApiOperation({ summary: 'Xếp hạng sản phẩm OCOP (lọc sao, nhóm, đơn vị, năm; phân trang) / rankings' })
  async list(@Query(validate(rankingQuerySchema)) q: RankingQuery) {
    const { items, total } = await this.rankings.list(q, q.pageSize, pageOffset(q));
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  @Get('statistics')
  @ApiOperation({ summary: 'Thống kê theo hạng sao, nhóm, đơn vị, năm / statistics by star, group, unit, year' })
  statistics(@Query(validate(rankingFiltersOnlySchema)) q: RankingFilters) {
    return this.rankings.statistics(q);
  }

  @Get('rankings/export.csv')
  @ApiOperation({ summary: 'Xuất CSV / export the rankings as CSV' })
  async csv(@Query(validate(rankingFiltersOnlySchema)) q: RankingFilters, @Res({ passthrough: true }) res: Response) {
    const { items } = await this.rankings.list(q, EXPORT_LIMIT, 0);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="xep-hang-ocop.csv"');
    return rankingCsv(items);
  }

  @Get('rankings/export.xlsx')
  @ApiOperation({ summary: 'Xuất Excel / export the rankings as an Excel workbook' })
  async xlsx(@Query(validate(rankingFiltersOnlySchema)) q: RankingFilters, @Res({ passthrough: true }) res: Response) {
    const { items } = await this.rankings.list(q, EXPORT_LIMIT, 0);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', 'attachment; filename="xep-hang-ocop.xlsx"');
    return new StreamableFile(await rankingWorkbook(items));
  }
}
