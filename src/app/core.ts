// The page's one door to the core's runtime functions. parseOssError, explainOssError and the CORS
// renderer are not on src/oss/index.ts yet, so they come from their modules until they are.
export { buildPostForm, evaluatePost } from '../oss/index.ts';
export { parseOssError } from '../oss/parse-oss-error.ts';
export { explainOssError } from '../oss/explain-oss-error.ts';
export { renderCorsRuleXmlForOrigin } from '../oss/cors-render.ts';
