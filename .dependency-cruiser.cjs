// Which code may import which (DESIGN.md §2), checked by `pnpm lint` so a backward import fails CI.
//
// The client is layered, top to bottom; a folder imports only folders below it, never above:
//   app/       the shell: routes, home page, the board page's frame
//   panels/    what the shell opens beside a section: comments drawer, versions, session bar, sharing
//   sections/  one folder per board section (goals, ledger, timeline…), none importing another
//   board/     the board context and what sections share: cells, comment threads, notes, figures
//   ui/        primitives that know nothing of boards
//   sync/ offline/ api/ identity/ router/ i18n/   the platform the rest stands on
const CLIENT_LAYERS = [
  'app',
  'panels',
  'sections',
  'board',
  'ui',
  'sync',
  'offline',
  'api',
  'identity',
  'router',
  'i18n',
];
const inClient = (folders) => `^client/src/(${folders.join('|')})/`;

const upwardRules = CLIENT_LAYERS.slice(1).map((layer, index) => ({
  name: `client-${layer}-not-upward`,
  comment: `client/src/${layer}/ imports only layers below it (${CLIENT_LAYERS.slice(index + 2).join(', ')})`,
  severity: 'error',
  from: { path: inClient([layer]) },
  to: { path: inClient(CLIENT_LAYERS.slice(0, index + 1)) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one; break it by moving what both need one layer down.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import must resolve: a workspace package is imported only where package.json declares it.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    ...upwardRules,
    {
      name: 'client-sections-apart',
      comment: 'A section does not import another section: what two share belongs in board/.',
      severity: 'error',
      from: { path: '^client/src/sections/([^/]+)/' },
      to: { path: '^client/src/sections/', pathNot: '^client/src/sections/$1/' },
    },
    {
      name: 'client-panels-apart',
      comment: 'A panel does not import another panel: what two share belongs in board/ or ui/.',
      severity: 'error',
      from: { path: '^client/src/panels/([^/]+)/' },
      to: { path: '^client/src/panels/', pathNot: '^client/src/panels/$1/' },
    },
    {
      name: 'server-sync-not-http',
      comment: 'The sync layer does not know HTTP: http/ may use sync/, never the reverse.',
      severity: 'error',
      from: { path: '^server/src/sync/' },
      to: { path: '^server/src/http/' },
    },
    {
      name: 'packages-stand-alone',
      comment: 'The shared packages import neither the client nor the server (DESIGN.md §2).',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^(client|server|test)/' },
    },
    {
      name: 'model-below-metrics',
      comment: 'metrics depends on model, never the reverse.',
      severity: 'error',
      from: { path: '^packages/model/' },
      to: { path: '^packages/metrics/' },
    },
    {
      name: 'export-above-model-and-metrics',
      comment: 'export builds on model and metrics; neither they nor api import it (one-way, DESIGN.md §2).',
      severity: 'error',
      from: { path: '^packages/(model|metrics|api)/' },
      to: { path: '^packages/export/' },
    },
    {
      name: 'import-on-top',
      comment: 'import reads files into plans over model and export; none of the packages below it import it.',
      severity: 'error',
      from: { path: '^packages/(model|metrics|api|export)/' },
      to: { path: '^packages/import/' },
    },
    {
      name: 'server-not-client',
      comment: 'The server serves the built client; it never imports its code.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^client/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Built clients (the tests' own builds included) are output, not source.
    exclude: { path: '(^|/)(node_modules|dist|\\.client-dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    // Workspace packages resolve to their source (package.json "exports"), so imports across packages are seen.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'] },
  },
};
