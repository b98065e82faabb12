import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { freePort } from './server-process.ts';

/** s3rver's fixed credentials; the AWS SDK reads them from the environment like real ones. */
export const S3_TEST_ENV = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' };

/**
 * A local S3-compatible server (s3rver, from the package registry) on a free port of 127.0.0.1, with one
 * empty bucket: the BLOB_URL of a deployment whose attachments live in an object store.
 */
export async function startS3Server(bucket = 'attachments') {
  const port = await freePort();
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory: mkdtempSync(join(tmpdir(), 'ch-s3-')),
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  await server.run();
  Object.assign(process.env, S3_TEST_ENV);
  return { blobUrl: `http://127.0.0.1:${port}/${bucket}/clearinghouse`, close: () => server.close() };
}
