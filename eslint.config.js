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
    // The catalogue knows the vocabulary (data/types, options/types), never the views.
    files: ['src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: noViews }] },
  },
  {
    files: ['src/ui/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...noApp, ...noFeatures] }] },
  },
);
