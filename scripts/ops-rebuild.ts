// npm run ops:rebuild [-- --no-swap]: replays every domain topic from the earliest offset into a fresh
// schema and swaps it in for `operations`. Stop the operations service first (the script refuses while the
// `operations` group has members); with --no-swap it only builds the new schema beside the live one.
import { Subscriptions } from '@kc/contracts';
import { WorkingDayCalendar } from '@kc/domain';
import { createKafka, prefixedTopic } from '@kc/messaging';
import { loadHolidayTables } from '@kc/platform';
import { operationsConfigSchema } from '../apps/operations/src/config';
import { OPERATIONS_SCHEMA } from '../apps/operations/src/operations-schema';
import { rebuildReadModel } from '../apps/operations/src/rebuild/rebuild-read-model';

async function main(): Promise<void> {
  const config = operationsConfigSchema.parse(process.env);
  const schema = await rebuildReadModel({
    kafka: createKafka('operations-rebuild', config.KAFKA_BROKERS),
    databaseUrl: config.DATABASE_URL,
    calendar: new WorkingDayCalendar(loadHolidayTables(config.HOLIDAYS_FILE)),
    liveSchema: OPERATIONS_SCHEMA,
    liveGroup: 'operations',
    topics: Subscriptions.operations.map((t) => prefixedTopic(t, config.KAFKA_TOPIC_PREFIX)),
    swap: !process.argv.includes('--no-swap'),
    log: (m) => console.log(m),
  });
  console.log(`done: ${schema}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
