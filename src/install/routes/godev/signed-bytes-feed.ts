// Kept apart from the signature check so that the download can start feeding bytes before
// openpgp.js has even been loaded.

/**
 * The archive's bytes as they arrive, for a signature check that hashes alongside the download
 * instead of after it (and never needs the whole archive in one buffer).
 */
export class SignedBytesFeed {
  readonly stream: ReadableStream<Uint8Array>;
  private controller!: ReadableStreamDefaultController<Uint8Array>;
  private open = true;

  constructor() {
    this.stream = new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.controller = controller;
      },
      cancel: () => {
        this.open = false;
      },
    });
  }

  write(chunk: Uint8Array): void {
    if (this.open) this.controller.enqueue(chunk);
  }

  end(): void {
    if (this.open) this.controller.close();
    this.open = false;
  }

  /** The download failed: a check reading the stream fails with `error` instead of waiting. */
  fail(error: Error): void {
    if (this.open) this.controller.error(error);
    this.open = false;
  }

  /** No check will read the bytes (or its verdict is in): stop keeping them. A reader still waiting fails rather than hangs. */
  discard(): void {
    if (this.open) this.controller.error(new Error('signature check abandoned'));
    this.open = false;
  }
}
