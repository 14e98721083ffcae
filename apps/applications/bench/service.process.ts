// The applications service as the submit benchmark runs it: its own process, its own consumer group.
import 'reflect-metadata';
import { bootstrapApplications } from '../src/bootstrap-applications';

void bootstrapApplications(process.env.BENCH_GROUP).then(async (app) => process.send?.({ url: await app.getUrl() }));
