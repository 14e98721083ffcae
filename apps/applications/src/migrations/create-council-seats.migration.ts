import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who sits on each dossier's appraisal council, projected from the appraisals service's TaskCreated and
 * TaskCompleted events (kc.appraisals.events.v1, which this service already consumes): a council member
 * reads a dossier only with a seat and no declared conflict. No other service's table is read.
 */
export class CreateCouncilSeats1764300400000 implements MigrationInterface {
  name = 'CreateCouncilSeats1764300400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE applications.council_seats (
      dossier_id uuid NOT NULL,
      member_id text NOT NULL,
      task_id text NOT NULL,
      conflicted boolean NOT NULL DEFAULT false,
      seated_at timestamptz NOT NULL,
      PRIMARY KEY (dossier_id, member_id)
    )`);
    await q.query(`CREATE INDEX council_seats_task ON applications.council_seats (task_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE applications.council_seats`);
  }
}
