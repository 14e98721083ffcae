import 'reflect-metadata';
import { bootstrapOcop } from './bootstrap-ocop';

void bootstrapOcop();
