// Questions users of the reports corpus ask, as parameterised Cypher for `kg cypher` or Neo4j Browser.
//
// What `kg ingest` writes (graph/write/load-graph.ts):
//   (:Document {id, contentHash, path, title, source, publishedAt: date, script, encoding, text})
//   (:Entity:Region {id, name, aliases, code, level})   also :Group, :Unit, :Measure; `count` for counted
//                                                        mentions such as 驻昆24所高校
//   (a)-[:LAUNCHED|SUPERVISES|ESTABLISHED|PART_OF {key, rule, count}]->(b)
//   (:Evidence {relKey, relType, sentence, start, end, original, rule, docId})-[:IN]->(:Document)
//   (:Document)-[:MENTIONS]->(:Entity)
//   (:Document)-[:SUPPORTS]->(:Entity)            the reports that support an entity
//   (:Document)-[:SUPPORTS_EDGE {key}]->(a)       the reports that support the edge with that key (a: its source)
// An edge's evidence sentences are the Evidence nodes whose relKey equals the edge's key (indexed).
// Region PART_OF Region is complete up to the province, so `(r)-[:PART_OF*0..]->(p)` rolls anything up to p.
// Full-text indexes (analyzer `cjk`, Han text as bigrams): entity_names over name + aliases, evidence_sentences.
//
// Each query below: `// name:` (an id the tests use), `// Q:` the question, `// params:` example parameters as
// JSON (pass each with `kg cypher "<query>" --param region=四川省`), then the query, ending with `;`.
// Names match the canonical name or any alias, so 黔南州 finds 黔南布依族苗族自治州.

// name: measures-in-region
// Q: Which measures were launched anywhere in 四川省 (the province, its cities, counties, towns)?
// params: {"region": "四川省"}
MATCH (top:Region) WHERE top.name = $region OR $region IN top.aliases
MATCH (r:Region)-[:PART_OF*0..]->(top)
MATCH (r)-[l:LAUNCHED]->(m:Measure)
RETURN DISTINCT r.name AS region, m.name AS measure, COUNT { (:Document)-[:SUPPORTS_EDGE {key: l.key}]->(r) } AS reports
ORDER BY region, measure;

// name: measures-per-province
// Q: How many measures did each province launch, counting everything launched inside it?
// params: {}
MATCH (p:Region) WHERE NOT (p)-[:PART_OF]->(:Region)
MATCH (r:Region)-[:PART_OF*0..]->(p)
MATCH (r)-[:LAUNCHED]->(m:Measure)
RETURN p.name AS province, count(DISTINCT m) AS measures, count(DISTINCT r) AS launchingRegions
ORDER BY measures DESC, province;

// name: groups-and-what-they-supervise
// Q: Which supervision groups are there, who set them up, and what do they supervise?
// params: {}
MATCH (g:Group)-[:SUPERVISES]->(x:Entity)
OPTIONAL MATCH (founder:Entity)-[:ESTABLISHED]->(g)
RETURN g.name AS group, collect(DISTINCT founder.name) AS establishedBy, collect(DISTINCT x.name) AS supervises
ORDER BY group;

// name: regions-with-special-campaign
// Q: Which regions launched a 专项整治 (special campaign), and which ones?
// params: {"keyword": "专项整治"}
MATCH (r:Region)-[:LAUNCHED]->(m:Measure)
WHERE m.name CONTAINS $keyword
RETURN r.name AS region, collect(DISTINCT m.name) AS campaigns
ORDER BY region;

// name: evidence-of-edge
// Q: On what sentences, in which reports, and by which rule does the graph say that 兴文县 launched 14个流动课堂?
// params: {"type": "LAUNCHED", "source": "兴文县", "target": "14个流动课堂"}
MATCH (s:Entity)-[r]->(t:Entity)
WHERE type(r) = $type
  AND (s.name = $source OR $source IN s.aliases)
  AND (t.name = $target OR $target IN t.aliases)
MATCH (e:Evidence {relKey: r.key})-[:IN]->(d:Document)
RETURN e.sentence AS sentence, e.rule AS rule, e.start AS start, e.end AS end,
       d.title AS report, d.path AS path, d.publishedAt AS published
ORDER BY published, path, start;

// name: groups-formed-summed
// Q: How many groups did each region or body set up, with the numbers summed across reports?
// params: {}
MATCH (founder:Entity)-[e:ESTABLISHED]->(g:Group)
WHERE e.count IS NOT NULL
RETURN founder.name AS founder, sum(e.count) AS groupsFormed, collect(DISTINCT g.name) AS groups
ORDER BY groupsFormed DESC, founder;

// name: supervised-summed
// Q: How many units or places did each group supervise, summing counted mentions such as 驻昆24所高校?
// params: {}
MATCH (g:Group)-[s:SUPERVISES]->(x:Entity)
RETURN g.name AS group, sum(coalesce(s.count, x.count, 1)) AS supervised, count(x) AS targets
ORDER BY supervised DESC, group;

// name: shortest-path
// Q: How is 驻昆24所高校 connected to 云南省?
// params: {"from": "驻昆24所高校", "to": "云南省"}
MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE (b.name = $to OR $to IN b.aliases) AND a <> b
MATCH p = shortestPath((a)-[:LAUNCHED|SUPERVISES|ESTABLISHED|PART_OF*..10]-(b))
RETURN [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS relations, length(p) AS hops
ORDER BY hops
LIMIT 1;

// name: search-names
// Q: Which regions, groups, units or measures have 黔南 in their name or aliases (full-text, CJK analyzer)?
// params: {"text": "黔南"}
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN node.name AS name, node.type AS type, node.aliases AS aliases, score
ORDER BY score DESC, name
LIMIT 20;

// name: search-sentences
// Q: Which sentences in the reports talk about 流动课堂 (full-text, CJK analyzer)?
// params: {"text": "流动课堂"}
CALL db.index.fulltext.queryNodes('evidence_sentences', $text) YIELD node, score
MATCH (node)-[:IN]->(d:Document)
RETURN DISTINCT node.sentence AS sentence, d.title AS report, score
ORDER BY score DESC, sentence
LIMIT 20;

// name: documents-mentioning-region
// Q: Which reports mention 重庆市 or any place inside it?
// params: {"region": "重庆市"}
MATCH (top:Region) WHERE top.name = $region OR $region IN top.aliases
MATCH (r:Region)-[:PART_OF*0..]->(top)
MATCH (d:Document)-[:MENTIONS]->(r)
RETURN d.title AS report, d.path AS path, d.publishedAt AS published, collect(DISTINCT r.name) AS places
ORDER BY published, path;

// name: region-chain
// Q: Which city and province is 兴文县 in?
// params: {"region": "兴文县"}
MATCH (r:Region) WHERE r.name = $region OR $region IN r.aliases
MATCH p = (r)-[:PART_OF*0..]->(top:Region)
WHERE NOT (top)-[:PART_OF]->(:Region)
RETURN [n IN nodes(p) | n.name] AS chain
ORDER BY size(chain) DESC
LIMIT 1;

// name: supervised-by-region-groups
// Q: What did the groups that 云南省 set up supervise?
// params: {"region": "云南省"}
MATCH (r:Region)-[:ESTABLISHED]->(g:Group)-[s:SUPERVISES]->(x:Entity)
WHERE r.name = $region OR $region IN r.aliases
RETURN g.name AS group, x.name AS supervised, x.type AS type, coalesce(s.count, x.count) AS count
ORDER BY group, supervised;

// name: most-active-regions
// Q: Which regions launched the most measures themselves, and in how many reports?
// params: {"limit": 10}
MATCH (r:Region)-[l:LAUNCHED]->(m:Measure)
MATCH (doc:Document)-[:SUPPORTS_EDGE {key: l.key}]->(r)
WITH r, count(DISTINCT m) AS measures, count(DISTINCT doc) AS reports
RETURN r.name AS region, measures, reports
ORDER BY measures DESC, region
LIMIT $limit;

// name: facts-of-a-report
// Q: What does one report say? Every fact read from it, with its sentence, in reading order.
// params: {"report": "000_"}
MATCH (d:Document) WHERE d.path CONTAINS $report OR d.title CONTAINS $report
MATCH (e:Evidence)-[:IN]->(d)
MATCH (s:Entity {id: e.source})
MATCH (t:Entity {id: e.target})
RETURN d.path AS path, e.start AS start, e.relType AS relation, s.name AS source, t.name AS target,
       e.rule AS rule, e.sentence AS sentence
ORDER BY path, start, relation, source, target;

// name: measures-by-month
// Q: When were measures reported? Measures launched per month of publication.
// params: {}
MATCH (:Entity)-[l:LAUNCHED]->(m:Measure)
MATCH (e:Evidence {relKey: l.key})-[:IN]->(d:Document)
WHERE d.publishedAt IS NOT NULL
RETURN d.publishedAt.year AS year, d.publishedAt.month AS month, count(DISTINCT m) AS measures
ORDER BY year, month;
