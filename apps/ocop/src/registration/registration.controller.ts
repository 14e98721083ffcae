import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import type { OcopProduct, OcopSubject, Page, ProductGroups, RegisteredProduct } from '@kc/contracts';
import { ocopPackForRegistration, vietnamDate, type OcopProductGroup } from '@kc/domain';
import { bilingual, validate, IdParam } from '@kc/platform';
import { ProductsRepository, toProductView } from './products.repository';
import {
  createSubjectSchema,
  productListSchema,
  registerProductSchema,
  type CreateSubjectRequest,
  type ProductListQuery,
  type RegisterProductRequest,
} from './registration.schemas';
import { RegistrationService } from './registration.service';
import { z } from 'zod';

const groupsQuerySchema = z.strictObject({
  date: z.iso
    .date()
    .refine((d) => d >= '2019-08-21', {
      message: bilingual('Chưa có bộ tiêu chí OCOP trước ngày 21/8/2019.', 'There is no OCOP pack before 2019-08-21.'),
    })
    .optional(),
});

/**
 * Registration of OCOP subjects and products. An applicant registers their own; a Department appraiser
 * (the Department runs the provincial OCOP programme) registers on anyone's behalf and may enter an
 * earlier registration date for a dossier received on paper.
 */
@ApiTags('registration')
@Controller()
export class RegistrationController {
  constructor(
    private readonly registration: RegistrationService,
    private readonly products: ProductsRepository,
  ) {}

  @Get('product-groups')
  @ApiOperation({
    summary: 'Nhóm, phân nhóm sản phẩm theo bộ tiêu chí hiện hành / product groups of the pack in force',
  })
  groups(@Query(validate(groupsQuerySchema)) q: { date?: string }): ProductGroups<OcopProductGroup> {
    const pack = ocopPackForRegistration(q.date ?? vietnamDate(new Date()));
    return { packId: pack.id, legalBasis: pack.legalBasis, groups: pack.productGroups };
  }

  @Post('subjects')
  @Authenticated('APPLICANT', 'DEPARTMENT_APPRAISER')
  @ApiOperation({ summary: 'Đăng ký chủ thể OCOP / register an OCOP subject (enterprise, cooperative, …)' })
  createSubject(
    @CurrentUser() user: AuthUser,
    @Body(validate(createSubjectSchema)) body: CreateSubjectRequest,
  ): Promise<OcopSubject> {
    return this.registration.createSubject(user, body);
  }

  @Post('products')
  @Authenticated('APPLICANT', 'DEPARTMENT_APPRAISER')
  @ApiOperation({ summary: 'Đăng ký sản phẩm OCOP / register a product (group, subgroup, dossier documents)' })
  register(
    @CurrentUser() user: AuthUser,
    @Body(validate(registerProductSchema)) body: RegisterProductRequest,
  ): Promise<RegisteredProduct> {
    return this.registration.registerProduct(user, body);
  }

  @Get('products')
  @Authenticated()
  @ApiOperation({ summary: 'Danh sách sản phẩm (phân trang) / products, paginated (applicants: their own)' })
  list(
    @CurrentUser() user: AuthUser,
    @Query(validate(productListSchema)) q: ProductListQuery,
  ): Promise<Page<OcopProduct>> {
    return this.products.list(user, q);
  }

  @Get('products/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Một sản phẩm với các lượt đánh giá / one product with its evaluation rounds' })
  async get(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string): Promise<OcopProduct> {
    const row = await this.products.find(user, id);
    return { ...toProductView(row), evaluations: await this.products.evaluations(row.id) };
  }
}
