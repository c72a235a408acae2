/**
 * An edit form as a three-way merge of texts, so a form left open never undoes a change made
 * elsewhere meanwhile (another tab, a colleague, a drag):
 * - `base`: the text each field had when the user last saw it unchanged (when the form opened,
 *   or later while the user had not touched it);
 * - `typed`: what is in the form;
 * - `live`: the value as it is now (the shared draft, or the server's record).
 * Fields the user has not touched follow `live`; a save writes only the fields the user changed
 * (typed ≠ base). A changed field whose live value moved away from `base` meanwhile is replaced
 * by the later save, and reported (`replacedValues`) so the user can be told whose value went.
 */

/** Texts per field key. */
export type Texts<K extends string> = Readonly<Record<K, string>>;

export interface TextForm<K extends string> {
  base: Texts<K>;
  typed: Texts<K>;
}

const keysOf = <K extends string>(t: Texts<K>) => Object.keys(t) as K[];

/** A form opened on `texts`: nothing changed yet. */
export const openForm = <K extends string>(texts: Texts<K>): TextForm<K> => ({
  base: texts,
  typed: texts,
});

/** The form with `typed` text in field `key`. */
export const typeIn = <K extends string>(form: TextForm<K>, key: K, text: string): TextForm<K> => ({
  ...form,
  typed: { ...form.typed, [key]: text },
});

/** The keys the user changed: typed text differs from the base text. */
export const editedKeys = <K extends string>(form: TextForm<K>): K[] =>
  keysOf(form.typed).filter((k) => form.typed[k] !== form.base[k]);

/**
 * The form after the value changed elsewhere to `live`: every field the user has not changed
 * shows the new text (and takes it as its base); changed fields keep what was typed and their
 * base, so a save can tell it replaces a newer value. Returns `form` itself when nothing moves.
 */
export function followLive<K extends string>(form: TextForm<K>, live: Texts<K>): TextForm<K> {
  let moved = false;
  const base: Record<K, string> = { ...form.base };
  const typed: Record<K, string> = { ...form.typed };
  for (const k of keysOf(form.typed)) {
    if (form.typed[k] !== form.base[k] || form.base[k] === live[k]) continue;
    base[k] = live[k];
    typed[k] = live[k];
    moved = true;
  }
  return moved ? { base, typed } : form;
}

/** A value set elsewhere while the form was open, that the user's save replaces. */
export interface ReplacedValue<K extends string = string> {
  key: K;
  /** The value set elsewhere (as the form writes it). */
  theirs: string;
  /** The user's value. */
  yours: string;
}

/**
 * The changed keys whose live value moved away from the base meanwhile (and is not what the
 * user typed): the later save wins over those, and the user should be told.
 */
export function replacedValues<K extends string>(
  form: TextForm<K>,
  live: Texts<K>,
): ReplacedValue<K>[] {
  return editedKeys(form)
    .filter((k) => live[k] !== form.base[k] && live[k] !== form.typed[k])
    .map((k) => ({ key: k, theirs: live[k], yours: form.typed[k] }));
}
