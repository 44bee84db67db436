// The few Plotly.js calls the benchmark makes (plotly.js-dist-min ships no types).
declare module 'plotly.js-dist-min' {
  const Plotly: {
    version: string;
    newPlot(root: HTMLElement, data: object[], layout?: object, config?: object): Promise<HTMLElement>;
    toImage(root: HTMLElement, options: { format: 'png' | 'jpeg'; width: number; height: number }): Promise<string>;
    purge(root: HTMLElement): void;
  };
  export default Plotly;
}
