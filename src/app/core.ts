// The page's runtime calls into the core, in one place (ui imports core types only).
export {
  buildPostForm,
  evaluatePost,
  explainOssError,
  parseOssError,
  renderCorsRuleXmlForOrigin,
} from '../oss/index.ts';
