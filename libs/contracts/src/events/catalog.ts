import type { z } from 'zod';
import { Topics, type Topic } from '../topics';
import { applicationSubmittedV1, applicationWithdrawnV1, supplementSubmittedV1 } from './application-events';
import {
  applicationApprovedV1,
  applicationCompletedV1,
  applicationRefusedV1,
  applicationRejectedV1,
  disbursementRecordedV1,
  stageChangedV1,
  supplementRequestedV1,
} from './appraisal-events';

interface CatalogEntry {
  topic: Topic;
  aggregateType: string;
  versions: Readonly<Record<number, z.ZodType>>;
}

/**
 * Every event type the system exchanges: its topic, aggregate and payload schema per major version.
 * Producers validate before writing the outbox; consumers validate before any handler runs.
 */
export const EventCatalog = {
  ApplicationSubmitted: {
    topic: Topics.applicationsEvents,
    aggregateType: 'Application',
    versions: { 1: applicationSubmittedV1 },
  },
  SupplementSubmitted: {
    topic: Topics.applicationsEvents,
    aggregateType: 'Application',
    versions: { 1: supplementSubmittedV1 },
  },
  ApplicationWithdrawn: {
    topic: Topics.applicationsEvents,
    aggregateType: 'Application',
    versions: { 1: applicationWithdrawnV1 },
  },
  StageChanged: { topic: Topics.appraisalsEvents, aggregateType: 'Application', versions: { 1: stageChangedV1 } },
  SupplementRequested: {
    topic: Topics.appraisalsEvents,
    aggregateType: 'Application',
    versions: { 1: supplementRequestedV1 },
  },
  ApplicationRefused: {
    topic: Topics.appraisalsEvents,
    aggregateType: 'Application',
    versions: { 1: applicationRefusedV1 },
  },
  ApplicationRejected: {
    topic: Topics.appraisalsEvents,
    aggregateType: 'Application',
    versions: { 1: applicationRejectedV1 },
  },
  ApplicationApproved: {
    topic: Topics.appraisalsEvents,
    aggregateType: 'Application',
    versions: { 1: applicationApprovedV1 },
  },
  DisbursementRecorded: {
    topic: Topics.appraisalsEvents,
    aggregateType: 'Application',
    versions: { 1: disbursementRecordedV1 },
  },
  ApplicationCompleted: {
    topic: Topics.appraisalsEvents,
    aggregateType: 'Application',
    versions: { 1: applicationCompletedV1 },
  },
} as const satisfies Record<string, CatalogEntry>;

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
