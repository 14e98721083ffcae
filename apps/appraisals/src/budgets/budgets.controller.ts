import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import {
  programCodeSchema,
  WorkflowIds,
  type BudgetList,
  type ProgramBudget,
  type SetBudgetAnswer,
} from '@kc/contracts';
import { bilingual, validate } from '@kc/platform';
import { TemporalConnection } from '@kc/temporal';
import { budgetFreedSignal } from '@kc/workflows';
import { BudgetLedger } from './budget-ledger';

const year = z.coerce.number().int().min(2020).max(2100);
const budgetPath = z.strictObject({ programCode: programCodeSchema, year });
const budgetBody = z.strictObject({
  totalVnd: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  reason: z
    .string()
    .trim()
    .min(5, bilingual('Cần nêu lý do thay đổi (ít nhất 5 ký tự).', 'A reason of at least 5 characters is required.'))
    .max(1000),
});

/** Programmes' yearly budgets: what is reserved, what is left, how many approvals wait. */
@ApiTags('budgets')
@Controller('budgets')
export class BudgetsController {
  constructor(
    private readonly ledger: BudgetLedger,
    private readonly temporal: TemporalConnection,
  ) {}

  @Get()
  @Authenticated('DEPARTMENT_APPRAISER', 'DEPARTMENT_LEADER', 'OPERATOR', 'ADMIN')
  @ApiOperation({ summary: 'Ngân sách theo chương trình và năm / budgets by programme and year' })
  async list(@Query(validate(z.strictObject({ year: year.optional() }))) q: { year?: number }): Promise<BudgetList> {
    // The ledger reads programme codes as text; they are the programmes' own codes.
    return { items: (await this.ledger.overview(q.year)) as ProgramBudget[] };
  }

  @Get(':programCode/:year/changes')
  @Authenticated('DEPARTMENT_APPRAISER', 'DEPARTMENT_LEADER', 'OPERATOR', 'ADMIN')
  @ApiOperation({ summary: 'Lịch sử thay đổi ngân sách / who changed the budget, from what, to what, why' })
  async changes(@Param(validate(budgetPath)) path: z.infer<typeof budgetPath>) {
    return { items: await this.ledger.changes(path.programCode, path.year) };
  }

  /**
   * A bigger budget may fund wait-listed approvals: the ledger funds them in order of approval, and only
   * the dossiers it funded are woken to take their grant.
   */
  @Put(':programCode/:year')
  @Authenticated('DEPARTMENT_LEADER')
  @ApiOperation({
    summary:
      'Đặt ngân sách năm của chương trình (lãnh đạo Sở, kèm lý do) / set a programme’s budget (leaders, with a reason)',
  })
  async set(
    @CurrentUser() user: AuthUser,
    @Param(validate(budgetPath)) path: z.infer<typeof budgetPath>,
    @Body(validate(budgetBody)) body: z.infer<typeof budgetBody>,
  ): Promise<SetBudgetAnswer> {
    const funded = await this.ledger.setBudget(path.programCode, path.year, body.totalVnd, {
      actorId: user.id,
      actorName: user.name,
      reason: body.reason,
    });
    const client = await this.temporal.workflowClient();
    for (const applicationId of funded) {
      await client.workflow
        .getHandle(WorkflowIds.supportRequest(applicationId))
        .signal(budgetFreedSignal)
        .catch(() => undefined); // that dossier ended meanwhile
    }
    const [budget] = await this.ledger.overview(path.year, path.programCode);
    return { ...(budget as ProgramBudget), notified: funded.length };
  }
}
