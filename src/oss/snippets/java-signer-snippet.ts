import type { PostForm } from '../form/form-types.ts';
import { SNIPPETS_TEXTS } from './texts-en.ts';
import { commentLines, indentLines, signerHeader, SIGNER_ENV } from './signer-text.ts';
import { planSigner, type SignerSnippetOptions } from './signer-plan.ts';
import { javaComment, javaString } from './escape-java.ts';
import { javaSigningHelpers, javaSignature } from './java-signing-helpers.ts';

// The program names its run-time variables after the plan's DynamicValue, so `source` is the name.

/** A Java string expression; ASCII source whatever the JDK's default charset (escape-java.ts). */
const java = (value: string): string => javaString(value);

/**
 * A single-file Java 11+ program (JDK only: javax.crypto, java.time) that signs the same policy
 * and prints the same form fields as `form`, reading `OSS_ACCESS_KEY_ID` / `OSS_ACCESS_KEY_SECRET`
 * (and `OSS_SESSION_TOKEN`) from the environment and taking the date and expiration when it runs.
 * Output: `{"url": …, "fields": {…}}` in send order; the caller appends the file last.
 *
 * @example
 * const source = renderJavaSignerSnippet(form);
 * // save as SignPostForm.java; OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… java SignPostForm.java
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function renderJavaSignerSnippet(form: PostForm, options?: SignerSnippetOptions): string {
  const plan = planSigner(form, options);
  const t = options?.texts ?? SNIPPETS_TEXTS;
  const conditions: string[] = [];
  for (const c of plan.conditions) {
    if (c.kind === 'static') {
      conditions.push(`conditions.add(${java(JSON.stringify(c.condition))});`);
      continue;
    }
    const value = c.source;
    const entry =
      c.shape === 'eq'
        ? `"[\\"eq\\"," + json(${java(`$${c.field}`)}) + "," + json(${value}) + "]"`
        : `"{" + json(${java(c.field)}) + ":" + json(${value}) + "}"`;
    const line = `conditions.add(${entry});`;
    conditions.push(c.source === 'securityToken' ? `if (!securityToken.isEmpty()) ${line}` : line);
  }
  const fields: string[] = [];
  for (const f of plan.fields) {
    const value = f.kind === 'static' ? java(f.value) : f.source;
    const line = `fields.put(${java(f.name)}, ${value});`;
    fields.push(
      f.kind === 'dynamic' && f.source === 'securityToken'
        ? `if (!securityToken.isEmpty()) ${line}`
        : line,
    );
  }
  const sign = javaSignature(plan.version);
  const header = signerHeader(plan, 'java SignPostForm.java', options?.texts).map(javaComment);
  return `${commentLines(header, '//')}
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class SignPostForm {
    static final String POST_URL = ${java(plan.url)};
    static final String REGION = ${java(plan.region)};
    static final long EXPIRES_IN_SECONDS = ${plan.expiresInSeconds}L;

${javaSigningHelpers(t)}

    /** ${t['signer-fields']()} */
    static Map<String, String> signPostForm(Instant now) throws Exception {
        String accessKeyId = requireEnv(${java(SIGNER_ENV.accessKeyId)});
        String accessKeySecret = requireEnv(${java(SIGNER_ENV.accessKeySecret)});
        String securityToken = System.getenv().getOrDefault(${java(SIGNER_ENV.securityToken)}, "");
        String date = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(now);
        String credential = accessKeyId + "/" + date.substring(0, 8) + "/" + REGION + "/oss/aliyun_v4_request";
        String expiration = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(ZoneOffset.UTC)
                .format(now.plusSeconds(EXPIRES_IN_SECONDS));

        List<String> conditions = new ArrayList<>();
${indentLines(conditions, 8)}
        String policyJson = "{\\"expiration\\":" + json(expiration) + ",\\"conditions\\":[" + String.join(",", conditions) + "]}";
        String policy = Base64.getEncoder().encodeToString(policyJson.getBytes(StandardCharsets.UTF_8));
        String signature = ${sign};

        Map<String, String> fields = new LinkedHashMap<>();
${indentLines(fields, 8)}
        return fields;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> fields = signPostForm(Instant.now());
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            lines.add("    " + json(f.getKey()) + ": " + json(f.getValue()));
        }
        System.out.println("{\\n  \\"url\\": " + json(POST_URL) + ",\\n  \\"fields\\": {\\n" + String.join(",\\n", lines) + "\\n  }\\n}");
    }
}
`;
}
