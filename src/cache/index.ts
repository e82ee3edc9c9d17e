// The caches: restore in the main step (concurrently with the Go install), trim and save in the post step.
export { restoreCaches, type CacheRestoreContext, type CacheRestoreResult } from './restore';
export { saveCaches } from './save';
