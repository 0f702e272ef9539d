import { useId, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ProbeAnswer, ProbeReport, ProbeResult } from '../../oss/index.ts';
import { explainOssError } from '../../oss/index.ts';
import type { BuilderValues } from '../form/builder-schema.ts';
import { useResult } from '../result/result-context.tsx';
import { useCoreTexts } from '../i18n/use-core-texts.ts';
import { useSandboxInfo } from '../remote/sandbox-info.ts';
import { APP_PROBE_TEXTS } from './texts-en.ts';
import { applyProbeFix, canApply, gradeReasonKey } from './probe-state.ts';
import { usePolicyProbe } from './use-policy-probe.ts';
import './probe.css';
import { useTexts } from '../../ui/i18n/texts.ts';

type Texts = typeof APP_PROBE_TEXTS;
type Core = ReturnType<typeof useCoreTexts>;

function AnswerCell({ answer, texts, core }: { answer?: ProbeAnswer; texts: Texts; core: Core }) {
  if (!answer) return <>{texts.fromPolicy}</>;
  const explained = answer.code
    ? explainOssError({
        code: answer.code,
        message: answer.message ?? '',
        ...(answer.ec ? { ec: answer.ec } : {}),
      })
    : null;
  const shown = explained ? core.explanation(explained) : null;
  return (
    <>
      <span className="probe-status">
        {answer.status}
        {answer.code ? ` ${answer.code}` : ''}
      </span>
      {answer.ec ? <span className="probe-ec"> EC {answer.ec}</span> : null}
      {shown ? <span className="probe-why">{shown.cause}</span> : null}
      {!answer.code && answer.status >= 200 && answer.status < 400 ? (
        <span className="probe-why">
          {answer.status === 303 ? texts.redirected : texts.admitted}
        </span>
      ) : null}
    </>
  );
}

function ProbeRow({
  result,
  texts,
  core,
  onFix,
}: {
  result: ProbeResult;
  texts: Texts;
  core: Core;
  onFix: (r: ProbeResult) => void;
}) {
  const title = core.text({ message: result.title, text: result.titleText });
  const outcome = { hole: texts.hole, held: texts.held, 'n/a': texts.notApplicable }[
    result.outcome
  ];
  return (
    <tr
      className={`probe-row probe-${result.outcome === 'n/a' ? 'na' : result.outcome}`}
      data-probe={result.id}
    >
      <th scope="row" data-label={texts.probe}>
        {title}
        <code className="probe-id">{result.id}</code>
      </th>
      <td data-label={texts.sent}>
        <code>{core.text({ message: result.sent, text: result.sentText })}</code>
      </td>
      <td data-label={texts.answer}>
        <AnswerCell answer={result.answer} texts={texts} core={core} />
        {result.note ? <span className="probe-note">{core.text(result.note)}</span> : null}
      </td>
      <td className="probe-outcome" data-label={texts.outcome}>
        <span
          className={`badge badge-${result.outcome === 'hole' ? 'error' : result.outcome === 'held' ? 'ok' : 'info'}`}
        >
          {outcome}
        </span>
      </td>
      <td data-label={texts.fix}>
        {result.fix ? (
          <>
            <span className="probe-fix">{core.text(result.fix)}</span>
            {canApply(result.fix) ? (
              <button
                type="button"
                className="secondary"
                aria-label={texts.applyFixFor({ probe: title })}
                onClick={() => onFix(result)}
              >
                {texts.applyFix}
              </button>
            ) : null}
          </>
        ) : null}
      </td>
    </tr>
  );
}

function Report({
  report,
  texts,
  core,
  onFix,
}: {
  report: ProbeReport;
  texts: Texts;
  core: Core;
  onFix: (r: ProbeResult) => void;
}) {
  const holes = report.probes.filter((p) => p.outcome === 'hole').length;
  return (
    <>
      <p className={`probe-grade probe-grade-${report.grade}`}>
        <strong className="probe-letter">{texts.grade({ grade: report.grade })}</strong>
        <span>{texts[gradeReasonKey(report.grade)]}</span>
        <span>{texts.holes({ count: holes, total: report.probes.length })}</span>
      </p>
      <div className="probe-table-wrap">
        <table className="probe-table">
          <thead>
            <tr>
              <th scope="col">{texts.probe}</th>
              <th scope="col">{texts.sent}</th>
              <th scope="col">{texts.answer}</th>
              <th scope="col">{texts.outcome}</th>
              <th scope="col">{texts.fix}</th>
            </tr>
          </thead>
          <tbody>
            {report.probes.map((result) => (
              <ProbeRow key={result.id} result={result} texts={texts} core={core} onFix={onFix} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * "Probe the policy": opens the region "Policy probe", which probes the builder's signed policy
 * against the sandbox (when the builder posts there) or the dry run, grades it and offers each
 * hole's fix in one click (the builder signs again, and the probe runs again).
 */
export function ProbeSection() {
  const form = useFormContext<BuilderValues>();
  const signed = useResult().signed.form;
  const texts = useTexts(APP_PROBE_TEXTS);
  const core = useCoreTexts();
  const sandbox = useSandboxInfo().data ?? null;
  const [open, setOpen] = useState(false);
  const [applied, setApplied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const regionId = useId();
  const [target, key] = useWatch({ control: form.control, name: ['target', 'key'] });
  const toSandbox = target.mode === 'sandbox' && sandbox !== null;
  const probe = usePolicyProbe({
    policy: signed?.policy ?? null,
    sandbox: toSandbox ? sandbox : null,
    bucket: target.bucket,
    region: target.region,
    keyPrefix: key,
    open,
  });
  const onFix = (result: ProbeResult) => {
    if (!result.fix) return;
    const patch = applyProbeFix(form.getValues(), result.fix);
    for (const [name, value] of Object.entries(patch)) {
      form.setValue(name as keyof BuilderValues, value as never, {
        shouldDirty: true,
        shouldValidate: true,
      });
    }
    setApplied(true);
    heading.current?.focus();
  };
  const toggle = () => {
    setOpen(!open);
    setApplied(false);
    if (!open) requestAnimationFrame(() => heading.current?.focus());
  };
  return (
    <div className="panel probe-panel" id="probe">
      <div className="probe-opener">
        <button type="button" aria-expanded={open} aria-controls={regionId} onClick={toggle}>
          {texts.open}
        </button>
        <p className="lead">{texts.lead}</p>
      </div>
      {open ? (
        <section
          id={regionId}
          className="probe-region"
          aria-labelledby={`${regionId}-heading`}
          aria-busy={probe.isFetching}
        >
          <h2 id={`${regionId}-heading`} tabIndex={-1} ref={heading}>
            {texts.title}
          </h2>
          <p className="hint">{toSandbox ? texts.targetSandbox : texts.targetDryRun}</p>
          <p role="status" className="probe-status-line">
            {probe.isFetching ? texts.running : applied ? texts.applied : ''}
          </p>
          {!signed ? <p>{texts.noPolicy}</p> : null}
          {probe.data && !probe.data.ok ? (
            <p className="probe-failed" role="alert">
              {texts.failed}{' '}
              {core
                .messages(probe.data.issues)
                .map((i) => i.message)
                .join(' ')}
            </p>
          ) : null}
          {probe.data?.ok ? (
            <Report report={probe.data.value} texts={texts} core={core} onFix={onFix} />
          ) : null}
          {probe.data ? (
            <button
              type="button"
              className="secondary"
              onClick={() => void probe.refetch()}
              disabled={probe.isFetching}
            >
              {texts.rerun}
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
