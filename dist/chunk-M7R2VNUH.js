import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  info,
  warning
} from "./chunk-GTGMILQT.js";
import {
  getState
} from "./chunk-YQMGHQ5S.js";

// src/build/image/builder-cleanup.ts
var JOB_BUILDER_STATE = "image-job-builder";
async function removeJobBuilderFromState() {
  const name = getState(JOB_BUILDER_STATE);
  if (!name) return;
  const { removeJobBuilder } = await import("./buildx-QP5WCEMF.js");
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
//# sourceMappingURL=chunk-M7R2VNUH.js.map
