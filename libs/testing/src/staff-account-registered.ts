import { randomUUID } from 'node:crypto';
import { envelopeMessage } from './envelope-message';

/**
 * A staff account as the gateway announces it (AccountRegistered on the identity topic), for services
 * that keep a copy of the directory (council seating): its new id and the Kafka message.
 */
export function staffAccountRegistered(
  roles: string[],
  unitCode: string | null = 'DN-SCT',
  fullName = 'Nguyễn Thị Hội Đồng',
): { id: string; message: { key: string; value: string } } {
  const id = randomUUID();
  const payload = {
    accountId: id,
    email: `can.bo.${id.slice(0, 8)}@khuyencong.test`,
    fullName,
    roles,
    unitCode,
    phone: null,
    language: 'vi',
    registeredAt: new Date().toISOString(),
  };
  const message = envelopeMessage('AccountRegistered', id, payload, {
    producer: 'gateway',
    actor: { kind: 'service', id: 'gateway' },
  });
  return { id, message };
}
