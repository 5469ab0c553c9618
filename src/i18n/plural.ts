/** The plural forms a message may give; a language uses the categories its rules produce. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * A picker over the language's CLDR plural rules (Intl.PluralRules), made on first use: English
 * has 'one' and 'other', Russian 'one', 'few', 'many' (and 'other' for fractions).
 */
export function pluralPicker(tag: string): (n: number, forms: PluralForms) => string {
  let rules: Intl.PluralRules | undefined;
  return (n, forms) => {
    rules ??= new Intl.PluralRules(tag);
    return forms[rules.select(n)] ?? forms.other;
  };
}
