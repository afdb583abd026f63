/**
 * File picking and saving in a plain browser: a hidden file input, and a
 * download through a Blob URL. Used when the page is not in the desktop app.
 */

/** A file the user picked: its name and its bytes. */
export type PickedFile = { readonly name: string; readonly bytes: Uint8Array };

/** How long a download's Blob URL lives; the download starts well before. */
const BLOB_URL_LIFETIME_MS = 60_000;

/**
 * Opens the browser's file chooser; null when the user cancels. The input is
 * in the document while open (some browsers ignore a detached one's click).
 */
export function pickFileWithInput(
  accept: readonly string[],
  doc: Document = document,
): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept.join(',');
    input.hidden = true;

    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      file
        .arrayBuffer()
        .then(
          (buffer) =>
            resolve({ name: file.name, bytes: new Uint8Array(buffer) }),
          reject,
        );
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    doc.body.append(input);
    input.click();
  });
}

/** Starts a browser download of the data under the suggested name. */
export function downloadFile(
  suggestedName: string,
  data: Uint8Array | string,
  mime: string,
  doc: Document = document,
): void {
  const part = typeof data === 'string' ? data : data.slice();
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = suggestedName;
  anchor.rel = 'noopener';
  anchor.hidden = true;
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}
