import { isInternalEndpoint } from '../../oss/index.ts';

/**
 * OSS public regions (region ids as the V4 scope uses them; hosts add `oss-`). Their names, in the
 * reader's language, are `LOGIC_REGIONS_TEXTS` (./texts-en.ts).
 */
export const OSS_REGIONS = [
  'cn-hangzhou',
  'cn-shanghai',
  'cn-nanjing',
  'cn-fuzhou',
  'cn-wuhan-lr',
  'cn-qingdao',
  'cn-beijing',
  'cn-zhangjiakou',
  'cn-huhehaote',
  'cn-wulanchabu',
  'cn-shenzhen',
  'cn-heyuan',
  'cn-guangzhou',
  'cn-chengdu',
  'cn-hongkong',
  'ap-southeast-1',
  'ap-southeast-3',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ap-northeast-1',
  'ap-northeast-2',
  'eu-central-1',
  'eu-west-1',
  'us-west-1',
  'us-east-1',
  'me-east-1',
  'me-central-1',
] as const;

export type OssRegionId = (typeof OSS_REGIONS)[number];

/** The two warnings' texts, in the reader's language (src/app/target/texts-en.ts). */
export interface EndpointWarningTexts {
  internalEndpoint: string;
  plainHttp: string;
}

/** A warning for endpoints a browser cannot reach (the core's `isInternalEndpoint` rule). */
export function endpointWarning(endpoint: string, texts: EndpointWarningTexts): string | undefined {
  if (isInternalEndpoint(endpoint)) return texts.internalEndpoint;
  if (
    /^http:\/\//i.test(endpoint) &&
    !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\]|[^/]*\.localhost)/i.test(endpoint)
  ) {
    return texts.plainHttp;
  }
  return undefined;
}
