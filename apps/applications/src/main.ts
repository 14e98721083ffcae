import 'reflect-metadata';
import { bootstrapApplications } from './bootstrap-applications';

void bootstrapApplications();
