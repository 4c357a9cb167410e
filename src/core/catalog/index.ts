export {
  BOOKKEEPING_SCHEMAS,
  bookkeepingTableNames,
  ignoredKinds,
  withoutBookkeeping,
} from './bookkeeping.js';
export { type IntrospectOptions, introspect } from './introspect.js';
