import { useEffect, useState, type RefObject } from 'react';
import type { ContourHeatmapHandle, ContourHeatmapProps, ImageType } from '../../src';
import { SelectField, TextField } from './controls';
import { optionalNumber } from './parse';

export interface ExportFormat {
  readonly type: ImageType;
  /** JPEG quality as typed, 0–1. */
  readonly quality: string;
}

interface Exported {
  /** The props and format this export was made for: a result for older ones is shown as stale. */
  readonly props: ContourHeatmapProps;
  readonly format: ExportFormat;
  readonly base64?: string;
  readonly error?: string;
}

/** Wait this long after the last change before exporting, so typing does not export every keystroke. */
const DEBOUNCE_MS = 150;

/**
 * The live export: the handle's toBase64 after every change (it waits for the latest props to be
 * drawn), shown as an image, its base64 length and the base64 itself.
 */
export function ExportPanel({
  chart,
  props,
  format,
  onFormat,
}: {
  chart: RefObject<ContourHeatmapHandle | null>;
  props: ContourHeatmapProps;
  format: ExportFormat;
  onFormat: (format: ExportFormat) => void;
}) {
  const [exported, setExported] = useState<Exported | null>(null);
  const [size, setSize] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      const quality = format.type === 'image/jpeg' ? optionalNumber(format.quality) : undefined;
      chart.current?.toBase64(format.type, quality).then(
        (base64) => live && setExported({ props, format, base64 }),
        (e: unknown) => live && setExported({ props, format, error: e instanceof Error ? e.message : String(e) }),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [chart, props, format]);

  const current = exported !== null && exported.props === props && exported.format === format;
  const url = exported?.base64 === undefined ? null : `data:${exported.format.type};base64,${exported.base64}`;
  const extension = exported?.format.type === 'image/jpeg' ? 'jpg' : 'png';
  return (
    <div className="export" data-state={current ? (exported.error ? 'error' : 'done') : 'pending'}>
      <div className="export-controls">
        <SelectField
          label="format"
          value={format.type}
          options={
            [
              { value: 'image/png', label: 'PNG' },
              { value: 'image/jpeg', label: 'JPEG' },
            ] as const
          }
          onChange={(type) => onFormat({ ...format, type })}
        />
        <TextField
          label="quality"
          inputMode="decimal"
          value={format.quality}
          disabled={format.type !== 'image/jpeg'}
          hint="JPEG, 0–1; empty: the browser's"
          onChange={(quality) => onFormat({ ...format, quality })}
        />
        <p className="export-summary">
          {current ? (exported.error ? 'no export' : exported.format.type) : 'exporting…'}
          {exported?.base64 !== undefined && (
            <>
              {' · '}base64 length <output aria-label="base64 length">{exported.base64.length}</output>
              {size && ` · ${size}`}
            </>
          )}
        </p>
        {url && (
          <a href={url} download={`figure.${extension}`}>
            Download figure.{extension}
          </a>
        )}
      </div>
      {current && exported.error && <p className="status-error">{exported.error}</p>}
      <div className="export-body">
        {url ? (
          <img
            className={current ? undefined : 'stale'}
            src={url}
            alt="the exported picture"
            onLoad={(e) => setSize(`${e.currentTarget.naturalWidth} × ${e.currentTarget.naturalHeight} px`)}
          />
        ) : (
          <span />
        )}
        <textarea aria-label="base64" readOnly rows={6} value={exported?.base64 ?? ''} />
      </div>
    </div>
  );
}
