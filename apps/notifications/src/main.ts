import 'reflect-metadata';
import { bootstrapNotifications } from './bootstrap-notifications';

void bootstrapNotifications();
