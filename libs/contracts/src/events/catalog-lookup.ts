// Questions asked of the event catalogue by type name: which types exist, and the schema of a type's version
// (what producers check before writing the outbox and consumers before any handler runs).
import type { z } from 'zod';
import { EventCatalog } from './catalog';

export type EventType = keyof typeof EventCatalog;

/** Payload type of an event type at its newest version. */
export type EventPayload<T extends EventType> = z.infer<(typeof EventCatalog)[T]['versions'][1]>;

/** Event type names as constants, for handler registration without string literals. */
export const EventTypes = Object.fromEntries(Object.keys(EventCatalog).map((k) => [k, k])) as {
  [K in EventType]: K;
};

export function isKnownEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EventCatalog, type);
}

/** The payload schema for a type and version, or undefined when this build does not know it. */
export function payloadSchemaFor(type: string, version: number): z.ZodType | undefined {
  if (!isKnownEventType(type)) return undefined;
  const versions: Readonly<Record<number, z.ZodType>> = EventCatalog[type].versions;
  return versions[version];
}
