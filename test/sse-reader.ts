export interface ServerSentEvent {
  event: string;
  id?: string;
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Reads a text/event-stream response and lets a test wait for the event it expects. */
export function readEvents(body: ReadableStream<Uint8Array>) {
  const events: ServerSentEvent[] = [];
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(
          block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
        );
        events.push({
          event: fields.event ?? 'message',
          id: fields.id,
          data: fields.data ? JSON.parse(fields.data) : null,
        });
      }
    }
  })();
  return {
    events,
    async close() {
      await reader.cancel().catch(() => undefined);
      await pump;
    },
  };
}
