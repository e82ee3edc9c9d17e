// Entry point of the root action's main step (the step itself is main-step.ts). When the tool cache
// holds a Go, which is hashed before every use (a receipt is a hint, not a proof), the hashing
// threads are started first, so that they load while the step's code does.
import { holdsGo } from './tool-cache/layout';
import { prewarmHashThreads } from './sumdb/hash-threads';

if (holdsGo(process.arch)) prewarmHashThreads();
await import('./main-step');
