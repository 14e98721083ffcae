import 'reflect-metadata';
import { bootstrapAppraisals } from './bootstrap-appraisals';

void bootstrapAppraisals();
