import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';

/** Where finished attachments go when they do not live in the database: an S3-compatible object store. */
export interface ObjectStore {
  /** Stores `size` bytes under the hash (the caller verified them); storing the same hash twice is harmless. */
  put(sha256: string, size: number, body: AsyncIterable<Uint8Array>): Promise<void>;
  /** The object's bytes and stored length, or null when there is none. */
  get(sha256: string): Promise<{ size: number; body: ReadableStream<Uint8Array> } | null>;
  has(sha256: string): Promise<boolean>;
}

export class BlobUrlError extends Error {}

/**
 * BLOB_URL names the bucket and a key prefix: `s3://bucket/prefix` for Amazon S3, or
 * `http(s)://host:port/bucket/prefix` for another S3-compatible server (path-style addressing). The
 * credentials never appear in it: the AWS SDK reads them from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY
 * (or its other usual sources), the region from AWS_REGION.
 */
export function parseBlobUrl(text: string): { endpoint: string | null; bucket: string; prefix: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new BlobUrlError(`BLOB_URL is not a URL: use s3://bucket/prefix or http(s)://host:port/bucket/prefix.`);
  }
  if (url.username || url.password) {
    throw new BlobUrlError('BLOB_URL must not carry credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY instead.');
  }
  const path = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
  if (url.protocol === 's3:') {
    if (!url.hostname) throw new BlobUrlError('BLOB_URL s3://bucket/prefix needs a bucket.');
    return { endpoint: null, bucket: url.hostname, prefix: path };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BlobUrlError(`BLOB_URL must start with s3://, http:// or https://, not ${url.protocol}//.`);
  }
  const [bucket, ...rest] = path.split('/');
  if (!bucket) throw new BlobUrlError('BLOB_URL http(s)://host/bucket/prefix needs a bucket after the host.');
  return { endpoint: url.origin, bucket, prefix: rest.join('/') };
}

const missing = (e: unknown) =>
  e instanceof NoSuchKey || e instanceof NotFound || (e as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 404;

export function s3ObjectStore(blobUrl: string, env: NodeJS.ProcessEnv = process.env): ObjectStore {
  const { endpoint, bucket, prefix } = parseBlobUrl(blobUrl);
  const client = new S3Client({
    region: env.AWS_REGION || 'us-east-1',
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    // Plain signed bodies: S3-compatible servers other than Amazon's (and older ones) do not all read the
    // aws-chunked encoding with trailing checksums that the SDK sends by default. The bytes are verified
    // by their SHA-256 before they are stored and their length when they are served.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const keyOf = (sha256: string) => (prefix ? `${prefix}/${sha256}` : sha256);
  return {
    async put(sha256, size, body) {
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: keyOf(sha256),
          Body: Readable.from(body),
          ContentLength: size,
          ContentType: 'application/octet-stream',
        }),
      );
    },
    async get(sha256) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }));
        if (!answer.Body) return null;
        return { size: Number(answer.ContentLength), body: answer.Body.transformToWebStream() as ReadableStream<Uint8Array> };
      } catch (e) {
        if (missing(e)) return null;
        throw e;
      }
    },
    async has(sha256) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }));
        return true;
      } catch (e) {
        if (missing(e)) return false;
        throw e;
      }
    },
  };
}
