// Starts the tests' own Neo4j once per run (unless a test target is named or a container runtime serves one) and
// stops it afterwards when this run started it; an instance that was already up is left running.
import { localNeo4jStatus, stopLocalNeo4j } from '../graph/db/local-neo4j.ts';
import { containerRuntime, startTestNeo4j, testNeo4jOptions, testTargetFromEnv } from './graph/neo4j-setup.ts';

export default async function setup(): Promise<() => Promise<void>> {
  if (testTargetFromEnv() !== null || containerRuntime()) return async () => undefined;
  const wasRunning = (await localNeo4jStatus(testNeo4jOptions())).running;
  await startTestNeo4j();
  return async () => {
    if (!wasRunning) await stopLocalNeo4j(testNeo4jOptions());
  };
}
