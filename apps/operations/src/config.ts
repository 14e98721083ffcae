// The only file of this app that reads process.env (keys documented in .env.example).
import { parseConfig, serviceConfigSchema } from '@kc/platform';

export const config = parseConfig(serviceConfigSchema(3005), process.env);
