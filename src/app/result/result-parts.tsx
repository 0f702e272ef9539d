// The Result pane's parts that show the signed form: one on-demand chunk, fetched beside the
// signer (they have nothing to show before it has signed).
export { ChecksPanel } from '../panels/checks-panel.tsx';
export { SignedFormPanel } from '../panels/signed-form-panel.tsx';
export { UploadPanel } from '../panels/upload-panel.tsx';
