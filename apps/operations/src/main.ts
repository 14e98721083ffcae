import 'reflect-metadata';
import { bootstrapOperations } from './bootstrap-operations';

void bootstrapOperations();
