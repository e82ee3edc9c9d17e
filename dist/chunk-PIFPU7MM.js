import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);
import {
  JOB_BUILDER_STATE
} from "./chunk-USSYQ7N4.js";
import {
  info,
  warning
} from "./chunk-UUH7NTXT.js";
import {
  getState
} from "./chunk-YQMGHQ5S.js";

// src/build/image/builder-cleanup.ts
async function removeJobBuilderFromState() {
  const name = getState(JOB_BUILDER_STATE);
  if (!name) return;
  const { removeJobBuilder } = await import("./buildx-KZEYBJ7T.js");
  try {
    await removeJobBuilder(name);
    info(`removed the buildx builder ${name} created for this job`);
  } catch (error) {
    warning(error.message);
  }
}

export {
  removeJobBuilderFromState
};
//# sourceMappingURL=chunk-PIFPU7MM.js.map
