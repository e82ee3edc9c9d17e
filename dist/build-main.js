import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  runBuildPhase
} from "./chunk-YABM3FGR.js";
import {
  locateOwnGo,
  outsideWorkspaceMarkdown,
  parseBuildInputs,
  parseEnvPolicy,
  reportOwnGo
} from "./chunk-4ES42NK5.js";
import {
  goBinary,
  selectGoRoot
} from "./chunk-NDA52OJJ.js";
import "./chunk-L4CI2NMB.js";
import "./chunk-X5FJGOJB.js";
import "./chunk-CFGINUAJ.js";
import "./chunk-CTTLFQ52.js";
import "./chunk-Y2Q5KOXR.js";
import "./chunk-XHVA37CI.js";
import "./chunk-PI6JENBU.js";
import "./chunk-DRZAVMTK.js";
import "./chunk-UG6VY2RL.js";
import "./chunk-2MNAY5YP.js";
import "./chunk-RZ4XXYW2.js";
import "./chunk-CQSCB3DJ.js";
import {
  actionInputs,
  workspaceDirectory
} from "./chunk-X7OREOBU.js";
import {
  failStep,
  notice
} from "./chunk-UUH7NTXT.js";
import {
  summary
} from "./chunk-YQMGHQ5S.js";
import "./chunk-NNFJ34CN.js";
import "./chunk-FAKZ4MPP.js";
import "./chunk-NBMMN6Z4.js";
import "./chunk-MYHJHFEH.js";
import "./chunk-BM5O3AMR.js";
import "./chunk-XGH6ETTA.js";
import "./chunk-J27SYFL5.js";

// src/build-main.ts
import { availableParallelism } from "node:os";
try {
  const outside = [];
  const inputs = actionInputs();
  const options = parseBuildInputs(inputs, availableParallelism(), { workspace: workspaceDirectory(), outside });
  const policy = parseEnvPolicy(inputs);
  const own = await locateOwnGo(process.env);
  if (!own) throw new Error("no go to build with: run setup-go-golden (or another Go setup step) before this one");
  if (!own.verified) notice(`building with ${goBinary(own.goRoot)}, the go on PATH: no setup-go-golden step of this job verified it`);
  selectGoRoot(own.goRoot);
  await reportOwnGo(own.goRoot, policy);
  if (outside.length > 0) summary.addRaw(outsideWorkspaceMarkdown(outside));
  await runBuildPhase(options);
} catch (error) {
  await failStep("setup-go-golden/build failed", error);
}
//# sourceMappingURL=build-main.js.map
