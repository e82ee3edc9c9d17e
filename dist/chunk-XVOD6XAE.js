import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  parseVersionSpec
} from "./chunk-FAKZ4MPP.js";
import {
  compareGoVersions,
  parseGoVersion,
  releaseVersion
} from "./chunk-NBMMN6Z4.js";

// src/version/version-files.ts
var SUPPORTED_VERSION_FILES = ["go.mod", "go.work", ".go-version", ".tool-versions"];
function stripBom(contents) {
  return contents.charCodeAt(0) === 65279 ? contents.slice(1) : contents;
}
function lines(contents) {
  return stripBom(contents).split(/\r?\n|\r/);
}
function tokenize(line, where) {
  const tokens = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === " " || c === "	") {
      i++;
    } else if (line.startsWith("//", i)) {
      break;
    } else if (c === '"' || c === "`") {
      const start = i;
      i++;
      let text = "";
      while (i < line.length && line[i] !== c) {
        if (c === '"' && line[i] === "\\" && i + 1 < line.length) i++;
        text += line[i];
        i++;
      }
      if (i >= line.length) throw new Error(`${where}: unterminated quoted string`);
      i++;
      tokens.push({ text, column: start + 1 });
    } else if (c === "(" || c === ")") {
      tokens.push({ text: c, column: i + 1 });
      i++;
    } else {
      const start = i;
      while (i < line.length && !' 	()"`'.includes(line[i]) && !line.startsWith("//", i)) i++;
      tokens.push({ text: line.slice(start, i), column: start + 1 });
    }
  }
  return tokens;
}
function parseGoModDirectives(contents, fileName = "go.mod") {
  const result = { use: [] };
  let block;
  const record = (verb, args, line) => {
    const where = `${fileName}:${line}`;
    const first = args[0];
    if (verb === "use") {
      if (first) result.use.push({ value: first.text, line, column: first.column });
      return;
    }
    if (verb !== "go" && verb !== "toolchain") return;
    if (!first || args.length > 1) throw new Error(`${where}: expected exactly one argument: ${verb} <version>`);
    const previous = result[verb];
    if (previous) throw new Error(`${where}: repeated ${verb} line (the first is on line ${previous.line})`);
    result[verb] = { value: first.text, line, column: first.column };
  };
  lines(contents).forEach((text, index) => {
    const line = index + 1;
    const tokens = tokenize(text, `${fileName}:${line}`);
    if (tokens.length === 0) return;
    if (block) {
      if (tokens[0].text === ")") block = void 0;
      else record(block.verb, tokens, line);
      return;
    }
    const [verb, ...args] = tokens;
    if (args[0]?.text === "(") {
      if (args[1]?.text !== ")") block = { verb: verb.text, line };
      return;
    }
    record(verb.text, args, line);
  });
  if (block) throw new Error(`${fileName}:${block.line}: ${block.verb} block is never closed with ")"`);
  return result;
}
var GO_LINE_VERSION = /^[0-9]+\.[0-9]+/;
function goLineSpec(directive, fileName) {
  const version = GO_LINE_VERSION.test(directive.value) ? parseGoVersion(directive.value) : void 0;
  if (!version) {
    throw new Error(
      `${fileName}:${directive.line}: go line ${JSON.stringify(directive.value)} is not a Go version (expected e.g. "go 1.22" or "go 1.22.3")`
    );
  }
  return { spec: { kind: "minimum", version }, line: directive.line, text: directive.value, warnings: [] };
}
var TOOLCHAIN_SUFFIX = /[-\s].*$/s;
function toolchainRelease(directive, fileName, warnings) {
  const where = `${fileName}:${directive.line}`;
  const name = directive.value.replace(TOOLCHAIN_SUFFIX, "");
  const release = name.startsWith("go") ? releaseVersion(name.slice(2)) : void 0;
  if (!release) {
    throw new Error(`${where}: toolchain ${JSON.stringify(directive.value)} is not a Go release (expected e.g. "toolchain go1.22.5")`);
  }
  if (release.patch === void 0 && release.pre === void 0) {
    throw new Error(`${where}: toolchain ${directive.value} names a language version, not a release; write ${name}.0`);
  }
  if (name !== directive.value) {
    warnings.push(
      `${where}: toolchain ${directive.value} is a custom build of ${name}; installing the published ${name} (the go command reads the line the same way)`
    );
  }
  return release;
}
function parseGoModLike(fileName, contents) {
  const directives = parseGoModDirectives(contents, fileName);
  const go = directives.go && goLineSpec(directives.go, fileName);
  const toolchain = directives.toolchain;
  if (toolchain && toolchain.value !== "default") {
    const warnings = [];
    const release = toolchainRelease(toolchain, fileName, warnings);
    const exact = { spec: { kind: "exact", version: release }, line: toolchain.line, text: toolchain.value, warnings };
    if (go?.spec.kind !== "minimum" || compareGoVersions(release, go.spec.version) >= 0) return exact;
    go.warnings.push(
      `${fileName}:${toolchain.line}: toolchain ${toolchain.value} is older than the go line (go ${go.text}, line ${go.line}); using the go line`
    );
  }
  if (!go) throw new Error(`${fileName}: no go or toolchain line names a Go version`);
  return go;
}
function meaningfulLines(contents) {
  return lines(contents).flatMap((raw, index) => {
    const text = raw.replace(/#.*/, "").trim();
    return text === "" ? [] : [{ text, line: index + 1 }];
  });
}
var MAX_SPEC_LENGTH = 128;
function specFromFileText(text, fileName, line) {
  if (text.length > MAX_SPEC_LENGTH) {
    throw new Error(`${fileName}:${line}: a value of ${text.length} characters is not a Go version`);
  }
  const { spec, warnings } = parseVersionSpec(text, `${fileName}:${line}`, { fromYaml: false });
  return { spec, line, text, warnings };
}
function parseGoVersionFile(fileName, contents) {
  const [first, ...rest] = meaningfulLines(contents);
  if (!first) throw new Error(`${fileName}: the file names no Go version`);
  const result = specFromFileText(first.text, fileName, first.line);
  if (rest.length > 0) result.warnings.push(`${fileName}:${rest[0].line}: ignoring everything after the version on line ${first.line}`);
  return result;
}
var TOOL_NAMES = ["golang", "go"];
function parseToolVersions(fileName, contents) {
  for (const { text, line } of meaningfulLines(contents)) {
    const [tool, first] = text.split(/\s+/);
    if (!TOOL_NAMES.includes(tool)) continue;
    if (!first) throw new Error(`${fileName}:${line}: the ${tool} line lists no version`);
    if (first === "system" || /^(ref|path):/.test(first)) {
      throw new Error(`${fileName}:${line}: ${tool} ${first} is not a Go version this action can install`);
    }
    return specFromFileText(first, fileName, line);
  }
  throw new Error(`${fileName}: no "golang <version>" line`);
}
function baseName(path) {
  return path.split(/[\\/]/).pop() ?? path;
}
function parseVersionFile(fileName, contents) {
  switch (baseName(fileName)) {
    case "go.mod":
    case "go.work":
      return parseGoModLike(fileName, contents);
    case ".go-version":
      return parseGoVersionFile(fileName, contents);
    case ".tool-versions":
      return parseToolVersions(fileName, contents);
    default:
      throw new Error(`${fileName}: unsupported version file; supported: ${SUPPORTED_VERSION_FILES.join(", ")}`);
  }
}

export {
  parseGoModDirectives,
  parseVersionFile
};
//# sourceMappingURL=chunk-XVOD6XAE.js.map
