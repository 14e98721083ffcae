// The signed-in person's notifications, live: one EventSource per tab on the gateway's SSE route (the
// token goes as ?access_token= because EventSource cannot send headers). `unread` feeds the badge; each
// `notification` refreshes the inbox query so an open inbox page shows it at once.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Notifications } from './api/endpoints';
import { useSession } from './session';

interface Live {
  unread: number;
  connected: boolean;
  setUnread: (n: number) => void;
}
const LiveContext = createContext<Live>({ unread: 0, connected: false, setUnread: () => undefined });

export function NotificationsLive({ children }: { children: ReactNode }) {
  const session = useSession();
  const queryClient = useQueryClient();
  const [unread, setUnread] = useState(0);
  const [connected, setConnected] = useState(false);
  const token = session?.token;

  useEffect(() => {
    if (!token) return;
    const source = new EventSource(Notifications.streamUrl(token));
    const read = (e: Event) => JSON.parse((e as MessageEvent<string>).data) as { unread: number };
    source.addEventListener('open', () => setConnected(true));
    source.addEventListener('error', () => setConnected(false));
    source.addEventListener('unread', (e) => setUnread(read(e).unread));
    source.addEventListener('notification', (e) => {
      setUnread(read(e).unread);
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    });
    return () => source.close();
  }, [token, queryClient]);

  // Signed out: nothing unread, whatever the last stream said.
  const value = { unread: token ? unread : 0, connected: !!token && connected, setUnread };
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export const useLiveNotifications = () => useContext(LiveContext);
