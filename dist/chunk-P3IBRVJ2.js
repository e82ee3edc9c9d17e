import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/archive/archive-errors.ts
var ZIP_MEANINGS = [
  [/end of central directory record signature not found/i, "not a zip file, or cut short (no end of central directory record)"],
  [/encrypt/i, "an entry is encrypted, which no Go archive is"],
  [/invalid (local file|central directory file) header signature/i, "the zip structure is damaged"],
  [/unexpected EOF|file data overflows file bounds/i, "the zip ends early"],
  [/unsupported compression method/i, "an entry uses a compression method Go archives do not use"],
  [/multi-disk/i, "a multi-part zip, which no Go archive is"],
  [
    /(too many|too few) bytes in the stream|expected [0-9]+ bytes|invalid (uncompressed|compressed) size/i,
    "an entry is not the size the zip declares"
  ]
];
function describeArchiveError(error) {
  const code = error.code ?? "";
  const text = error.message;
  if (code === "Z_BUF_ERROR" || /^unexpected end of file$/.test(text)) return `the compressed data ends early (${text})`;
  if (/incorrect header check/.test(text)) return `not gzip data (${text})`;
  if (code.startsWith("Z_")) return `the compressed data is damaged (${text})`;
  for (const [pattern, meaning] of ZIP_MEANINGS) if (pattern.test(text)) return `${meaning} (${text})`;
  return text;
}

export {
  describeArchiveError
};
//# sourceMappingURL=chunk-P3IBRVJ2.js.map
