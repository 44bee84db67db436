import { useState } from 'react';

/** The matplotlib code for the current options, with a copy button. */
export function CodePanel({ code }: { code: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('Copied');
    } catch {
      setCopied('Copy failed: select the code instead');
    }
    setTimeout(() => setCopied(null), 1500);
  }
  return (
    <div className="code">
      <button type="button" onClick={() => void copy()}>
        {copied ?? 'Copy'}
      </button>
      <pre>
        <code data-testid="matplotlib-code">{code}</code>
      </pre>
    </div>
  );
}
