// No import cycles in the sources: a module graph with cycles has no order to read it in, and a cycle through a
// store or the i18n catalogue is how a layer quietly starts depending on the one above it. Type-only imports count
// too. The graph is read with the TypeScript compiler's own pre-processor and module resolution.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE_DIRS = ['shared', 'renderer', 'electron'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Each source file → the source files it imports (relative imports that resolve to a file of the tree). */
function importGraph(files: string[]): Map<string, string[]> {
  const options: ts.CompilerOptions = {
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    allowJs: false,
    resolveJsonModule: false,
  };
  const inTree = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const deps = importedFiles
      .filter((i) => i.fileName.startsWith('.'))
      .map((i) => ts.resolveModuleName(i.fileName, file, options, ts.sys).resolvedModule?.resolvedFileName)
      .filter((f): f is string => f !== undefined && inTree.has(path.resolve(f)))
      .map((f) => path.resolve(f));
    graph.set(file, deps);
  }
  return graph;
}

/** One cycle per strongly connected component that has one, as a path `a → b → … → a`. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const s = state.get(next);
      if (s === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('import cycles', () => {
  it('are found by the walk (a known cycle, a diamond without one)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['p', ['q', 'r']],
      ['q', ['s']],
      ['r', ['s']],
      ['s', []],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('are absent from shared/, renderer/ and electron/', () => {
    const files = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(root, d)));
    const graph = importGraph(files);
    expect(graph.size).toBeGreaterThan(150);
    // The walk reads real edges: the i18n hook imports the ui store.
    expect(graph.get(path.join(root, 'renderer/i18n/index.ts'))).toContain(path.join(root, 'renderer/stores/ui.ts'));
    const cycles = findCycles(graph).map((c) => c.map((f) => path.relative(root, f)).join(' → '));
    expect(cycles).toEqual([]);
  });
});
