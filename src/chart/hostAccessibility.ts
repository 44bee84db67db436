/** The host's accessible name and role, and its place in the tab order. */
export interface HostAccessibility {
  /** Names the host `label` (the `ariaLabel` option's, else `automatic`) and puts it in the tab order while `focusable`. */
  update(label: string | undefined, automatic: string, focusable: boolean): void;
  /** Puts back every attribute as the page had it. Safe to call more than once. */
  destroy(): void;
}

type Attribute = 'tabindex' | 'role' | 'aria-label';

/**
 * Attributes the page set on the host are the page's: its own tabindex and role stay, and so does
 * its aria-label unless the `ariaLabel` option names the chart. What the chart sets it removes (or
 * puts back) on destroy.
 */
export function createHostAccessibility(host: HTMLElement): HostAccessibility {
  const pages = new Map<Attribute, string | null>((['tabindex', 'role', 'aria-label'] as const).map((a) => [a, host.getAttribute(a)]));
  /** The attributes the chart set, with the value it set. */
  const ours = new Map<Attribute, string>();
  let destroyed = false;

  function set(attribute: Attribute, value: string | null): void {
    if (value === null) {
      if (ours.delete(attribute)) restore(attribute);
      return;
    }
    ours.set(attribute, value);
    if (host.getAttribute(attribute) !== value) host.setAttribute(attribute, value);
  }

  function restore(attribute: Attribute): void {
    const value = pages.get(attribute)!;
    if (value === null) host.removeAttribute(attribute);
    else host.setAttribute(attribute, value);
  }

  return {
    update(label, automatic, focusable) {
      if (destroyed) return;
      if (pages.get('tabindex') === null) set('tabindex', focusable ? '0' : null);
      if (pages.get('role') === null) set('role', 'img');
      set('aria-label', label ?? (pages.get('aria-label') === null ? automatic : null));
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const attribute of ours.keys()) restore(attribute);
      ours.clear();
    },
  };
}
