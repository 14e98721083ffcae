// The signed-in person's notifications, live: one EventSource per tab on the gateway's SSE route.
// EventSource cannot send headers, so each connection opens with a single-use ticket asked for with the
// token (never the token itself in a URL); a dropped stream (network, or the session's end) is reopened
// with a fresh ticket. `unread` feeds the badge; each `notification` refreshes the inbox query so an open
// inbox page shows it at once.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { UnreadCount } from '@kc/contracts';
import { Notifications } from './api/notifications';
import { useSession } from './session';

interface Live {
  unread: number;
  connected: boolean;
  setUnread: (n: number) => void;
}
/** How long to wait before reopening a dropped stream. */
const RETRY_MS = 3000;

const LiveContext = createContext<Live>({ unread: 0, connected: false, setUnread: () => undefined });

export function NotificationsLive({ children }: { children: ReactNode }) {
  const session = useSession();
  const queryClient = useQueryClient();
  const [unread, setUnread] = useState(0);
  const [connected, setConnected] = useState(false);
  const token = session?.token;

  useEffect(() => {
    if (!token) return;
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    // Both `unread` and each `notification` (an InboxStreamEvent) carry the count.
    const read = (e: Event) => JSON.parse((e as MessageEvent<string>).data) as UnreadCount;
    const reopenLater = (ms: number) => {
      if (!stopped) retry = setTimeout(() => void open(), ms);
    };
    const open = async () => {
      try {
        const { ticket } = await Notifications.streamTicket();
        if (stopped) return;
        source = new EventSource(Notifications.streamUrl(ticket));
      } catch {
        return reopenLater(RETRY_MS * 2);
      }
      source.addEventListener('open', () => setConnected(true));
      source.addEventListener('error', () => {
        // The ticket was single-use: the browser's own reconnection would be refused, so start afresh.
        setConnected(false);
        source?.close();
        reopenLater(RETRY_MS);
      });
      source.addEventListener('unread', (e) => setUnread(read(e).unread));
      source.addEventListener('notification', (e) => {
        setUnread(read(e).unread);
        void queryClient.invalidateQueries({ queryKey: ['inbox'] });
      });
    };
    void open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [token, queryClient]);

  // Signed out: nothing unread, whatever the last stream said.
  const value = { unread: token ? unread : 0, connected: !!token && connected, setUnread };
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export const useLiveNotifications = () => useContext(LiveContext);
