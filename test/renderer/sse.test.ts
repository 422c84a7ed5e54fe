import { describe, expect, it } from 'vitest';
import { createSseParser, followEventStream, type SseMessage, type StreamStatus } from '../../renderer/lib/sse';

describe('server-sent events parser', () => {
  it('assembles messages split across arbitrary chunks', () => {
    const got: SseMessage[] = [];
    const feed = createSseParser((m) => got.push(m));
    const stream = 'event: data-changed\ndata: {"reason":"edit"}\n\n: keep-alive\n\nevent: menu\r\ndata: {"command":"undo"}\r\n\r\n';
    for (let i = 0; i < stream.length; i += 3) feed(stream.slice(i, i + 3));
    expect(got).toEqual([
      { event: 'data-changed', data: '{"reason":"edit"}' },
      { event: 'menu', data: '{"command":"undo"}' },
    ]);
  });

  it('joins multi-line data and defaults the event name', () => {
    const got: SseMessage[] = [];
    const feed = createSseParser((m) => got.push(m));
    feed('data: a\ndata: b\n\n');
    feed('data:no-space\n\n');
    expect(got).toEqual([
      { event: 'message', data: 'a\nb' },
      { event: 'message', data: 'no-space' },
    ]);
  });

  it('waits for the rest of a message', () => {
    const got: SseMessage[] = [];
    const feed = createSseParser((m) => got.push(m));
    feed('event: progress\ndata: {"done":1}\n');
    expect(got).toEqual([]);
    feed('\n');
    expect(got).toHaveLength(1);
  });
});

/** Answers for successive attempts: an HTTP status (with an SSE body for 200), or 'unreachable' (fetch rejects). */
type Answer = { status: number; body?: string } | 'unreachable';

async function follow(answers: Answer[]) {
  const messages: SseMessage[] = [];
  const statuses: StreamStatus[] = [];
  const waits: number[] = [];
  let attempts = 0;
  await followEventStream({
    open: async () => {
      const answer = answers[attempts];
      attempts += 1;
      if (answer === undefined) throw new Error('the loop asked again after the last answer');
      if (answer === 'unreachable') throw new TypeError('Failed to fetch');
      return new Response(answer.body ?? JSON.stringify({ ok: false }), { status: answer.status });
    },
    onMessage: (m) => messages.push(m),
    onStatus: (s) => statuses.push(s),
    wait: async (ms) => {
      waits.push(ms);
    },
  });
  return { messages, statuses, waits, attempts };
}

describe('following the live-update stream', () => {
  it('stops at once, and says so, when the server refuses the token (403)', async () => {
    expect(await follow([{ status: 403 }])).toEqual({ messages: [], statuses: ['refused'], waits: [], attempts: 1 });
  });

  it('treats 401 like 403', async () => {
    expect((await follow([{ status: 401 }])).statuses).toEqual(['refused']);
  });

  it('reconnects after failures and drops, passes the events on, and backs off from 0.5 s again once connected', async () => {
    const got = await follow([
      'unreachable',
      { status: 500 },
      { status: 200, body: ': connected\n\nevent: data-changed\ndata: {"reason":"edit"}\n\n' },
      { status: 403 },
    ]);
    expect(got.messages).toEqual([{ event: 'data-changed', data: '{"reason":"edit"}' }]);
    expect(got.statuses).toEqual(['retrying', 'live', 'retrying', 'refused']);
    expect(got.waits).toEqual([500, 1000, 500]);
    expect(got.attempts).toBe(4);
  });

  it('doubles the pause up to 10 s while the server stays away', async () => {
    const got = await follow([...Array<Answer>(8).fill('unreachable'), { status: 403 }]);
    expect(got.waits).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
    expect(got.statuses).toEqual(['retrying', 'refused']);
  });
});
