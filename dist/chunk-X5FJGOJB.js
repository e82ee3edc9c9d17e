import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  targetId
} from "./chunk-CFGINUAJ.js";

// src/build/plan/link-free.ts
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { lstat, mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
var LinkRefused = class extends Error {
  name = "LinkRefused";
  constructor(input, path, problem) {
    super(`input ${input}: ${path} ${problem}; the build never writes through links or over anything but a regular file`);
  }
};
async function kindAt(path) {
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) return "link";
    return info.isDirectory() ? "directory" : info.isFile() ? "file" : "other";
  } catch (error) {
    if (error.code === "ENOENT") return "missing";
    throw error;
  }
}
async function linkFreeFolder(input, root, folder) {
  const below = relative(root, folder);
  if (below.startsWith("..")) throw new Error(`${folder} is not inside ${root}`);
  let path = root;
  for (const component of below.split(sep).filter(Boolean)) {
    path = join(path, component);
    let kind = await kindAt(path);
    if (kind === "missing") {
      await mkdir(path).catch((error) => {
        if (error.code !== "EEXIST") throw error;
      });
      kind = await kindAt(path);
    }
    if (kind === "link") throw new LinkRefused(input, path, "is a symbolic link");
    if (kind !== "directory") throw new LinkRefused(input, path, "exists and is not a folder");
  }
}
async function refuseNonFiles(input, folder, names) {
  for (const name of names) {
    const path = join(folder, name);
    const kind = await kindAt(path);
    if (kind === "link") throw new LinkRefused(input, path, "is a symbolic link");
    if (kind === "directory" || kind === "other") throw new LinkRefused(input, path, "exists and is not a regular file");
  }
}
function partialBeside(path) {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.partial`);
}
async function renameIntoPlace(partial, path) {
  await rename(partial, path).catch(async (error) => {
    await rm(partial, { force: true });
    throw error;
  });
}
async function writeFileNoFollow(path, data, mode = 420) {
  const partial = partialBeside(path);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  const handle = await open(partial, flags, mode);
  try {
    await handle.writeFile(data);
    await handle.chmod(mode);
  } catch (error) {
    await handle.close();
    await rm(partial, { force: true });
    throw error;
  }
  await handle.close();
  await renameIntoPlace(partial, path);
}

// src/build/image/build-context.ts
function imageBinaries(binaries, platforms) {
  const linux = binaries.filter((binary) => binary.target.goos === "linux");
  if (platforms.length === 0) {
    if (linux.length === 0) throw new Error("image: no Linux target was built, so there is nothing to put in an image");
    return linux;
  }
  return platforms.map((platform) => {
    if (!/^[^/\s]+\/[^/\s]+(\/[^/\s]+)?$/.test(platform)) throw new Error(`input platforms: "${platform}" is not os/arch[/variant]`);
    const found = linux.find((binary) => targetId(binary.target) === platform);
    if (!found) {
      throw new Error(
        `input platforms: ${platform} is not among the built Linux targets (${linux.map((b) => targetId(b.target)).join(", ") || "none"})`
      );
    }
    return found;
  });
}
function contextLayout(binaries) {
  return binaries.map((binary) => ({ source: binary.source, destination: `${targetId(binary.target)}/${binary.program}` }));
}
function defaultDockerfile(program) {
  return ["FROM scratch", "ARG TARGETPLATFORM", `COPY $TARGETPLATFORM/${program} /${program}`, `ENTRYPOINT ["/${program}"]`, ""].join("\n");
}
function buildxBuildArgs(request) {
  return [
    "build",
    ...request.builder ? ["--builder", request.builder] : [],
    "--platform",
    request.platforms.join(","),
    "--file",
    request.dockerfile,
    "--tag",
    request.image,
    // buildx adds provenance attestations by default (one extra manifest per platform).
    ...request.attestations === "off" ? ["--provenance=false", "--sbom=false"] : [],
    "--metadata-file",
    request.metadataFile,
    ...request.push ? ["--output", "type=registry"] : [],
    ...request.ociTarball ? ["--output", `type=oci,dest=${request.ociTarball}`] : [],
    request.context
  ];
}
function parseBuilderInspect(text) {
  const field = (label) => new RegExp(`^\\s*${label}:\\s*(.*?)\\s*$`, "mi").exec(text)?.[1] ?? "";
  const driver = field("Driver");
  const feature = (label) => {
    const value = field(label).toLowerCase();
    return value === "" ? driver !== "docker" : value === "true";
  };
  return { name: field("Name"), driver, multiPlatform: feature("Multi-platform build"), ociExport: feature("OCI exporter") };
}
function chooseBuilder(current, needs) {
  const missing = [
    needs.multiPlatform && !current.multiPlatform ? "multi-platform builds" : "",
    needs.ociExport && !current.ociExport ? "the OCI exporter (image-output)" : ""
  ].filter(Boolean);
  if (needs.chosen) {
    if (missing.length > 0) {
      throw new Error(
        `${needs.chosenBy}: builder ${needs.chosen} (driver ${current.driver}) lacks ${missing.join(" and ")}; use a docker-container or remote builder, or leave ${needs.chosenBy} unset so a builder is created for this job`
      );
    }
    return { action: "use", builder: needs.chosen };
  }
  return missing.length > 0 ? { action: "create", builder: needs.jobBuilder } : { action: "use", builder: current.name };
}
function createBuilderArgs(name) {
  return [
    ["create", "--name", name, "--driver", "docker-container"],
    ["inspect", "--bootstrap", "--builder", name]
  ];
}
function removeBuilderArgs(name) {
  return ["rm", "--builder", name];
}
function explainBuildFailure(output, builtPlatforms, knownOs) {
  const missing = /"\/?([^"\s]+)": not found/.exec(output)?.[1];
  if (missing) {
    const parts = missing.split("/");
    const platform = knownOs.includes(parts[0]) && parts.length >= 2 ? parts.slice(0, /^v[0-9.]+$/.test(parts[2] ?? "") ? 3 : 2).join("/") : void 0;
    if (platform && !builtPlatforms.some((built) => missing.startsWith(`${built}/`))) {
      return `the Dockerfile copies ${missing}, but ${platform} was not built for this image (image platforms: ${builtPlatforms.join(", ")})`;
    }
    return `the Dockerfile copies ${missing}, which is not in the build context (it holds <os>/<arch>[/<variant>]/<program> for ${builtPlatforms.join(", ")})`;
  }
  const lines = output.split("\n").map((line) => line.trim()).filter(Boolean);
  return lines.reverse().find((line) => /^ERROR:|error:/i.test(line));
}
function imageNote(image, facts, push, ociTarball) {
  const destinations = [push ? "pushed" : "", ociTarball ? `OCI layout in ${ociTarball}` : ""].filter(Boolean);
  const builder = facts.builder ? `builder ${facts.builder}${facts.createdBuilder ? " (created for this job)" : ""}` : "";
  return [
    `Image ${image}: ${destinations.join(", ") || "built (kept in the builder cache only: set push or image-output)"}`,
    facts.digest ? `digest ${facts.digest}` : "",
    `platforms ${facts.platforms.join(", ")}`,
    builder
  ].filter(Boolean).join("; ");
}

export {
  linkFreeFolder,
  refuseNonFiles,
  partialBeside,
  renameIntoPlace,
  writeFileNoFollow,
  imageBinaries,
  contextLayout,
  defaultDockerfile,
  buildxBuildArgs,
  parseBuilderInspect,
  chooseBuilder,
  createBuilderArgs,
  removeBuilderArgs,
  explainBuildFailure,
  imageNote
};
//# sourceMappingURL=chunk-X5FJGOJB.js.map
