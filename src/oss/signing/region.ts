// Region ids: the V4 scope uses the standard id (`cn-hangzhou`), the endpoint host keeps `oss-`.
// https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend

/**
 * The standard region id used in the V4 credential scope: a leading `oss-` is removed
 * (as ali-oss `getStandardRegion` does) and surrounding spaces are dropped.
 *
 * @example
 * standardRegion('oss-cn-hangzhou') // 'cn-hangzhou'
 * standardRegion('us-west-1')       // 'us-west-1'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function standardRegion(region: string): string {
  return String(region ?? '')
    .trim()
    .replace(/^oss-/, '');
}
