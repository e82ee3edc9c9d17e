// The release files through the root action (verified Go from the fixture server, then the build
// phase) under the runner emulator: the same commit of examples/deps built twice, in different
// folders with different HOME, TMPDIR and a cold build cache the second time, gives the same digest
// for every file SHA256SUMS lists; each SBOM passes pyspdxtools and says what `go version -m -json`
// says; the provenance statement passes the in-toto framework's own bindings and matches the disk.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, RunnerJob, type StepResult } from '../harness/runner';
import { newJob, startInstallFixture, type InstallFixture } from '../install/fixture';
import { assertCycloneDxMatchesGo, cyclonedxVerdict } from './release/cyclonedx-check';
import { assertSpdxMatchesGo } from './release/spdx-check';
import { provenanceSchemaErrors, provenanceVerdict, spdxVerdict } from './release/validators';

const TARGETS = ['linux/amd64', 'linux/arm64', 'windows/amd64', 'darwin/arm64'];
// One build cache for the first build (and across test runs); the second starts from an empty one.
const SHARED_GOCACHE = execFileSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).trim();
const COMMIT_TIME = '2026-11-22T21:48:53Z';

/** examples/deps with a README and LICENSE, committed with fixed names and dates: the same commit in any folder. */
function checkout(job: RunnerJob): string {
  const module = join(job.workspace, 'app');
  cpSync(join(REPO_ROOT, 'examples', 'deps'), module, { recursive: true });
  writeFileSync(join(module, 'README.md'), '# deps\n');
  writeFileSync(join(module, 'LICENSE'), 'MIT License\n');
  writeFileSync(join(module, '.gitignore'), 'dist/\n');
  const git = { ...process.env, GIT_AUTHOR_DATE: COMMIT_TIME, GIT_COMMITTER_DATE: COMMIT_TIME, HOME: job.home };
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '.'],
    ['-c', 'user.name=Release', '-c', 'user.email=release@example.com', 'commit', '-qm', 'v1'],
  ]) {
    execFileSync('git', args, { cwd: module, env: git });
  }
  return module;
}

const sums = (dist: string) =>
  new Map(
    readFileSync(join(dist, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => [line.slice(66), line.slice(0, 64)] as const),
  );
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('release files of a cross-build through the root action', () => {
  let fixture: InstallFixture;
  const jobs: RunnerJob[] = [];
  const built: { job: RunnerJob; module: string; step: StepResult; gocache: string }[] = [];

  before(async () => {
    fixture = await startInstallFixture();
    for (const gocache of [SHARED_GOCACHE, undefined]) {
      const job = newJob();
      jobs.push(job);
      const temp = join(job.root, `tmp-${jobs.length}`);
      mkdirSync(temp);
      const cache = gocache ?? mkdtempSync(join(job.root, 'gocache-'));
      Object.assign(job.env, { GOCACHE: cache, TMPDIR: temp });
      const module = checkout(job);
      const step = await job.runAction({
        inputs: fixture.inputs({
          targets: TARGETS.join('\n'),
          'working-directory': 'app',
          sbom: 'spdx, cyclonedx',
          cache: 'false',
          'drift-check': 'off',
        }),
        env: { GITHUB_ACTION_REPOSITORY: 'example/setup-go-golden', GITHUB_ACTION_REF: 'v9.8.7' },
        timeoutMs: 15 * 60_000,
      });
      assert.equal(step.code, 0, step.stdout + step.stderr);
      built.push({ job, module, step, gocache: cache });
    }
  });

  after(async () => {
    for (const job of jobs) job.cleanup();
    await fixture?.server.close();
  });

  test('twice built in other folders, HOME and TMPDIR, the second from a cold cache: every digest in SHA256SUMS is the same', () => {
    const [first, second] = built.map(({ module }) => sums(join(module, 'dist')));
    assert.notEqual(built[0]!.job.home, built[1]!.job.home);
    for (const { step, gocache } of built) assert.ok(step.summary.includes(`| GOCACHE | <code>${gocache}</code>`), step.summary);
    assert.deepEqual([...first!.keys()], [...second!.keys()]);
    const differing = [...first!].filter(([name, digest]) => second!.get(name) !== digest).map(([name]) => name);
    assert.deepEqual(differing, [], `entries whose digests differ between the two builds: ${differing.join(', ')}`);
    // Binaries, archives and both SBOMs of each target.
    assert.equal(first!.size, TARGETS.length * 4);
    const archive = 'deps-linux-amd64.tar.gz';
    console.log(`twice-built ${archive}: ${first!.get(archive)} and ${second!.get(archive)}`);
  });

  test('archives hold the program, README.md and LICENSE, sorted, 0755/0644, owner 0, at the commit time', () => {
    const dist = join(built[0]!.module, 'dist');
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvzf', join(dist, 'deps-linux-arm64.tar.gz')], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    assert.deepEqual(
      listing
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/).filter((_, index) => index !== 2)),
      [
        ['-rw-r--r--', '0/0', '2026-11-22', '21:48:53', 'LICENSE'],
        ['-rw-r--r--', '0/0', '2026-11-22', '21:48:53', 'README.md'],
        ['-rwxr-xr-x', '0/0', '2026-11-22', '21:48:53', 'deps'],
      ],
    );
    const zip = execFileSync('unzip', ['-Z', '-T', join(dist, 'deps-windows-amd64.zip')], { encoding: 'utf8' });
    assert.deepEqual(
      zip
        .split('\n')
        .filter((line) => /^-/.test(line))
        .map((line) => line.split(/\s+/).slice(-2)),
      [
        ['20261122.214852', 'LICENSE'],
        ['20261122.214852', 'README.md'],
        ['20261122.214852', 'deps.exe'],
      ],
    );
  });

  test('SPDX and CycloneDX documents per binary: valid for pyspdxtools and the CycloneDX library, and the modules, versions and sums of go version -m -json', async () => {
    const { module, step } = built[0]!;
    const artifacts = JSON.parse(step.outputs.artifacts!) as { path: string; sbom: string; cyclonedx: string }[];
    assert.equal(artifacts.length, TARGETS.length);
    for (const artifact of artifacts) {
      const sbom = join(built[0]!.job.workspace, artifact.sbom);
      assert.equal(artifact.sbom, `${artifact.path.replace(/\.exe$/, '')}.spdx.json`);
      const verdict = spdxVerdict(sbom);
      assert.deepEqual(verdict, { code: 0, output: '' }, `${artifact.sbom}: ${verdict.output}`);
      const document = JSON.parse(readFileSync(sbom, 'utf8'));
      assertSpdxMatchesGo(document, join(built[0]!.job.workspace, artifact.path));
      assert.equal(document.creationInfo.created, COMMIT_TIME);
      assert.equal(artifact.cyclonedx, `${artifact.path.replace(/\.exe$/, '')}.cdx.json`);
      const cyclonedx = readFileSync(join(built[0]!.job.workspace, artifact.cyclonedx), 'utf8');
      assert.equal(await cyclonedxVerdict(cyclonedx), null);
      assertCycloneDxMatchesGo(JSON.parse(cyclonedx), join(built[0]!.job.workspace, artifact.path));
    }
    assert.ok(existsSync(join(module, 'dist', 'deps-darwin-arm64.spdx.json')));
  });

  test('the provenance statement: valid for in-toto-attestation, subjects are the files on disk, dependencies name the commit and the verified Go', () => {
    const { job, module, step } = built[0]!;
    assert.equal(step.outputs['provenance-file'], 'app/dist/deps.intoto.json');
    const path = join(job.workspace, step.outputs['provenance-file']!);
    const verdict = provenanceVerdict(path);
    assert.equal(verdict.code, 0, verdict.output);
    console.log(`in-toto-attestation: ${verdict.output}`);
    assert.match(
      verdict.output,
      /^valid: in-toto Statement v1 with 17 subjects, SLSA Provenance v1 predicate, builder https:\/\/github\.com\/example\/setup-go-golden@v9\.8\.7$/,
    );

    const statement = JSON.parse(readFileSync(path, 'utf8'));
    assert.deepEqual(provenanceSchemaErrors(statement), []);
    const dist = join(module, 'dist');
    const listed = sums(dist);
    const subjects = new Map((statement.subject as { name: string; digest: { sha256: string } }[]).map((s) => [s.name, s.digest.sha256]));
    assert.deepEqual([...subjects.keys()].sort(), [...listed.keys(), 'SHA256SUMS'].sort());
    for (const [name, digest] of subjects) assert.equal(digest, sha256(join(dist, name)), name);
    assert.deepEqual(
      readdirSync(dist).filter((name) => !subjects.has(name)),
      ['deps.intoto.json'],
      'every file in the output folder but the statement itself is a subject',
    );

    const { buildDefinition, runDetails } = statement.predicate;
    assert.deepEqual(buildDefinition.externalParameters.targets, TARGETS);
    assert.equal(buildDefinition.externalParameters.trimpath, true);
    assert.equal(buildDefinition.externalParameters.workingDirectory, 'app');
    assert.deepEqual(buildDefinition.externalParameters.workflow, { repository: 'example/app', ref: 'refs/heads/main' });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: module, encoding: 'utf8' }).trim();
    const [source, go] = buildDefinition.resolvedDependencies;
    assert.deepEqual(source, { uri: 'git+https://github.com/example/app@refs/heads/main', digest: { gitCommit: head } });
    assert.equal(go.name, 'go');
    assert.equal(go.digest.sha256, fixture.archive.sha256);
    assert.equal(go.uri, `${fixture.server.url}/${fixture.archive.filename}`);
    assert.equal(go.annotations.version, `go${fixture.version}`);
    assert.equal(go.annotations.verified, true);
    assert.ok(
      go.annotations.trustAnchors.some((anchor: string) => anchor.startsWith('openpgp:')),
      JSON.stringify(go.annotations),
    );
    assert.deepEqual(runDetails.builder, {
      id: 'https://github.com/example/setup-go-golden@v9.8.7',
      version: { 'setup-go-golden': '0.1.0', ref: 'v9.8.7' },
    });
    assert.equal(runDetails.metadata.invocationId, 'https://github.com/example/app/actions/runs/1000/attempts/1');
  });

  test('the summary says how archives, SBOMs and provenance were made', () => {
    const { step } = built[0]!;
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: built[0]!.module, encoding: 'utf8' }).trim();
    assert.match(
      step.summary,
      new RegExp(
        `^- Archives: reproducible \\(entries sorted, modes 0755/0644, no owner, all timed ${COMMIT_TIME}, the time of commit ${head.slice(0, 12)}\\); with LICENSE, README\\.md$`,
        'm',
      ),
    );
    assert.match(
      step.summary,
      /^- SBOM: 4 SPDX 2\.3 document\(s\) \(\.spdx\.json\) and 4 CycloneDX 1\.6 document\(s\) \(\.cdx\.json\), one beside each binary, from its build info \(go version -m\)$/m,
    );
    assert.match(
      step.summary,
      /^- Provenance: app\/dist\/deps\.intoto\.json \(in-toto Statement v1, SLSA Provenance v1, unsigned: sign it in the workflow, see the README\)$/m,
    );
  });
});

describe('the release-file inputs of the build/ sub-action', () => {
  const jobs: RunnerJob[] = [];
  after(() => {
    for (const job of jobs) job.cleanup();
  });

  async function build(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<{ step: StepResult; dist: string }> {
    const job = new RunnerJob({ env: { GOCACHE: SHARED_GOCACHE, ...env } });
    jobs.push(job);
    cpSync(join(REPO_ROOT, 'examples', 'hello'), join(job.workspace, 'hello'), { recursive: true });
    const step = await job.runAction({
      actionDir: join(REPO_ROOT, 'build'),
      inputs: { targets: 'linux/arm64', 'working-directory': 'hello', ...inputs },
    });
    assert.equal(step.code, 0, step.stdout + step.stderr);
    return { step, dist: join(job.workspace, 'hello', 'dist') };
  }

  test('archive: none writes no SBOM and no statement unless asked; asked, both come, and a Go nobody verified is said to be so', async () => {
    const plain = await build({ archive: 'none' });
    assert.deepEqual(readdirSync(plain.dist).sort(), ['SHA256SUMS', 'hello-linux-arm64']);
    assert.equal(plain.step.outputs['provenance-file'], '');
    const asked = await build({ archive: 'none', sbom: 'spdx', provenance: 'on' });
    assert.deepEqual(readdirSync(asked.dist).sort(), [
      'SHA256SUMS',
      'hello-linux-arm64',
      'hello-linux-arm64.spdx.json',
      'hello.intoto.json',
    ]);
    const statement = JSON.parse(readFileSync(join(asked.dist, 'hello.intoto.json'), 'utf8'));
    assert.deepEqual(provenanceSchemaErrors(statement), []);
    const go = statement.predicate.buildDefinition.resolvedDependencies.find((dependency: { name?: string }) => dependency.name === 'go');
    assert.equal(go.annotations.verified, false);
    // Outside a runner's action context the builder is this package at its version.
    assert.equal(statement.predicate.runDetails.builder.id, 'pkg:generic/setup-go-golden@0.1.0');
  });

  test('SOURCE_DATE_EPOCH times the archive entries; reproducible: false leaves them the build time', async () => {
    const dated = await build({}, { SOURCE_DATE_EPOCH: '1700000000' });
    const entryTime = (dist: string) =>
      execFileSync('tar', ['--full-time', '-tvzf', join(dist, 'hello-linux-arm64.tar.gz')], {
        encoding: 'utf8',
        env: { ...process.env, TZ: 'UTC' },
      })
        .split(/\s+/)
        .slice(3, 5)
        .join('T');
    assert.equal(entryTime(dated.dist), '2023-11-14T22:13:20');
    assert.match(dated.step.summary, /^- Archives: reproducible \([^)]*all timed 2023-11-14T22:13:20Z from SOURCE&#95;DATE&#95;EPOCH\)$/m);
    const started = Date.now();
    const loose = await build({ reproducible: 'false' }, { SOURCE_DATE_EPOCH: '1700000000' });
    assert.ok(Math.abs(new Date(`${entryTime(loose.dist)}Z`).getTime() - started) < 10 * 60_000, entryTime(loose.dist));
    assert.match(loose.step.summary, /^- Archives: timed when built, not reproducible \(reproducible: false\)$/m);
  });

  test('a SOURCE_DATE_EPOCH that is not a number fails the step and says what to set', async () => {
    const job = new RunnerJob({ env: { GOCACHE: SHARED_GOCACHE, SOURCE_DATE_EPOCH: 'yesterday' } });
    jobs.push(job);
    cpSync(join(REPO_ROOT, 'examples', 'hello'), join(job.workspace, 'hello'), { recursive: true });
    const step = await job.runAction({
      actionDir: join(REPO_ROOT, 'build'),
      inputs: { targets: 'linux/arm64', 'working-directory': 'hello' },
    });
    assert.equal(step.code, 1);
    const errors = step.annotations.filter((annotation) => annotation.level === 'error').map((annotation) => annotation.message);
    assert.deepEqual(errors, [
      'SOURCE_DATE_EPOCH: "yesterday" is not a number of seconds since 1970-01-01 UTC; set it to one (e.g. $(git log -1 --format=%ct)) or unset it',
    ]);
  });
});
