// Trains and measures the LAUNCHED candidate classifier (launched-training.ts) on the corpus's dev part.
//   node cli/run-ts.mjs ingest/extract/classifier/train-launched.ts --cv        5-fold cross-validation by document
//                                                                              on the dev part: rules vs rules ∪ classifier
//   node cli/run-ts.mjs ingest/extract/classifier/train-launched.ts --heldout   trained on every dev document, scored
//                                                                              on the held-out part: totals only, no errors
//   node cli/run-ts.mjs ingest/extract/classifier/train-launched.ts --list      out-of-fold errors on the dev part
//   node cli/run-ts.mjs ingest/extract/classifier/train-launched.ts            writes launched-weights.json
import fs from 'node:fs';
import path from 'node:path';
import { WEIGHTS_FILE } from './launched-filter.ts';
import { crossValidate, heldOut, listErrors, loadSplit, trainedWeights } from './launched-training.ts';

const dev = await loadSplit('dev');
if (process.argv.includes('--cv')) crossValidate(dev);
else if (process.argv.includes('--list')) listErrors(dev);
else if (process.argv.includes('--heldout')) await heldOut(dev);
else {
  fs.writeFileSync(WEIGHTS_FILE, trainedWeights(dev));
  process.stdout.write(`wrote ${path.relative(process.cwd(), WEIGHTS_FILE)}\n`);
}
