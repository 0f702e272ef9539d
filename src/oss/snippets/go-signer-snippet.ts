import type { PostForm } from '../form/form-types.ts';
import { SNIPPETS_TEXTS } from './texts-en.ts';
import { commentLines, signerHeader, SIGNER_ENV } from './signer-text.ts';
import { planSigner, type SignerSnippetOptions } from './signer-plan.ts';
import { goComment, goString } from './escape-go.ts';
import { GO_VARIABLES, goSigningHelpers, goSignature } from './go-signing-helpers.ts';

const go = (value: string): string => goString(value);

/** Exact JSON text of a literal condition, kept byte for byte with json.RawMessage. */
const raw = (value: unknown): string => goString(JSON.stringify(value));

/**
 * A Go program (standard library only, Go ≥ 1.18) that signs the same policy and prints the same
 * form fields as `form`, reading `OSS_ACCESS_KEY_ID` / `OSS_ACCESS_KEY_SECRET` (and
 * `OSS_SESSION_TOKEN`) from the environment and taking the date and expiration when it runs.
 * Output: `{"url": …, "fields": {…}}` in send order; the caller appends the file last.
 *
 * @example
 * const source = renderGoSignerSnippet(form);
 * // save as sign_post.go; OSS_ACCESS_KEY_ID=… OSS_ACCESS_KEY_SECRET=… go run sign_post.go
 * @see https://help.aliyun.com/en/oss/developer-reference/signature-version-4-recommend
 */
export function renderGoSignerSnippet(form: PostForm, options?: SignerSnippetOptions): string {
  const plan = planSigner(form, options);
  const t = options?.texts ?? SNIPPETS_TEXTS;
  const conditions: string[] = [];
  for (const c of plan.conditions) {
    if (c.kind === 'static') {
      conditions.push(`conditions = append(conditions, json.RawMessage(${raw(c.condition)}))`);
      continue;
    }
    const value = GO_VARIABLES[c.source];
    const entry =
      c.shape === 'eq'
        ? `[]string{"eq", ${go(`$${c.field}`)}, ${value}}`
        : `map[string]string{${go(c.field)}: ${value}}`;
    const line = `conditions = append(conditions, ${entry})`;
    conditions.push(c.source === 'securityToken' ? `if securityToken != "" {\n\t${line}\n}` : line);
  }
  const fields: string[] = [];
  for (const f of plan.fields) {
    const value = f.kind === 'static' ? go(f.value) : GO_VARIABLES[f.source];
    const line = `fields = append(fields, field{${go(f.name)}, ${value}})`;
    fields.push(
      f.kind === 'dynamic' && f.source === 'securityToken'
        ? `if securityToken != "" {\n\t${line}\n}`
        : line,
    );
  }
  const sign = goSignature(plan.version);
  const hashImport = plan.version === 'v1' ? '"crypto/sha1"' : '"encoding/hex"';
  const tab = (lines: string[]): string =>
    lines
      .flatMap((l) => l.split('\n'))
      .map((l) => `\t${l}`)
      .join('\n');
  const header = signerHeader(plan, 'go run sign_post.go', options?.texts).map(goComment);
  return `${commentLines(header, '//')}
package main

import (
	"bytes"
	"crypto/hmac"
	${hashImport}
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"hash"
	"os"
	"strings"
	"time"
)

const (
	postURL          = ${go(plan.url)}
	region           = ${go(plan.region)}
	expiresInSeconds = ${plan.expiresInSeconds}
)

type field struct{ Name, Value string }

func requireEnv(name string) string {
	value := os.Getenv(name)
	if value == "" {
		fmt.Fprintf(os.Stderr, "Set %s in the environment (never in this file).\\n", name)
		os.Exit(2)
	}
	return value
}

${goSigningHelpers(t)}

// ${t['go-fields']()}
func signPostForm(now time.Time) []field {
	accessKeyID := requireEnv(${go(SIGNER_ENV.accessKeyId)})
	accessKeySecret := requireEnv(${go(SIGNER_ENV.accessKeySecret)})
	securityToken := os.Getenv(${go(SIGNER_ENV.securityToken)})
	now = now.UTC()
	date := now.Format("20060102T150405Z")
	credential := accessKeyID + "/" + date[:8] + "/" + region + "/oss/aliyun_v4_request"
	expiration := now.Add(expiresInSeconds * time.Second).Format("2006-01-02T15:04:05.000Z")
	_, _ = credential, securityToken

	conditions := []any{}
${tab(conditions)}
	var buf bytes.Buffer
	encoder := json.NewEncoder(&buf)
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(map[string]any{"expiration": expiration, "conditions": conditions}); err != nil {
		panic(err)
	}
	policy := base64.StdEncoding.EncodeToString(bytes.TrimSpace(buf.Bytes()))
	signature := ${sign}

	fields := []field{}
${tab(fields)}
	return fields
}

func quote(s string) string {
	text, _ := json.Marshal(s)
	return string(text)
}

func main() {
	fields := signPostForm(time.Now())
	lines := make([]string, len(fields))
	for i, f := range fields {
		lines[i] = "    " + quote(f.Name) + ": " + quote(f.Value)
	}
	fmt.Printf("{\\n  \\"url\\": %s,\\n  \\"fields\\": {\\n%s\\n  }\\n}\\n", quote(postURL), strings.Join(lines, ",\\n"))
}
`;
}
