// How eagerly V8 collects garbage in the commands that stream a corpus.
import v8 from 'node:v8';

/**
 * `kg extract` and `kg ingest` stream: what survives a collection stays near 60 MiB however large the corpus, yet V8
 * by default lets the heap grow to several times that before it collects again, so peak RSS grew by about 250 MiB over
 * the segmenter's dictionaries with nothing live to show for it. Growing the heap by a tenth at a time keeps the
 * garbage small, for a few per cent of time (figures in the README, "Scale"). A GC heuristic, read at each
 * collection, so it takes effect when set here, after start-up; unlike a hard heap limit, a single large document
 * still gets the heap it needs.
 */
export function collectEagerly(percent = 10): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
