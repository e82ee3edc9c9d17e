// What zlib's and yauzl's bare messages mean for an archive we were unpacking ("incorrect header
// check", "strong encryption is not supported"...), said so that a reader knows what was wrong.
// Pure.

const ZIP_MEANINGS: Array<[RegExp, string]> = [
  [/end of central directory record signature not found/i, 'not a zip file, or cut short (no end of central directory record)'],
  [/encrypt/i, 'an entry is encrypted, which no Go archive is'],
  [/invalid (local file|central directory file) header signature/i, 'the zip structure is damaged'],
  [/unexpected EOF|file data overflows file bounds/i, 'the zip ends early'],
  [/unsupported compression method/i, 'an entry uses a compression method Go archives do not use'],
  [/multi-disk/i, 'a multi-part zip, which no Go archive is'],
  [
    /(too many|too few) bytes in the stream|expected [0-9]+ bytes|invalid (uncompressed|compressed) size/i,
    'an entry is not the size the zip declares',
  ],
];

/** A description of an error met while reading a compressed archive, keeping the original text in parentheses. */
export function describeArchiveError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const text = error.message;
  if (code === 'Z_BUF_ERROR' || /^unexpected end of file$/.test(text)) return `the compressed data ends early (${text})`;
  if (/incorrect header check/.test(text)) return `not gzip data (${text})`;
  if (code.startsWith('Z_')) return `the compressed data is damaged (${text})`;
  for (const [pattern, meaning] of ZIP_MEANINGS) if (pattern.test(text)) return `${meaning} (${text})`;
  return text;
}
