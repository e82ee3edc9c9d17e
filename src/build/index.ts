// PLACEHOLDER (issue 6 replaces this): the cross-build engine, run from the root action when `targets` is set.
export async function runBuildPhase(): Promise<void> {}
