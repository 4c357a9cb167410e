// Checks that the repository is ready to release the action as v<version> and prints the
// CHANGELOG section of that version (the GitHub release's notes). Used by
// .github/workflows/release.yml; run it locally the same way:
//   node scripts/release-check.mjs 1.2.3 > notes.md
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The problems that stop a release of `version`, and the changelog section when there is one. */
export function releaseCheck(version, files) {
  const problems = [];
  if (!/^1\.\d+\.\d+$/.test(version)) {
    problems.push(
      `version ${JSON.stringify(version)} must be 1.x.y: the moving tag v1 only takes 1.x releases`,
    );
  }
  const pkg = JSON.parse(files.packageJson);
  if (pkg.version !== version) {
    problems.push(`package.json has version ${pkg.version}, not ${version}: bump it in a pull request first`);
  }
  const m = /VERSION\s*=\s*'([^']+)'/.exec(files.versionTs);
  if (!m || m[1] !== version) {
    problems.push(`src/version.ts has VERSION ${m ? m[1] : '(none)'}, not ${version}`);
  }
  const section = changelogSection(files.changelog, version);
  if (!section) {
    problems.push(
      `CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased entries under it`,
    );
  } else if (!section.body.trim()) {
    problems.push(`CHANGELOG.md section ${version} is empty`);
  }
  return { problems, notes: section ? section.body.trim() : '' };
}

/** The body of `## [version] - date` up to the next `## ` heading. */
export function changelogSection(text, version) {
  const lines = text.split('\n');
  const escaped = version.replace(/\./g, '\\.');
  const start = lines.findIndex((l) =>
    new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`).test(l),
  );
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  return { heading: lines[start], body: lines.slice(start + 1, end).join('\n') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = (process.argv[2] ?? '').replace(/^v/, '');
  const { problems, notes } = releaseCheck(version, {
    packageJson: readFileSync('package.json', 'utf8'),
    versionTs: readFileSync('src/version.ts', 'utf8'),
    changelog: readFileSync('CHANGELOG.md', 'utf8'),
  });
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`release: ${p}\n`);
    process.exit(2);
  }
  process.stdout.write(`${notes}\n`);
}
