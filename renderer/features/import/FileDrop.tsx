import { useState, type DragEvent } from 'react';

import { pickImportFile, readImportFile } from './import-actions';

/** The file picker button and drop zone. */
export function FileDrop() {
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    void file
      .arrayBuffer()
      .then((buffer) => readImportFile(file.name, new Uint8Array(buffer)));
  };

  return (
    <div
      className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      data-testid="import-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>Drop a CSV or XLSX file here, or</p>
      <button
        type="button"
        className="button button-primary"
        data-testid="import-pick"
        onClick={() => void pickImportFile()}
      >
        Choose a file…
      </button>
      <p className="muted small">
        CSV (comma, semicolon, tab or pipe), XLSX. Files stay on this computer.
      </p>
    </div>
  );
}
