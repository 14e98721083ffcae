// Jest setupFiles for the integration tier: point every config at the test database and namespace.
import { testEnv } from './test-env';

process.env.DATABASE_URL = testEnv.databaseUrl;
process.env.TEMPORAL_NAMESPACE = testEnv.temporalNamespace;
process.env.KAFKA_TOPIC_PREFIX = testEnv.topicPrefix;
// Services connect as their own role, limited to their schema (infra/local/postgres.sh creates the roles).
process.env.DATABASE_SERVICE_ROLES = process.env.DATABASE_SERVICE_ROLES ?? 'on';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
