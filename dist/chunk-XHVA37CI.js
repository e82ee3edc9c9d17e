import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/http/status-error.ts
var HttpStatusError = class extends Error {
  constructor(url, status, detail = "") {
    super(`GET ${url} answered HTTP ${status}${detail}`);
    this.url = url;
    this.status = status;
  }
  url;
  status;
};

export {
  HttpStatusError
};
//# sourceMappingURL=chunk-XHVA37CI.js.map
