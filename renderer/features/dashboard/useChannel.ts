// Fetch one accounting channel for the screen: refetched when its input or the data version changes (an
// edit, undo or another window), the previous answer kept on screen meanwhile, stale answers dropped.
import { useEffect, useState } from 'react';
import type { Channel, InputOf, ResultOf } from '../../../shared/contract';
import type { AppErrorShape } from '../../../shared/errors';
import { invoke } from '../../api/client';
import { useApp } from '../../stores/app';

export interface ChannelState<C extends Channel> {
  value: ResultOf<C> | null;
  error: AppErrorShape | null;
  /** True while the value on screen is not the answer to the current input and data version. */
  stale: boolean;
}

export function useChannel<C extends Channel>(channel: C, input: InputOf<C> | null): ChannelState<C> {
  const dataVersion = useApp((s) => s.dataVersion);
  const key = input === null ? null : `${channel}|${JSON.stringify(input)}|${dataVersion}`;
  const [state, setState] = useState<{ key: string | null; value: ResultOf<C> | null; error: AppErrorShape | null }>({
    key: null,
    value: null,
    error: null,
  });

  useEffect(() => {
    if (key === null || input === null) return undefined;
    let live = true;
    void invoke(channel, input).then((r) => {
      if (!live) return;
      setState((s) => (r.ok ? { key, value: r.value, error: null } : { key, value: s.value, error: r.error }));
    });
    return () => {
      live = false;
    };
    // `key` covers the channel, the input (by value) and the data version.
  }, [key]);

  return { value: state.value, error: state.key === key ? state.error : null, stale: state.key !== key };
}
