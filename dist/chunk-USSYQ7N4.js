import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/build/image/job-builder-state.ts
var JOB_BUILDER_STATE = "image-job-builder";

export {
  JOB_BUILDER_STATE
};
//# sourceMappingURL=chunk-USSYQ7N4.js.map
