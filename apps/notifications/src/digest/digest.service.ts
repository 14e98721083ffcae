import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { vietnamDate } from '@kc/domain';
import { Notifier } from '../dispatch/notifier';
import { RecipientsRepository } from '../recipients/recipients.repository';
import { digestEventId } from './digest-key';
import { TasksRepository } from './tasks.repository';

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

export interface DigestReport {
  day: string;
  /** Officers who got a digest (those with nothing due or overdue get none). */
  recipients: number;
  tasks: number;
}

/**
 * The daily digest: for each officer, open tasks already overdue and those due today or tomorrow
 * (Vietnam days). Recorded like any notification, under a per-day-and-person key: once per day each.
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recipients: RecipientsRepository,
    private readonly tasks: TasksRepository,
    private readonly notifier: Notifier,
  ) {}

  async run(now = new Date(), unitCode?: string): Promise<DigestReport> {
    const day = vietnamDate(now);
    // Midnight Vietnam time at the end of tomorrow.
    const until = new Date(Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS + 2 * DAY_MS);
    let recipients = 0;
    let tasks = 0;
    for (const person of await this.recipients.officers(this.dataSource.manager, unitCode)) {
      const open = await this.tasks.openFor(this.dataSource.manager, person, until);
      if (open.length === 0) continue;
      const overdue = open.filter((t) => Date.parse(t.dueAt) < now.getTime());
      const due = open.filter((t) => Date.parse(t.dueAt) >= now.getTime());
      await this.dataSource.transaction((manager) =>
        this.notifier.notify(manager, {
          eventId: digestEventId(day, person.id),
          eventType: 'DailyDigest',
          applicationId: null,
          recipientId: person.id,
          templateKey: 'daily-digest',
          data: { day, overdue, due, overdueCount: overdue.length, dueCount: due.length },
        }),
      );
      recipients += 1;
      tasks += open.length;
    }
    return { day, recipients, tasks };
  }
}
