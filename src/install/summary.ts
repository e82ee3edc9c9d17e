// The job-summary section for the Go install: what was installed, from where, what proved it
// authentic (with key fingerprints), and how long each phase took. Paths, file names, sources,
// versions and notes can come from outside (a mirror, a receipt anyone could write, the job's
// settings): each goes through summary-text.ts.
import type { InstalledGo } from './installed-go';
import type { ActivatedGo } from './activate';
import { isDefaultSumdb, sumdbLabel, type TrustAnchor } from '../trust/trust-anchor';
import { summaryCode, summaryText } from '../shared/summary-text';

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
      const subkey = signer
        ? `, signing subkey ${summaryText(signer.signingKeyId)}, signed ${summaryText(signer.created.slice(0, 10))}`
        : '';
      return `OpenPGP signature by key ${summaryCode(anchor.fingerprint.replace(/(.{4})/g, '$1 ').trim())}${subkey}`;
    }
    case 'sumdb': {
      // Any database may call itself sum.golang.org: one with another key is named by its key hash.
      const whose = isDefaultSumdb(anchor) ? '' : ' (not the Go project’s key: named with its key hash)';
      return `Go checksum database ${summaryCode(sumdbLabel(anchor))}${whose}: signed tree head, inclusion proof and h1 hash`;
    }
  }
}

export function installSummaryMarkdown(go: InstalledGo, activated: ActivatedGo): string {
  const lines: string[] = [];
  const verified = go.anchors.length > 0;
  lines.push(`### ${verified ? '✅' : '⚠️'} Go ${summaryText(go.version)}`);
  lines.push('');
  lines.push('| | |', '|---|---|');
  lines.push(`| Version | ${summaryCode(go.version)} |`);
  lines.push(`| GOROOT | ${summaryCode(go.goRoot)} |`);
  lines.push(`| Source | ${summaryText(go.origin === 'downloaded' ? `downloaded from ${go.source}` : go.source)} |`);
  if (go.receipt?.fileName) {
    lines.push(`| Archive | ${summaryCode(go.receipt.fileName)} (${((go.receipt.size ?? 0) / 1024 ** 2).toFixed(1)} MiB) |`);
  }
  if (go.receipt?.sha256) lines.push(`| SHA-256 | ${summaryCode(go.receipt.sha256)} |`);
  if (go.receipt?.h1) lines.push(`| Tree h1 | ${summaryCode(go.receipt.h1)} |`);
  lines.push(
    `| GOTOOLCHAIN | ${summaryCode(activated.gotoolchain.value)} (${activated.gotoolchain.setBy === 'workflow' ? 'set by the workflow, left alone' : activated.gotoolchain.setBy === 'input' ? 'from input gotoolchain' : 'default: no silent toolchain switches'}) |`,
  );
  lines.push('');
  if (verified) {
    const when =
      go.origin === 'downloaded'
        ? 'before it was unpacked into the tool cache'
        : go.verifiedNow
          ? 'now, before anything ran it: its files in the tool cache match the published release'
          : go.receipt?.preinstalled
            ? `when this action checked the copy in the tool cache (${summaryText(go.receipt.installedAt)}), as its receipt says, whose h1 matches the files now`
            : `when this action installed it (${summaryText(go.receipt?.installedAt ?? 'earlier')}), as its receipt says, whose h1 matches the files now`;
    lines.push(`**Verified** ${when}:`);
    for (const anchor of go.anchors) lines.push(`- ${describeAnchor(anchor, go)}`);
  } else {
    lines.push(
      '**Not verified by setup-go-golden** (`verify-cached: false`): this Go came from the tool cache, where anything that can write the tool cache could have put it.',
    );
  }
  if (go.notes.length > 0) {
    lines.push('');
    for (const note of go.notes) lines.push(`> ${summaryText(note)}`);
  }
  const phases = Object.entries(go.timings);
  if (phases.length > 0) {
    lines.push('', '| Phase | Time |', '|---|---|');
    for (const [phase, ms] of phases) lines.push(`| ${phase} | ${(ms / 1000).toFixed(2)} s |`);
  }
  lines.push('');
  return lines.join('\n');
}
