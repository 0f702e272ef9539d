// The floor of the first-signature bench (bench/first-signature.ts): React, the signing code and
// the same sandbox call as the page, nothing else. It signs the page's own starting form (its
// defaults with the sandbox's target and demo key) and shows the signature.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { buildPostForm } from '../../src/oss/index.ts';
import { DEFAULT_VALUES } from '../../src/app/form/defaults.ts';
import { toPostFormSpec } from '../../src/app/form/to-post-form-spec.ts';
import { readSandboxInfo } from '../../src/app/remote/sandbox-lookup.ts';
import { sandboxPrefill } from '../../src/app/use-sandbox-prefill.ts';

async function signOnce(): Promise<string> {
  const sandbox = readSandboxInfo(await (await fetch('/__sandbox/info')).json());
  if (!sandbox) throw new Error('no sandbox answered at /__sandbox/info');
  const spec = toPostFormSpec(sandboxPrefill(DEFAULT_VALUES, sandbox), new Date(), {
    sandbox: { endpoint: sandbox.endpoint, accessKeyId: sandbox.accessKeyId },
  });
  return (await buildPostForm(spec)).signature;
}

const signature = signOnce();

function Floor() {
  const [shown, setShown] = useState('');
  useEffect(() => {
    void signature.then(setShown, (error: unknown) => setShown(String(error)));
  }, []);
  return (
    <table>
      <tbody>
        <tr>
          <th>x-oss-signature</th>
          <td>{shown}</td>
        </tr>
      </tbody>
    </table>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(<Floor />);
