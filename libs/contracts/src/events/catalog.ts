import type { z } from 'zod';
import { Topics, type Topic } from '../topics';
import { applicationWithdrawnV1, supplementSubmittedV1 } from './application-events';
import { applicationSubmittedV1 } from './application-submitted';
import { stageChangedV1 } from './appraisals/stage-changed';
import { supplementRequestedV1 } from './appraisals/supplement-requested';
import {
  applicationApprovedV1,
  applicationCancelledV1,
  applicationCompletedV1,
  applicationExpiredV1,
  applicationRefusedV1,
  applicationRejectedV1,
  disbursementRecordedV1,
} from './appraisals/decisions';
import { deadlineExtendedV1 } from './appraisals/deadline-extended';
import { slaBreachedV1, slaWarningV1 } from './appraisals/sla-events';
import { taskCompletedV1, taskCreatedV1 } from './appraisals/tasks';
import { budgetReleasedV1, budgetReservedV1, budgetWaitlistedV1 } from './appraisals/budget';
import {
  ocopProposalOverdueV1,
  ocopEvaluationAbandonedV1,
  ocopEvaluationStartedV1,
  ocopLevelResultV1,
  ocopProductRegisteredV1,
  ocopScoreSheetSubmittedV1,
  ocopStarsAwardedV1,
} from './ocop/evaluation-events';
import {
  ocopCertificateExpiredV1,
  ocopCertificateExpiringV1,
  ocopCertificateIssuedV1,
} from './ocop/certificate-events';
import {
  ruralCriteriaConcludedV1,
  ruralCriteriaRegisteredV1,
  ruralCriteriaStageChangedV1,
  ruralCriteriaStageOverdueV1,
  ruralCriteriaSupplementRequestedV1,
  ruralRecognitionRevokedV1,
} from './rural-criteria-events';
import { accountRegisteredV1, accountUpdatedV1 } from './identity-events';
import { notificationFailedV1, notificationSentV1 } from './notification-events';

interface CatalogEntry {
  topic: Topic;
  aggregateType: string;
  versions: Readonly<Record<number, z.ZodType>>;
}

/** Every event here is about a dossier (aggregate `Application`); only the topic and schema differ. */
function applicationEvent<T extends Topic, S extends z.ZodType>(topic: T, schema: S) {
  return { topic, aggregateType: 'Application', versions: { 1: schema } } as const;
}

/** OCOP events are about a product (aggregate `OcopProduct`, keyed by product id). */
function ocopEvent<S extends z.ZodType>(schema: S) {
  return { topic: Topics.ocopEvents, aggregateType: 'OcopProduct', versions: { 1: schema } } as const;
}

/** New-rural criteria events are about one appraisal (aggregate `RuralCriteriaAppraisal`, keyed by its id). */
function ruralEvent<S extends z.ZodType>(schema: S) {
  return { topic: Topics.appraisalsEvents, aggregateType: 'RuralCriteriaAppraisal', versions: { 1: schema } } as const;
}

/**
 * Every event type the system exchanges: its topic, aggregate and payload schema per major version.
 * Producers validate before writing the outbox; consumers validate before any handler runs.
 */
export const EventCatalog = {
  ApplicationSubmitted: applicationEvent(Topics.applicationsEvents, applicationSubmittedV1),
  SupplementSubmitted: applicationEvent(Topics.applicationsEvents, supplementSubmittedV1),
  ApplicationWithdrawn: applicationEvent(Topics.applicationsEvents, applicationWithdrawnV1),
  StageChanged: applicationEvent(Topics.appraisalsEvents, stageChangedV1),
  SupplementRequested: applicationEvent(Topics.appraisalsEvents, supplementRequestedV1),
  ApplicationRefused: applicationEvent(Topics.appraisalsEvents, applicationRefusedV1),
  ApplicationRejected: applicationEvent(Topics.appraisalsEvents, applicationRejectedV1),
  ApplicationApproved: applicationEvent(Topics.appraisalsEvents, applicationApprovedV1),
  DisbursementRecorded: applicationEvent(Topics.appraisalsEvents, disbursementRecordedV1),
  ApplicationCompleted: applicationEvent(Topics.appraisalsEvents, applicationCompletedV1),
  ApplicationCancelled: applicationEvent(Topics.appraisalsEvents, applicationCancelledV1),
  ApplicationExpired: applicationEvent(Topics.appraisalsEvents, applicationExpiredV1),
  TaskCreated: applicationEvent(Topics.appraisalsEvents, taskCreatedV1),
  TaskCompleted: applicationEvent(Topics.appraisalsEvents, taskCompletedV1),
  SlaWarning: applicationEvent(Topics.appraisalsEvents, slaWarningV1),
  SlaBreached: applicationEvent(Topics.appraisalsEvents, slaBreachedV1),
  BudgetReserved: applicationEvent(Topics.appraisalsEvents, budgetReservedV1),
  BudgetReleased: applicationEvent(Topics.appraisalsEvents, budgetReleasedV1),
  BudgetWaitlisted: applicationEvent(Topics.appraisalsEvents, budgetWaitlistedV1),
  DeadlineExtended: applicationEvent(Topics.appraisalsEvents, deadlineExtendedV1),
  OcopProductRegistered: ocopEvent(ocopProductRegisteredV1),
  OcopEvaluationStarted: ocopEvent(ocopEvaluationStartedV1),
  OcopScoreSheetSubmitted: ocopEvent(ocopScoreSheetSubmittedV1),
  OcopLevelResult: ocopEvent(ocopLevelResultV1),
  OcopStarsAwarded: ocopEvent(ocopStarsAwardedV1),
  OcopCertificateIssued: ocopEvent(ocopCertificateIssuedV1),
  OcopCertificateExpiring: ocopEvent(ocopCertificateExpiringV1),
  OcopCertificateExpired: ocopEvent(ocopCertificateExpiredV1),
  OcopProposalOverdue: ocopEvent(ocopProposalOverdueV1),
  OcopEvaluationAbandoned: ocopEvent(ocopEvaluationAbandonedV1),
  RuralCriteriaRegistered: ruralEvent(ruralCriteriaRegisteredV1),
  RuralCriteriaStageChanged: ruralEvent(ruralCriteriaStageChangedV1),
  RuralCriteriaSupplementRequested: ruralEvent(ruralCriteriaSupplementRequestedV1),
  RuralCriteriaStageOverdue: ruralEvent(ruralCriteriaStageOverdueV1),
  RuralCriteriaConcluded: ruralEvent(ruralCriteriaConcludedV1),
  RuralRecognitionRevoked: ruralEvent(ruralRecognitionRevokedV1),
  AccountRegistered: { topic: Topics.identityEvents, aggregateType: 'Account', versions: { 1: accountRegisteredV1 } },
  AccountUpdated: { topic: Topics.identityEvents, aggregateType: 'Account', versions: { 1: accountUpdatedV1 } },
  NotificationSent: {
    topic: Topics.notificationsEvents,
    aggregateType: 'NotificationDelivery',
    versions: { 1: notificationSentV1 },
  },
  NotificationFailed: {
    topic: Topics.notificationsEvents,
    aggregateType: 'NotificationDelivery',
    versions: { 1: notificationFailedV1 },
  },
} as const satisfies Record<string, CatalogEntry>;
