// Timing helpers for benchmarks: warm-up, then the median of several runs. A figure and its reference are timed
// in alternation (timePair), so a machine that gets busier or quieter meanwhile affects both alike.
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
  return { medianMs: median(times), runsMs: times.map(round) };
}

/** `subject` and `reference` run in turn, `runs` times each after a warm-up of both. */
export async function timePair(subject: () => unknown, reference: () => unknown, runs = 9, warmups = 2): Promise<[Timing, Timing]> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < warmups; i += 1) {
    await subject();
    await reference();
  }
  for (let i = 0; i < runs; i += 1) {
    let start = performance.now();
    await subject();
    a.push(performance.now() - start);
    start = performance.now();
    await reference();
    b.push(performance.now() - start);
  }
  return [
    { medianMs: median(a), runsMs: a.map(round) },
    { medianMs: median(b), runsMs: b.map(round) },
  ];
}

export const round = (n: number): number => Math.round(n * 100) / 100;

export const median = (xs: number[]): number => round([...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] ?? 0);

export const ratio = (a: Timing | number, b: Timing | number): number =>
  round((typeof a === 'number' ? a : a.medianMs) / (typeof b === 'number' ? b : b.medianMs));
