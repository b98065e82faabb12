/**
 * How far the upload of the files of a sync cycle has gone, for the sync box: which file (of how
 * many), its bytes sent so far and its size. Reported by attachments-step.ts as bytes go out.
 */
export interface UploadProgress {
  name: string;
  /** 1-based position of this file among the files this cycle uploads. */
  index: number;
  count: number;
  sent: number;
  total: number;
}

export type UploadObserver = (progress: UploadProgress) => void;
