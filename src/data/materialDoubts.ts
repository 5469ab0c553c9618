import type { ContestedId } from './types';

/**
 * The contested points whose difference changes what a reader would conclude, so the page flags
 * them "(sources differ)" beside the fact itself. Every other contested point stays on record
 * (`certainty: 'contested'`) and is set out one step away, in a state's details, the chart's tip
 * and the downloads, without a flag in the running text.
 *
 * - C3: whether Ukraine was ever a member, and whether it has left; what Turkmenistan is.
 *
 * Not flagged inline, because every source agrees on what matters: C1 (nine or ten months of a
 * trade figure), C2 (the English wording of a quote), C4 (whether Ukraine signed the Charter: all
 * agree it never ratified it), C6 and C7 (Charter dates within months of each other, none before
 * its entry into force in 1994), C8 (Georgia's accession month and the day it announced its exit),
 * C9 (the month in 2022 Moldova halted), C16 (38 or 39 killed), C17 (when the December tradition
 * began), C18 (which council concluded a treaty).
 */
export const MATERIAL_DOUBTS: ReadonlySet<ContestedId> = new Set<ContestedId>(['C3']);
