// What a real bucket needs before the first upload works, derived from the form's values: the
// default-endpoint rule of 2025 accounts, the CORS rule for this page's origin, a RAM policy that
// allows only oss:PutObject under the key prefix in use, and the V1 dates when V1 is chosen. The
// rules themselves are the core's (src/oss/form/account-rules.ts, limits.ts); this only applies them.
// https://www.alibabacloud.com/help/en/oss/user-guide/0048-00000401
import {
  endpointUrl,
  isDefaultPublicHost,
  isMainlandRegion,
  renderCorsRuleXmlForOrigin,
} from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';

/** What the readiness box shows for one state of the form. */
export interface Readiness {
  /** The URL the form posts to. */
  endpoint: string;
  /** Posting to a mainland bucket's default public endpoint: new accounts get PublicEndpointForbidden. */
  mainlandDefaultEndpoint: boolean;
  /** The host the custom domain's CNAME record points at: the bucket's default public endpoint. */
  cnameTarget: string;
  corsRuleXml: string;
  /** RAM policy JSON allowing only oss:PutObject on the prefix. */
  ramPolicyJson: string;
  /** The prefix the RAM policy allows, e.g. `avatars/` (empty: the whole bucket). */
  prefix: string;
  v1: boolean;
}

/**
 * The fixed part of the key before `${filename}` or any other variable part, cut at its last `/`
 * (a RAM resource takes one trailing `*`).
 */
export function keyPrefix(key: string): string {
  const fixed = key.split('${')[0];
  const slash = fixed.lastIndexOf('/');
  return slash < 0 ? '' : fixed.slice(0, slash + 1);
}

/** A RAM policy that allows only PutObject (what PostObject needs) under the prefix. */
export function putOnlyPolicy(bucket: string, prefix: string): string {
  return JSON.stringify(
    {
      Version: '1',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['oss:PutObject'],
          Resource: [`acs:oss:*:*:${bucket}/${prefix}*`],
        },
      ],
    },
    null,
    2,
  );
}

/** The host of a URL, or '' when the text is not one (the form shows that error itself). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** The readiness of the target in the values, or null for the local sandbox. */
export function readinessOf(values: BuilderValues, origin: string): Readiness | null {
  const { target } = values;
  if (target.mode === 'sandbox') return null;
  const endpoint =
    target.mode === 'region' ? endpointUrl(target.bucket, target.region) : target.endpoint;
  const host = hostOf(endpoint);
  const prefix = keyPrefix(values.key);
  return {
    endpoint,
    mainlandDefaultEndpoint:
      isMainlandRegion(target.region) && isDefaultPublicHost(host, target.bucket, target.region),
    cnameTarget: hostOf(endpointUrl(target.bucket, target.region)),
    corsRuleXml: renderCorsRuleXmlForOrigin(origin),
    ramPolicyJson: putOnlyPolicy(target.bucket, prefix),
    prefix,
    v1: values.credentials.signatureVersion === 'v1',
  };
}
