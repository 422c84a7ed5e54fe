// Long sheet work reports progress and stops when cancelled: a Ticker counts rows, checks the task's abort
// signal, reports at most every `every` rows and then yields to the event loop (so a cancel request, other
// requests and the streaming writers' buffers get their turn).
import { AppError } from '../../../../shared/errors';

export interface TickerOptions {
  signal?: AbortSignal;
  total: number;
  onProgress?: (done: number, total: number) => void;
  every?: number;
}

export const cancelledError = (): AppError => new AppError('cancelled', 'Cancelled');

export class Ticker {
  done = 0;
  private next: number;
  private readonly every: number;

  constructor(private readonly options: TickerOptions) {
    this.every = options.every ?? 2000;
    this.next = this.every;
  }

  get total(): number {
    return this.options.total;
  }

  check(): void {
    if (this.options.signal?.aborted) throw cancelledError();
  }

  /** Count `n` rows; every so often report, yield, and throw AppError('cancelled') when the task was cancelled. */
  async tick(n = 1): Promise<void> {
    this.done += n;
    if (this.done < this.next) return;
    this.next = this.done + this.every;
    this.options.onProgress?.(Math.min(this.done, this.options.total), this.options.total);
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.check();
  }

  finish(): void {
    this.options.onProgress?.(this.options.total, this.options.total);
  }
}
