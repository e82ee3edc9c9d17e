/** Step state naming the buildx builder the main step created for the job, for the post step to remove. */
export const JOB_BUILDER_STATE = 'image-job-builder';
