import { parse } from 'graphql';
import { operationDepth } from './query-limits.plugin';

describe('operationDepth', () => {
  it('counts nested field selections', () => {
    expect(operationDepth(parse('{ a }'))).toBe(1);
    expect(operationDepth(parse('{ a { b { c } } d }'))).toBe(3);
  });

  it('follows fragments and inline fragments, and ignores introspection fields', () => {
    const document = parse(`
      query Q { a { ...F } __typename }
      fragment F on A { b { ... on B { c { d } } } }
    `);
    expect(operationDepth(document)).toBe(4);
  });

  it('measures only the named operation', () => {
    const document = parse('query Shallow { a } query Deep { a { b { c } } }');
    expect(operationDepth(document, 'Shallow')).toBe(1);
    expect(operationDepth(document, 'Deep')).toBe(3);
  });

  it('does not loop on a fragment that spreads itself', () => {
    const document = parse('{ a { ...F } } fragment F on A { b { ...F } }');
    expect(operationDepth(document)).toBe(2);
  });
});
