import { temporal } from '@temporalio/proto';
import type { WorkflowHistoryItem } from '@kc/contracts';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
const EventType = temporal.api.enums.v1.EventType;

/** How each kind of history event reads to an operator, in Vietnamese; kinds not listed are left out. */
const describers: Partial<Record<number, (e: HistoryEvent) => string>> = {
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED]: (e) =>
    `Bắt đầu quy trình ${e.workflowExecutionStartedEventAttributes?.workflowType?.name ?? ''}`.trim(),
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED]: () => 'Quy trình hoàn tất',
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED]: (e) =>
    `Quy trình lỗi: ${e.workflowExecutionFailedEventAttributes?.failure?.message ?? ''}`,
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED]: (e) =>
    `Quy trình bị dừng: ${e.workflowExecutionTerminatedEventAttributes?.reason ?? ''}`,
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED]: () => 'Quy trình bị huỷ',
  [EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED]: (e) =>
    `Giao việc tự động: ${e.activityTaskScheduledEventAttributes?.activityType?.name ?? ''}`,
  [EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED]: () => 'Việc tự động xong',
  [EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED]: (e) =>
    `Việc tự động lỗi: ${e.activityTaskFailedEventAttributes?.failure?.message ?? ''}`,
  [EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT]: () => 'Việc tự động quá thời gian',
  [EventType.EVENT_TYPE_TIMER_STARTED]: (e) =>
    `Đặt hẹn giờ ${Number(e.timerStartedEventAttributes?.startToFireTimeout?.seconds ?? 0)} giây`,
  [EventType.EVENT_TYPE_TIMER_FIRED]: () => 'Hẹn giờ đến hạn',
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED]: (e) =>
    `Nhận tín hiệu ${e.workflowExecutionSignaledEventAttributes?.signalName ?? ''}`,
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED]: (e) =>
    `Cán bộ thao tác (${e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ?? 'update'})`,
  [EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED]: () => 'Thao tác đã được ghi nhận',
  [EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES]: () => 'Cập nhật thuộc tính tìm kiếm (giai đoạn, hạn)',
};

const timeOf = (e: HistoryEvent) => {
  const t = e.eventTime;
  return t ? new Date(Number(t.seconds ?? 0) * 1000 + Math.floor((t.nanos ?? 0) / 1e6)).toISOString() : null;
};

/** A workflow's history as lines an operator reads: when, what (Vietnamese), the event's number and kind. */
export function readableTimeline(events: HistoryEvent[]): WorkflowHistoryItem[] {
  return events.flatMap((e) => {
    const describe = describers[Number(e.eventType)];
    if (!describe) return [];
    return [{ eventId: String(e.eventId), at: timeOf(e), text: describe(e), kind: EventType[Number(e.eventType)] }];
  });
}
