/**
 * Compares two schema models into drift differences. Equality is derived from the model itself
 * (canonical JSON of each object), minus what differs between environments without being drift:
 * owners and grants (roles differ per database) and column positions (order is not a difference).
 */
import { relKey } from '../model/ids.js';
import { stableStringify } from '../model/normalize.js';
import type { DefaultPrivilege, ObjectKind, SchemaModel, Table } from '../model/types.js';
import { qualified, quoteIdent } from '../sql/quote.js';
import {
  type Compatibility,
  columnCompatibility,
  defaultCompatibility,
  enumCompatibility,
} from './compatibility.js';
import { byteOrder } from './order.js';
import {
  renderColumn,
  renderComposite,
  renderConstraint,
  renderDefaultPrivilege,
  renderDomain,
  renderEnum,
  renderExtension,
  renderIndex,
  renderPolicy,
  renderPublication,
  renderRoutine,
  renderSchema,
  renderSequence,
  renderTable,
  renderTableProperties,
  renderTrigger,
  renderView,
} from './render.js';
import type { Difference, DriftChange } from './types.js';

/** Properties never compared: they name roles of one environment, or order that carries no meaning. */
const NOT_COMPARED = new Set(['owner', 'grants', 'position', 'serverVersion']);
/** View text differs between server versions for the same view (15 vs 16+): compare the fingerprint. */
const VIEW_TEXT = new Set(['definition']);
/** A table's own properties; its members are compared one by one. */
const TABLE_MEMBERS = new Set(['columns', 'constraints', 'policies', 'triggers']);

function projection(obj: object, skip: ReadonlySet<string> = new Set()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (NOT_COMPARED.has(k) || skip.has(k)) continue;
    out[k] = stableStringify(v);
  }
  return out;
}

/** Names of the properties whose values differ; empty when the objects are equal. */
export function changedFields(a: object, b: object, skip?: ReadonlySet<string>): string[] {
  const pa = projection(a, skip);
  const pb = projection(b, skip);
  const keys = new Set([...Object.keys(pa), ...Object.keys(pb)]);
  return [...keys].filter((k) => pa[k] !== pb[k]).sort(byteOrder);
}

interface Members<T> {
  readonly kind: ObjectKind;
  readonly left: Readonly<Record<string, T>>;
  readonly right: Readonly<Record<string, T>>;
  /** Grouping table key of an entry. */
  table(key: string, obj: T): string | null;
  /** Display name of an entry. */
  object(key: string, obj: T): string;
  render(obj: T): string;
  skip?: ReadonlySet<string>;
  /** The compatibility class (default: by kind and change, see compatibility.ts). */
  classify?(
    change: DriftChange,
    l: T | undefined,
    r: T | undefined,
    fields: readonly string[],
  ): Compatibility;
}

function compareMembers<T extends object>(m: Members<T>, out: Difference[]): void {
  const keys = new Set([...Object.keys(m.left), ...Object.keys(m.right)]);
  for (const key of [...keys].sort(byteOrder)) {
    const l = m.left[key];
    const r = m.right[key];
    const any = (l ?? r) as T;
    const base = { kind: m.kind, table: m.table(key, any), object: m.object(key, any), critical: false };
    const cls = (change: DriftChange, fields: readonly string[]) =>
      m.classify ? m.classify(change, l, r, fields) : defaultCompatibility(m.kind, change, fields);
    if (l === undefined)
      out.push({
        ...base,
        change: 'extra',
        left: null,
        right: m.render(r),
        fields: [],
        compatibility: cls('extra', []),
      });
    else if (r === undefined)
      out.push({
        ...base,
        change: 'missing',
        left: m.render(l),
        right: null,
        fields: [],
        compatibility: cls('missing', []),
      });
    else {
      const fields = changedFields(l, r, m.skip);
      if (fields.length > 0)
        out.push({
          ...base,
          change: 'changed',
          left: m.render(l),
          right: m.render(r),
          fields,
          compatibility: cls('changed', fields),
        });
    }
  }
}

const self = (key: string) => key;

function compareTable(key: string, l: Table, r: Table, out: Difference[]): void {
  const fields = changedFields(l, r, TABLE_MEMBERS);
  if (fields.length > 0) {
    out.push({
      kind: 'table',
      table: key,
      object: key,
      change: 'changed',
      left: renderTableProperties(l),
      right: renderTableProperties(r),
      fields,
      critical: false,
      compatibility: defaultCompatibility('table', 'changed', fields),
    });
  }
  const member = (name: string) => `${key}.${quoteIdent(name)}`;
  compareMembers(
    {
      kind: 'column',
      left: l.columns,
      right: r.columns,
      table: () => key,
      object: member,
      render: renderColumn,
      classify: columnCompatibility,
    },
    out,
  );
  compareMembers(
    {
      kind: 'constraint',
      left: l.constraints,
      right: r.constraints,
      table: () => key,
      object: member,
      render: renderConstraint,
    },
    out,
  );
  compareMembers(
    {
      kind: 'policy',
      left: l.policies,
      right: r.policies,
      table: () => key,
      object: member,
      render: renderPolicy,
    },
    out,
  );
  compareMembers(
    {
      kind: 'trigger',
      left: l.triggers,
      right: r.triggers,
      table: () => key,
      object: member,
      render: renderTrigger,
    },
    out,
  );
}

/**
 * Every difference between `left` (the reference) and `right`, sorted by table, then object, so
 * the same two models always give the same list.
 */
export function compareModels(left: SchemaModel, right: SchemaModel): Difference[] {
  const out: Difference[] = [];
  compareMembers(
    {
      kind: 'schema',
      left: left.schemas,
      right: right.schemas,
      table: () => null,
      object: self,
      render: renderSchema,
    },
    out,
  );
  compareMembers(
    {
      kind: 'extension',
      left: left.extensions,
      right: right.extensions,
      table: () => null,
      object: self,
      render: renderExtension,
    },
    out,
  );
  compareMembers(
    {
      kind: 'enum',
      left: left.enums,
      right: right.enums,
      table: () => null,
      object: self,
      render: renderEnum,
      classify: enumCompatibility,
    },
    out,
  );
  compareMembers(
    {
      kind: 'domain',
      left: left.domains,
      right: right.domains,
      table: () => null,
      object: self,
      render: renderDomain,
    },
    out,
  );
  compareMembers(
    {
      kind: 'composite',
      left: left.composites,
      right: right.composites,
      table: () => null,
      object: self,
      render: renderComposite,
    },
    out,
  );
  compareMembers(
    {
      kind: 'sequence',
      left: left.sequences,
      right: right.sequences,
      table: (k, s) => s.ownedBy?.table ?? k,
      object: self,
      render: renderSequence,
    },
    out,
  );
  const tableKeys = new Set([...Object.keys(left.tables), ...Object.keys(right.tables)]);
  for (const key of [...tableKeys].sort(byteOrder)) {
    const l = left.tables[key];
    const r = right.tables[key];
    const base = { kind: 'table' as const, table: key, object: key, fields: [], critical: false };
    if (l === undefined)
      out.push({ ...base, change: 'extra', left: null, right: renderTable(r), compatibility: 'compatible' });
    else if (r === undefined)
      out.push({ ...base, change: 'missing', left: renderTable(l), right: null, compatibility: 'breaking' });
    else compareTable(key, l, r, out);
  }
  compareMembers(
    {
      kind: 'index',
      left: ownIndexes(left),
      right: ownIndexes(right),
      table: (_k, i) => i.table,
      object: self,
      render: renderIndex,
    },
    out,
  );
  compareMembers(
    {
      kind: 'view',
      left: left.views,
      right: right.views,
      table: self,
      object: self,
      render: renderView,
      skip: VIEW_TEXT,
    },
    out,
  );
  compareMembers(
    {
      kind: 'materializedView',
      left: left.materializedViews,
      right: right.materializedViews,
      table: self,
      object: self,
      render: renderView,
      skip: VIEW_TEXT,
    },
    out,
  );
  const routineKind = (m: SchemaModel, k: string) => m.routines[k]?.kind;
  compareMembers(
    {
      kind: 'function',
      left: left.routines,
      right: right.routines,
      table: () => null,
      object: self,
      render: renderRoutine,
    },
    out,
  );
  // A procedure is reported as such; the routine map holds both kinds.
  for (let i = 0; i < out.length; i++) {
    const d = out[i];
    if (
      d.kind === 'function' &&
      (routineKind(left, d.object) ?? routineKind(right, d.object)) === 'procedure'
    ) {
      out[i] = { ...d, kind: 'procedure' };
    }
  }
  compareMembers(
    {
      kind: 'publication',
      left: left.publications ?? {},
      right: right.publications ?? {},
      table: () => null,
      object: self,
      render: renderPublication,
    },
    out,
  );
  compareMembers(
    {
      kind: 'defaultPrivilege',
      left: privilegeEntries(left),
      right: privilegeEntries(right),
      table: () => null,
      object: self,
      render: (e) => renderDefaultPrivilege(e.entry),
      skip: ENTRY,
    },
    out,
  );
  compareUnsupported(left, right, out);
  return sortDifferences(out);
}

/**
 * Default privileges are nothing but grants, which the comparison otherwise skips (roles differ
 * per environment): an entry is compared by its privileges under field names of their own.
 */
function privilegeEntries(m: SchemaModel): Record<
  string,
  {
    entry: DefaultPrivilege;
    privileges: DefaultPrivilege['grants'];
    revokedDefaults: DefaultPrivilege['revoked'];
  }
> {
  return Object.fromEntries(
    Object.entries(m.defaultPrivileges ?? {}).map(([k, d]) => [
      k,
      { entry: d, privileges: d.grants, revokedDefaults: d.revoked },
    ]),
  );
}

const ENTRY = new Set(['entry']);

/** Indexes of their own: one backing a PK/UNIQUE/EXCLUDE constraint is reported through the constraint. */
function ownIndexes(m: SchemaModel): Record<string, SchemaModel['indexes'][string]> {
  return Object.fromEntries(Object.entries(m.indexes).filter(([, i]) => i.constraint === null));
}

function compareUnsupported(left: SchemaModel, right: SchemaModel, out: Difference[]): void {
  const describe = (u: SchemaModel['unsupported'][number]) =>
    u.id.schema === null
      ? quoteIdent(u.id.name)
      : u.id.table
        ? `${relKey(u.id.schema, u.id.table)}.${quoteIdent(u.id.name)}`
        : qualified(u.id.schema, u.id.name);
  const index = (m: SchemaModel) =>
    new Map(m.unsupported.map((u) => [`${u.id.kind} ${describe(u)}${u.id.args ? `(${u.id.args})` : ''}`, u]));
  const l = index(left);
  const r = index(right);
  for (const [key, u] of l) {
    if (r.has(key)) continue;
    out.push({
      kind: u.id.kind,
      table: tableOf(u.id),
      object: describe(u),
      change: 'missing',
      left: `${key} (${u.reason})`,
      right: null,
      fields: [],
      critical: false,
      compatibility: 'breaking',
    });
  }
  for (const [key, u] of r) {
    if (l.has(key)) continue;
    out.push({
      kind: u.id.kind,
      table: tableOf(u.id),
      object: describe(u),
      change: 'extra',
      left: null,
      right: `${key} (${u.reason})`,
      fields: [],
      critical: false,
      compatibility: defaultCompatibility(u.id.kind, 'extra', []),
    });
  }
}

function tableOf(id: { schema: string | null; table: string | null }): string | null {
  return id.schema !== null && id.table !== null ? relKey(id.schema, id.table) : null;
}

const KIND_ORDER: readonly string[] = [
  'schema',
  'extension',
  'enum',
  'domain',
  'composite',
  'sequence',
  'table',
  'column',
  'constraint',
  'index',
  'policy',
  'trigger',
  'view',
  'materializedView',
  'function',
  'procedure',
  'publication',
  'defaultPrivilege',
];

export function sortDifferences(diffs: Difference[]): Difference[] {
  const rank = (k: string) => {
    const i = KIND_ORDER.indexOf(k);
    return i < 0 ? KIND_ORDER.length : i;
  };
  return diffs.sort(
    (a, b) =>
      byteOrder(a.table ?? '\uffff', b.table ?? '\uffff') ||
      rank(a.kind) - rank(b.kind) ||
      byteOrder(a.object, b.object) ||
      byteOrder(a.change, b.change),
  );
}
