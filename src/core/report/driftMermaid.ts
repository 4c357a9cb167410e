/**
 * A Mermaid ER diagram (erDiagram) of the tables that differ, with their columns and the foreign
 * keys between them. Mermaid accepts a narrow set of characters in entity ids and attribute
 * types, so ids are sanitised and the real (qualified) name is shown as the entity's alias label.
 */
import type { Difference } from '../drift/types.js';
import type { SchemaModel, Table } from '../model/types.js';

const MAX_TABLES = 30;

const token = (s: string) => s.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'x';
const label = (s: string) => s.replace(/["\n\r]/g, "'");

export function renderDriftErDiagram(
  diffs: readonly Difference[],
  models: readonly SchemaModel[],
): string | null {
  const tables = new Map<string, Table>();
  const marks = new Map<string, Map<string, string>>();
  for (const d of diffs) {
    if (d.table === null) continue;
    const found = models.map((m) => m.tables[d.table!]).filter((x): x is Table => x !== undefined);
    if (found.length === 0) continue;
    // Columns and keys from every state, so an extra column shows up next to the reference ones.
    tables.set(d.table, {
      ...found[0],
      columns: Object.assign({}, ...[...found].reverse().map((t) => t.columns)),
      constraints: Object.assign({}, ...[...found].reverse().map((t) => t.constraints)),
    });
    if (d.kind === 'column') {
      const col = d.object
        .slice(d.table.length + 1)
        .replace(/^"|"$/g, '')
        .replace(/""/g, '"');
      const m = marks.get(d.table) ?? new Map<string, string>();
      m.set(col, d.change);
      marks.set(d.table, m);
    } else if (d.kind === 'table') {
      const m = marks.get(d.table) ?? new Map<string, string>();
      m.set('', d.change);
      marks.set(d.table, m);
    }
  }
  if (tables.size === 0) return null;
  const keys = [...tables.keys()].sort().slice(0, MAX_TABLES);
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const k of keys) {
    let id = token(k);
    for (let i = 2; used.has(id); i++) id = `${token(k)}_${i}`;
    used.add(id);
    ids.set(k, id);
  }
  const lines = ['erDiagram'];
  for (const k of keys) {
    const t = tables.get(k)!;
    const tableMark = marks.get(k)?.get('');
    const pk = new Set(
      Object.values(t.constraints)
        .filter((c) => c.type === 'primaryKey')
        .flatMap((c) => c.columns),
    );
    const fk = new Set(
      Object.values(t.constraints)
        .filter((c) => c.type === 'foreignKey')
        .flatMap((c) => c.columns),
    );
    const uk = new Set(
      Object.values(t.constraints)
        .filter((c) => c.type === 'unique')
        .flatMap((c) => c.columns),
    );
    lines.push(`  ${ids.get(k)}["${label(k)}${tableMark ? ` (${tableMark})` : ''}"] {`);
    const cols = Object.values(t.columns).sort(
      (a, b) => a.position - b.position || (a.name < b.name ? -1 : 1),
    );
    for (const c of cols) {
      const keysOf = [pk.has(c.name) && 'PK', fk.has(c.name) && 'FK', uk.has(c.name) && 'UK']
        .filter(Boolean)
        .join(', ');
      const mark = marks.get(k)?.get(c.name);
      lines.push(
        `    ${token(c.type)} ${token(c.name)}${keysOf ? ` ${keysOf}` : ''}${mark ? ` "${mark}"` : ''}`,
      );
    }
    lines.push('  }');
  }
  for (const k of keys) {
    for (const c of Object.values(tables.get(k)!.constraints)) {
      const target = c.foreignKey?.referencedTable;
      if (c.type !== 'foreignKey' || !target || !ids.has(target)) continue;
      lines.push(`  ${ids.get(k)} }o--|| ${ids.get(target)} : "${label(c.name)}"`);
    }
  }
  return lines.join('\n');
}
