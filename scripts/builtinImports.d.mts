/** Types of scripts/builtinImports.mjs, for its test. */
export function externalBuiltins(entryText: string): Map<string, string>;
export function rewriteBuiltinImports(
  text: string,
  builtins: Map<string, string>,
): { text: string; count: number };
export function remainingBuiltinImports(text: string, builtins: Map<string, string>): string[];
