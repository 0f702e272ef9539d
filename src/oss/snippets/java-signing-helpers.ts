// The signing helpers the Java signer (java-signer-snippet.ts) and the Java signing server
// (java-server-snippet.ts) share, written once so the two programs cannot drift apart.
import type { PostForm } from '../form/form-types.ts';
import type { SnippetTexts } from './texts-en.ts';

type Texts = SnippetTexts;

/**
 * The Java source of `requireEnv`, `hmac`, the V4 `signingKey` derivation, `hex` and the `json`
 * string escaper, as both Java programs declare them; comments in the language of `t`.
 *
 * @example
 * javaSigningHelpers(SNIPPETS_TEXTS).split('\n')[0] // '    static String requireEnv(String name) {'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function javaSigningHelpers(t: Texts): string {
  return `    static String requireEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("Set " + name + " in the environment (never in this file).");
        }
        return value;
    }

    static byte[] hmac(String algorithm, byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key, algorithm));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    // ${t['signer-key']({ arrow: '->' })}
    static byte[] signingKey(String secret, String day) throws Exception {
        byte[] key = hmac("HmacSHA256", ("aliyun_v4" + secret).getBytes(StandardCharsets.UTF_8), day);
        for (String part : new String[] {REGION, "oss", "aliyun_v4_request"}) {
            key = hmac("HmacSHA256", key, part);
        }
        return key;
    }

    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) out.append(String.format("%02x", b));
        return out.toString();
    }

    /** ${t['java-json']()} */
    static String json(String value) {
        StringBuilder out = new StringBuilder("\\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\\\') out.append('\\\\').append(c);
            else if (c < 0x20 || c > 0x7e) out.append(String.format("\\\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }`;
}

/**
 * The Java expression that signs the Base64 `policy` with `accessKeySecret` (V1: HMAC-SHA1 in
 * Base64; V4: HMAC-SHA256 with the derived signing key in hex, `date` being the x-oss-date).
 *
 * @example
 * javaSignature('v4') // 'hex(hmac("HmacSHA256", signingKey(accessKeySecret, …), policy))'
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function javaSignature(version: PostForm['version']): string {
  return version === 'v1'
    ? `Base64.getEncoder().encodeToString(hmac("HmacSHA1", accessKeySecret.getBytes(StandardCharsets.UTF_8), policy))`
    : `hex(hmac("HmacSHA256", signingKey(accessKeySecret, date.substring(0, 8)), policy))`;
}
