/**
 * The layering rules the compiler alone does not enforce, checked with the TypeScript
 * type checker:
 *
 * - `src/core` is pure: it imports only files inside `src/core` and the runtime
 *   dependencies of package.json (never `vscode`, a `node:` built-in or a dev dependency),
 *   and it uses no global declared by Node's or the DOM's types (`process`, `Buffer`,
 *   `require`, `setTimeout`, `document`…). `tsc -p src/core` cannot catch the globals: a
 *   dependency's types pull in `@types/node` with a `/// <reference types="node" />`.
 * - `src/shared` and `src/webview` take only types from `src/core`, so the panel bundle
 *   carries no core code.
 * - Code outside `src/core` imports it only through its public entry points,
 *   `src/core/index.ts` and `src/core/api.ts`, so the inside of core can move freely.
 * - Offsets and VS Code positions are converted in one place, `src/extension/convert.ts`:
 *   no other file calls `TextDocument.offsetAt` or `positionAt`.
 *
 * `npm run typecheck` runs it (`node --import tsx scripts/corePurity.ts`); the unit test
 * `test/unit/corePurity.test.ts` also proves it fails on a probe.
 */
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..');

/** One breach of the rules: where, and what. */
export interface Impurity {
  /** Path relative to the repository, `/`-separated. */
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The one file that converts between offsets and VS Code positions. */
const CONVERSION_POINT = path.join(ROOT, 'src', 'extension', 'convert.ts');

/** The public entry points of core, relative to src/core without ".ts" ('' is the folder itself). */
const CORE_ENTRIES: ReadonlySet<string> = new Set(['', 'index', 'api']);

/** Declaration files whose globals core must not use (Node's and the DOM's). */
const FORBIDDEN_DECLARATIONS = /[\\/](@types[\\/]node|typescript[\\/]lib[\\/]lib\.dom[^\\/]*|typescript[\\/]lib[\\/]lib\.webworker[^\\/]*|typescript[\\/]lib[\\/]lib\.scripthost)[\\/.]/;

function runtimeDependencies(): ReadonlySet<string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return new Set(Object.keys(pkg.dependencies ?? {}));
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The last program, reused by the next check (the unit test makes several). */
let previous: ts.Program | undefined;

const rel = (file: string): string => path.relative(ROOT, file).split(path.sep).join('/');
const inside = (dir: string, file: string): boolean => !path.relative(dir, file).startsWith('..');

/**
 * The impurities of the program made of every `.ts` file under `src/` (plus `extraFiles`,
 * absolute path → text, which the test uses for probes that never touch the disk).
 */
export function findImpurities(extraFiles: Readonly<Record<string, string>> = {}): Impurity[] {
  const srcDir = path.join(ROOT, 'src');
  const coreDir = path.join(srcDir, 'core');
  const panelDirs = [path.join(srcDir, 'shared'), path.join(srcDir, 'webview')];
  const files = fs.readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .concat(Object.keys(extraFiles));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['node', 'vscode'],
    strict: true,
    resolveJsonModule: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  host.readFile = (f) => extraFiles[path.resolve(f)] ?? readFile(f);
  host.fileExists = (f) => path.resolve(f) in extraFiles || exists(f);
  const getSource = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang, onError, create) => {
    const extra = extraFiles[path.resolve(f)];
    return extra !== undefined ? ts.createSourceFile(f, extra, lang, true) : getSource(f, lang, onError, create);
  };
  const program = ts.createProgram(files, options, host, previous);
  previous = program;
  const checker = program.getTypeChecker();
  const dependencies = runtimeDependencies();
  const found: Impurity[] = [];

  for (const source of program.getSourceFiles()) {
    const file = path.resolve(source.fileName);
    const isCore = inside(coreDir, file);
    const isPanel = panelDirs.some((d) => inside(d, file));
    const convertsOffsets = file === CONVERSION_POINT;
    if (!isCore && !inside(srcDir, file)) continue;
    const report = (node: ts.Node, message: string): void => {
      found.push({ file: rel(file), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, message });
    };
    const checkImport = (node: ts.Node, specifier: string, typeOnly: boolean): void => {
      const relative = specifier.startsWith('.');
      const target = relative ? path.resolve(path.dirname(file), specifier) : undefined;
      if (isCore) {
        if (target && !inside(coreDir, target)) report(node, `core imports '${specifier}', outside src/core`);
        if (!relative && (specifier === 'vscode' || specifier.startsWith('node:') || builtinModules.includes(packageName(specifier)))) {
          report(node, `core imports '${specifier}': core runs in every host (the extension, the web extension, the command line), so it takes what it needs as parameters`);
        } else if (!relative && !typeOnly && !dependencies.has(packageName(specifier))) {
          report(node, `core imports a value from '${specifier}', which is not a runtime dependency of package.json`);
        }
      } else if (target && inside(coreDir, target)) {
        if (!CORE_ENTRIES.has(path.relative(coreDir, target).split(path.sep).join('/').replace(/\.ts$/, ''))) {
          report(node, `${rel(file).split('/')[1]} imports '${specifier}', inside core: import from src/core/index.ts (or api.ts), its public entry`);
        }
        if (isPanel && !typeOnly) report(node, `${rel(file).split('/')[1]} imports a value from core ('${specifier}'): only types may cross, so the panel bundle carries no core code`);
      }
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.importClause;
        const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings)
          && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
        checkImport(node, node.moduleSpecifier.text, typeOnly);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        checkImport(node, node.moduleSpecifier.text, node.isTypeOnly);
      } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0]!)
        && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
        checkImport(node, node.arguments[0].text, false);
      } else if (!isCore && !convertsOffsets && ts.isPropertyAccessExpression(node) && (node.name.text === 'offsetAt' || node.name.text === 'positionAt')) {
        const declaration = checker.getSymbolAtLocation(node.name)?.declarations?.[0];
        if (declaration && /[\\/]@types[\\/]vscode[\\/]/.test(declaration.getSourceFile().fileName)) {
          report(node, `calls TextDocument.${node.name.text}: offsets are converted in src/extension/convert.ts (documentOffsetAt, documentOffsetRange, documentCaretAt, or the analysis's OffsetConverter)`);
        }
      } else if (isCore && ts.isIdentifier(node) && !isDeclarationName(node)) {
        const symbol = checker.getSymbolAtLocation(node);
        const declaration = symbol?.declarations?.[0];
        const from = declaration?.getSourceFile().fileName;
        if (from && FORBIDDEN_DECLARATIONS.test(from)) {
          report(node, `core uses the global '${node.text}' of ${/@types[\\/]node/.test(from) ? "Node's" : "the DOM's"} types; core runs in every host: take it as a parameter`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** True when `node` names what is declared there, or is a property name after a dot. */
function isDeclarationName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return true;
  if (ts.isQualifiedName(parent) && parent.right === node) return true;
  return (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)
    || ts.isMethodSignature(parent) || ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent)
    || ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent) || ts.isTypeAliasDeclaration(parent) || ts.isEnumMember(parent)
    || ts.isBindingElement(parent) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isImportClause(parent)
    || ts.isNamespaceImport(parent) || ts.isTypeParameterDeclaration(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent))
    && (parent as ts.NamedDeclaration).name === node;
}

if (require.main === module) {
  const impurities = findImpurities();
  for (const i of impurities) console.error(`${i.file}:${i.line}: ${i.message}`);
  if (impurities.length) {
    console.error(`\n${impurities.length} layering breach(es): see scripts/corePurity.ts for the rules.`);
    process.exit(1);
  }
  console.log('core purity: src/core uses no vscode, node built-in or host global; shared and webview take only types from core; the rest of src imports core through its entry points; offsets are converted in convert.ts only');
}
