// Timing helpers for benchmarks: warm-up, then the median of several runs.
export interface Timing {
  medianMs: number;
  runsMs: number[];
}

export async function timeIt(fn: () => unknown, runs = 9, warmups = 2): Promise<Timing> {
  for (let i = 0; i < warmups; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { medianMs: round(sorted[Math.floor(sorted.length / 2)] ?? 0), runsMs: times.map(round) };
}

export const round = (n: number): number => Math.round(n * 100) / 100;
