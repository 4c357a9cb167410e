export { BOOKKEEPING_SCHEMAS, bookkeepingTableNames, withoutBookkeeping } from './bookkeeping.js';
export { type IntrospectOptions, introspect } from './introspect.js';
