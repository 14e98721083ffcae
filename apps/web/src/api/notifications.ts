// The notifications service routes: the inbox, unread count, and the live stream ticket.
import { api } from './client';
import { enc, qs } from './query-string';
import type * as C from '@kc/contracts';
import type * as T from './types';

const N = '/api/notifications';

export const Notifications = {
  inbox: (page = 1) => api<T.NotificationPage>(`${N}/inbox?${qs({ page, pageSize: 20 })}`),
  unread: () => api<C.UnreadCount>(`${N}/inbox/unread-count`),
  read: (id: string) => api<C.UnreadCount>(`${N}/inbox/${enc(id)}/read`, { method: 'POST' }),
  readAll: () => api<C.ReadAllAnswer>(`${N}/inbox/read-all`, { method: 'POST' }),
  /** A short single-use ticket for the live stream, so no access token ever sits in a URL. */
  streamTicket: () => api<C.StreamTicket>(`${N}/inbox/stream-ticket`, { method: 'POST' }),
  streamUrl: (ticket: string) => `${N}/inbox/stream?${qs({ ticket })}`,
};
