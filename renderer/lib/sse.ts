// A Server-Sent-Events parser for text arriving in arbitrary chunks (web mode reads /api/events with fetch).
export interface SseMessage {
  event: string;
  data: string;
}

/** Feed chunks; complete messages (ended by a blank line) go to `onMessage`. */
export function createSseParser(onMessage: (message: SseMessage) => void): (chunk: string) => void {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  const dispatch = () => {
    if (data.length) onMessage({ event: event || 'message', data: data.join('\n') });
    event = '';
    data = [];
  };
  return (chunk) => {
    buffer += chunk;
    let nl = buffer.search(/\r\n|\r|\n/);
    while (nl >= 0) {
      // A lone '\r' at the end may be the first half of '\r\n': wait for the next chunk.
      if (nl === buffer.length - 1 && buffer.endsWith('\r')) break;
      const line = buffer.slice(0, nl);
      const sepLength = buffer.startsWith('\r\n', nl) ? 2 : 1;
      buffer = buffer.slice(nl + sepLength);
      if (line === '') dispatch();
      else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      nl = buffer.search(/\r\n|\r|\n/);
    }
  };
}
