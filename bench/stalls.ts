// Watches this process's main thread: the longest event-loop stall (perf_hooks.monitorEventLoopDelay, what the
// issue asks for) and, on Linux, how much of the longest stalls the thread itself spent on the CPU. On a busy
// 2-core machine a stall is often the thread waiting for a core (the browser, other processes), not code
// blocking it; the busy figure tells the two apart (10 ms resolution: the kernel's clock ticks).
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { round } from './measure';

/** CPU time of the main thread in ms, or null where /proc is not available. */
function mainThreadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export interface StallReport {
  maxStallMs: number;
  /** The most CPU time the main thread used within any one stall of 20 ms or more (null without /proc). */
  maxBusyMs: number | null;
}

export function watchMainThread(): { stop(): StallReport } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let lastAt = performance.now();
  let lastCpu = mainThreadCpuMs();
  let maxBusy: number | null = lastCpu === null ? null : 0;
  const timer = setInterval(() => {
    const at = performance.now();
    const cpu = mainThreadCpuMs();
    if (cpu !== null && lastCpu !== null && maxBusy !== null && at - lastAt >= 20) maxBusy = Math.max(maxBusy, cpu - lastCpu);
    lastAt = at;
    lastCpu = cpu;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      histogram.disable();
      return { maxStallMs: round(histogram.max / 1e6), maxBusyMs: maxBusy };
    },
  };
}
