import type { SendPart } from '../result/form-order.ts';

/**
 * Posts the form as a real HTML form into a new tab: not subject to CORS, so the tab shows
 * OSS's raw answer. The file goes in through a file input filled with DataTransfer.
 */
export function submitPlainForm(url: string, parts: SendPart[], file: File): void {
  const form = document.createElement('form');
  form.method = 'POST';
  form.action = url;
  form.enctype = 'multipart/form-data';
  form.target = '_blank';
  form.hidden = true;
  for (const part of parts) {
    const input = document.createElement('input');
    input.name = part.name;
    if ('file' in part) {
      input.type = 'file';
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
    } else {
      input.type = 'hidden';
      input.value = part.value;
    }
    form.append(input);
  }
  document.body.append(form);
  form.submit();
  form.remove();
}
