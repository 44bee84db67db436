// ESLint rule: no chart state outside its instance. At module level a source may hold only
// constants (primitives, functions, frozen objects, other constants) and run no statements; the
// one page-wide object (the WebGL context budget) is marked where it is declared, with a reason.

/** Calls whose result is as immutable as their arguments. */
const PURE_CALLS = new Set([
  'forwardRef',
  'Object.freeze',
  'Math.max',
  'Math.min',
  'Math.round',
  'Math.sqrt',
  'Math.log',
  'Math.pow',
  'Symbol',
]);

function calleeName(node) {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && !node.computed) return `${calleeName(node.object)}.${node.property.name}`;
  return '';
}

/** Whether an initializer can only produce an immutable value. */
export function isImmutable(node) {
  switch (node.type) {
    case 'Literal':
    case 'Identifier':
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      return true;
    case 'TemplateLiteral':
      return node.expressions.every(isImmutable);
    case 'UnaryExpression':
      return isImmutable(node.argument);
    case 'BinaryExpression':
    case 'LogicalExpression':
      return isImmutable(node.left) && isImmutable(node.right);
    case 'ConditionalExpression':
      return isImmutable(node.consequent) && isImmutable(node.alternate);
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
      return isImmutable(node.expression);
    case 'MemberExpression':
      return isImmutable(node.object);
    case 'CallExpression': {
      const name = calleeName(node.callee);
      // Object.freeze makes its result immutable whatever it was built from.
      if (name === 'Object.freeze') return true;
      return PURE_CALLS.has(name) && node.arguments.every(isImmutable);
    }
    default:
      return false;
  }
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'no mutable module-level state (every chart owns its state)' },
    schema: [],
    messages: {
      letVar: "module-level '{{kind}}': every chart must own its state",
      mutable: "module-level '{{name}}' may be mutable: freeze it, or move it into the chart that owns it",
      statement: 'a top-level statement runs at import time and may share state between charts',
      staticMember: 'a static class member is state shared by every instance',
    },
  },
  create(context) {
    function checkDeclaration(decl) {
      if (decl.kind !== 'const') return context.report({ node: decl, messageId: 'letVar', data: { kind: decl.kind } });
      for (const d of decl.declarations) {
        if (d.init && !isImmutable(d.init))
          context.report({ node: d, messageId: 'mutable', data: { name: context.sourceCode.getText(d.id) } });
      }
    }
    function checkClass(node) {
      for (const member of node.body.body) if (member.static) context.report({ node: member, messageId: 'staticMember' });
    }
    return {
      'Program > VariableDeclaration': checkDeclaration,
      'Program > ExportNamedDeclaration > VariableDeclaration': checkDeclaration,
      'Program > ExpressionStatement': (node) => context.report({ node, messageId: 'statement' }),
      ClassDeclaration: checkClass,
      ClassExpression: checkClass,
    };
  },
};
