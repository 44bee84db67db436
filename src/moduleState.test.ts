// Enforces the library's promise: no chart state outside its own instance. At module level, src/
// may hold only constants — primitives, functions, frozen objects — and the page's WebGL context
// budget, which knows only which charts hold a context.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = new URL('.', import.meta.url).pathname;
// A worker entry runs in its own global scope (one per chart), so installing its handler at the top
// level gives it no state that another chart could see.
const WORKER_ENTRIES = new Set(['worker/isolineWorker.ts']);
const ALLOWED_SHARED_OBJECTS = new Set([
  'chart/contextBudget.ts:PAGE_CONTEXT_BUDGET',
  // React's carrier for the budget: holds the page budget as its default, nothing else.
  'react/ContextBudgetProvider.tsx:BudgetContext',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Whether an initializer can only produce an immutable value. */
function isImmutable(node: ts.Expression): boolean {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return isImmutable(node.expression);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return true;
  if (ts.isNumericLiteral(node) || ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isTemplateExpression(node)) return node.templateSpans.every((s) => isImmutable(s.expression));
  if (ts.isPrefixUnaryExpression(node)) return isImmutable(node.operand);
  if (ts.isBinaryExpression(node)) return isImmutable(node.left) && isImmutable(node.right);
  // Another module constant (itself checked where it is declared).
  if (ts.isIdentifier(node)) return true;
  if (ts.isCallExpression(node)) {
    const callee = node.expression.getText();
    if (callee === 'Object.freeze') return true;
    // A component definition: a function wrapped by React, no state of its own.
    if (callee.startsWith('forwardRef')) return node.arguments.every(isImmutable);
    // Pure functions of constants that return primitives or fresh frozen values.
    return ['Math.max', 'Math.min', 'Math.round'].includes(callee) && node.arguments.every(isImmutable);
  }
  return false;
}

describe('module-level state', () => {
  const files = sourceFiles(SRC);

  it('scans the library sources', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s holds no mutable module-level state', (name, file) => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const problems: string[] = [];
    for (const statement of source.statements) {
      if (ts.isVariableStatement(statement)) {
        const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
        for (const decl of statement.declarationList.declarations) {
          const id = `${name}:${decl.name.getText()}`;
          if (!isConst) problems.push(`${id} is declared with let/var`);
          else if (decl.initializer && !isImmutable(decl.initializer) && !ALLOWED_SHARED_OBJECTS.has(id) && !WORKER_ENTRIES.has(name)) {
            problems.push(`${id} = ${decl.initializer.getText().slice(0, 60)} may be mutable`);
          }
        }
      } else if (ts.isExpressionStatement(statement) && !WORKER_ENTRIES.has(name)) {
        problems.push(`top-level statement runs at import time: ${statement.getText().slice(0, 60)}`);
      } else if (ts.isClassDeclaration(statement) && statement.members.some((m) => ts.canHaveModifiers(m) && ts.getModifiers(m)?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword))) {
        problems.push(`class ${statement.name?.getText()} has static members`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('catches the patterns it forbids', () => {
    const check = (code: string) => {
      const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
      const statement = source.statements[0] as ts.VariableStatement;
      return isImmutable(statement.declarationList.declarations[0]!.initializer!);
    };
    expect(check('const cache = new Map();')).toBe(false);
    expect(check('const charts = [];')).toBe(false);
    expect(check('const state = { current: null };')).toBe(false);
    expect(check('const LIMIT = Object.freeze({ a: 1 });')).toBe(true);
    expect(check('const SCALE = 1 << SHIFT;')).toBe(true);
  });
});
