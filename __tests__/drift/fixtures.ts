/** Small hand-made models for the pure drift tests. */
import { relKey } from '../../src/core/model/ids.js';
import {
  type Column,
  emptyModel,
  type Index,
  type SchemaModel,
  type Table,
  type View,
} from '../../src/core/model/types.js';

export function column(name: string, type: string, extra: Partial<Column> = {}): Column {
  return {
    name,
    position: 1,
    type,
    collation: null,
    notNull: false,
    default: null,
    identity: null,
    identitySequence: null,
    generated: null,
    grants: [],
    comment: null,
    ...extra,
  };
}

export function table(schema: string, name: string, columns: Column[], extra: Partial<Table> = {}): Table {
  return {
    schema,
    name,
    owner: 'postgres',
    comment: null,
    columns: Object.fromEntries(columns.map((c, i) => [c.name, { ...c, position: i + 1 }])),
    constraints: {},
    partitioning: null,
    partitionOf: null,
    inherits: [],
    unlogged: false,
    options: [],
    rowSecurity: false,
    forceRowSecurity: false,
    policies: {},
    triggers: {},
    grants: [],
    ...extra,
  };
}

export function index(schema: string, name: string, on: string, definition: string): Index {
  return {
    schema,
    name,
    table: on,
    definition,
    unique: false,
    method: 'btree',
    elements: [],
    include: [],
    predicate: null,
    nullsNotDistinct: false,
    constraint: null,
    parentIndex: null,
    valid: true,
    comment: null,
  };
}

export function view(schema: string, name: string, definition: string, fingerprint: string): View {
  return {
    schema,
    name,
    owner: 'postgres',
    comment: null,
    definition,
    definitionFingerprint: fingerprint,
    columns: [],
    options: [],
    columnComments: {},
    grants: [],
  };
}

export function model(parts: { tables?: Table[]; indexes?: Index[]; views?: View[] }): SchemaModel {
  const byKey = <T extends { schema: string; name: string }>(xs: T[] = []) =>
    Object.fromEntries(xs.map((x) => [relKey(x.schema, x.name), x]));
  return {
    ...emptyModel(150000),
    tables: byKey(parts.tables),
    indexes: byKey(parts.indexes),
    views: byKey(parts.views),
  };
}
