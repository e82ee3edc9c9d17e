// A runner emulator: runs an action's bundles the way the GitHub Actions runner does.
// Inputs become INPUT_* (with action.yml defaults), file commands (GITHUB_ENV, GITHUB_OUTPUT,
// GITHUB_PATH, GITHUB_STATE, GITHUB_STEP_SUMMARY) are written by the action and parsed back,
// exported env and PATH entries apply to later steps, and STATE_* reach the post step.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse as parseYaml } from 'yaml';

import { ACTION_NODE, REPO_ROOT, underTest } from './action-under-test';

export { REPO_ROOT };

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  title?: string;
}

export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  exportedEnv: Record<string, string>;
  addedPath: string[];
  state: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  masks: string[];
  /** Every line of stdout the runner would process as a workflow command, in order. */
  commands: WorkflowCommand[];
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

export interface ActionStepOptions {
  /** Directory holding action.yml (the repository root or a sub-action such as drift/). */
  actionDir?: string;
  inputs?: Record<string, string>;
  /** Step-level env, like `env:` on a step. */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** A command that runs Node for the step, such as `setpriv` with its options (posts run without it). */
  launcher?: string[];
}

interface PendingPost {
  script: string;
  actionDir: string;
  inputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
}

/** Variables of the outer process that must not leak into an emulated step. */
const LEAKY_PREFIXES = ['INPUT_', 'STATE_', 'GITHUB_', 'RUNNER_', 'ACTIONS_', 'GO_DOWNLOAD_BASE_URL'];

export interface JobOptions {
  /** Extra job-level env. Values of undefined remove a variable inherited from this process. */
  env?: Record<string, string | undefined>;
  /** Share a tool cache between jobs (a second job on the same machine). */
  toolCache?: string;
  /** Share a workspace between jobs. */
  workspace?: string;
  eventName?: string;
  ref?: string;
}

export class RunnerJob {
  readonly root: string;
  readonly temp: string;
  readonly toolCache: string;
  readonly workspace: string;
  readonly home: string;
  /** Env every step sees: the base env plus everything exported through GITHUB_ENV so far. */
  readonly env: Record<string, string>;
  /** Directories added through GITHUB_PATH, most recent first. */
  readonly pathPrefix: string[] = [];
  private readonly posts: PendingPost[] = [];
  private stepCounter = 0;

  constructor(options: JobOptions = {}) {
    this.root = mkdtempSync(join(tmpdir(), 'sgg-job-'));
    this.temp = join(this.root, 'runner-temp');
    this.toolCache = options.toolCache ?? join(this.root, 'toolcache');
    this.workspace = options.workspace ?? join(this.root, 'workspace');
    this.home = join(this.root, 'home');
    for (const dir of [this.temp, this.toolCache, this.workspace, this.home]) mkdirSync(dir, { recursive: true });

    const base: Record<string, string> = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (value === undefined || LEAKY_PREFIXES.some((prefix) => name.startsWith(prefix))) continue;
      base[name] = value;
    }
    Object.assign(base, {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      HOME: this.home,
      RUNNER_TEMP: this.temp,
      RUNNER_TOOL_CACHE: this.toolCache,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
      RUNNER_NAME: 'emulated',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_REPOSITORY: 'example/app',
      GITHUB_REPOSITORY_OWNER: 'example',
      GITHUB_EVENT_NAME: options.eventName ?? 'push',
      GITHUB_REF: options.ref ?? 'refs/heads/main',
      GITHUB_REF_NAME: (options.ref ?? 'refs/heads/main').replace(/^refs\/(heads|tags)\//, ''),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_RUN_ID: '1000',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'test',
      GITHUB_SHA: '0'.repeat(40),
    });
    writeFileSync(join(this.temp, 'event.json'), JSON.stringify({ repository: { default_branch: 'main' } }));
    base.GITHUB_EVENT_PATH = join(this.temp, 'event.json');
    for (const [name, value] of Object.entries(options.env ?? {})) {
      if (value === undefined) delete base[name];
      else base[name] = value;
    }
    this.env = base;
  }

  /** PATH as a later step sees it. */
  get path(): string {
    return [...this.pathPrefix, this.env.PATH ?? ''].join(delimiter);
  }

  /** Runs an action's main bundle as a step; its post bundle (if any) is queued for runPosts(). */
  async runAction(options: ActionStepOptions = {}): Promise<StepResult> {
    // The working tree's sources, bundled: e2e tests never run a stale dist/.
    const actionDir = await underTest(options.actionDir ?? REPO_ROOT);
    const action = readActionYml(actionDir);
    const inputs = { ...action.defaults, ...(options.inputs ?? {}) };
    const result = await this.runScript(join(actionDir, action.main), actionDir, inputs, {}, options);
    if (action.post && shouldRunPost(action.postIf, result.code)) {
      this.posts.push({ script: join(actionDir, action.post), actionDir, inputs, state: result.state, env: options.env ?? {} });
    }
    return result;
  }

  /** Runs queued post steps in reverse order, as the runner does at the end of the job. */
  async runPosts(timeoutMs?: number): Promise<StepResult[]> {
    const results: StepResult[] = [];
    while (this.posts.length > 0) {
      const post = this.posts.pop()!;
      const stateEnv = Object.fromEntries(Object.entries(post.state).map(([name, value]) => [`STATE_${name}`, value]));
      results.push(await this.runScript(post.script, post.actionDir, post.inputs, stateEnv, { env: post.env, timeoutMs }));
    }
    return results;
  }

  /** Runs a plain command as a `run:` step would (job env and PATH applied). */
  async run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}) {
    const env = { ...this.env, ...(options.env ?? {}), PATH: this.path };
    return spawnCollect(command, args, { cwd: options.cwd ?? this.workspace, env, timeoutMs: options.timeoutMs ?? 10 * 60_000 });
  }

  /** Removes everything this job created, unless a tool cache or workspace was shared in. */
  cleanup(): void {
    // A detached go child (telemetry) may still write under HOME just after the step: retry.
    rmSync(this.root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }

  private async runScript(
    script: string,
    actionDir: string,
    inputs: Record<string, string>,
    extraEnv: Record<string, string>,
    options: ActionStepOptions,
  ): Promise<StepResult> {
    const stepDir = join(this.root, 'steps', String(++this.stepCounter));
    mkdirSync(stepDir, { recursive: true });
    const files = {
      GITHUB_ENV: join(stepDir, 'env'),
      GITHUB_OUTPUT: join(stepDir, 'output'),
      GITHUB_PATH: join(stepDir, 'path'),
      GITHUB_STATE: join(stepDir, 'state'),
      GITHUB_STEP_SUMMARY: join(stepDir, 'summary'),
    };
    for (const file of Object.values(files)) writeFileSync(file, '');
    const inputEnv = Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
    );
    const env = {
      ...this.env,
      ...(options.env ?? {}),
      ...inputEnv,
      ...extraEnv,
      ...files,
      GITHUB_ACTION_PATH: actionDir,
      PATH: this.path,
    };
    const [command, ...args] = [...(options.launcher ?? []), ACTION_NODE, script];
    const { code, stdout, stderr } = await spawnCollect(command!, args, {
      cwd: this.workspace,
      env,
      timeoutMs: options.timeoutMs ?? 10 * 60_000,
    });
    const exportedEnv = parseKeyValueFile(readFileSync(files.GITHUB_ENV, 'utf8'));
    const addedPath = readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean);
    Object.assign(this.env, exportedEnv);
    // The runner prepends each GITHUB_PATH line, so the last line written ends up first.
    for (const dir of addedPath) this.pathPrefix.unshift(dir);
    const { annotations, masks, commands } = parseWorkflowCommands(stdout);
    return {
      code,
      stdout,
      stderr,
      outputs: parseKeyValueFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      exportedEnv,
      addedPath,
      state: parseKeyValueFile(readFileSync(files.GITHUB_STATE, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      annotations,
      masks,
      commands,
    };
  }
}

interface ActionMetadata {
  main: string;
  post?: string;
  postIf?: string;
  defaults: Record<string, string>;
}

/**
 * Each action.yml is parsed once per content, as a runner reads an action's metadata once, when the
 * job is set up: parsing it (15 ms) inside every step would put the emulator's cost in the step's time.
 */
const parsedActionYml = new Map<string, { text: string; metadata: ActionMetadata }>();

function readActionYml(actionDir: string): ActionMetadata {
  const file = ['action.yml', 'action.yaml'].map((name) => join(actionDir, name)).find((path) => existsSync(path));
  if (!file) throw new Error(`no action.yml in ${actionDir}`);
  const text = readFileSync(file, 'utf8');
  const parsed = parsedActionYml.get(file);
  if (parsed?.text === text) return parsed.metadata;
  const metadata = parseActionYml(text);
  parsedActionYml.set(file, { text, metadata });
  return metadata;
}

function parseActionYml(text: string): ActionMetadata {
  const doc = parseYaml(text) as {
    inputs?: Record<string, { default?: unknown }>;
    runs: { main: string; post?: string; 'post-if'?: string };
  };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    if (spec?.default === undefined) continue;
    const value = String(spec.default);
    // Expressions in defaults (the token) evaluate to an empty string outside github.com.
    defaults[name] = value.includes('${{') ? '' : value;
  }
  return { main: doc.runs.main, post: doc.runs.post, postIf: doc.runs['post-if'], defaults };
}

function shouldRunPost(postIf: string | undefined, mainCode: number): boolean {
  const condition = (postIf ?? 'always()').trim();
  if (condition === 'success()') return mainCode === 0;
  if (condition === 'failure()') return mainCode !== 0;
  return true;
}

/** Parses the `NAME=value` and `NAME<<DELIM\nvalue\nDELIM` blocks of a runner file command. */
export function parseKeyValueFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      index++;
      while (index < lines.length && lines[index] !== delimiter) value.push(lines[index++]!);
      if (index >= lines.length) throw new Error(`unterminated ${name}<<${delimiter} block in file command`);
      result[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`malformed file command line: ${line}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(value: string): string {
  return unescapeData(value).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

function unescapeLegacy(value: string): string {
  return value.replace(/%3B/g, ';').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%5D/g, ']').replace(/%25/g, '%');
}

/** The commands the runner registers; a line naming any other is plain output. */
const RUNNER_COMMANDS = new Set([
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
]);

/**
 * One stdout line as the runner reads it: `::name props::data` once leading white space is
 * trimmed, else the legacy `##[name props]data` anywhere in the line (ActionCommand.cs).
 */
export function parseCommandLine(line: string): WorkflowCommand | undefined {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) {
      const info = trimmed.slice(2, end);
      const space = info.indexOf(' ');
      const command = space < 0 ? info : info.slice(0, space);
      if (RUNNER_COMMANDS.has(command)) {
        const properties: Record<string, string> = {};
        if (space > 0) {
          for (const pair of info
            .slice(space + 1)
            .trim()
            .split(',')
            .filter(Boolean)) {
            const eq = pair.indexOf('=');
            if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
          }
        }
        return { command, properties, data: unescapeData(trimmed.slice(end + 2)) };
      }
    }
  }
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const close = line.indexOf(']', prefix);
  if (close < 0) return undefined;
  const info = line.slice(prefix + 3, close);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!RUNNER_COMMANDS.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeLegacy(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeLegacy(line.slice(close + 1)) };
}

/** Reads the workflow commands of a step's stdout, and the annotations and masks among them. */
export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; masks: string[]; commands: WorkflowCommand[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  const commands: WorkflowCommand[] = [];
  // Lines as the runner's ReadLine splits them: CR, LF or CRLF.
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const parsed = parseCommandLine(line);
    if (!parsed) continue;
    commands.push(parsed);
    const { command, properties, data } = parsed;
    if (command === 'add-mask') {
      masks.push(data);
      continue;
    }
    if (command !== 'error' && command !== 'warning' && command !== 'notice') continue;
    const annotation: Annotation = { level: command, message: data };
    if (properties.file !== undefined) annotation.file = properties.file;
    if (properties.title !== undefined) annotation.title = properties.title;
    if (properties.line !== undefined) annotation.line = Number(properties.line);
    if (properties.col !== undefined) annotation.col = Number(properties.col);
    annotations.push(annotation);
  }
  return { annotations, masks, commands };
}

export interface SpawnResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function spawnCollect(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string } = {},
): Promise<SpawnResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 10 * 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    // A child that exits without reading its stdin is fine; the EPIPE must not kill the test process.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
