import { describe, expect, it } from 'vitest';
import { createSseParser, type SseMessage } from '../../renderer/lib/sse';

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
    expect(got).toEqual([{ event: 'message', data: 'a\nb' }, { event: 'message', data: 'no-space' }]);
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
