// OSS's XML error answer: <Error> with Code, Message, RequestId, HostId, extra elements, EC and
// RecommendDoc, plus the x-oss-request-id / x-oss-ec headers.
// https://www.alibabacloud.com/help/en/oss/developer-reference/error-responses
import type { ServerResponse } from 'node:http';
import { renderOssErrorXml } from '../oss/index.ts';

export interface OssErrorBody {
  status: number;
  code: string;
  message: string;
  ec?: string;
  extra?: Record<string, string>;
}

/** The `<Error>` document OSS sends, laid out by the core. */
export function renderErrorXml(error: OssErrorBody, requestId: string, hostId: string): string {
  return renderOssErrorXml({
    code: error.code,
    message: error.message,
    requestId,
    hostId,
    ...(error.ec ? { ec: error.ec } : {}),
    extra: error.extra ?? {},
  });
}

/** Sends an OSS error (headers already set on `res`, e.g. CORS, are kept). */
export function sendOssError(
  res: ServerResponse,
  error: OssErrorBody,
  requestId: string,
  hostId: string,
  method = 'GET',
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const xml = renderErrorXml(error, requestId, hostId);
  res.statusCode = error.status;
  res.setHeader('Content-Type', 'application/xml');
  res.setHeader('Content-Length', Buffer.byteLength(xml));
  if (error.ec) res.setHeader('x-oss-ec', error.ec);
  res.end(method === 'HEAD' ? undefined : xml);
}
