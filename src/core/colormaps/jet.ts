import type { Segments } from './segmented';

/** matplotlib `_cm._jet_data` (LinearSegmentedColormap segment data). */
export const jetSegments: Readonly<Record<'red' | 'green' | 'blue', Segments>> = Object.freeze({
  red: [[0.0, 0, 0], [0.35, 0, 0], [0.66, 1, 1], [0.89, 1, 1], [1.0, 0.5, 0.5]],
  green: [[0.0, 0, 0], [0.125, 0, 0], [0.375, 1, 1], [0.64, 1, 1], [0.91, 0, 0], [1.0, 0, 0]],
  blue: [[0.0, 0.5, 0.5], [0.11, 1, 1], [0.34, 1, 1], [0.65, 0, 0], [1.0, 0, 0]],
});
