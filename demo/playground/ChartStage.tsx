import { forwardRef, type RefObject } from 'react';
import { ContourHeatmap, type ContourHeatmapHandle, type ContourHeatmapProps } from '../../src';

/**
 * The chart. A size left empty follows the container, so the stage is then a box the user can
 * resize (drag its corner) to watch the chart follow.
 */
export const ChartStage = forwardRef<ContourHeatmapHandle, { props: ContourHeatmapProps; hostRef: RefObject<HTMLDivElement | null> }>(
  function ChartStage({ props, hostRef }, ref) {
    const follows = props.width === undefined || props.height === undefined;
    return (
      <div className={follows ? 'stage resizable' : 'stage'} ref={hostRef}>
        <ContourHeatmap ref={ref} {...props} />
      </div>
    );
  },
);
