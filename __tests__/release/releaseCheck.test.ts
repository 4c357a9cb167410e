/** scripts/release-check.mjs: what stops a release of the action, and the notes it publishes. */
import { readFileSync } from 'node:fs';
import { changelogSection, releaseCheck } from '../../scripts/release-check.mjs';

const changelog = `# Changelog

## [Unreleased]

## [1.2.0] - 2026-12-04

### Added
- rollback

## [1.1.0] - 2026-11-01

### Fixed
- x
`;
const files = (version: string, log = changelog) => ({
  packageJson: JSON.stringify({ version }),
  versionTs: `export const VERSION = '${version}';\n`,
  changelog: log,
});

describe('release-check', () => {
  it('passes a consistent 1.x.y and returns its changelog section as the notes', () => {
    expect(releaseCheck('1.2.0', files('1.2.0'))).toEqual({ problems: [], notes: '### Added\n- rollback' });
  });

  it('names every inconsistency', () => {
    const r = releaseCheck('1.3.0', { ...files('1.2.0'), versionTs: "export const VERSION = '1.2.0';" });
    expect(r.problems).toEqual([
      'package.json has version 1.2.0, not 1.3.0: bump it in a pull request first',
      'src/version.ts has VERSION 1.2.0, not 1.3.0',
      'CHANGELOG.md has no "## [1.3.0] - YYYY-MM-DD" section: move the Unreleased entries under it',
    ]);
    expect(releaseCheck('2.0.0', files('2.0.0')).problems[0]).toContain('must be 1.x.y');
    expect(releaseCheck('1.2.0', files('1.2.0', '## [1.2.0] - 2026-12-04\n\n')).problems).toEqual([
      'CHANGELOG.md section 1.2.0 is empty',
    ]);
  });

  it('the repository changelog has an Unreleased section and dated versions', () => {
    const text = readFileSync('CHANGELOG.md', 'utf8');
    expect(text).toContain('## [Unreleased]');
    expect(changelogSection(text, '0.1.0')?.body).toContain('### Added');
  });

  it('the release workflow checks the bundles, tags v1.x.y and moves v1', () => {
    const wf = readFileSync('.github/workflows/release.yml', 'utf8');
    expect(wf).toContain('node scripts/release-check.mjs "$VERSION"');
    expect(wf).toContain('git diff --exit-code -- dist actions action.yml schemagate.schema.json');
    expect(wf).toContain('git tag -a "v$VERSION"');
    expect(wf).toContain('git push --force origin v1');
  });
});
