// The producing side of the messaging benchmark, in its own process as in production (the service that
// writes events also runs their relay): commands arrive over IPC from messaging.bench.ts.
import { OutboxRelay, OutboxWriter, createKafka, kafkaConfigSchema } from '../src';
import { benchProducerConfig } from './bench-producer';
import { applicationSubmittedDraft, testEnv } from '@kc/testing';
import { createAppDataSource } from '@kc/persistence';

type Command =
  { cmd: 'fill'; n: number } | { cmd: 'relay' } | { cmd: 'offer'; rate: number; seconds: number } | { cmd: 'stop' };

async function main(): Promise<void> {
  const schema = process.env.BENCH_SCHEMA!;
  const dataSource = await createAppDataSource({ url: testEnv.databaseUrl, schema, poolSize: 4 }).initialize();
  const writer = new OutboxWriter(schema, 'bench', testEnv.topicPrefix);
  const producer = createKafka('bench-producer', testEnv.kafkaBrokers).producer(benchProducerConfig);
  const relay = new OutboxRelay(dataSource, producer, {
    schema,
    batchSize: Number(process.env.BENCH_RELAY_BATCH ?? kafkaConfigSchema.parse({}).OUTBOX_BATCH_SIZE),
    idleDelayMs: 5,
  });
  const write = (n: number) =>
    dataSource.transaction((m) =>
      writer.publish(
        m,
        Array.from({ length: n }, () => applicationSubmittedDraft()),
      ),
    );

  process.on('message', async (command: Command) => {
    if (command.cmd === 'fill') {
      for (let i = 0; i < command.n; i += 500) await write(Math.min(500, command.n - i));
    } else if (command.cmd === 'relay') {
      relay.start();
    } else if (command.cmd === 'offer') {
      // Commit a slice every 20 ms so the offered load is steady, not one burst per second.
      const tick = 20;
      const perTick = Math.round((command.rate * tick) / 1000);
      const ticks = Math.round((command.seconds * 1000) / tick);
      const start = performance.now();
      for (let i = 0; i < ticks; i++) {
        const wait = start + i * tick - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        await write(perTick);
      }
      process.send!({ written: perTick * ticks });
      return;
    } else {
      await relay.stop();
      await producer.disconnect();
      await dataSource.destroy();
      process.send!({ stopped: true }, () => process.exit(0));
      return;
    }
    process.send!({ done: command.cmd });
  });
  process.send!({ ready: true });
}

void main();
