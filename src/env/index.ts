// PLACEHOLDER (issue 5 replaces this): computes and exports the Go environment.
export interface GoEnvironmentContext {
  goRoot: string;
  goVersion: string;
}
export async function configureGoEnvironment(_context: GoEnvironmentContext): Promise<void> {}
