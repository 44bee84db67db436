import { forwardRef, useImperativeHandle, useRef, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { PickInfo } from '../core/interaction/pick';
import type { PointerSettings } from '../chart/pointer';

export interface ReadoutProps {
  /** Called with what lies under the pointer on every move over the image, and once with null when it leaves the image. */
  onHover?: ((info: PickInfo | null) => void) | undefined;
  /**
   * The box beside the pointer with the value under it: true shows `x=…, y=…, z=…`, formatted as
   * matplotlib's cursor readout; false shows none; a function, its content for each point (null:
   * no box). Default true.
   */
  readout?: boolean | ((info: PickInfo) => ReactNode) | undefined;
}

/**
 * The chart settings behind the `onHover` and `readout` props (stable: they read the latest
 * props), and the element that renders a `readout` function's content.
 */
export function useReadout(props: ReadoutProps): { settings: PointerSettings; content: ReactNode } {
  const latest = useRef(props);
  latest.current = props;
  const contentRef = useRef<ReadoutContentHandle>(null);
  const [settings] = useState<PointerSettings>(() => ({
    onHover: (info) => latest.current.onHover?.(info),
    readout: (info, text) => {
      const { readout = true } = latest.current;
      if (typeof readout !== 'function') return readout ? text : null;
      const node = readout(info);
      return node === null || node === undefined || node === false ? null : (contentRef.current?.show(node) ?? null);
    },
  }));
  return { settings, content: <ReadoutContent ref={contentRef} /> };
}

interface ReadoutContentHandle {
  /** Renders `content` now and returns the element it is in, for the chart's readout box to show. */
  show(content: ReactNode): HTMLElement;
}

/**
 * A `readout` function's content, rendered by React into an element of its own that the chart
 * puts in its readout box. Its own state, so a pointer move re-renders this alone, not the chart
 * component; synchronously, so the box is measured and placed with its new content. The element
 * is made on the first show (never during a server render).
 */
const ReadoutContent = forwardRef<ReadoutContentHandle>(function ReadoutContent(_props, ref) {
  const [shown, setShown] = useState<{ target: HTMLElement; content: ReactNode } | null>(null);
  const target = useRef<HTMLElement | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      show(content) {
        const element = (target.current ??= document.createElement('div'));
        flushSync(() => setShown({ target: element, content }));
        return element;
      },
    }),
    [],
  );
  return shown && createPortal(shown.content, shown.target);
});
