/** The shapes of the facts' words, which every language's catalogue gives for every record. */

/** A status's words: the legend's label, its form inside a sentence, and what it means. */
export interface StatusWords {
  readonly label: string;
  /** As it reads after a dash in a shape's name: "Kazakhstan — member state". */
  readonly inline: string;
  readonly definition: string;
}

/** A timeline event's words. */
export interface EventWords {
  readonly title: string;
  /** One or two sentences. */
  readonly summary: string;
}

/** A contested point: what is in doubt, and what the sources say, in one or two sentences. */
export interface ContestedWords {
  readonly title: string;
  readonly detail: string;
}

/** A person the page names, with their office at the time of the meeting. */
export interface PersonWords {
  readonly name: string;
  /** "President", as after a name: "Vladimir Putin, President". */
  readonly title: string;
  /** "President of Russia". */
  readonly office: string;
}
