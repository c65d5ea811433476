/** An expected failure of a backup or restore, with a message for the person running it. */
export class BackupError extends Error {}
