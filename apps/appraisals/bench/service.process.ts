// The appraisals service (its approval worker included) as the workflow benchmark runs it: its own
// process, its own consumer group and task queue.
import 'reflect-metadata';
import { bootstrapAppraisals } from '../src/bootstrap-appraisals';

void bootstrapAppraisals(process.env.BENCH_GROUP).then(async (app) => process.send?.({ url: await app.getUrl() }));
