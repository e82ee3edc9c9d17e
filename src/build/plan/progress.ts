// Where the engine's steps say what happens while it happens: the group log of the build step.
export interface Reporter {
  info(line: string): void;
  warning(line: string): void;
  notice?(line: string): void;
}
