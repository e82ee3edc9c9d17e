import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  info,
  warning
} from "./chunk-OIZN36WV.js";
import {
  getState
} from "./chunk-EYQVFZ2G.js";

// src/build/cleanup.ts
var JOB_BUILDER_STATE = "image-job-builder";
async function removeJobBuilderFromState() {
  const name = getState(JOB_BUILDER_STATE);
  if (!name) return;
  const { removeJobBuilder } = await import("./buildx-V3O3NF67.js");
  try {
    await removeJobBuilder(name);
    info(`removed the buildx builder ${name} created for this job`);
  } catch (error) {
    warning(error.message);
  }
}

export {
  JOB_BUILDER_STATE,
  removeJobBuilderFromState
};
//# sourceMappingURL=chunk-QO2G6B5L.js.map
