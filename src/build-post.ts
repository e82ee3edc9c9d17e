// Post step of the build/ sub-action: removes the buildx builder made for the job's image, if any.
import { removeJobBuilderFromState } from './build/image/builder-cleanup';

await removeJobBuilderFromState();
