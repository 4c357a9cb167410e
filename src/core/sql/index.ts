export { fingerprint, loadSqlParser } from './parser.js';
export { qualified, quoteIdent, quoteIdentAlways, quoteLiteral, quoteNullableLiteral } from './quote.js';
export { decodeSqlText } from './sourceText.js';
export type { Directive, ParseOptions, SqlFile, SqlStatement } from './statements.js';
export { parseSqlFile } from './statements.js';
export { TextPosition } from './textPosition.js';
export {
  isPlainBegin,
  isPlainCommit,
  splitTransactionWrapper,
  type TransactionControlUse,
  transactionControlKind,
} from './transactionControl.js';
