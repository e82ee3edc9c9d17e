// Small pull-request files that explode when expanded without a budget: shared by the budget tests
// (unit and through the bundles) and the drift benchmark's hostile repository.

/** Nested anchors in strategy.matrix.exclude, each level aliasing the one before nine times: 9^levels nodes once walked. */
export function aliasBombWorkflow(levels = 9): string {
  const names = 'abcdefghijklmnop'.slice(0, levels).split('');
  const lines = names.map((name, index) =>
    index === 0
      ? `          - ${name}: &${name} [x,x,x,x,x,x,x,x,x]`
      : `          - ${name}: &${name} [${Array(9)
          .fill(`*${names[index - 1]}`)
          .join(',')}]`,
  );
  return `on: push
jobs:
  t:
    runs-on: x
    strategy:
      matrix:
        go: ['1.22']
        exclude:
${lines.join('\n')}
    steps:
      - uses: actions/setup-go@v5
        with:
          go-version: \${{ matrix.go }}
`;
}

/** 26 ARGs, each three copies of the one before: 3^25 copies of the first once expanded, in under 600 bytes. */
export function argChainDockerfile(): string {
  const names = 'BCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
  const args = names.map((name, i) => {
    const before = i === 0 ? 'A' : names[i - 1];
    return `ARG ${name}=\${${before}}\${${before}}\${${before}}`;
  });
  return `ARG A=xxxxxxxxxxxxxxxx\n${args.join('\n')}\nFROM golang:\${Z}\nRUN go build ./...\n`;
}
