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

// src/shared/sleep.ts
function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}

export {
  HttpStatusError,
  sleep
};
//# sourceMappingURL=chunk-2GH5U5D6.js.map
