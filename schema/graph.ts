// The contract between stages: what `kg extract` prints and what the graph writer takes.
// Types are inferred from these schemas; nothing else in the project redeclares them.
import { z } from 'zod';

export const ENTITY_TYPES = ['Region', 'Group', 'Unit', 'Measure'] as const;
export const RELATION_TYPES = ['LAUNCHED', 'SUPERVISES', 'ESTABLISHED', 'PART_OF'] as const;

export const EntityType = z.enum(ENTITY_TYPES);
export const RelationType = z.enum(RELATION_TYPES);

export const Document = z.object({
  id: z.string().min(1).describe('content hash of the file bytes'),
  path: z.string().min(1),
  title: z.string(),
  source: z.string().optional(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('ISO date; a citation date wins over a crawl header'),
  script: z.enum(['simplified', 'traditional']),
  encoding: z.string(),
  text: z.string().describe('the normalised (Simplified) text that evidence offsets point into'),
});

export const Evidence = z
  .object({
    docId: z.string().min(1),
    sentence: z.string().min(1).describe('the sentence, normalised; equals document.text.slice(start, end)'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    original: z.string().optional().describe('the same sentence as written in the file'),
    rule: z.string().min(1).describe('the extraction rule that read this relation in this sentence'),
  })
  .refine((e) => e.end > e.start, { message: 'evidence end must be after start' });

export const RegionInfo = z.object({
  code: z.string().optional().describe('GB/T 2260 division code, when a gazetteer knows the region'),
  level: z.enum(['province', 'prefecture', 'county', 'township', 'village', 'zone', 'group']).optional(),
});

export const Entity = z.object({
  id: z.string().min(1),
  type: EntityType,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  ...RegionInfo.shape,
  count: z.number().optional().describe('for a counted mention such as 驻昆24所高校'),
});

export const Relation = z.object({
  type: RelationType,
  source: z.string().min(1),
  target: z.string().min(1),
  count: z.number().optional(),
  rule: z.string().min(1).describe('the rule that first produced it (`gazetteer` for hierarchy edges with no sentence)'),
  evidence: z.array(Evidence),
});

export const KnowledgeGraph = z
  .object({
    documents: z.array(Document),
    entities: z.array(Entity),
    relations: z.array(Relation),
  })
  .superRefine((g, ctx) => {
    const ids = new Set(g.entities.map((e) => e.id));
    const docs = new Set(g.documents.map((d) => d.id));
    g.relations.forEach((r, i) => {
      for (const end of ['source', 'target'] as const) {
        if (!ids.has(r[end])) {
          ctx.addIssue({ code: 'custom', path: ['relations', i, end], message: `unknown entity id ${r[end]}` });
        }
      }
      r.evidence.forEach((e, j) => {
        if (!docs.has(e.docId)) {
          ctx.addIssue({ code: 'custom', path: ['relations', i, 'evidence', j], message: `unknown document ${e.docId}` });
        }
      });
    });
  });

export type EntityType = z.infer<typeof EntityType>;
export type RelationType = z.infer<typeof RelationType>;
export type Document = z.infer<typeof Document>;
export type Evidence = z.infer<typeof Evidence>;
export type Entity = z.infer<typeof Entity>;
export type Relation = z.infer<typeof Relation>;
export type KnowledgeGraph = z.infer<typeof KnowledgeGraph>;
