// @ts-check
// docs/PROPS.md, generated from the types with the TypeScript compiler, so the reference cannot
// drift from the code: `npm run docs:props` writes it, scripts/props-doc.test.mjs fails when it is
// stale. Each property's row comes from its declaration: the type as written (without the
// `| undefined` every optional prop carries), the doc comment, and the default — the comment's
// sentence that starts with "Default" (e.g. "Default 'viridis'." or "Default: the data range."),
// which is moved out of the description into its own column.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The reference's sections: an exported type, what it is for, and bases documented elsewhere. */
const SECTIONS = [
  [
    'ChartOptions',
    'What a chart draws: the props of `<ContourHeatmap>`, the options of `chart.update()` and of `renderToBuffer()` in `contour-heatmap/node`.',
  ],
  [
    'ContourHeatmapProps',
    "`<ContourHeatmap>`'s own props, besides the chart options above and any `aria-*` or `data-*` attribute (passed to the root element).",
    ['ChartOptions', 'AriaAttributes', 'DataAttributes'],
  ],
  ['ChartSettings', 'The plain-JavaScript chart: `createContourHeatmap(host, settings)`.'],
  ['LinkedChartsProps', '`<LinkedCharts>`: the charts inside share the view, the hover and (`shareNorm`) one colour scale.'],
  ['ContourOptions', 'The `contours` prop.'],
  ['FillOptions', '`contours.filled` as an object.'],
  ['ContourLabelsOptions', '`contours.labels` as an object.'],
  ['AxesOptions', '`axes` as an object.'],
  ['ColorbarOptions', '`colorbar` as an object.'],
  ['ListedColormapInput', 'A custom `cmap` of listed colours.'],
  ['StopsColormapInput', 'A custom `cmap` interpolated between colours at positions.'],
  ['ExportOptions', 'The last argument of `toDataURL()` and `toBase64()`.'],
];

/** The named types the tables use, spelt out at the end. */
const TYPES = [
  'GridInput',
  'Extent',
  'Origin',
  'InterpolationName',
  'InterpolationStage',
  'Color',
  'ColormapInput',
  'ColormapName',
  'CustomColormapInput',
  'NormSpec',
  'LineStyleName',
  'Extend',
  'LayoutName',
  'RendererChoice',
  'AxisName',
];
/** A union of names longer than this is shown as declared, not spelt out (ColormapName's 166 names). */
const MAX_EXPANDED = 400;

/** The reference as Markdown. */
export function propsDoc() {
  const program = ts.createProgram([`${ROOT}src/index.ts`], { jsx: ts.JsxEmit.ReactJSX, strict: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(/** @type {ts.SourceFile} */ (program.getSourceFile(`${ROOT}src/index.ts`)));
  const exported = new Map(checker.getExportsOfModule(/** @type {ts.Symbol} */ (entry)).map((s) => [s.name, checker.getAliasedSymbol(s)]));
  const declaration = (/** @type {string} */ name) => /** @type {ts.Declaration} */ (exported.get(name)?.declarations?.[0]);

  const out = [
    '# Props reference',
    '',
    '<!-- Generated from the types by `npm run docs:props` (scripts/props-doc.mjs): edit the doc comments, not this file. -->',
    '',
    'Every option, with its type, its default and what it does. Types are exported by `contour-heatmap`;',
    'colormap objects come from `contour-heatmap/colormaps`. Optional props also accept `undefined`, which means "not given".',
  ];
  for (const [name, intro, skip = []] of SECTIONS) {
    const decl = declaration(/** @type {string} */ (name));
    if (!decl || !ts.isInterfaceDeclaration(decl)) throw new Error(`props-doc: ${name} is not an exported interface`);
    const rows = members(decl, checker, /** @type {string[]} */ (skip)).map(row);
    out.push(
      '',
      `## \`${name}\``,
      '',
      /** @type {string} */ (intro),
      '',
      '| Prop | Type | Default | Description |',
      '|---|---|---|---|',
      ...rows,
    );
  }
  out.push(
    '',
    '## Norm objects (`norm`)',
    '',
    "Besides the strings `'linear'`, `'log'` and `'symlog'`, `norm` takes one of these objects.",
    '',
  );
  out.push('| `type` | Options | Description |', '|---|---|---|', ...normRows(declaration('NormObject')));
  out.push('', '## Types', '', '| Type | Definition | Description |', '|---|---|---|');
  for (const name of TYPES) {
    const decl = declaration(name);
    if (!decl || !ts.isTypeAliasDeclaration(decl)) throw new Error(`props-doc: ${name} is not an exported type alias`);
    // A union of names is spelt out (InterpolationName is declared through other aliases); the rest as declared.
    const type = checker.getTypeAtLocation(decl);
    const names = type.isUnion() && type.types.every((t) => t.isStringLiteral()) ? type.types.map((t) => `'${t.value}'`).join(' | ') : '';
    const definition = names && names.length <= MAX_EXPANDED ? names : decl.type.getText().replace(/^\|\s*/, '');
    out.push(`| \`${name}\` | ${code(definition)} | ${cell(docComment(decl))} |`);
  }
  return `${out.join('\n')}\n`;
}

/** An interface's properties declared in src/, its bases' first (in `extends` order), skipping `skip`. */
function members(/** @type {ts.InterfaceDeclaration} */ decl, /** @type {ts.TypeChecker} */ checker, /** @type {string[]} */ skip) {
  /** @type {ts.PropertySignature[]} */
  const found = [];
  for (const base of decl.heritageClauses?.flatMap((h) => [...h.types]) ?? []) {
    if (skip.includes(base.expression.getText())) continue;
    const symbol = checker.getSymbolAtLocation(base.expression);
    const target = symbol && (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
    const baseDecl = target?.declarations?.[0];
    if (baseDecl && ts.isInterfaceDeclaration(baseDecl) && baseDecl.getSourceFile().fileName.startsWith(`${ROOT}src/`)) {
      found.push(...members(baseDecl, checker, skip));
    }
  }
  return [...found, ...decl.members.filter(ts.isPropertySignature)];
}

function row(/** @type {ts.PropertySignature} */ prop) {
  const { description, defaultValue } = splitDefault(docComment(prop));
  const type = (prop.type?.getText() ?? 'unknown').replace(/\s*\|\s*undefined$/, '');
  return `| \`${prop.name.getText()}\`${prop.questionToken ? '' : ' (required)'} | ${code(type)} | ${cell(defaultValue)} | ${cell(description)} |`;
}

/** One row per norm: its `type`, its options as declared, and the comment above it. */
function normRows(/** @type {ts.Declaration} */ decl) {
  if (!ts.isTypeAliasDeclaration(decl) || !ts.isUnionTypeNode(decl.type)) throw new Error('props-doc: NormObject is not a union');
  const text = decl.getSourceFile().text;
  let previousEnd = decl.type.pos;
  return decl.type.types.map((member) => {
    const comment = /\/\*\*([\s\S]*?)\*\//.exec(text.slice(previousEnd, member.getStart()))?.[1] ?? '';
    previousEnd = member.end;
    if (!ts.isTypeLiteralNode(member)) throw new Error('props-doc: a NormObject member is not an object type');
    const props = member.members.filter(ts.isPropertySignature);
    const type = props.find((p) => p.name.getText() === 'type')?.type?.getText() ?? '?';
    const options = props
      .filter((p) => p.name.getText() !== 'type')
      .map((p) => `${p.name.getText()}${p.questionToken ? '?' : ''}: ${(p.type?.getText() ?? '').replace(/\s*\|\s*undefined$/, '')}`);
    return `| ${code(type)} | ${options.map(code).join(', ')} | ${cell(comment.replace(/^\s*\*\s?/gm, ''))} |`;
  });
}

/** The doc comment of a declaration as plain text, `{@link X}` as `X`. */
function docComment(/** @type {ts.Node} */ node) {
  const jsDoc = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  return jsDoc.map((d) => (typeof d.comment === 'string' ? d.comment : (ts.getTextOfJSDocComment(d.comment) ?? ''))).join(' ');
}

/** The comment's "Default …" sentence apart from the rest. */
function splitDefault(/** @type {string} */ comment) {
  const match = /(?:^|(?<=[.;)…]\s))Default:?\s+([\s\S]*?)(?:\.(?=\s|$)|$)/.exec(comment);
  if (!match) return { description: comment, defaultValue: '' };
  return {
    description: (comment.slice(0, match.index) + comment.slice(match.index + match[0].length)).trim(),
    defaultValue: match[1] ?? '',
  };
}

/** Text for a table cell: one line, pipes escaped, `{@link X}` shown as `X`. */
function cell(/** @type {string} */ text) {
  return text
    .replace(/\{@link\s+([^}\s]+)\s*\}/g, '`$1`')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

function code(/** @type {string} */ text) {
  return `\`${cell(text).replace(/`/g, '')}\``;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(`${ROOT}docs/PROPS.md`, propsDoc());
  console.log('wrote docs/PROPS.md');
}
