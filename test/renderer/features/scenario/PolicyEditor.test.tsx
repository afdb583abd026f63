// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { flushPendingEdits } from '../../../../renderer/app/pending-edits';
import { PolicyEditor } from '../../../../renderer/features/scenario/PolicyEditor';
import {
  DEFAULT_POLICY,
  clonePolicy,
  type Policy,
} from '../../../../shared/policy';
import { fire, render, typeInto, wait, type Rendered } from '../../ui/render';

let view: Rendered | null = null;
afterEach(async () => {
  await view?.unmount();
  view = null;
});

const input = (id: string) =>
  view!.byTestId(`policy-input-${id}`) as HTMLInputElement;

describe('PolicyEditor', () => {
  it('has an input for every policy parameter, labelled with its tier', async () => {
    view = await render(
      <PolicyEditor policy={DEFAULT_POLICY} onApply={() => undefined} />,
    );
    expect(
      view.container.querySelectorAll('[data-testid^="policy-input-"]'),
    ).toHaveLength(58);
    expect(input('tiers.Mid-Market.min_workers').value).toBe('11');
    expect(
      input('tiers.Mid-Market.min_workers').getAttribute('aria-label'),
    ).toBe('Mid-Market: starts at workers');
    expect(input('tiers.SMB.gm_target').value).toBe('50');
    expect(input('tiers.Strategic.min_arr').value).toBe('1,200,000.01');
    expect(view.container.textContent).toContain('11–50 workers');
  });

  it('applies a valid edit at once as a whole validated policy', async () => {
    const onApply = vi.fn<(p: Policy) => void>();
    view = await render(
      <PolicyEditor policy={DEFAULT_POLICY} onApply={onApply} />,
    );
    await typeInto(input('tiers.Mid-Market.min_workers'), '15');
    expect(onApply).toHaveBeenCalledTimes(1);
    await wait(200);
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply.mock.calls[0]![0].tiers['Mid-Market'].min_workers).toBe(15);
  });

  it('applies once when Enter follows the typing', async () => {
    const onApply = vi.fn<(p: Policy) => void>();
    view = await render(
      <PolicyEditor policy={DEFAULT_POLICY} onApply={onApply} />,
    );
    const ratio = input('tiers.SMB.csm_ratio');
    await typeInto(ratio, '25');
    await fire(
      ratio,
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }),
    );
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply.mock.calls[0]![0].tiers.SMB.csm_ratio).toBe(25);
  });

  it('shows an invalid value next to its field and does not apply it', async () => {
    const onApply = vi.fn();
    view = await render(
      <PolicyEditor policy={DEFAULT_POLICY} onApply={onApply} />,
    );
    await typeInto(input('tiers.SMB.csm_ratio'), 'ten');
    await wait(200);
    expect(onApply).not.toHaveBeenCalled();
    expect(input('tiers.SMB.csm_ratio').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(
      input('tiers.SMB.csm_ratio').closest('.pe-field')!.textContent,
    ).toContain('Not a number');
    expect(input('tiers.SMB.csm_ratio').value).toBe('ten');
  });

  it('flags the field typed in when it breaks the next tier bound', async () => {
    const onApply = vi.fn();
    view = await render(
      <PolicyEditor policy={DEFAULT_POLICY} onApply={onApply} />,
    );
    await typeInto(input('tiers.Mid-Market.min_workers'), '60');
    await wait(200);
    expect(onApply).not.toHaveBeenCalled();
    const typed = input('tiers.Mid-Market.min_workers').closest('.pe-field')!;
    expect(typed.textContent).toContain(
      "Must be below Enterprise's 51 workers",
    );
    const enterprise = input('tiers.Enterprise.min_workers').closest(
      '.pe-field',
    )!;
    expect(enterprise.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the baseline value where the scenario differs', async () => {
    const scenario = clonePolicy(DEFAULT_POLICY, 'S');
    const edited: Policy = {
      ...scenario,
      tiers: {
        ...scenario.tiers,
        SMB: { ...scenario.tiers.SMB, csm_ratio: 40 },
      },
    };
    view = await render(
      <PolicyEditor
        policy={edited}
        reference={DEFAULT_POLICY}
        onApply={() => undefined}
      />,
    );
    const field = input('tiers.SMB.csm_ratio').closest('.pe-field')!;
    expect(field.textContent).toContain('Baseline 50');
    const other = input('tiers.SMB.pepm').closest('.pe-field')!;
    expect(other.textContent).not.toContain('Baseline');
  });

  it('applies a size basis choice at once', async () => {
    const onApply = vi.fn<(p: Policy) => void>();
    view = await render(
      <PolicyEditor policy={DEFAULT_POLICY} onApply={onApply} />,
    );
    const select = view.byTestId(
      'policy-input-size_basis',
    ) as HTMLSelectElement;
    select.value = 'higher';
    await fire(select, new Event('change', { bubbles: true }));
    expect(onApply.mock.calls[0]![0].size_basis).toBe('higher');
  });
});

describe('PolicyEditor with a policy changed from outside', () => {
  const withMidMarket = (minWorkers: number): Policy => ({
    ...DEFAULT_POLICY,
    tiers: {
      ...DEFAULT_POLICY.tiers,
      'Mid-Market': {
        ...DEFAULT_POLICY.tiers['Mid-Market'],
        min_workers: minWorkers,
      },
    },
  });

  async function rerender(policy: Policy, onApply: (p: Policy) => void) {
    await act(async () =>
      view!.root.render(<PolicyEditor policy={policy} onApply={onApply} />),
    );
  }

  it('shows the new value and never applies an earlier edit over it', async () => {
    const onApply = vi.fn<(p: Policy) => void>();
    view = await render(
      <PolicyEditor policy={withMidMarket(16)} onApply={onApply} />,
    );
    await typeInto(input('tiers.SMB.csm_ratio'), '45');
    expect(onApply).toHaveBeenCalledTimes(1);
    // An undo lands before the store answered the edit.
    await rerender(withMidMarket(11), onApply);
    expect(input('tiers.Mid-Market.min_workers').value).toBe('11');
    expect(input('tiers.SMB.csm_ratio').value).toBe('50');
    await wait(200);
    expect(onApply).toHaveBeenCalledTimes(1);
  });

  it('says while a value is invalid that nothing typed is applied', async () => {
    const onApply = vi.fn<(p: Policy) => void>();
    view = await render(
      <PolicyEditor policy={DEFAULT_POLICY} onApply={onApply} />,
    );
    await typeInto(input('tiers.SMB.price_change'), '-150');
    await typeInto(input('tiers.Strategic.pepm'), '320');
    await wait(200);
    expect(onApply).not.toHaveBeenCalled();
    const held = view.byTestId('policy-held').textContent!;
    expect(held).toContain('One value needs fixing');
    expect(held).toContain('none of the 2 changes typed is applied');
    await typeInto(input('tiers.SMB.price_change'), '-15');
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(view.queryByTestId('policy-held')).toBeNull();
  });

  it('keeps an invalid draft and its message while the user fixes it', async () => {
    const onApply = vi.fn<(p: Policy) => void>();
    view = await render(
      <PolicyEditor policy={withMidMarket(16)} onApply={onApply} />,
    );
    await typeInto(input('tiers.SMB.csm_ratio'), 'ten');
    await wait(200);
    await rerender(withMidMarket(11), onApply);
    expect(input('tiers.Mid-Market.min_workers').value).toBe('11');
    expect(input('tiers.SMB.csm_ratio').value).toBe('ten');
    expect(
      input('tiers.SMB.csm_ratio').closest('.pe-field')!.textContent,
    ).toContain('Not a number');
  });

  it('shows a pending issue at once when undo asks, applies nothing twice, and stops when unmounted', async () => {
    const onApply = vi.fn<(p: Policy) => void>();
    view = await render(
      <PolicyEditor policy={DEFAULT_POLICY} onApply={onApply} />,
    );
    await typeInto(input('tiers.SMB.csm_ratio'), '45');
    await act(async () => flushPendingEdits());
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply.mock.calls[0]![0].tiers.SMB.csm_ratio).toBe(45);
    await typeInto(input('tiers.SMB.csm_ratio'), 'ten');
    await act(async () => flushPendingEdits());
    expect(input('tiers.SMB.csm_ratio').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await view.unmount();
    view = null;
    flushPendingEdits();
    expect(onApply).toHaveBeenCalledTimes(1);
  });

  it('keeps typing that follows its own applied edit', async () => {
    let shown = withMidMarket(11);
    const onApply = vi.fn((p: Policy) => {
      shown = p;
    });
    view = await render(<PolicyEditor policy={shown} onApply={onApply} />);
    await typeInto(input('tiers.Mid-Market.min_workers'), '16');
    await wait(200);
    expect(onApply).toHaveBeenCalledTimes(1);
    // Typing goes on in another field before the store answers.
    await typeInto(input('tiers.SMB.csm_ratio'), '4');
    await rerender(shown, onApply);
    expect(input('tiers.Mid-Market.min_workers').value).toBe('16');
    expect(input('tiers.SMB.csm_ratio').value).toBe('4');
    await wait(200);
    expect(onApply).toHaveBeenCalledTimes(2);
    expect(onApply.mock.calls[1]![0].tiers.SMB.csm_ratio).toBe(4);
    expect(onApply.mock.calls[1]![0].tiers['Mid-Market'].min_workers).toBe(16);
  });
});
