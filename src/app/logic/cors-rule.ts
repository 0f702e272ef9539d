/**
 * A bucket CORS rule for one page origin: POST (and GET/HEAD to read back), any request header,
 * and the response headers the page reads exposed (spec §7).
 */
export function renderCorsRuleXml(origin: string): string {
  const expose = [
    'ETag',
    'x-oss-request-id',
    'x-oss-ec',
    'x-oss-hash-crc64ecma',
    'x-oss-version-id',
    'Date',
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CORSConfiguration>',
    '  <CORSRule>',
    `    <AllowedOrigin>${origin}</AllowedOrigin>`,
    '    <AllowedMethod>POST</AllowedMethod>',
    '    <AllowedMethod>GET</AllowedMethod>',
    '    <AllowedMethod>HEAD</AllowedMethod>',
    '    <AllowedHeader>*</AllowedHeader>',
    ...expose.map((name) => `    <ExposeHeader>${name}</ExposeHeader>`),
    '    <MaxAgeSeconds>600</MaxAgeSeconds>',
    '  </CORSRule>',
    '</CORSConfiguration>',
  ].join('\n');
}
