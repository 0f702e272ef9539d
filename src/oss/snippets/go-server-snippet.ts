import type { PostForm } from '../form/form-types.ts';
import { goString as go } from './escape-go.ts';
import { planServer, type ServerCondition, type ServerSnippetOptions } from './server-plan.ts';
import { SERVER_DEFAULT_PORT, SERVER_ENV, SERVER_PATHS, serverHeader } from './server-text.ts';
import { commentLines, SIGNER_ENV } from './signer-text.ts';
import { SNIPPETS_TEXTS } from './texts-en.ts';
import { GO_VARIABLES, goSigningHelpers, goSignature } from './go-signing-helpers.ts';

/** Exact JSON text of a literal condition, kept byte for byte with json.RawMessage. */
function raw(value: unknown): string {
  return go(JSON.stringify(value));
}

function condition(c: ServerCondition): string {
  const add = (entry: string) => `conditions = append(conditions, ${entry})`;
  if (c.kind === 'static') return add(`json.RawMessage(${raw(c.condition)})`);
  if (c.kind === 'bucket') return add('map[string]string{"bucket": bucket}');
  if (c.kind === 'key-prefix') return add('[]string{"starts-with", "$key", dir}');
  const value = GO_VARIABLES[c.source];
  const entry =
    c.shape === 'eq'
      ? `[]string{"eq", ${go(`$${c.field}`)}, ${value}}`
      : `map[string]string{${go(c.field)}: ${value}}`;
  return c.source === 'securityToken' ? `if securityToken != "" {\n\t${add(entry)}\n}` : add(entry);
}

/**
 * A signing server for Go 1.18+ (standard library only: `net/http`, `crypto/rsa`): GET
 * /oss/post-policy answers a fresh policy for the builder's form in Alibaba's app-server JSON
 * (plus `fields`), with a per-user key prefix; POST /oss/callback verifies OSS's signed callback.
 * Without `pageOrigin` (the page passes `window.location.origin`) the CORS allow-list in the code
 * is empty and only `OSS_CORS_ORIGINS` opens it to other origins (see ServerSnippetOptions).
 *
 * @example
 * const source = renderGoServerSnippet(form, { pageOrigin: 'https://example.com' });
 * // OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… go run server.go
 * @see https://www.alibabacloud.com/help/doc-detail/31926.html
 */
export function renderGoServerSnippet(form: PostForm, options?: ServerSnippetOptions): string {
  const plan = planServer(form, options);
  const t = options?.texts ?? SNIPPETS_TEXTS;
  const members = plan.members.map((m) => {
    const line = `answer[${go(m.member)}] = ${m.kind === 'static' ? go(m.value) : GO_VARIABLES[m.source]}`;
    return m.kind === 'dynamic' && m.source === 'securityToken'
      ? `if securityToken != "" {\n\t${line}\n}`
      : line;
  });
  const fields = plan.fields.map((f) => `${go(f.name)}: ${go(f.value)},`);
  const sign = goSignature(plan.version);
  const sha1Import = plan.version === 'v1' ? '\n\t"crypto/sha1"' : '';
  const tab = (lines: string[], depth = 1) =>
    lines
      .flatMap((l) => l.split('\n'))
      .map((l) => `${'\t'.repeat(depth)}${l}`)
      .join('\n');
  return `${commentLines(serverHeader(plan, 'go run server.go', options?.texts), '//')}
package main

import (
	"bytes"
	"crypto"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/rsa"${sha1Import}
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"hash"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"
)

func envOr(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}

func listEnv(name string, fallback []string) []string {
	value := os.Getenv(name)
	if value == "" {
		return fallback
	}
	out := []string{}
	for _, item := range strings.Split(value, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

func jsonList(text string) []string {
	var out []string
	if err := json.Unmarshal([]byte(text), &out); err != nil {
		panic(err)
	}
	return out
}

const (
	keyPrefix        = ${go(plan.keyPrefix)}
	expiresInSeconds = ${plan.expiresInSeconds}
	maxCallbackBytes = 1 << 20
)

var (
	port    = envOr(${go(SERVER_ENV.port)}, "${SERVER_DEFAULT_PORT}")
	postURL = envOr(${go(SERVER_ENV.host)}, ${go(plan.url)})
	bucket  = envOr(${go(SERVER_ENV.bucket)}, ${go(plan.bucket)})
	region  = envOr(${go(SERVER_ENV.region)}, ${go(plan.region)})
	// ${t['server-cors']()}
	corsOrigins = listEnv(${go(SERVER_ENV.corsOrigins)}, jsonList(${raw(plan.corsOrigins)}))
	keyHosts    = append(jsonList(${raw(plan.keyHosts)}), listEnv(${go(SERVER_ENV.keyHosts)}, nil)...)
)

${goSigningHelpers(t)}

// ${t['server-user-prefix']()}
func userPrefix(r *http.Request) string {
	random := make([]byte, 8)
	if _, err := rand.Read(random); err != nil {
		panic(err)
	}
	return keyPrefix + hex.EncodeToString(random) + "/"
}

func signPolicy(r *http.Request) (map[string]any, error) {
	accessKeyID := os.Getenv(${go(SIGNER_ENV.accessKeyId)})
	accessKeySecret := os.Getenv(${go(SIGNER_ENV.accessKeySecret)})
	if accessKeyID == "" || accessKeySecret == "" {
		return nil, errors.New("set ${SIGNER_ENV.accessKeyId} and ${SIGNER_ENV.accessKeySecret} in the environment (never in this file)")
	}
	securityToken := os.Getenv(${go(SIGNER_ENV.securityToken)})
	now := time.Now().UTC()
	date := now.Format("20060102T150405Z")
	credential := accessKeyID + "/" + date[:8] + "/" + region + "/oss/aliyun_v4_request"
	expiration := now.Add(expiresInSeconds * time.Second).Format("2006-01-02T15:04:05.000Z")
	dir := userPrefix(r)
	_, _ = credential, securityToken

	conditions := []any{}
${tab(plan.conditions.map(condition))}
	var buf bytes.Buffer
	encoder := json.NewEncoder(&buf)
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(map[string]any{"expiration": expiration, "conditions": conditions}); err != nil {
		return nil, err
	}
	policy := base64.StdEncoding.EncodeToString(bytes.TrimSpace(buf.Bytes()))
	signature := ${sign}

	answer := map[string]any{"host": postURL}
${tab(members)}
	answer["dir"] = dir
	answer["fields"] = map[string]string{
${tab(fields, 2)}
	}
	return answer, nil
}

// ${t['server-callback']()}
var (
	publicKeys   = map[string]*rsa.PublicKey{}
	publicKeysMu sync.Mutex
	keyClient    = &http.Client{
		Timeout:       5 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
)

func trusted(host string) bool {
	for _, h := range keyHosts {
		if h == host {
			return true
		}
	}
	return false
}

func publicKeyAt(keyURL string) (*rsa.PublicKey, error) {
	u, err := url.Parse(keyURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !trusted(u.Host) {
		return nil, errors.New("untrusted key URL")
	}
	publicKeysMu.Lock()
	key, ok := publicKeys[keyURL]
	publicKeysMu.Unlock()
	if ok {
		return key, nil
	}
	response, err := keyClient.Get(keyURL)
	if err != nil {
		return nil, err
	}
	defer response.Body.Close()
	if response.StatusCode != http.StatusOK {
		return nil, errors.New(response.Status)
	}
	data, err := io.ReadAll(io.LimitReader(response.Body, 64<<10))
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, errors.New("no PEM block")
	}
	parsed, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		return nil, err
	}
	key, ok = parsed.(*rsa.PublicKey)
	if !ok {
		return nil, errors.New("not an RSA key")
	}
	publicKeysMu.Lock()
	publicKeys[keyURL] = key
	publicKeysMu.Unlock()
	return key, nil
}

func callbackProblem(r *http.Request, body []byte) string {
	authorization := r.Header.Get("Authorization")
	keyURL := r.Header.Get("x-oss-pub-key-url")
	if authorization == "" || keyURL == "" {
		return "The callback is not signed (no Authorization or x-oss-pub-key-url)."
	}
	decodedURL, err := base64.StdEncoding.DecodeString(keyURL)
	if err != nil {
		return "x-oss-pub-key-url does not name a trusted host."
	}
	key, err := publicKeyAt(string(decodedURL))
	if err != nil {
		return "x-oss-pub-key-url does not name a trusted host."
	}
	signature, err := base64.StdEncoding.DecodeString(authorization)
	if err != nil {
		return "The callback signature does not verify."
	}
	path, query := r.RequestURI, ""
	if at := strings.IndexByte(path, '?'); at >= 0 {
		path, query = path[:at], path[at:]
	}
	decodedPath, err := url.PathUnescape(path)
	if err != nil {
		return "The callback signature does not verify."
	}
	digest := md5.Sum(append([]byte(decodedPath+query+"\\n"), body...))
	if rsa.VerifyPKCS1v15(key, crypto.MD5, digest[:], signature) != nil {
		return "The callback signature does not verify."
	}
	return ""
}

func setCORS(w http.ResponseWriter, r *http.Request) {
	w.Header().Add("Vary", "Origin")
	origin := r.Header.Get("Origin")
	for _, allowed := range corsOrigins {
		if origin != "" && (allowed == origin || allowed == "*") {
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
			w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
			return
		}
	}
}

// ${t['server-errors']()}
func sendJSON(w http.ResponseWriter, r *http.Request, status int, value any) {
	setCORS(w, r)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	encoder := json.NewEncoder(w)
	encoder.SetEscapeHTML(false)
	_ = encoder.Encode(value)
}

func handle(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if recovered := recover(); recovered != nil {
			log.Println(recovered)
			sendJSON(w, r, 500, map[string]string{"error": "The signing server failed; see its log."})
		}
	}()
	switch {
	case r.Method == http.MethodOptions:
		setCORS(w, r)
		w.WriteHeader(http.StatusNoContent)
	case r.URL.Path == ${go(SERVER_PATHS.policy)}:
		if r.Method != http.MethodGet {
			sendJSON(w, r, 405, map[string]string{"error": "Use GET."})
			return
		}
		answer, err := signPolicy(r)
		if err != nil {
			log.Println(err)
			sendJSON(w, r, 500, map[string]string{"error": "The signing server failed; see its log."})
			return
		}
		sendJSON(w, r, 200, answer)
	case r.URL.Path == ${go(SERVER_PATHS.callback)}:
		if r.Method != http.MethodPost {
			sendJSON(w, r, 405, map[string]string{"error": "Use POST."})
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, maxCallbackBytes+1))
		if err != nil || len(body) > maxCallbackBytes {
			sendJSON(w, r, 413, map[string]string{"error": "The callback body is too large."})
			return
		}
		if problem := callbackProblem(r, body); problem != "" {
			sendJSON(w, r, 403, map[string]string{"error": problem})
			return
		}
		// ${t['server-callback-answer']()}
		sendJSON(w, r, 200, map[string]string{"Status": "OK"})
	default:
		sendJSON(w, r, 404, map[string]string{"error": fmt.Sprintf("No route %s %s; try GET ${SERVER_PATHS.policy}.", r.Method, r.URL.Path)})
	}
}

func main() {
	if os.Getenv(${go(SIGNER_ENV.accessKeyId)}) == "" || os.Getenv(${go(SIGNER_ENV.accessKeySecret)}) == "" {
		fmt.Fprintln(os.Stderr, "Set ${SIGNER_ENV.accessKeyId} and ${SIGNER_ENV.accessKeySecret} in the environment (never in this file).")
		os.Exit(2)
	}
	listener, err := net.Listen("tcp", ":"+port)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("Signing server listening on port %d\\n", listener.Addr().(*net.TCPAddr).Port)
	server := &http.Server{Handler: http.HandlerFunc(handle), ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(server.Serve(listener))
}
`;
}
