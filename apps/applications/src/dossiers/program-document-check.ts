import type { ProgramCode } from '@kc/contracts';
import { packInForce, vietnamDate } from '@kc/domain';
import { httpError } from '@kc/platform';

/** A draft takes only the document types its programme requires (the rule pack in force today). */
export function assertProgramRequiresDocument(programCode: ProgramCode, requirementCode: string): void {
  const rule = packInForce(vietnamDate(new Date())).programs[programCode];
  if (rule.requiredDocuments.some((d) => d.code === requirementCode)) return;
  throw httpError(
    400,
    `Chương trình không yêu cầu loại tài liệu ${requirementCode}.`,
    `The programme has no document type ${requirementCode}.`,
    [
      {
        field: 'requirementCode',
        messageVi: `Mã tài liệu hợp lệ: ${rule.requiredDocuments.map((d) => d.code).join(', ')}`,
        messageEn: 'Unknown document type',
      },
    ],
  );
}
