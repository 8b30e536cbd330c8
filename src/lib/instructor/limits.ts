/** Size limits for everything an instructor or learner brings in. */
export const LIMITS = {
	/** A share link's code; longer assignments travel as files. */
	linkChars: 4000,
	/** A pasted result code. */
	resultCodeChars: 20_000,
	/** Any JSON once inflated, and any file read. */
	jsonBytes: 2_000_000,
	/** An .ink file pasted or loaded for authoring. */
	inkBytes: 500_000,
	/** Result packages imported at once. */
	resultsPerImport: 2000,
	/** A backup file: everything in one browser's store, instructor data included. */
	backupBytes: 20_000_000,
	/** Records in one backup. */
	backupRecords: 100_000
} as const;
