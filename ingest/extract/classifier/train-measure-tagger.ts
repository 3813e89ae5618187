// Trains and measures the measure tagger (measure-tagger-training.ts) on the corpus's dev part.
//   node cli/run-ts.mjs ingest/extract/classifier/train-measure-tagger.ts --cv        5-fold cross-validation by document
//                                                                                    on the dev part: with and without it
//   node cli/run-ts.mjs ingest/extract/classifier/train-measure-tagger.ts --heldout   trained on every dev document,
//                                                                                    scored on the held-out part: totals only
//   node cli/run-ts.mjs ingest/extract/classifier/train-measure-tagger.ts            writes measure-tagger-weights.json
import fs from 'node:fs';
import path from 'node:path';
import { crossValidate, heldOut, loadTaggerSplit, trainedTaggerWeights } from './measure-tagger-training.ts';
import { TAGGER_WEIGHTS_FILE } from './tagged-launches.ts';

const dev = await loadTaggerSplit('dev');
if (process.argv.includes('--cv')) crossValidate(dev);
else if (process.argv.includes('--heldout')) await heldOut(dev);
else {
  fs.writeFileSync(TAGGER_WEIGHTS_FILE, trainedTaggerWeights(dev));
  process.stdout.write(`wrote ${path.relative(process.cwd(), TAGGER_WEIGHTS_FILE)}\n`);
}
