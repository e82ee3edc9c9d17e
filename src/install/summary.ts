// The job-summary section for the Go install: what was installed, from where, what proved it
// authentic (with key fingerprints), and how long each phase took.
import type { InstalledGo } from './installed-go';
import type { ActivatedGo } from './activate';
import type { TrustAnchor } from '../trust/trust-anchor';

const SHA256_MATCHES: Record<Extract<TrustAnchor, { kind: 'sha256' }>['from'], string> = {
  pinned: 'SHA-256 matches the digest pinned by input go-sha256',
  'go.dev': 'SHA-256 matches the go.dev release index',
  mirror: 'SHA-256 matches the digest published by the mirror (integrity only, not origin)',
};

function describeAnchor(anchor: TrustAnchor, go: InstalledGo): string {
  switch (anchor.kind) {
    case 'sha256':
      return SHA256_MATCHES[anchor.from];
    case 'openpgp': {
      const signer = go.receipt?.signature;
      const subkey = signer ? `, signing subkey ${signer.signingKeyId}, signed ${signer.created.slice(0, 10)}` : '';
      return `OpenPGP signature by key \`${anchor.fingerprint.replace(/(.{4})/g, '$1 ').trim()}\`${subkey}`;
    }
    case 'sumdb':
      return `Go checksum database \`${anchor.name}\`: signed tree head, inclusion proof and h1 hash`;
  }
}

export function installSummaryMarkdown(go: InstalledGo, activated: ActivatedGo): string {
  const lines: string[] = [];
  const verified = go.anchors.length > 0;
  lines.push(`### ${verified ? '✅' : '⚠️'} Go ${go.version}`);
  lines.push('');
  lines.push('| | |', '|---|---|');
  lines.push(`| Version | \`${go.version}\` |`);
  lines.push(`| GOROOT | \`${go.goRoot}\` |`);
  lines.push(`| Source | ${go.origin === 'downloaded' ? `downloaded from ${go.source}` : go.source} |`);
  if (go.receipt?.fileName) lines.push(`| Archive | \`${go.receipt.fileName}\` (${((go.receipt.size ?? 0) / 1024 ** 2).toFixed(1)} MiB) |`);
  if (go.receipt?.sha256) lines.push(`| SHA-256 | \`${go.receipt.sha256}\` |`);
  lines.push(
    `| GOTOOLCHAIN | \`${activated.gotoolchain.value}\` (${activated.gotoolchain.setBy === 'workflow' ? 'set by the workflow, left alone' : activated.gotoolchain.setBy === 'input' ? 'from input gotoolchain' : 'default: no silent toolchain switches'}) |`,
  );
  lines.push('');
  if (verified) {
    const when =
      go.origin === 'downloaded'
        ? 'before it was unpacked into the tool cache'
        : go.verifiedNow
          ? 'now, before anything ran it: it was preinstalled in the tool cache, and its files match the published release'
          : go.receipt?.preinstalled
            ? `when this action checked the preinstalled copy (${go.receipt.installedAt})`
            : `when this action installed it (${go.receipt?.installedAt ?? 'earlier'})`;
    lines.push(`**Verified** ${when}:`);
    for (const anchor of go.anchors) lines.push(`- ${describeAnchor(anchor, go)}`);
  } else {
    lines.push(
      '**Not verified by setup-go-golden** (`verify-cached: false`): this Go came from the tool cache and was installed by something else (a runner image or another action).',
    );
  }
  if (go.notes.length > 0) {
    lines.push('');
    for (const note of go.notes) lines.push(`> ${note}`);
  }
  const phases = Object.entries(go.timings);
  if (phases.length > 0) {
    lines.push('', '| Phase | Time |', '|---|---|');
    for (const [phase, ms] of phases) lines.push(`| ${phase} | ${(ms / 1000).toFixed(2)} s |`);
  }
  lines.push('');
  return lines.join('\n');
}
