/** What the commands need from the outside world: the terminal and files (tests pass their own). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): Promise<string>;
  /** Reads a whole file; refuses one over `limit` bytes without reading it. */
  readBytes(path: string, limit: number): Promise<Uint8Array>;
  /** Replaces `path` all at once: never a partial file, even if interrupted. */
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
  makeDir(path: string): Promise<void>;
}
