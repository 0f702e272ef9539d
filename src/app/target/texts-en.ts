import { defineTexts } from '../../oss/index.ts';

// The Target panel speak through these (English; the Chinese is in texts-zh.ts beside it).

/** Step 1: where the form posts. */
export const PANELS_TARGET_TEXTS = defineTexts('panels.target', {
  title: 'Target',
  lead: 'Where the browser posts the form.',
  postTo: 'Post to',
  sandbox: 'The local sandbox',
  region: 'OSS public cloud',
  custom: 'Custom domain',
  noSandbox: 'No local sandbox answered at /__sandbox/info: {command} starts the page with one.',
  sandboxFound:
    'The local sandbox was found on this machine: it judges posts as OSS does and stores objects locally. Its demo AccessKey is filled in below.',
  endpoint: 'Endpoint',
  endpointRegionHint: 'Built from bucket and region: https://BUCKET.oss-REGION.aliyuncs.com',
  endpointSandboxHint: 'The local sandbox started beside this page.',
  endpointCustomHint: 'Your custom domain bound to the bucket (CNAME), with https://.',
  bucket: 'Bucket',
  bucketHint: (p: { min: string | number; max: string | number }) =>
    `${p.min}–${p.max} lower-case letters, digits and hyphens; starts and ends with a letter or digit.`,
  regionLabel: 'Region',
  regionHint: 'The V4 signature scope uses it, e.g. cn-hangzhou.',
  internalEndpoint:
    'An -internal endpoint is only reachable from inside Alibaba Cloud (same region): a browser cannot post to it. Use the public endpoint.',
  plainHttp: 'Plain http sends the policy and signature unencrypted; use https.',
});
