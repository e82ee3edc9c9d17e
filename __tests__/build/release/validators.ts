// The independent validators the release-file tests run, installed from PyPI by .ci/run into a
// virtual environment whose bin folder SETUP_GO_GOLDEN_VALIDATORS names: spdx-tools (pyspdxtools)
// and in-toto-attestation (the in-toto framework's own bindings, run by check-provenance.py); else
// the venv where .ci/run makes it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { join } from 'node:path';

/** Where .ci/run puts the venv when nothing names another. */
const CI_VENV_BIN = join(process.env.TMPDIR || '/tmp', 'setup-go-golden-validators', 'bin');

function validatorBin(program: string): string {
  const dir = process.env.SETUP_GO_GOLDEN_VALIDATORS || (existsSync(CI_VENV_BIN) ? CI_VENV_BIN : undefined);
  if (!dir) {
    throw new Error(
      'SETUP_GO_GOLDEN_VALIDATORS is not set: run .ci/run (it installs spdx-tools and in-toto-attestation from PyPI into a venv and exports its bin folder)',
    );
  }
  return join(dir, program);
}

export interface Verdict {
  code: number;
  /** stdout and stderr together, as the validator printed them. */
  output: string;
}

function run(program: string, args: string[]): Verdict {
  const result = spawnSync(validatorBin(program), args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { code: result.status ?? 1, output: `${result.stdout}${result.stderr}`.trim() };
}

/** pyspdxtools -i: parses and validates an SPDX document; silent with exit 0 when it is valid. */
export function spdxVerdict(path: string): Verdict {
  return run('pyspdxtools', ['-i', path]);
}

export function provenanceVerdict(path: string): Verdict {
  return run('python', [join(import.meta.dirname, 'check-provenance.py'), path]);
}

/**
 * The statement against the JSON schema in in-toto-slsa-provenance-v1.schema.json (written from the
 * specifications' field tables: no package carries one), with ajv and its formats from npm.
 * Empty when valid, else one line per complaint.
 */
export function provenanceSchemaErrors(statement: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'in-toto-slsa-provenance-v1.schema.json'), 'utf8'));
  const validate = ajv.compile(schema);
  if (validate(statement)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim());
}
