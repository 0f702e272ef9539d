import type { PostForm } from '../form/form-types.ts';
import { javaString as java } from './escape-java.ts';
import { planServer, type ServerCondition, type ServerSnippetOptions } from './server-plan.ts';
import { SERVER_DEFAULT_PORT, SERVER_ENV, SERVER_PATHS, serverHeader } from './server-text.ts';
import { commentLines, indentLines, SIGNER_ENV } from './signer-text.ts';
import { SNIPPETS_TEXTS } from './texts-en.ts';
import { javaSigningHelpers, javaSignature } from './java-signing-helpers.ts';

// The program names its run-time variables after the plan's DynamicValue, so `source` is the name.

function condition(c: ServerCondition): string {
  if (c.kind === 'static') return `conditions.add(${java(JSON.stringify(c.condition))});`;
  if (c.kind === 'bucket') return 'conditions.add("{\\"bucket\\":" + json(BUCKET) + "}");';
  if (c.kind === 'key-prefix')
    return 'conditions.add("[\\"starts-with\\",\\"$key\\"," + json(dir) + "]");';
  const entry =
    c.shape === 'eq'
      ? `"[\\"eq\\"," + json(${java(`$${c.field}`)}) + "," + json(${c.source}) + "]"`
      : `"{" + json(${java(c.field)}) + ":" + json(${c.source}) + "}"`;
  const line = `conditions.add(${entry});`;
  return c.source === 'securityToken' ? `if (!securityToken.isEmpty()) ${line}` : line;
}

const list = (items: string[]) => `List.of(${items.map(java).join(', ')})`;

/**
 * A single-file signing server for Java 11+ (JDK only: `com.sun.net.httpserver`, `javax.crypto`,
 * `java.security`; `java Server.java`, no build tool): GET /oss/post-policy answers a fresh policy
 * for the builder's form in Alibaba's app-server JSON (plus `fields`), with a per-user key prefix;
 * POST /oss/callback verifies OSS's signed callback.
 * Without `pageOrigin` (the page passes `window.location.origin`) the CORS allow-list in the code
 * is empty and only `OSS_CORS_ORIGINS` opens it to other origins (see ServerSnippetOptions).
 *
 * @example
 * const source = renderJavaServerSnippet(form, { pageOrigin: 'https://example.com' });
 * // OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… java Server.java
 * @see https://www.alibabacloud.com/help/doc-detail/31926.html
 */
export function renderJavaServerSnippet(form: PostForm, options?: ServerSnippetOptions): string {
  const plan = planServer(form, options);
  const t = options?.texts ?? SNIPPETS_TEXTS;
  const members = plan.members.map((m) => {
    const line = `answer.put(${java(m.member)}, ${m.kind === 'static' ? java(m.value) : m.source});`;
    return m.kind === 'dynamic' && m.source === 'securityToken'
      ? `if (!securityToken.isEmpty()) ${line}`
      : line;
  });
  const fields = plan.fields.map((f) => `fields.put(${java(f.name)}, ${java(f.value)});`);
  const sign = javaSignature(plan.version);
  return `${commentLines(serverHeader(plan, 'java Server.java', options?.texts), '//')}
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class Server {
    static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    static List<String> listEnv(String name, List<String> fallback) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) return fallback;
        List<String> out = new ArrayList<>();
        for (String item : value.split(",")) if (!item.trim().isEmpty()) out.add(item.trim());
        return out;
    }

    static final int PORT = Integer.parseInt(envOr(${java(SERVER_ENV.port)}, "${SERVER_DEFAULT_PORT}"));
    static final String POST_URL = envOr(${java(SERVER_ENV.host)}, ${java(plan.url)});
    static final String BUCKET = envOr(${java(SERVER_ENV.bucket)}, ${java(plan.bucket)});
    static final String REGION = envOr(${java(SERVER_ENV.region)}, ${java(plan.region)});
    static final String KEY_PREFIX = ${java(plan.keyPrefix)};
    static final long EXPIRES_IN_SECONDS = ${plan.expiresInSeconds}L;
    // ${t['server-cors']()}
    static final List<String> CORS_ORIGINS = listEnv(${java(SERVER_ENV.corsOrigins)}, ${list(plan.corsOrigins)});
    static final List<String> KEY_HOSTS = new ArrayList<>(${list(plan.keyHosts)});
    static final int MAX_CALLBACK_BYTES = 1024 * 1024;
    static final SecureRandom RANDOM = new SecureRandom();

${javaSigningHelpers(t)}

    static String object(Map<String, String> members) {
        List<String> entries = new ArrayList<>();
        for (Map.Entry<String, String> m : members.entrySet()) entries.add(json(m.getKey()) + ":" + json(m.getValue()));
        return "{" + String.join(",", entries) + "}";
    }

    // ${t['server-user-prefix']()}
    static String userPrefix(HttpExchange exchange) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return KEY_PREFIX + hex(random) + "/";
    }

    static String signPolicy(HttpExchange exchange) throws Exception {
        String accessKeyId = requireEnv(${java(SIGNER_ENV.accessKeyId)});
        String accessKeySecret = requireEnv(${java(SIGNER_ENV.accessKeySecret)});
        String securityToken = System.getenv().getOrDefault(${java(SIGNER_ENV.securityToken)}, "");
        Instant now = Instant.now();
        String date = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(now);
        String credential = accessKeyId + "/" + date.substring(0, 8) + "/" + REGION + "/oss/aliyun_v4_request";
        String expiration = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(ZoneOffset.UTC)
                .format(now.plusSeconds(EXPIRES_IN_SECONDS));
        String dir = userPrefix(exchange);

        List<String> conditions = new ArrayList<>();
${indentLines(plan.conditions.map(condition), 8)}
        String policyJson = "{\\"expiration\\":" + json(expiration) + ",\\"conditions\\":[" + String.join(",", conditions) + "]}";
        String policy = Base64.getEncoder().encodeToString(policyJson.getBytes(StandardCharsets.UTF_8));
        String signature = ${sign};

        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("host", POST_URL);
${indentLines(members, 8)}
        answer.put("dir", dir);
        Map<String, String> fields = new LinkedHashMap<>();
${indentLines(fields, 8)}
        String text = object(answer);
        return text.substring(0, text.length() - 1) + ",\\"fields\\":" + object(fields) + "}";
    }

    // ${t['server-callback']()}
    static final Map<String, PublicKey> PUBLIC_KEYS = new ConcurrentHashMap<>();
    static final HttpClient KEY_CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    static PublicKey publicKeyAt(String keyUrl) throws Exception {
        URI uri = new URI(keyUrl);
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) return null;
        String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        if (!KEY_HOSTS.contains(host)) return null;
        PublicKey cached = PUBLIC_KEYS.get(keyUrl);
        if (cached != null) return cached;
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        HttpResponse<String> response = KEY_CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) return null;
        String base64 = response.body().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        PUBLIC_KEYS.put(keyUrl, key);
        return key;
    }

    static String callbackProblem(HttpExchange exchange, byte[] body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String keyUrl = exchange.getRequestHeaders().getFirst("x-oss-pub-key-url");
        if (authorization == null || keyUrl == null) {
            return "The callback is not signed (no Authorization or x-oss-pub-key-url).";
        }
        PublicKey key;
        try {
            key = publicKeyAt(new String(Base64.getDecoder().decode(keyUrl), StandardCharsets.UTF_8));
        } catch (Exception e) {
            key = null;
        }
        if (key == null) return "x-oss-pub-key-url does not name a trusted host.";
        try {
            URI uri = exchange.getRequestURI();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            byte[] head = (uri.getPath() + query + "\\n").getBytes(StandardCharsets.UTF_8);
            Signature verifier = Signature.getInstance("MD5withRSA");
            verifier.initVerify(key);
            verifier.update(head);
            verifier.update(body);
            return verifier.verify(Base64.getDecoder().decode(authorization)) ? null : "The callback signature does not verify.";
        } catch (Exception e) {
            return "The callback signature does not verify.";
        }
    }

    static void cors(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        exchange.getResponseHeaders().add("Vary", "Origin");
        if (origin != null && (CORS_ORIGINS.contains(origin) || CORS_ORIGINS.contains("*"))) {
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
            exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type");
        }
    }

    // ${t['server-errors']()}
    static void send(HttpExchange exchange, int status, String json) throws IOException {
        cors(exchange);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static String error(String message) {
        return "{\\"error\\":" + json(message) + "}";
    }

    static void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (method.equals("OPTIONS")) {
                cors(exchange);
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            } else if (path.equals(${java(SERVER_PATHS.policy)})) {
                if (!method.equals("GET")) send(exchange, 405, error("Use GET."));
                else send(exchange, 200, signPolicy(exchange));
            } else if (path.equals(${java(SERVER_PATHS.callback)})) {
                if (!method.equals("POST")) {
                    send(exchange, 405, error("Use POST."));
                    return;
                }
                byte[] body = exchange.getRequestBody().readNBytes(MAX_CALLBACK_BYTES + 1);
                if (body.length > MAX_CALLBACK_BYTES) {
                    send(exchange, 413, error("The callback body is too large."));
                    return;
                }
                String problem = callbackProblem(exchange, body);
                // ${t['server-callback-answer']()}
                if (problem != null) send(exchange, 403, error(problem));
                else send(exchange, 200, "{\\"Status\\":\\"OK\\"}");
            } else {
                send(exchange, 404, error("No route " + method + " " + path + "; try GET ${SERVER_PATHS.policy}."));
            }
        } catch (Exception e) {
            e.printStackTrace();
            send(exchange, 500, error("The signing server failed; see its log."));
        }
    }

    public static void main(String[] args) throws Exception {
        for (String name : new String[] {${java(SIGNER_ENV.accessKeyId)}, ${java(SIGNER_ENV.accessKeySecret)}}) {
            if (System.getenv(name) == null || System.getenv(name).isEmpty()) {
                System.err.println("Set " + name + " in the environment (never in this file).");
                System.exit(2);
            }
        }
        KEY_HOSTS.addAll(listEnv(${java(SERVER_ENV.keyHosts)}, List.of()));
        HttpServer server = HttpServer.create(new InetSocketAddress(PORT), 0);
        server.createContext("/", Server::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        System.out.println("Signing server listening on port " + server.getAddress().getPort());
    }
}
`;
}
