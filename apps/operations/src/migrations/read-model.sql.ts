/**
 * The operations read model, in a schema given by name: the service's own (`operations`) or a fresh one
 * that `npm run ops:rebuild` fills from the topics before swapping it in.
 */
export function readModelSql(schema: string): { up: string[]; down: string[] } {
  const s = `"${schema}"`;
  return {
    up: [
      // What the read model keeps of each event about a case; the rows below are derived from these.
      `CREATE TABLE ${s}.case_facts (
        event_id uuid NOT NULL,
        position int NOT NULL,
        case_id text NOT NULL,
        at timestamptz NOT NULL,
        fact jsonb NOT NULL,
        PRIMARY KEY (event_id, position)
      )`,
      `CREATE INDEX case_facts_case_idx ON ${s}.case_facts (case_id)`,
      `CREATE TABLE ${s}.ocop_products (
        product_id uuid PRIMARY KEY,
        unit_code text NOT NULL,
        group_code text NOT NULL,
        subgroup_code text NOT NULL
      )`,
      `CREATE TABLE ${s}.cases (
        case_id text PRIMARY KEY,
        case_kind text NOT NULL,
        code text NOT NULL,
        program_code text,
        unit_code text,
        product_group text,
        stage text,
        stage_unit_code text,
        holder text,
        opened_at timestamptz,
        expected_result_date date,
        due_date date,
        stage_due_at timestamptz,
        stage_at_risk_at timestamptz,
        paused_since timestamptz,
        decided_at timestamptz,
        outcome text,
        closed_at timestamptz,
        late boolean,
        breached boolean NOT NULL DEFAULT false,
        processing_days numeric(10,3),
        paused_days numeric(10,3) NOT NULL DEFAULT 0,
        days_department numeric(10,3),
        days_local numeric(10,3),
        days_applicant numeric(10,3),
        days_council numeric(10,3),
        days_budget_wait numeric(10,3),
        stars int,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      // The on-time rate reads cases received before a period's end and not decided before its start.
      `CREATE INDEX cases_opened_idx ON ${s}.cases (opened_at)`,
      `CREATE INDEX cases_decided_idx ON ${s}.cases (decided_at)`,
      `CREATE INDEX cases_undecided_idx ON ${s}.cases (opened_at) WHERE decided_at IS NULL`,
      `CREATE INDEX cases_closed_idx ON ${s}.cases (closed_at)`,
      `CREATE INDEX cases_open_stage_idx ON ${s}.cases (stage_due_at) WHERE closed_at IS NULL`,
      `CREATE INDEX cases_unit_idx ON ${s}.cases (unit_code, opened_at)`,
      `CREATE INDEX cases_ocop_stars_idx ON ${s}.cases (unit_code, product_group, stars)
        WHERE case_kind = 'OCOP' AND stars IS NOT NULL`,
      `CREATE TABLE ${s}.stage_visits (
        case_id text NOT NULL,
        seq int NOT NULL,
        stage text NOT NULL,
        holder text NOT NULL,
        unit_code text,
        case_unit_code text,
        program_code text,
        entered_at timestamptz NOT NULL,
        left_at timestamptz,
        due_at timestamptz,
        effective_due_at timestamptz,
        at_risk_at timestamptz,
        paused_since timestamptz,
        paused_ms bigint NOT NULL DEFAULT 0,
        working_days numeric(10,3),
        paused_days numeric(10,3) NOT NULL DEFAULT 0,
        budget_wait_days numeric(10,3) NOT NULL DEFAULT 0,
        holder_days numeric(10,3),
        late boolean,
        breached boolean NOT NULL DEFAULT false,
        PRIMARY KEY (case_id, seq)
      )`,
      `CREATE INDEX stage_visits_open_entered_idx ON ${s}.stage_visits (entered_at) WHERE left_at IS NULL`,
      `CREATE INDEX stage_visits_left_idx ON ${s}.stage_visits (left_at)`,
      `CREATE INDEX stage_visits_open_idx ON ${s}.stage_visits (effective_due_at) WHERE left_at IS NULL`,
    ],
    down: [
      `DROP TABLE ${s}.stage_visits`,
      `DROP TABLE ${s}.cases`,
      `DROP TABLE ${s}.ocop_products`,
      `DROP TABLE ${s}.case_facts`,
    ],
  };
}
