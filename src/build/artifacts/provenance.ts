// The provenance statement of a cross-build: an in-toto Statement v1 whose subjects are the release
// files with their SHA-256, and whose predicate is SLSA Provenance v1: what was asked (targets,
// packages, flags), what it was built from (the commit, the verified Go, zig for cgo) and by whom
// (this action at its version). Unsigned: signing needs the job's identity (README). Pure: no I/O.
import { compareStrings } from '../../shared/order';
import type { ChecksumEntry } from './checksums';

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** Names this action's build template: the inputs of build/action.yml, the outputs it writes. */
export const BUILD_TYPE = 'urn:setup-go-golden:buildtype:cross-build:v1';
export const TOOL_NAME = 'setup-go-golden';

/** in-toto's ResourceDescriptor: at least one of name, uri and digest. */
export interface ResourceDescriptor {
  name?: string;
  uri?: string;
  digest?: Record<string, string>;
  annotations?: Record<string, unknown>;
}

export interface ProvenanceFacts {
  subjects: ChecksumEntry[];
  builder: { id: string; version: Record<string, string> };
  externalParameters: Record<string, unknown>;
  internalParameters: Record<string, unknown>;
  resolvedDependencies: ResourceDescriptor[];
  invocationId: string | undefined;
  startedOn: Date;
  finishedOn: Date;
}

/** The environment the runner gives a step, as far as provenance reads it. */
export interface ActionRef {
  /** GITHUB_ACTION_REPOSITORY: `owner/name` of the action a workflow `uses:`. */
  repository: string | undefined;
  /** GITHUB_ACTION_REF: the tag, branch or commit it was used at. */
  ref: string | undefined;
}

/**
 * The builder id: the action's repository at the ref the workflow used, when the runner says so;
 * else (a local run of the bundle) a package URL naming this action's own version.
 */
export function builderOf(action: ActionRef, packageVersion: string): ProvenanceFacts['builder'] {
  const version: Record<string, string> = { [TOOL_NAME]: packageVersion, ...(action.ref && { ref: action.ref }) };
  const id = action.repository
    ? `https://github.com/${action.repository}@${action.ref || `v${packageVersion}`}`
    : `pkg:generic/${TOOL_NAME}@${packageVersion}`;
  return { id, version };
}

const timestamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function provenanceStatement(facts: ProvenanceFacts): Record<string, unknown> {
  return {
    _type: STATEMENT_TYPE,
    subject: [...facts.subjects]
      .sort((a, b) => compareStrings(a.name, b.name))
      .map((subject) => ({ name: subject.name, digest: { sha256: subject.sha256 } })),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: facts.externalParameters,
        internalParameters: facts.internalParameters,
        resolvedDependencies: facts.resolvedDependencies,
      },
      runDetails: {
        builder: facts.builder,
        metadata: {
          ...(facts.invocationId && { invocationId: facts.invocationId }),
          startedOn: timestamp(facts.startedOn),
          finishedOn: timestamp(facts.finishedOn),
        },
      },
    },
  };
}
