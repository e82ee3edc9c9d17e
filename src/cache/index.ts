// PLACEHOLDER (issue 5 replaces this): restores the module and build caches.
export interface CacheRestoreContext {
  goVersion: string;
  arch: string;
}
export async function restoreCaches(_context: CacheRestoreContext): Promise<void> {}
