// The time every archive entry carries: SOURCE_DATE_EPOCH when the workflow sets it (the
// reproducible-builds.org convention), else the HEAD commit's committer time, so two builds of one
// commit agree wherever and whenever they run.
import { runQuiet } from '../../process/run';

export interface SourceDate {
  date: Date;
  /** Where the date came from, for the summary line. */
  origin: 'SOURCE_DATE_EPOCH' | 'commit' | 'none';
  /** The HEAD commit of the working directory, when it is in a git checkout. */
  commit: string | undefined;
}

/** The earliest time a zip entry can hold (MS-DOS dates start in 1980): the date of no commit. */
export const NO_SOURCE_DATE = new Date(Date.UTC(1980, 0, 1));

/** Seconds since 1970 as the variable gives them; anything else is an error that says what to set. */
export function parseSourceDateEpoch(value: string): Date {
  if (!/^[0-9]{1,12}$/.test(value.trim())) {
    throw new Error(
      `SOURCE_DATE_EPOCH: "${value}" is not a number of seconds since 1970-01-01 UTC; set it to one (e.g. $(git log -1 --format=%ct)) or unset it`,
    );
  }
  return new Date(Number(value.trim()) * 1000);
}

async function headCommit(workingDirectory: string): Promise<{ sha: string; date: Date } | undefined> {
  try {
    const log = await runQuiet('git', ['log', '-1', '--format=%H %ct'], { cwd: workingDirectory, timeoutMs: 30_000 });
    const match = /^([0-9a-f]{40,64}) ([0-9]+)$/.exec(log.stdout.trim());
    return log.code === 0 && match ? { sha: match[1]!, date: new Date(Number(match[2]) * 1000) } : undefined;
  } catch {
    // No git on PATH: a folder that is not a checkout as far as we can tell.
    return undefined;
  }
}

export async function sourceDate(workingDirectory: string, env: NodeJS.ProcessEnv): Promise<SourceDate> {
  const head = await headCommit(workingDirectory);
  const commit = head?.sha;
  if (env.SOURCE_DATE_EPOCH) return { date: parseSourceDateEpoch(env.SOURCE_DATE_EPOCH), origin: 'SOURCE_DATE_EPOCH', commit };
  return head ? { date: head.date, origin: 'commit', commit } : { date: NO_SOURCE_DATE, origin: 'none', commit };
}
