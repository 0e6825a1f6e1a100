/**
 * The layers of ARCHITECTURE.md, checked on every `npm test` (`npm run lint:deps`). Imports run one way:
 *   shared/  ←  electron/db | excel | charts  ←  electron/core  ←  electron/rpc  ←  electron/main | cli | launcher
 * and renderer/ imports only shared/ and itself. A rule's name is what a failing run prints.
 */
const entry = '^electron/(main|cli|launcher|preload)/'

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Two files that import each other (directly or round a loop): move what both need into a third file.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-pure',
      severity: 'error',
      comment: 'shared/ holds the contract, pure domain rules and the i18n tables: no electron/ or renderer/ code, no Node built-ins.',
      from: { path: '^shared/' },
      to: { path: ['^electron/', '^renderer/', '^bench/', '^tests/'] },
    },
    {
      name: 'shared-no-node',
      severity: 'error',
      comment: 'shared/ runs in the renderer too: no Node built-ins.',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'storage-below-core',
      severity: 'error',
      comment: 'electron/db, electron/excel and electron/charts are storage and file formats: they import shared/ and each other, never handlers, the dispatch or an entry point.',
      from: { path: '^electron/(db|excel|charts)/' },
      to: { path: ['^electron/(core|rpc)/', entry] },
    },
    {
      name: 'core-below-rpc',
      severity: 'error',
      comment: 'electron/core holds the handlers: it never imports the dispatch, a transport or an entry point.',
      from: { path: '^electron/core/' },
      to: { path: ['^electron/rpc/', entry] },
    },
    {
      name: 'rpc-below-entry',
      severity: 'error',
      comment: 'electron/rpc (dispatch, backend assembly, transports) never imports an entry point.',
      from: { path: '^electron/rpc/' },
      to: { path: entry },
    },
    {
      name: 'entry-points-apart',
      severity: 'error',
      comment: 'electron/main, cli, launcher and preload are separate entry points: none imports another; what two need lives in rpc/ or below.',
      from: { path: '^electron/(main|cli|launcher|preload)/' },
      to: { path: entry, pathNot: '^electron/$1/' },
    },
    {
      name: 'renderer-only-shared',
      severity: 'error',
      comment: 'The renderer never touches Node or the backend: it imports shared/ and itself only.',
      from: { path: '^renderer/' },
      to: { path: ['^electron/', '^bench/', '^tests/'] },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      comment: 'The renderer runs sandboxed in the page: no Node built-ins.',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-module-in-main-only',
      severity: 'error',
      comment: "Only electron/main and electron/preload load 'electron' (it downloads its binary when loaded from Node).",
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: '^electron$', dependencyTypes: ['npm', 'npm-dev', 'npm-no-pkg', 'npm-unknown', 'core', 'unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^out/', '^node_modules/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mts', '.js', '.cjs', '.mjs', '.json'] },
  },
}
