import { isInternalEndpoint } from '../../oss/index.ts';

/** OSS public regions (region ids as the V4 scope uses them; hosts add `oss-`). */
export const OSS_REGIONS: { id: string; name: string }[] = [
  { id: 'cn-hangzhou', name: 'China (Hangzhou)' },
  { id: 'cn-shanghai', name: 'China (Shanghai)' },
  { id: 'cn-nanjing', name: 'China (Nanjing - Local Region)' },
  { id: 'cn-fuzhou', name: 'China (Fuzhou - Local Region)' },
  { id: 'cn-wuhan-lr', name: 'China (Wuhan - Local Region)' },
  { id: 'cn-qingdao', name: 'China (Qingdao)' },
  { id: 'cn-beijing', name: 'China (Beijing)' },
  { id: 'cn-zhangjiakou', name: 'China (Zhangjiakou)' },
  { id: 'cn-huhehaote', name: 'China (Hohhot)' },
  { id: 'cn-wulanchabu', name: 'China (Ulanqab)' },
  { id: 'cn-shenzhen', name: 'China (Shenzhen)' },
  { id: 'cn-heyuan', name: 'China (Heyuan)' },
  { id: 'cn-guangzhou', name: 'China (Guangzhou)' },
  { id: 'cn-chengdu', name: 'China (Chengdu)' },
  { id: 'cn-hongkong', name: 'China (Hong Kong)' },
  { id: 'ap-southeast-1', name: 'Singapore' },
  { id: 'ap-southeast-3', name: 'Malaysia (Kuala Lumpur)' },
  { id: 'ap-southeast-5', name: 'Indonesia (Jakarta)' },
  { id: 'ap-southeast-6', name: 'Philippines (Manila)' },
  { id: 'ap-southeast-7', name: 'Thailand (Bangkok)' },
  { id: 'ap-northeast-1', name: 'Japan (Tokyo)' },
  { id: 'ap-northeast-2', name: 'South Korea (Seoul)' },
  { id: 'eu-central-1', name: 'Germany (Frankfurt)' },
  { id: 'eu-west-1', name: 'UK (London)' },
  { id: 'us-west-1', name: 'US (Silicon Valley)' },
  { id: 'us-east-1', name: 'US (Virginia)' },
  { id: 'me-east-1', name: 'UAE (Dubai)' },
  { id: 'me-central-1', name: 'Saudi Arabia (Riyadh)' },
];

/** The two warnings' texts, in the reader's language (src/app/panels/messages.ts). */
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
