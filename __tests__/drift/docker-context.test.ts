// Which build context a Dockerfile is built with, and what a stage builds of the module it holds:
// the readers of build commands, compose and bake files, and their effect through the whole check.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReadBudget } from '../../src/shared/repo-file';
import { checkDrift } from '../../src/drift/check';
import {
  buildsInBake,
  buildsInCompose,
  buildsInMakefile,
  buildsInShell,
  buildsInWorkflow,
  simpleCommands,
} from '../../src/drift/docker-context';
import { readDockerfile } from '../../src/drift/dockerfile';
import { CheckReads, scanTree } from '../../src/drift/scan';
import { parseYamlFile, type YamlFile } from '../../src/drift/yaml-source';
import type { RepoFile } from '../../src/drift/types';

function yaml(path: string, text: string): YamlFile {
  const parsed = parseYamlFile(path, text);
  assert.ok(parsed.ok);
  return parsed.file;
}

function pairs(builds: Array<{ dockerfile: string; context: string | undefined }>): string[] {
  return builds.map((b) => `${b.dockerfile} @ ${b.context ?? '?'}`);
}

describe('build commands', () => {
  test('shell words: quotes, substitutions and expressions stay in their word; comments and separators end commands', () => {
    assert.deepEqual(simpleCommands('cd "a b" && docker build -t $(echo x y) ${{ matrix.c }} # docker build z\necho \\\n  done'), [
      ['cd', 'a b'],
      ['docker', 'build', '-t', '$(echo x y)', '${{ matrix.c }}'],
      ['echo', 'done'],
    ]);
  });

  test('docker build, buildx build and podman build: -f relative to where the command runs, the context its argument', () => {
    assert.deepEqual(
      pairs(
        buildsInShell(
          [
            'docker build -f build/Dockerfile .',
            'docker buildx build --platform linux/amd64 --push --file=deploy/x.Dockerfile --build-arg A=1 ..',
            'sudo podman build -t img --layers ./svc',
            'docker image build -q -',
            'docker build https://github.com/example/repo.git#main',
            'docker build -f Dockerfile "$CONTEXT"',
            'docker build -f "$DOCKERFILE" .',
            'docker build -f $(pwd)/Dockerfile.ci ${{ github.workspace }}',
            'echo docker ps',
          ].join('\n'),
          'app',
        ),
      ),
      [
        'app/build/Dockerfile @ app',
        'app/deploy/x.Dockerfile @ .',
        'app/svc/Dockerfile @ app/svc',
        'app/Dockerfile @ ?',
        'app/Dockerfile.ci @ .',
      ],
    );
    assert.deepEqual(pairs(buildsInShell('docker build ../../outside', '.')), []);
    assert.deepEqual(pairs(buildsInShell('docker build -f Dockerfile .', undefined)), []);
  });

  test('Makefile recipes run from the Makefile folder, a .mk file from the root; $$ is the shell $', () => {
    const recipe = 'image:\n\t@docker build -t $(IMAGE) -f $$(pwd)/Dockerfile $(CURDIR)\n';
    assert.deepEqual(pairs(buildsInMakefile('tools/Makefile', recipe)), ['tools/Dockerfile @ tools']);
    assert.deepEqual(pairs(buildsInMakefile('build/docker.mk', recipe)), ['Dockerfile @ .']);
    const variables = 'DOCKERFILE ?= build/Dockerfile\nCONTEXT := $(shell pwd)\nimage:\n\tdocker build -f $(DOCKERFILE) ${CONTEXT}\n';
    assert.deepEqual(pairs(buildsInMakefile('Makefile', variables)), ['build/Dockerfile @ ?']);
    const command = 'BUILD := DOCKER_BUILDKIT=1 docker buildx build --load\nimage:\n\t$(BUILD) -t app -f cmd/app/Dockerfile .\n';
    assert.deepEqual(pairs(buildsInMakefile('Makefile', command)), ['cmd/app/Dockerfile @ .']);
    // A quote a recipe line leaves open, or a definition continued on the next line, ends with its line.
    const loose = 'FLAGS := -X a \\\n  -X b\nGO := "-w $(FLAGS)"\nhelp:\n\t@echo don\'t\nimg:\n\tdocker build -f cmd/x/Dockerfile .\n';
    assert.deepEqual(pairs(buildsInMakefile('Makefile', loose)), ['cmd/x/Dockerfile @ .']);
  });

  test('workflows: run steps in their working directory, build-push-action, the bake files bake-action names', () => {
    const file = yaml(
      '.github/workflows/images.yml',
      `on: push
defaults:
  run:
    working-directory: services
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: docker build api
      - run: docker build -f ../Dockerfile ..
        working-directory: services/web
      - uses: docker/build-push-action@v6
      - uses: docker/build-push-action@v6
        with:
          context: "{{defaultContext}}:tools"
      - uses: docker/build-push-action@v6
        with:
          context: ./services/api
          file: build/api.Dockerfile
      - uses: docker/bake-action@v5
        with:
          workdir: deploy
          files: |
            ./bake.hcl
            ./bake.override.hcl
  b:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: \${{ matrix.dir }}
    steps:
      - run: docker build -f Dockerfile .
`,
    );
    const { builds, bakeFiles } = buildsInWorkflow(file);
    assert.deepEqual(pairs(builds), [
      'services/api/Dockerfile @ services/api',
      'services/Dockerfile @ services',
      'Dockerfile @ .',
      'tools/Dockerfile @ tools',
      'build/api.Dockerfile @ services/api',
    ]);
    assert.deepEqual(bakeFiles, [
      { path: 'deploy/bake.hcl', workdir: 'deploy' },
      { path: 'deploy/bake.override.hcl', workdir: 'deploy' },
    ]);
  });

  test('compose: build as a context or as context and dockerfile, relative to the compose file; ${VAR:-default} reads its default', () => {
    const file = yaml(
      'deploy/compose.yaml',
      'services:\n  a:\n    build: ../api\n  b:\n    build:\n      context: ..\n      dockerfile: deploy/b.Dockerfile\n  c:\n    build:\n      context: ${CTX:-./c}\n  d:\n    build:\n      context: ${CTX}\n  e:\n    image: nginx\n  f:\n    build:\n      context: ..\n      dockerfile: $PWD/Dockerfile\n',
    );
    assert.deepEqual(pairs(buildsInCompose(file)), [
      'api/Dockerfile @ api',
      'deploy/b.Dockerfile @ .',
      'deploy/c/Dockerfile @ deploy/c',
      'deploy/Dockerfile @ .',
    ]);
  });

  test('bake: context (default .) and dockerfile per target, through inherits; HCL and JSON', () => {
    const hcl = `variable "V" {
  default = "1"
}
target "base" {
  context = "."
  args = { GO = "1.22" }
}
target "api" {
  inherits = ["base"]
  dockerfile = "build/api.Dockerfile"
}
target "docs" {
  context = "docs"
}
target "dynamic" {
  context = "\${V}"
  dockerfile = "x/Dockerfile"
}
`;
    assert.deepEqual(pairs(buildsInBake('docker-bake.hcl', hcl)), ['Dockerfile @ .', 'build/api.Dockerfile @ .', 'docs/Dockerfile @ docs']);
    const json = JSON.stringify({ target: { a: { context: 'svc' }, b: { inherits: ['a'], dockerfile: 'b.Dockerfile' } } });
    assert.deepEqual(pairs(buildsInBake('docker-bake.json', json, 'deploy')), [
      'deploy/svc/Dockerfile @ deploy/svc',
      'deploy/svc/b.Dockerfile @ deploy/svc',
    ]);
    assert.deepEqual(buildsInBake('docker-bake.json', '{not json'), []);
  });

  test('a compose file a bake-action names is read as compose; a broken one is no finding', () => {
    const workflow = {
      path: '.github/workflows/bake.yml',
      contents:
        'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: docker/bake-action@v5\n        with:\n          files: deploy/stack.yml\n',
    };
    const stack = 'services:\n  api:\n    build:\n      context: ..\n      dockerfile: deploy/api.Dockerfile\n';
    const files: RepoFile[] = [
      { path: 'go.mod', contents: 'module example.com/app\n\ngo 1.24\n' },
      workflow,
      { path: 'deploy/stack.yml', contents: stack },
      { path: 'deploy/api.Dockerfile', contents: 'FROM golang:1.22\nCOPY . .\nRUN go build ./...\n' },
      { path: 'examples/compose.yaml', contents: 'services: [unclosed\n' },
    ];
    assert.deepEqual(
      checkDrift(files).findings.map((f) => `${f.rule} ${f.file}:${f.line}`),
      ['dockerfile-below-minimum deploy/api.Dockerfile:1'],
    );
  });
});

describe('what a stage runs of its build context', () => {
  const builds = (dockerfile: string): boolean[] => readDockerfile('Dockerfile', dockerfile).map((usage) => usage.buildsModule);

  test('chmod, ls, cp and mkdir of copied files run nothing; a script, make or a shell given a script does', () => {
    assert.deepEqual(
      builds('FROM golang:1.22\nCOPY run.sh /run.sh\nRUN chmod +x /run.sh && ls /run.sh; cp /run.sh /bin/ && mkdir -p /x\n'),
      [false],
    );
    assert.deepEqual(builds('FROM golang:1.22\nCOPY . .\nRUN CGO_ENABLED=0 ./build.sh\n'), [true]);
    assert.deepEqual(builds('FROM golang:1.22\nCOPY . .\nRUN bash scripts/test\n'), [true]);
    assert.deepEqual(builds('FROM golang:1.22\nCOPY . .\nRUN sh -c "cd /src && make"\n'), [true]);
    assert.deepEqual(builds('FROM golang:1.22\nCOPY . .\nRUN ["/bin/sh", "-c", "echo hi"]\n'), [false]);
    assert.deepEqual(builds('FROM golang:1.22\nCOPY . .\nRUN <<EOT\nset -e\n./hack/build\nEOT\n'), [true]);
    assert.deepEqual(builds('FROM golang:1.22\nCOPY . .\nRUN <<EOT\nchmod +x a.sh\nEOT\n'), [false]);
    assert.deepEqual(builds('FROM golang:1.22\nRUN --mount=type=bind,target=. govulncheck -format text ./... | tee /out\n'), [true]);
  });

  test('go install of a fixed version builds a tool, even with its output redirected', () => {
    assert.deepEqual(builds('FROM golang:1.22\nRUN go install golang.org/x/tools/cmd/goimports@v0.20.0 >/dev/null 2>&1\n'), [false]);
    assert.deepEqual(builds('FROM golang:1.22\nCOPY . .\nRUN go install ./cmd/app 2>&1\n'), [true]);
  });
});

describe('the module a build context holds', () => {
  const ROOT_MOD: RepoFile = { path: 'go.mod', contents: 'module example.com/app\n\ngo 1.24\n' };
  const STAGE = 'FROM golang:1.22\nCOPY . .\nRUN go build ./...\n';
  const below = (files: RepoFile[]): string[] =>
    checkDrift(files)
      .findings.filter((f) => f.rule === 'dockerfile-below-minimum')
      .map((f) => `${f.file}:${f.line} ${f.expected}`);

  test('a context below the module root with no go.mod of its own builds nothing of it', () => {
    const workflow = {
      path: '.github/workflows/img.yml',
      contents: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: docker build examples/a\n',
    };
    const result = checkDrift([ROOT_MOD, workflow, { path: 'examples/a/Dockerfile', contents: STAGE }]);
    assert.deepEqual(
      result.findings.filter((f) => f.file === 'examples/a/Dockerfile'),
      [],
    );
    assert.ok(result.sites.some((s) => s.file === 'examples/a/Dockerfile' && s.version.includes('builds nothing of the module')));
  });

  test('built from nowhere the check sees: a stage that needs a go.mod its folder lacks is judged against the module above', () => {
    const files = (contents: string): RepoFile[] => [ROOT_MOD, { path: 'build/Dockerfile', contents }];
    assert.deepEqual(below(files('FROM golang:1.22\nCOPY go.mod go.sum ./\nRUN go mod download\n')), ['build/Dockerfile:1 >= 1.24']);
    assert.deepEqual(below(files('FROM golang:1.22\nCOPY . .\nRUN go build -o /bin/app ./cmd/app\n')), ['build/Dockerfile:1 >= 1.24']);
    // A folder's own main.go, or a go.mod made in the image, needs none.
    assert.deepEqual(below(files('FROM golang:1.22\nCOPY . .\nRUN go build -o ./bin/app main.go\n')), []);
    assert.deepEqual(below(files('FROM golang:1.22\nCOPY . .\nRUN go mod init example && go build ./...\n')), []);
    // Nor Go run on a downloaded archive.
    const download =
      'FROM golang:1.22\nADD https://example.com/app/main.tar.gz /b/\nRUN tar xzf /b/main.tar.gz && cd app && go build ./cmd/app\n';
    assert.deepEqual(below(files(download)), []);
  });

  test('a context known only at run time: the Dockerfile folder and the root', () => {
    const workflow = {
      path: '.github/workflows/img.yml',
      contents:
        'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: docker build -f examples/a/Dockerfile "${{ inputs.context }}"\n',
    };
    assert.deepEqual(below([ROOT_MOD, workflow, { path: 'examples/a/Dockerfile', contents: STAGE }]), ['examples/a/Dockerfile:1 >= 1.24']);
  });

  test('a context above nested modules, below the root module: the modules it holds, not the root', () => {
    const files: RepoFile[] = [
      ROOT_MOD,
      { path: 'tools/a/go.mod', contents: 'module example.com/a\n\ngo 1.21\n' },
      { path: 'tools/b/go.mod', contents: 'module example.com/b\n\ngo 1.23\n' },
      { path: 'tools/compose.yml', contents: 'services:\n  t:\n    build:\n      context: .\n      dockerfile: Dockerfile\n' },
      { path: 'tools/Dockerfile', contents: 'FROM golang:1.22\nCOPY . .\nRUN cd a && go build ./...\n' },
    ];
    assert.deepEqual(below(files), ['tools/Dockerfile:1 >= 1.23']);
  });
});

describe('reading build files', () => {
  test('compose files, bake files and Makefiles are read after the workflows: past the budget they are left out first', () => {
    const root = mkdtempSync(join(tmpdir(), 'sgg-image-builds-'));
    try {
      mkdirSync(join(root, '.github/workflows'), { recursive: true });
      writeFileSync(join(root, 'Makefile'), 'image:\n\tdocker build .\n');
      writeFileSync(join(root, 'compose.yaml'), 'services:\n  a:\n    build: .\n');
      writeFileSync(join(root, 'docker-bake.hcl'), 'target "a" {\n}\n');
      writeFileSync(join(root, 'Dockerfile'), 'FROM golang:1.22\n');
      writeFileSync(join(root, '.github/workflows/ci.yml'), 'on: push\n');
      const { files, refused } = scanTree(root, [], new CheckReads(new ReadBudget(4, 1 << 20)));
      assert.deepEqual(
        files.map((f) => f.path),
        ['Dockerfile', '.github/workflows/ci.yml', 'Makefile', 'compose.yaml'],
      );
      assert.deepEqual(
        refused.map((f) => f.file),
        ['docker-bake.hcl'],
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('hostile build files stay linear', () => {
  const GUARD_MS = 5000;
  const timed = <T>(check: () => T): T => {
    const start = performance.now();
    const result = check();
    assert.ok(performance.now() - start < GUARD_MS, 'the reader is not linear');
    return result;
  };

  test('unclosed substitutions, endless flags, many builds, targets that inherit each other', () => {
    timed(() => simpleCommands('docker build $('.repeat(200_000)));
    timed(() => buildsInShell(`docker build ${'--tag '.repeat(200_000)}`, '.'));
    timed(() => buildsInMakefile('Makefile', `A = ${' '.repeat(500_000)}x\n${'$(A)'.repeat(200_000)}`));
    assert.equal(timed(() => buildsInMakefile('Makefile', 'docker build .;'.repeat(100_000))).length, 100_000);
    const names = Array.from({ length: 400 }, (_, i) => `"t${i}"`).join(',');
    const hcl = Array.from({ length: 400 }, (_, i) => `target "t${i}" {\n  inherits = [${names}]\n}\n`).join('');
    assert.equal(timed(() => buildsInBake('docker-bake.hcl', hcl)).length, 400);
  });
});
