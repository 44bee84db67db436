import type { HostState } from './useHostState';

/** One line of what the chart reports: ready or drawing, the renderer, and its error if any. */
export function ChartStatus({ host, rows, cols }: { host: HostState; rows: number; cols: number }) {
  return (
    <div className="status">
      <p className="status-line">
        <span className={host.ready ? 'badge ok' : 'badge busy'} data-testid="ready">
          data-ready: {String(host.ready)}
        </span>
        <span className="badge" data-testid="renderer">
          renderer: {host.renderer ?? 'none'}
        </span>
        <span className="grid-size">
          grid {rows} × {cols} ({(rows * cols).toLocaleString('en')} cells)
        </span>
      </p>
      {host.error && (
        <p className="status-error" data-testid="chart-error">
          {host.error}
        </p>
      )}
    </div>
  );
}
