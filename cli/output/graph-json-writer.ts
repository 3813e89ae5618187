// Writes one KnowledgeGraph JSON object piece by piece, byte for byte what JSON.stringify(graph, null, indent?) gives
// for the whole object: documents as they are extracted, entities and relations at the end. No string the size of
// the output is ever built (V8 caps a string near 512 M characters).
export interface Sink {
  write(text: string): Promise<void>;
}

type Section = 'documents' | 'entities' | 'relations';
const SECTIONS: readonly Section[] = ['documents', 'entities', 'relations'];

export class GraphJsonWriter {
  private section = -1;
  private items = 0;

  constructor(
    private readonly out: Sink,
    private readonly pretty: boolean,
  ) {}

  /** Items must come section by section, in the order documents, entities, relations. */
  async item(section: Section, value: unknown): Promise<void> {
    await this.enter(SECTIONS.indexOf(section));
    const json = this.pretty ? JSON.stringify(value, null, 2).replace(/^/gm, '    ') : JSON.stringify(value);
    const sep = this.items === 0 ? (this.pretty ? '\n' : '') : this.pretty ? ',\n' : ',';
    this.items++;
    await this.out.write(sep + json);
  }

  async end(): Promise<void> {
    await this.enter(SECTIONS.length);
    await this.out.write(this.pretty ? '\n}\n' : '}\n');
  }

  private async enter(index: number): Promise<void> {
    while (this.section < index) {
      if (this.section >= 0) await this.out.write(this.items === 0 ? ']' : this.pretty ? '\n  ]' : ']');
      this.section++;
      this.items = 0;
      const name = SECTIONS[this.section];
      if (name === undefined) return;
      const open = this.section === 0 ? (this.pretty ? '{\n  ' : '{') : this.pretty ? ',\n  ' : ',';
      await this.out.write(`${open}"${name}":${this.pretty ? ' ' : ''}[`);
    }
  }
}

/** stdout (or any stream) with back-pressure honoured, so a slow reader does not make the writer buffer the output. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return {
    write: (text) =>
      new Promise((resolve, reject) => {
        const ok = stream.write(text, (err) => (err ? reject(err) : undefined));
        if (ok) resolve();
        else stream.once('drain', () => resolve());
      }),
  };
}
