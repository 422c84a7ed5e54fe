// The one IPC channel main uses to push events to the renderer: `send(EVENT_CHANNEL, name, payload)`.
// Kept apart so the preload bundle does not pull in anything from main.
export const EVENT_CHANNEL = 'psd:event';
