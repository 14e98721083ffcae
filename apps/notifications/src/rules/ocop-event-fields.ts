import type { z } from 'zod';
import {
  ocopCertificateExpiringV1,
  ocopCertificateIssuedV1,
  ocopEvaluationAbandonedV1,
  ocopLevelResultV1,
  ocopProposalOverdueV1,
} from '@kc/contracts';
import { HOLDER_FIELD } from './holder-field';

/** What the OCOP templates and recipients use; the same fields for the certificate events. */
const ocopFields = { productId: true, productName: true, [HOLDER_FIELD]: true } as const;
const certificateFields = { ...ocopFields, certificateNumber: true, stars: true, expiryDate: true } as const;

/** The fields of the OCOP events that notices use. */
export const ocopEventFields: Readonly<Record<string, z.ZodType<Record<string, unknown>>>> = {
  OcopLevelResult: ocopLevelResultV1.pick({ ...ocopFields, stars: true, averageTotal: true, routing: true }).loose(),
  OcopCertificateIssued: ocopCertificateIssuedV1.pick(certificateFields).loose(),
  OcopCertificateExpiring: ocopCertificateExpiringV1.pick(certificateFields).loose(),
  OcopEvaluationAbandoned: ocopEvaluationAbandonedV1.pick({ ...ocopFields, level: true, reason: true }).loose(),
  OcopProposalOverdue: ocopProposalOverdueV1
    .pick({ productId: true, productName: true, proposedTo: true, waitedDays: true, addressee: true })
    .loose(),
};
