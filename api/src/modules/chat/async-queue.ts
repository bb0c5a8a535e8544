import { DIRECT_DELIVERY, type DirectSink, type DirectSource } from '../../shared/pubsub.js';

/**
 * A minimal push-based async iterator. Unlike an async generator, `return()` takes effect at once
 * even while a consumer waits in `next()` (an idle generator would only see it at its next event,
 * which would hold a closed socket's cleanup until then). A consumer may instead attach a sink
 * (DIRECT_DELIVERY) and receive values synchronously as they are pushed.
 */
export class AsyncQueue<T> implements AsyncIterableIterator<T>, DirectSource<T> {
  private readonly buffer: T[] = [];
  private sink: DirectSink<T> | undefined;
  private waiting: ((r: IteratorResult<T>) => void) | undefined;
  private failWaiting: ((err: unknown) => void) | undefined;
  private ended = false;
  private error: unknown;

  constructor(private readonly onEnd: () => void = () => {}) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  [DIRECT_DELIVERY](sink: DirectSink<T>): void {
    this.sink = sink;
    for (const value of this.buffer.splice(0)) sink.next(value);
    if (this.ended) {
      if (this.error !== undefined) sink.fail(this.error);
      else sink.end();
    }
  }

  push(value: T): void {
    if (this.ended) return;
    if (this.sink) {
      this.sink.next(value);
    } else if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = undefined;
      resolve({ value, done: false });
    } else {
      this.buffer.push(value);
    }
  }

  /** Ends the iteration after what is buffered. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.onEnd();
    this.sink?.end();
    if (this.waiting && !this.buffer.length) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = undefined;
      resolve({ value: undefined, done: true });
    }
  }

  /** Ends the iteration with an error (after what is buffered). */
  fail(err: unknown): void {
    if (this.ended) return;
    this.error = err;
    this.ended = true;
    this.onEnd();
    this.sink?.fail(err);
    if (this.failWaiting && !this.buffer.length) {
      const reject = this.failWaiting;
      this.waiting = this.failWaiting = undefined;
      reject(err);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length) return Promise.resolve({ value: this.buffer.shift()!, done: false });
    if (this.ended) {
      if (this.error !== undefined) {
        const err = this.error;
        this.error = undefined;
        return Promise.reject(err);
      }
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  async return(): Promise<IteratorResult<T>> {
    this.buffer.length = 0;
    this.end();
    return { value: undefined, done: true };
  }
}

/** Maps an async iterable lazily; `return()` passes through at once (see AsyncQueue). */
export function mapIterable<A, B>(source: AsyncIterable<A>, fn: (a: A) => B): AsyncIterableIterator<B> {
  const it = source[Symbol.asyncIterator]();
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      const step = await it.next();
      return step.done ? step : { value: fn(step.value), done: false };
    },
    async return() {
      await it.return?.();
      return { value: undefined, done: true };
    },
  };
}
