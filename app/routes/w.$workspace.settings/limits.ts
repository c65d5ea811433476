/** Largest k the form accepts: beyond it nearly every figure of a real organization disappears. */
export const MAX_K_THRESHOLD = 1000;
