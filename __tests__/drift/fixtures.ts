/** Small hand-made models for the pure drift tests. */

import { relKey } from '../../src/core/model/ids.js';
import {
  emptyModel,
  type Index,
  type SchemaModel,
  type Table,
  type View,
} from '../../src/core/model/types.js';
import { column, table } from '../helpers/modelBuilders.js';

export { column, table };

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
