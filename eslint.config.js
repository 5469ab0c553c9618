import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import boundaries of the one-way flow data → model → views → app → main. */
const noUi = [
  {
    group: ['react', 'react-dom', 'react-dom/*', 'react-leaflet', 'leaflet', '**/*.tsx'],
    message: 'data/ and model/ stay free of React, Leaflet and components.',
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
    group: [
      '**/map/*',
      '**/history/*',
      '**/timeline/*',
      '**/quotes/*',
      '**/sources/*',
      '**/embed/*',
      '**/ui/*',
      '**/app/*',
    ],
    message: 'data/ and model/ must not import views.',
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
    files: ['src/data/**', 'src/model/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...noUi, ...noViews] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'Dates are partial-date strings here: no new Date().',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'No clock in data/ or model/.',
        },
      ],
    },
  },
  {
    files: [
      'src/map/**',
      'src/history/**',
      'src/timeline/**',
      'src/quotes/**',
      'src/sources/**',
      'src/embed/**',
      'src/ui/**',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: noApp }] },
  },
);
