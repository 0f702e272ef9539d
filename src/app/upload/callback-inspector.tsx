import { CALLBACK_TIMEOUT_MS } from '../../oss/index.ts';
import { CodeBlock } from '../../ui/code-block.tsx';
import type { OutcomeReading } from './outcome.ts';
import {
  callbackFailure,
  useCallbackExchange,
  type CallbackAttempt,
  type CallbackExchange,
} from './callback-exchange.ts';
import { RESULT_CALLBACK_TEXTS } from './callback-texts-en.ts';
import './callback-inspector.css';
import { useTexts } from '../../ui/i18n/texts.ts';

type Texts = typeof RESULT_CALLBACK_TEXTS;

function requestIdOf(reading: OutcomeReading): string | undefined {
  if (reading.kind === 'success') return reading.requestId;
  if (reading.kind === 'oss-error') return reading.error?.requestId;
  return undefined;
}

function decodeKeyUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return atob(value);
  } catch {
    return null;
  }
}

function HeadersTable({
  caption,
  headers,
  t,
}: {
  caption: string;
  headers: Record<string, string>;
  t: Texts;
}) {
  return (
    <div className="table-scroll">
      <table className="field-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.header}</th>
            <th scope="col">{t.value}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(headers).map(([name, value]) => (
            <tr key={name}>
              <th scope="row" className="name">
                <code>{name}</code>
              </th>
              <td className="value">
                <code>{value}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Attempt({
  attempt,
  n,
  count,
  t,
}: {
  attempt: CallbackAttempt;
  n: number;
  count: number;
  t: Texts;
}) {
  const keyUrl = decodeKeyUrl(attempt.request.headers['x-oss-pub-key-url']);
  const { reply } = attempt;
  return (
    <article className="callback-attempt" aria-label={t.attempt({ n, count })}>
      {count > 1 ? <h4>{t.attempt({ n, count })}</h4> : null}
      <h5>{t.request}</h5>
      <p>
        <code>POST {attempt.url}</code>
      </p>
      <HeadersTable caption={t.requestHeaders} headers={attempt.request.headers} t={t} />
      {keyUrl ? (
        <p className="hint">
          {t.keyUrl}: <code>{keyUrl}</code>
        </p>
      ) : null}
      <p className={attempt.signatureVerifies ? 'callback-verifies' : 'field-warning'}>
        {attempt.signatureVerifies ? t.verifies : t.doesNotVerify}
      </p>
      <CodeBlock label={t.requestBody} text={attempt.request.body || t.emptyBody} />
      <h5>{t.answer}</h5>
      {'error' in reply ? (
        <p className="field-warning">{t.noAnswer({ ms: reply.ms, error: reply.error })}</p>
      ) : (
        <>
          <p>{t.answerStatus({ status: reply.status, ms: reply.ms })}</p>
          <HeadersTable caption={t.answerHeaders} headers={reply.headers} t={t} />
          <CodeBlock label={t.answerBody} text={reply.body || t.emptyBody} />
        </>
      )}
    </article>
  );
}

function why(entry: CallbackExchange, t: Texts): string | null {
  const failure = callbackFailure(entry);
  if (!failure) return null;
  if (failure.kind === 'refused') return t.whyRefused;
  if (failure.kind === 'unreachable') {
    return t.whyUnreachable({ url: failure.url, seconds: CALLBACK_TIMEOUT_MS / 1000 });
  }
  return failure.kind === 'status' ? t.whyStatus(failure) : t.whyBody(failure);
}

/**
 * The upload callback beside the upload result: the request the sandbox sent as OSS would (URL,
 * signed headers, body, whether the signature verifies), each callback server's answer, and why OSS
 * answered 203 when it did. Nothing shows without a sandbox or without a callback.
 */
export function CallbackInspector({ reading }: { reading: OutcomeReading }) {
  const t = useTexts(RESULT_CALLBACK_TEXTS);
  const { data: entry } = useCallbackExchange(requestIdOf(reading));
  if (!entry) return null;
  const reason = why(entry, t);
  return (
    <section className="callback-inspector" aria-label={t.region}>
      <h3>{t.region}</h3>
      <p className="hint">{t.lead}</p>
      {entry.answer.status === 200 ? (
        <div className="callback-answer ok">
          <p>{t.answered200}</p>
          <CodeBlock label={t.answerBody} text={entry.answer.body} />
        </div>
      ) : (
        <div className="callback-answer failed">
          <p>{t.answered203}</p>
          <p>
            {t.ossMessage} <code>{entry.answer.message}</code>
          </p>
          {reason ? <p className="callback-why">{reason}</p> : null}
        </div>
      )}
      {entry.attempts.map((attempt, index) => (
        <Attempt
          key={`${attempt.url}-${index}`}
          attempt={attempt}
          n={index + 1}
          count={entry.attempts.length}
          t={t}
        />
      ))}
    </section>
  );
}
