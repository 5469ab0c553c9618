import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import boundaries of the one-way flow data → model → options → views → app → main. */
const FEATURES = ['map', 'history', 'timeline', 'quotes', 'sources', 'downloads', 'embed', 'image'];
const noUi = [
  {
    group: ['react', 'react-dom', 'react-dom/*', 'react-leaflet', 'leaflet', '**/*.tsx'],
    message: 'data/, model/ and options/ stay free of React, Leaflet and components.',
  },
];
const noApp = [
  {
    group: ['**/app/*', '../app', '../app/*'],
    message: 'Feature folders must not import app/: pass values and callbacks down.',
  },
];
const noViews = [
  {
    group: [...FEATURES, 'ui', 'app'].map((folder) => `**/${folder}/*`),
    message: 'data/, model/ and options/ must not import views.',
  },
];
const noOptions = [
  {
    group: ['**/options/*'],
    message: 'options/ sits above data/ and model/: they must not import it.',
  },
];
const noWords = [
  {
    group: ['**/i18n/*'],
    message: 'Words live in i18n/, above data/, model/ and options/: views look them up.',
  },
];
/**
 * Leaflet is ~30 KB gzipped that the first view must not carry: only src/map/leaflet/, loaded
 * lazily (map/MapPanel.tsx), imports it or react-leaflet. Type imports are erased, so they may
 * cross; a dynamic import() is how the rest reaches the folder.
 */
const noLeaflet = [
  {
    group: [
      'leaflet',
      'leaflet/*',
      'react-leaflet',
      'react-leaflet/*',
      '**/map/leaflet/*',
      './leaflet/*',
    ],
    allowTypeImports: true,
    message: 'Leaflet loads lazily: only src/map/leaflet/ imports it (others use import()).',
  },
];
/** The map's pure folders: arithmetic on shapes, labels and colours, run at build time and in every view. */
const pureMap = [
  {
    group: [
      'react',
      'react-dom',
      'react-dom/*',
      'leaflet',
      'leaflet/*',
      'react-leaflet',
      'react-leaflet/*',
    ],
    message:
      'map/geometry, map/labels and map/colour are pure: no React, no Leaflet (not even types).',
  },
  {
    // From map/<pure>/: a sibling folder of the map other than the pure three, or a map component.
    regex: String.raw`^\.\./(?!geometry/|labels/|colour/|\.\./)`,
    message: 'map/geometry, map/labels and map/colour import only each other, never a view.',
  },
  {
    regex: String.raw`^\.\./\.\./(${[...FEATURES, 'ui', 'app', 'site'].join('|')})/`,
    message: 'map/geometry, map/labels and map/colour import only data/, model/ and i18n/.',
  },
];
const noFeatures = [
  {
    group: FEATURES.map((folder) => `**/${folder}/*`),
    message: 'ui/ holds parts any view may use: it must not import a feature folder.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'dist-meta',
      'dist-meta-ssr',
      'dist-oembed',
      'dist-oembed-ssr',
      '.cache',
      'node_modules',
      'public/embed.js',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/data/**', 'src/model/**', 'src/options/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noUi, ...noViews, ...noWords] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'Dates are partial-date strings here: no new Date().',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'No clock in data/, model/ or options/.',
        },
      ],
    },
  },
  {
    files: ['src/data/**', 'src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...noUi, ...noViews, ...noOptions, ...noWords] },
      ],
    },
  },
  {
    files: [...FEATURES, 'ui'].map((folder) => `src/${folder}/**`),
    rules: { 'no-restricted-imports': ['error', { patterns: noApp }] },
  },
  {
    // Leaflet stays in its lazy chunk: everything outside src/map/leaflet/ (see noLeaflet).
    files: ['src/**/*.{ts,tsx,js}'],
    ignores: ['src/map/leaflet/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: noLeaflet }] },
  },
  {
    files: ['src/map/geometry/**', 'src/map/labels/**', 'src/map/colour/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: pureMap }] },
  },
  {
    // The catalogue knows the vocabulary (data/types, options/types), never the views.
    files: ['src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: noViews }] },
  },
  {
    files: ['src/ui/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noApp, ...noFeatures] }] },
  },
);
