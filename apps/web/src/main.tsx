import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from './i18n/i18n';
import { NotificationsLive } from './notifications-live';
import { router } from './routes';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, staleTime: 5_000, refetchOnWindowFocus: true } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <NotificationsLive>
          <RouterProvider router={router} />
        </NotificationsLive>
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
