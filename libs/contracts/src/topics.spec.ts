import { Subscriptions, Topics, allTopics, dlqTopic, retryTopic } from './topics';
import { WorkflowIds } from './temporal';

describe('topic registry', () => {
  it('lists every main topic and a retry and DLQ topic for each subscribed group', () => {
    const topics = allTopics();
    for (const topic of Object.values(Topics)) expect(topics).toContain(topic);
    for (const [group, subscribed] of Object.entries(Subscriptions)) {
      for (const topic of subscribed) {
        expect(topics).toContain(`${topic}.${group}.retry`);
        expect(topics).toContain(`${topic}.${group}.dlq`);
      }
    }
    expect(new Set(topics).size).toBe(topics.length);
  });

  it('names retry and DLQ topics after the original topic and the group', () => {
    expect(retryTopic('kc.applications.events.v1', 'appraisals')).toBe('kc.applications.events.v1.appraisals.retry');
    expect(dlqTopic('kc.applications.events.v1', 'appraisals')).toBe('kc.applications.events.v1.appraisals.dlq');
  });

  it('derives workflow ids from business keys so a repeated start is recognised', () => {
    expect(WorkflowIds.supportRequest('a1')).toBe('support-request/a1');
    expect(WorkflowIds.supportRequest('a1')).toBe(WorkflowIds.supportRequest('a1'));
  });
});
