// Entry point of the root action's main step (the step itself is main-step.ts). When the tool cache
// holds a Go without our receipt, which is hashed before it is used, the hashing threads are started
// first, so that they load while the step's code does.
import { holdsGoWithoutReceipt } from './tool-cache/layout';
import { prewarmHashThreads } from './sumdb/hash-threads';

if (holdsGoWithoutReceipt(process.arch)) prewarmHashThreads();
await import('./main-step');
