/**
 * Reads the repository's schemagate.yml (or the defaults when there is none) and applies the
 * overrides that belong to the edge: action inputs and SCHEMAGATE_MODE. Every configured path is
 * checked here, once, for every command and stage alike: one that resolves outside the
 * repository, or a configured directory that does not exist, is a configuration error naming the
 * key (exit 2), never a silent "nothing to compare".
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { AtlasHclResult } from '../core/config/atlasHcl.js';
import { defaultConfig } from '../core/config/defaults.js';
import type { Config } from '../core/config/index.js';
import { ConfigError, errorMessage } from '../core/errors.js';
import { gitTopLevel } from './gitTopLevel.js';
import { isSqlFile } from './sqlFiles.js';

export interface Project {
  /** Absolute path of the project (working directory). */
  readonly root: string;
  /** Absolute path of the repository that holds it (GITHUB_WORKSPACE, the git top level, else root). */
  readonly repoRoot: string;
  /** Path of the config file relative to root, or undefined when defaults are used. */
  readonly configFile: string | undefined;
  readonly config: Config;
  /** Absolute path of a config-relative path. */
  path(p: string): string;
  /** Path relative to root, for messages. */
  display(p: string): string;
  /** Absolute path of a path given by `key` (a config key or `input x`); an error when it leaves the repository. */
  inside(p: string, key: string): string;
  /** What the config source holds that schemagate did not read (atlas.hcl zero config). */
  readonly notes?: readonly string[];
}

export interface ProjectOptions {
  readonly root: string;
  /** Explicit config path; when given it must exist. The default (schemagate.yml) may be absent. */
  readonly config?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly mode?: string;
  /** The repository root; default: the git top level of root, else root itself. */
  readonly repoRoot?: string;
  /** Names the root in errors (e.g. `input working-directory`). */
  readonly rootKey?: string;
  /** Which env of atlas.hcl to read when there is no schemagate.yml (else SCHEMAGATE_ATLAS_ENV, `ci`, the only one). */
  readonly atlasEnv?: string;
}

export const DEFAULT_CONFIG_FILE = 'schemagate.yml';

/** Config keys that hold paths, with whether the directory must exist when the key is set. */
const PATH_KEYS: readonly { key: string; get: (c: Config) => string | undefined; dir: boolean }[] = [
  { key: 'schema', get: (c) => c.schema, dir: true },
  { key: 'migrations.dir', get: (c) => c.migrations.dir, dir: true },
  { key: 'drift.baseline', get: (c) => c.drift.baseline, dir: false },
  { key: 'drift.metrics', get: (c) => c.drift.metrics, dir: false },
  { key: 'audit.log', get: (c) => c.audit.log, dir: false },
];

/**
 * What reads a config source: schemagate.yml (YAML and the zod schema) and atlas.hcl. Passed in so
 * that this module loads neither: a project without a config file needs none of them.
 */
export interface ConfigReaders {
  parseConfig(text: string, file: string): Config;
  /** Which path keys the file itself sets (not filled in by a default). */
  keysSetIn(text: string): Set<string>;
  readAtlasHcl(root: string, env: string | undefined): AtlasHclResult | undefined;
}

/**
 * loadProject (project.ts) without loading the config readers unless the project has a config
 * file (schemagate.yml, the file given, or atlas.hcl): they are most of a lint's start-up.
 */
export async function loadProjectLazily(options: ProjectOptions): Promise<Project> {
  const root = resolve(options.root);
  const needed =
    isExplicit(options) || existsSync(configCandidate(root, options)) || existsSync(join(root, 'atlas.hcl'));
  return loadProjectWith(options, needed ? (await import('./projectConfig.js')).configReaders : undefined);
}

const isExplicit = (options: ProjectOptions): boolean =>
  options.config !== undefined && options.config !== '';

// One expression for both callers: the bundler's asset relocator rewrites a literal file name
// resolved against a path into a path inside the bundle, which is no longer the project's.
function configCandidate(root: string, options: ProjectOptions): string {
  return resolve(root, isExplicit(options) ? options.config! : DEFAULT_CONFIG_FILE);
}

/** Reads the project with `readers`; without them, a config source found is an internal error. */
export function loadProjectWith(options: ProjectOptions, readers: ConfigReaders | undefined): Project {
  const read = (): ConfigReaders => {
    if (!readers) throw new Error('internal: a config file was found but its readers were not loaded');
    return readers;
  };
  const root = resolve(options.root);
  const rootKey = options.rootKey ?? 'working directory';
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new ConfigError(rootKey, '', `directory not found: ${root}`);
  const repoRoot = resolve(options.repoRoot ?? gitTopLevel(root, options.env) ?? root);
  if (!within(repoRoot, root))
    throw new ConfigError(rootKey, '', `${root} is outside the repository ${repoRoot}`);

  const explicit = isExplicit(options);
  const candidate = configCandidate(root, options);
  let config: Config;
  let configFile: string | undefined;
  let setKeys = new Set<string>();
  if (explicit && !within(repoRoot, candidate))
    throw new ConfigError(options.config!, '', `config file resolves outside the repository (${repoRoot})`);
  let notes: readonly string[] | undefined;
  if (existsSync(candidate)) {
    configFile = relative(root, candidate) || candidate;
    let text: string;
    try {
      text = readFileSync(candidate, 'utf8');
    } catch (err) {
      throw new ConfigError(configFile, '', `cannot read the config file: ${errorMessage(err)}`);
    }
    config = read().parseConfig(text, configFile);
    setKeys = read().keysSetIn(text);
  } else if (explicit) {
    throw new ConfigError(options.config!, '', 'config file not found');
  } else {
    const atlas = existsSync(join(root, 'atlas.hcl'))
      ? read().readAtlasHcl(root, options.atlasEnv || options.env?.SCHEMAGATE_ATLAS_ENV || undefined)
      : undefined;
    // configFile stays undefined: it names a schemagate.yml (the promotion check reads its YAML).
    if (atlas) {
      notes = [`no schemagate.yml: read atlas.hcl, env "${atlas.env}"`, ...atlas.notes];
      // A migrations dir that atlas.hcl names must exist, as one written in schemagate.yml must.
      setKeys = new Set(['migrations.dir']);
    }
    config = atlas?.config ?? defaultConfig();
  }
  config = applyModeOverride(
    config,
    options.mode,
    options.env?.SCHEMAGATE_MODE,
    configFile ?? DEFAULT_CONFIG_FILE,
  );

  const path = (p: string) => (isAbsolute(p) ? p : resolve(root, p));
  const file = configFile ?? DEFAULT_CONFIG_FILE;
  const inside = (p: string, key: string) => {
    const abs = path(p);
    if (!within(repoRoot, abs)) {
      const [where, k] = key.startsWith('input ') ? ['input', key.slice(6)] : [file, key];
      throw new ConfigError(where, k, `${JSON.stringify(p)} resolves outside the repository (${repoRoot})`);
    }
    return abs;
  };
  for (const { key, get, dir } of PATH_KEYS) {
    const value = get(config);
    if (value === undefined) continue;
    const abs = inside(value, key);
    // A default migrations dir may be absent (a project with only a schema): the commands that
    // need it check it. One written in the file must exist.
    const schemaFile = key === 'schema' && isSqlFile(abs);
    if (dir && (key !== 'migrations.dir' || setKeys.has(key)) && !isDir(abs) && !schemaFile)
      throw new ConfigError(file, key, `directory not found: ${value}`);
  }

  return {
    root,
    repoRoot,
    configFile,
    config,
    path,
    display: (p) => (isAbsolute(p) ? relative(root, p) || '.' : p),
    inside,
    ...(notes && notes.length > 0 ? { notes } : {}),
  };
}

function within(parent: string, child: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/** Precedence: explicit input/flag, then SCHEMAGATE_MODE, then the file. */
function applyModeOverride(
  config: Config,
  input: string | undefined,
  env: string | undefined,
  file: string,
): Config {
  const chosen = input || env;
  if (!chosen) return config;
  if (chosen !== 'canary' && chosen !== 'strict') {
    const where = input ? 'input mode' : 'SCHEMAGATE_MODE';
    throw new ConfigError(
      file,
      'mode',
      `${where} must be "canary" or "strict", got ${JSON.stringify(chosen)}`,
    );
  }
  return { ...config, mode: chosen };
}
