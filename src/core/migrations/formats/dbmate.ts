/**
 * dbmate: one file per migration, `<digits>_<name>.sql`, with `-- migrate:up` and
 * `-- migrate:down` sections; `transaction:false` on a marker line runs that section outside a
 * transaction. Files apply in name order, as dbmate applies them.
 */
import {
  assertUniqueVersions,
  compareBytes,
  fileSafeName,
  joinPath,
  sha256Hex,
  timestampVersion,
} from '../common.js';
import { MigrationDirError } from '../errors.js';
import type { FormatReader, Migration, MigrationDirFile, MigrationPart } from '../types.js';

const FILE = /^(\d+)(?:_(.*))?\.sql$/;
const MARKER = /^--\s*migrate:(up|down)\b(.*)$/;

export const DBMATE_UP = /^--\s*migrate:up\b/m;

interface Section {
  readonly part: MigrationPart;
  readonly transactional: boolean;
}

/**
 * Finds the marker lines by searching for `--` at line starts only (a file of hundreds of
 * megabytes is not split into lines), and cuts the sections as `lines.slice().join('\n')` would.
 */
function splitSections(dir: string, f: MigrationDirFile): { up?: Section; down?: Section } {
  const text = f.content;
  const marks: { kind: 'up' | 'down'; line: number; start: number; next: number; options: string }[] = [];
  let line = 0;
  let counted = 0;
  for (let at = text.indexOf('--'); at >= 0; at = text.indexOf('--', at + 2)) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    if (start !== at) continue;
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const m = MARKER.exec(text.slice(at, end).replace(/\r$/, ''));
    if (m) {
      for (let k = text.indexOf('\n', counted); k >= 0 && k < at; k = text.indexOf('\n', k + 1)) line++;
      counted = at;
      marks.push({
        kind: m[1] as 'up' | 'down',
        line,
        start,
        next: nl < 0 ? text.length + 1 : nl + 1,
        options: m[2],
      });
    }
    at = end - 1;
  }
  const out: { up?: Section; down?: Section } = {};
  marks.forEach((mark, k) => {
    if (out[mark.kind]) {
      throw new MigrationDirError(
        [`${joinPath(dir, f.name)}:${mark.line + 1}`],
        `second -- migrate:${mark.kind} section`,
      );
    }
    const end = k + 1 < marks.length ? marks[k + 1].start - 1 : text.length;
    out[mark.kind] = {
      part: {
        file: joinPath(dir, f.name),
        text: mark.next > end ? '' : text.slice(mark.next, end),
        firstLine: mark.line + 2,
      },
      transactional: !/\btransaction:false\b/.test(mark.options),
    };
  });
  return out;
}

export const dbmateFormat: FormatReader = {
  format: 'dbmate',
  claims: (f) => FILE.test(f.name) && DBMATE_UP.test(f.content),
  read(files, dir) {
    const out: Migration[] = [...files]
      .sort((a, b) => compareBytes(a.name, b.name))
      .map((f) => {
        const m = FILE.exec(f.name);
        if (!m)
          throw new MigrationDirError(
            [joinPath(dir, f.name)],
            'dbmate file names start with a version number: <version>_<name>.sql',
          );
        const { up, down } = splitSections(dir, f);
        if (!up)
          throw new MigrationDirError(
            [joinPath(dir, f.name)],
            'no -- migrate:up section (dbmate requires one)',
          );
        return {
          version: m[1],
          name: m[2] ?? '',
          file: f.name,
          checksum: sha256Hex(up.part.text),
          up: up.part,
          down: down && down.part.text.trim() !== '' ? down.part : undefined,
          transactional: up.transactional,
        };
      });
    assertUniqueVersions(out, dir);
    return out;
  },
  nextFileName(_set, name, now) {
    return { up: `${timestampVersion(now)}_${fileSafeName(name)}.sql` };
  },
};

/** The skeleton dbmate's `new` writes; the engine fills the up section. */
export function dbmateTemplate(up: string, down = ''): string {
  return `-- migrate:up\n${up}\n\n-- migrate:down\n${down}\n`;
}
