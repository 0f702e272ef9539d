// The page's one door to the core. The core lands function by function while the page is built;
// until a function is exported, a small stand-in keeps the page working (marked STAND-IN).
import * as oss from '../oss/index.ts';
import type { Explanation, OssError } from '../oss/index.ts';

interface CoreApi {
  parseOssError: (body: string, headers?: Record<string, string>) => OssError | null;
  explainOssError: (error: { code: string; message?: string; ec?: string }) => Explanation | null;
}

const core = oss as unknown as Partial<CoreApi>;

export { buildPostForm, evaluatePost } from '../oss/index.ts';
export const explainOssError: CoreApi['explainOssError'] = core.explainOssError ?? (() => null);

/** STAND-IN until the core's parser lands: reads `<Error>` XML with the browser's DOMParser. */
function parseOssErrorStandIn(body: string, headers: Record<string, string> = {}): OssError | null {
  if (typeof DOMParser === 'undefined' || !body.includes('<Error>')) return null;
  const root = new DOMParser().parseFromString(body, 'application/xml').documentElement;
  if (root.nodeName !== 'Error') return null;
  const values: Record<string, string> = {};
  for (const child of Array.from(root.children)) values[child.nodeName] = child.textContent ?? '';
  const { Code, Message, RequestId, HostId, EC, RecommendDoc, ...extra } = values;
  return {
    code: Code ?? '',
    message: Message ?? '',
    requestId: RequestId ?? headers['x-oss-request-id'],
    hostId: HostId,
    ec: EC ?? headers['x-oss-ec'],
    recommendDoc: RecommendDoc,
    extra,
  };
}

export const parseOssError = core.parseOssError ?? parseOssErrorStandIn;
