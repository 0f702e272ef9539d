import { defineTexts } from '../../oss/index.ts';

/** The bucket readiness box and its warnings (English; Chinese in the texts-zh.ts beside it). */
export const READINESS_TEXTS = defineTexts('readiness', {
  landmark: 'Readiness',
  title: 'Before the first upload to your bucket',
  lead: 'This page cannot see your bucket or your account: it checks the form, not them. Until an upload to this bucket has succeeded, every verdict here is unverified.',
  mainlandTitle: 'New accounts cannot post to this endpoint',
  mainland: (p: { date: string | number; host: string | number }) =>
    `Accounts that activated OSS on or after ${p.date} get 400 PublicEndpointForbidden (EC 0048-00000401) when they upload through the default public endpoint of a bucket in the Chinese mainland, as ${p.host} is. Older accounts are not affected.`,
  mainlandFix:
    'Bind a custom domain to the bucket (OSS console → the bucket → Domain names), add its CNAME record, then post to that domain. Inside Alibaba Cloud, the internal endpoint works too.',
  cnameStep: (p: { target: string | number }) =>
    `DNS: a CNAME record from your domain (e.g. uploads.example.com) to ${p.target}.`,
  formStep:
    'The form then posts to https://your-domain/ (Target: Custom domain); fields, policy and signature stay the same, the region stays the bucket’s.',
  corsStep:
    'The CORS rule below stays the same: it names this page’s origin, not the bucket’s domain.',
  useCustomDomain: 'Switch to Custom domain',
  corsTitle: 'CORS rule for this page',
  corsLead:
    'Without it the browser hides OSS’s answer. Add it on the bucket (Permission control → CORS):',
  ramTitle: 'RAM policy',
  ramLead: (p: { prefix: string | number }) =>
    `Sign with a RAM user or an STS role that may only upload under ${p.prefix}, never with the account’s AccessKey:`,
  wholeBucket: 'the whole bucket',
  v1Title: 'V1 is for older accounts and buckets only',
  v1: (p: { accounts: string | number; buckets: string | number }) =>
    `OSS closed V1 to accounts opened from ${p.accounts} and to buckets created from ${p.buckets}; it answers such a V1 post with 403 (EC 0002-00000080). Choose V4 unless your account and bucket are older.`,
  unpublished:
    'OSS publishes no Message text for PublicEndpointForbidden or for the V1 refusal: the Code and the EC identify them.',
  docLink: 'OSS’s page',
  upgradeTitle: 'This is a V1 form: here is its V4 equivalent',
  upgradeLead: (p: { accounts: string | number; buckets: string | number }) =>
    `V1 works only for accounts opened before ${p.accounts} and buckets created before ${p.buckets}. The builder can sign the same key, policy conditions and fields with V4; your signing server must change too:`,
  upgradeFields:
    'Fields: drop OSSAccessKeyId and Signature; send x-oss-signature-version (OSS4-HMAC-SHA256), x-oss-credential (AccessKeyId/YYYYMMDD/region/oss/aliyun_v4_request), x-oss-date (YYYYMMDDTHHMMSSZ, UTC) and x-oss-signature.',
  upgradePolicy:
    'Policy: add x-oss-signature-version, x-oss-credential and x-oss-date as exact-match conditions with the same values as the fields; keep your own conditions.',
  upgradeSigning:
    'Signing: V1 is Base64 HMAC-SHA1 of the Base64 policy with the secret; V4 is lower-case hex HMAC-SHA256 of the same Base64 policy with a key derived from “aliyun_v4” + secret, then the day, the region, “oss” and “aliyun_v4_request”.',
  upgradeRegion: (p: { minutes: string | number }) =>
    `Inputs: the bucket’s region id without “oss-” (e.g. cn-hangzhou) and a UTC clock; OSS accepts x-oss-date up to ${p.minutes} minutes off.`,
  upgradeAnswer:
    'Answer to the browser: the four V4 fields instead of OSSAccessKeyId and Signature (policy, key and your other fields stay).',
  useV4: 'Use the V4 equivalent',
  corsLabel: 'CORSConfiguration (XML)',
  ramLabel: 'RAM policy (JSON)',
});
