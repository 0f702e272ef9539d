import type { APIRequestContext } from '@playwright/test';

/** What /__sandbox/info tells the page (the fields the tests use). */
export interface SandboxFacts {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  accessKeySecret: string;
}

/** The sandbox beside the preview server, as the page sees it. */
export async function sandboxFacts(request: APIRequestContext): Promise<SandboxFacts> {
  const response = await request.get(
    process.env.H4_PROXY ? `${process.env.H4_PROXY}/__sandbox/info` : '/__sandbox/info',
  );
  if (!response.ok()) throw new Error(`/__sandbox/info answered ${response.status()}`);
  const info = (await response.json()) as SandboxFacts & { endpoints?: unknown };
  return info;
}

/** Reads a stored object back from the sandbox (the URL the page links to). */
export async function readObject(request: APIRequestContext, url: string): Promise<Buffer> {
  const response = await request.get(url);
  if (!response.ok())
    throw new Error(`GET ${url} answered ${response.status()}: ${await response.text()}`);
  return response.body();
}

/** Replaces the bucket's CORS rules (PUT /?cors with OSS's CORSConfiguration XML). */
export async function putCors(
  request: APIRequestContext,
  bucketUrl: string,
  origins: string[],
): Promise<void> {
  const rules = origins
    .map(
      (origin) =>
        `<CORSRule><AllowedOrigin>${origin}</AllowedOrigin><AllowedMethod>POST</AllowedMethod>` +
        '<AllowedMethod>GET</AllowedMethod><AllowedMethod>HEAD</AllowedMethod>' +
        '<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader>' +
        '<ExposeHeader>x-oss-request-id</ExposeHeader></CORSRule>',
    )
    .join('');
  const response = await request.put(`${bucketUrl}/?cors`, {
    data: `<?xml version="1.0" encoding="UTF-8"?><CORSConfiguration>${rules}</CORSConfiguration>`,
    headers: { 'Content-Type': 'application/xml' },
  });
  if (!response.ok())
    throw new Error(`PUT /?cors answered ${response.status()}: ${await response.text()}`);
}

/** Back to the sandbox's default CORS rule (DELETE /?cors). */
export async function resetCors(request: APIRequestContext, bucketUrl: string): Promise<void> {
  await request.delete(`${bucketUrl}/?cors`);
}
