// The read path's text and plan checks, without a database: what they refuse and what they let through.
import { describe, expect, it } from 'vitest';
import { checkPlan, checkQueryText, codeOnly, invokedNames, QueryRefused, type PlanNode } from '../../graph/read/query-guard.ts';

const refused = (query: string): string => {
  try {
    checkQueryText(query);
  } catch (e) {
    if (e instanceof QueryRefused) return e.message;
    throw e;
  }
  return 'allowed';
};

describe('checkQueryText', () => {
  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD CSV/],
    ["load  csv with headers from 'http://127.0.0.1/' as l return l", /LOAD CSV/],
    ["CALL apoc.cypher.run('MATCH (n) RETURN n', {}) YIELD value RETURN value", /apoc\.cypher\.run/],
    ["CALL `apoc`.`load`.`json`('file:///etc/passwd')", /apoc\.load\.json/],
    ['CALL apoc . export . csv . all("x.csv", {})', /apoc\.export\.csv\.all/],
    ["RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) RETURN count(n)', {}) AS c", /apoc\.cypher\.runFirstColumnSingle/],
    ["CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})", /apoc\.periodic\.iterate/],
    ['CALL dbms.listConfig()', /dbms\.listConfig/],
    ['CALL db.createLabel("X")', /db\.createLabel/],
    ['SHOW USERS', /SHOW is an administration command/],
    ['show settings yield name', /SHOW/],
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE/],
    ['USE system MATCH (n) RETURN n', /USE switches databases/],
    ['  // only a comment', /empty/],
  ])('refuses %s', (query, why) => {
    expect(refused(query)).toMatch(why);
  });

  it.each([
    'MATCH (r:Region)-[:LAUNCHED]->(m) RETURN r.name, m.name LIMIT 5',
    "MATCH (n) WHERE n.name = 'LOAD CSV FROM x' RETURN n // LOAD CSV in a string or comment is text",
    "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score RETURN node, score",
    'CALL db.labels() YIELD label RETURN label',
    "RETURN apoc.text.join(['a', 'b'], '-') AS x, date.truncate('month', date()) AS m, size([1]) AS s",
    'CALL { MATCH (d:Document) RETURN count(d) AS n } RETURN n',
    "MATCH (n:`Region`) WHERE n.`name` STARTS WITH '重庆' RETURN n",
  ])('lets %s through', (query) => {
    expect(refused(query)).toBe('allowed');
  });

  it('blanks strings and comments but keeps backticked names readable', () => {
    expect(codeOnly("RETURN 'a\\'b' /* x */ AS `my col`")).toBe('RETURN ' + ' '.repeat(6) + ' ' + ' '.repeat(7) + ' AS my_col');
    expect(invokedNames(codeOnly('CALL `apoc`.`cypher`.run("x")'))).toEqual(['apoc.cypher.run']);
  });
});

describe('checkPlan', () => {
  const plan = (operatorType: string, details?: string, children: PlanNode[] = []): PlanNode => ({
    operatorType,
    arguments: details === undefined ? {} : { Details: details },
    children,
  });

  it('refuses any query type but read', () => {
    expect(() => checkPlan('rw', plan('ProduceResults@neo4j'))).toThrow(/writes \(query type "rw"\)/);
    expect(() => checkPlan('w', plan('SetProperty@neo4j'))).toThrow(/writes/);
    expect(() => checkPlan('s', plan('CreateIndex@neo4j'))).toThrow(/schema/);
  });

  it('refuses operators that are not graph reads, deep in the plan', () => {
    expect(() => checkPlan('r', plan('ProduceResults@neo4j', 'l', [plan('LoadCSV@neo4j', 'l')]))).toThrow(/LoadCSV/);
    expect(() => checkPlan('r', plan('ProduceResults@neo4j', 'x', [plan('TerminateTransactions@neo4j')]))).toThrow(/TerminateTransactions/);
    expect(() => checkPlan('r', plan('ShowSettings@neo4j'))).toThrow(/ShowSettings/);
  });

  it('checks procedures and functions as the planner names them', () => {
    expect(() => checkPlan('r', plan('ProcedureCall@neo4j', 'apoc.load.json($x) :: (value :: MAP)'))).toThrow(/apoc\.load\.json/);
    expect(() => checkPlan('r', plan('Projection@neo4j', 'apoc.cypher.runFirstColumnMany($q, $p) AS x'))).toThrow(/apoc\.cypher/);
    expect(() => checkPlan('r', plan('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)'))).not.toThrow();
    expect(() => checkPlan('r', plan('Projection@neo4j', 'apoc.text.join($l, $s) AS x, date.truncate($a, date()) AS y'))).not.toThrow();
  });
});
