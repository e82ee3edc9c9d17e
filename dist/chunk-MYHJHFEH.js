import { createRequire as __sggCreateRequire } from 'node:module'; const require = __sggCreateRequire(import.meta.url);

// src/shared/order.ts
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  compareStrings
};
//# sourceMappingURL=chunk-MYHJHFEH.js.map
