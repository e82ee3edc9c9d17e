// Entry point of the root action's main step. A Go in the tool cache without our receipt (a runner
// image's) is hashed before it is used, on threads that take 70 ms of CPU to start on a 2-vCPU
// runner: as long as the step's code takes to load. When the tool cache holds one, the threads
// start first and load alongside; the step itself loads with import(), after them.
import { holdsGoWithoutReceipt } from './tool-cache/layout';
import { prewarmHashThreads } from './sumdb/hash-threads';

if (holdsGoWithoutReceipt(process.arch)) prewarmHashThreads();
await import('./main-step');
