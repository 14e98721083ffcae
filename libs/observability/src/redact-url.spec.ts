import { redactUrl } from './logging.module';

describe('URLs in logs', () => {
  it('keeps credentials in query strings out of the log', () => {
    expect(redactUrl('/api/notifications/inbox/stream?ticket=abc123&x=1')).toBe(
      '/api/notifications/inbox/stream?ticket=[redacted]&x=1',
    );
    expect(redactUrl('/inbox/stream?access_token=eyJ.eyJ.sig')).toBe('/inbox/stream?access_token=[redacted]');
    expect(redactUrl('/public/dossiers/KC-2026-000001?secret=X7QF-93KD')).toBe(
      '/public/dossiers/KC-2026-000001?secret=[redacted]',
    );
    expect(redactUrl('/inbox?page=2')).toBe('/inbox?page=2');
  });
});
