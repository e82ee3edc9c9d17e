// PLACEHOLDER (issue 7 replaces this): the drift check, run from the root action per `drift-check`.
export async function runDriftPhase(_options: { workingDirectory: string; mode: 'off' | 'warn' | 'error' }): Promise<void> {}
