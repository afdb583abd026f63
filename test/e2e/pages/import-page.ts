/** The Import screen: pick a file, map, validate, commit. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

import type { Locator } from 'playwright-core';

import type { AppPage } from './app-page';

export class ImportPage {
  constructor(readonly app: AppPage) {}

  private id(testId: string): Locator {
    return this.app.byTestId(testId);
  }

  /** Picks a file through the file chooser and waits for the mapping. */
  async chooseFile(path: string): Promise<void> {
    await this.app.go('import');
    const [chooser] = await Promise.all([
      this.app.page.waitForEvent('filechooser'),
      this.id('import-pick').click(),
    ]);
    await chooser.setFiles(path);
  }

  /** Drops a file on the drop zone, as a user dragging it from a folder. */
  async dropFile(path: string): Promise<void> {
    await this.app.go('import');
    const bytes = [...readFileSync(path)];
    const name = basename(path);
    await this.id('import-drop').evaluate(
      (zone, file) => {
        const transfer = new DataTransfer();
        transfer.items.add(
          new File([new Uint8Array(file.bytes)], file.name, {
            type: 'text/csv',
          }),
        );
        zone.dispatchEvent(
          new DragEvent('dragover', {
            dataTransfer: transfer,
            bubbles: true,
            cancelable: true,
          }),
        );
        zone.dispatchEvent(
          new DragEvent('drop', {
            dataTransfer: transfer,
            bubbles: true,
            cancelable: true,
          }),
        );
      },
      { bytes, name },
    );
  }

  async waitMapping(): Promise<void> {
    await this.id('import-mapping').waitFor({ timeout: 60_000 });
  }

  /** The file column label a field is mapped to ('' when unmapped). */
  async mappedColumn(field: string): Promise<string> {
    const select = this.id(`mapping-${field}`);
    const value = await select.inputValue();
    if (value === '') return '';
    return (
      await select.locator(`option[value="${value}"]`).innerText()
    ).trim();
  }

  async mapField(field: string, columnLabel: string): Promise<void> {
    await this.id(`mapping-${field}`).selectOption({ label: columnLabel });
  }

  async kind(): Promise<string> {
    return this.id('import-kind').inputValue();
  }

  async setKind(kind: 'clients' | 'lines'): Promise<void> {
    await this.id('import-kind').selectOption(kind);
  }

  async setPeriod(period: string): Promise<void> {
    await this.id('import-period').fill(period);
  }

  async setMode(mode: 'replace' | 'merge'): Promise<void> {
    await this.id('import-mode').selectOption(mode);
  }

  /** Leaves exactly these fields ticked for a merge. */
  async setMergeFields(fields: readonly string[]): Promise<void> {
    const boxes = this.app.page.locator('[data-testid^="import-field-"]');
    for (const box of await boxes.all()) {
      const field = (await box.getAttribute('data-testid'))!.slice(
        'import-field-'.length,
      );
      await box.setChecked(fields.includes(field));
    }
  }

  async validate(): Promise<void> {
    await this.id('import-validate').click();
    await this.id('import-report').waitFor({ timeout: 60_000 });
  }

  async count(
    name: 'read' | 'accepted' | 'rejected' | 'skipped' | 'warnings',
  ): Promise<number> {
    return Number(
      (await this.id(`import-count-${name}`).innerText()).replace(/[^\d]/g, ''),
    );
  }

  async text(testId: string): Promise<string> {
    return (await this.id(testId).innerText()).trim();
  }

  async commit(): Promise<void> {
    await this.id('import-commit').click();
    await this.id('import-done').waitFor({ timeout: 60_000 });
    await this.app.waitComputed();
  }

  fileError(): Locator {
    return this.id('import-file-error');
  }
}
