// Runs an async step over a stream with a bounded number in flight, yielding results in input order: parallel work,
// serial (reproducible) output, and memory bounded by the window rather than by the input.
export async function* mapOrdered<T, R>(source: AsyncIterable<T> | Iterable<T>, step: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const inFlight: Promise<R>[] = [];
  const size = Math.max(1, window);
  for await (const item of source) {
    const p = step(item);
    // Settled out of order is fine; unobserved rejections are not, so each one is observed when it is awaited below.
    p.catch(() => undefined);
    inFlight.push(p);
    if (inFlight.length >= size) yield await (inFlight.shift() as Promise<R>);
  }
  while (inFlight.length > 0) yield await (inFlight.shift() as Promise<R>);
}
