// Entry of an extraction worker thread: the sources are TypeScript run through tsx (no build step), and a worker
// does not inherit the parent's loader hooks, so it registers tsx itself before loading the worker module.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
