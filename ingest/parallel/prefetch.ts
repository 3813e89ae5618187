// Pulls an async stream ahead of its consumer into a bounded buffer, so the producer (reading, extraction in workers)
// keeps going while the consumer awaits something else (a Neo4j write), and memory stays bounded by `ahead`.
export async function* prefetch<T>(source: AsyncIterable<T>, ahead: number): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  const buffer: Promise<IteratorResult<T>>[] = [];
  let ended = false;
  const fill = (): void => {
    while (!ended && buffer.length < Math.max(1, ahead)) {
      const next = it.next();
      // An async generator queues next() calls itself, so several may be outstanding; their order is kept.
      next.then((r) => { if (r.done === true) ended = true; }, () => { ended = true; });
      buffer.push(next);
    }
  };
  try {
    for (;;) {
      fill();
      const head = buffer.shift();
      if (head === undefined) return;
      const r = await head;
      if (r.done === true) return;
      yield r.value;
    }
  } finally {
    await it.return?.();
  }
}
