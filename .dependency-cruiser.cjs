// The house rules for imports, checked by `npm run lint` (dependency-cruiser): data flows one way,
// entry point -> inputs -> domains -> shared machinery -> pure core, and nothing imports back.
//
// LAYERS lists the folders of src/ from the bottom up. A module may import its own folder and the
// folders of the layers below its own, nothing else: so no two folders can import each other, and
// no folder can import one on its own layer. The entry points (src/*.ts) sit on top of everything.

const LAYERS = [
  ['shared'],
  ['version', 'trust', 'process', 'http', 'archive'],
  ['sumdb', 'tool-cache'],
  ['zig', 'install/routes'],
  ['install/routes/godev', 'install/routes/proxy'],
  ['install', 'cache', 'env', 'drift', 'build/plan'],
  ['build/artifacts', 'build/image'],
  ['build/emulation'],
  ['build/cgo'],
  ['build'],
  ['inputs'],
];

/** The modules directly in a folder of src/ (not in its subfolders). */
const inFolder = (folder) => `^src/${folder}/[^/]+$`;

const layerRules = LAYERS.flatMap((layer, index) =>
  layer.map((folder) => ({
    name: `layers: ${folder}`,
    comment: `src/${folder}/ may import only its own folder and these: ${LAYERS.slice(0, index).flat().join(', ')}`,
    severity: 'error',
    from: { path: inFolder(folder) },
    to: { path: '^src/', pathNot: [inFolder(folder), ...LAYERS.slice(0, index).flat().map(inFolder)] },
  })),
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No module imports itself through others, type-only imports included.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domains-never-import-inputs',
      comment: 'Only the entry points read inputs (through src/inputs/); every domain declares its own options type.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/inputs/', '^src/[^/]+$'] },
      to: { path: '^src/inputs/' },
    },
    {
      name: 'nothing-imports-an-entry-point',
      comment: 'A domain needs nothing from an entry point.',
      severity: 'error',
      from: { path: '^src/[^/]+/' },
      to: { path: '^src/[^/]+$' },
    },
    {
      name: 'every-folder-has-a-layer',
      comment: 'A new folder of src/ takes its place in LAYERS.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/[^/]+$', ...LAYERS.flat().map(inFolder)] },
      to: {},
    },
    ...layerRules,
  ],
  options: {
    // TypeScript 7 has no compiler API for dependency-cruiser to parse with; swc reads the sources.
    // It keeps type-only imports, so they count for cycles and layers like any other import.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^node_modules' },
  },
};
