/**
 * Arabic function words written as separate tokens: prepositions, conjunctions, relative and
 * demonstrative pronouns, negation and the commonest verbs of reporting (`قال`).
 *
 * Arabic glues the article `ال` and the conjunctions `و`/`ف` to the next word, so running Arabic
 * prose has fewer separate stop tokens than English; the lookup also accepts a stop word with a
 * leading `و` (`وفي`, `ومن`), which covers the commonest glued form without a stemmer. Spelled
 * with the hamza forms newspapers use (`إلى`, `أن`), plus the bare variants (`الى`, `ان`) that
 * scraped text often has.
 */
export const AR_STOPWORDS: readonly string[] = (
  "في من على إلى الى عن مع أن ان إن أو او ثم لا لم " +
  "لن ما هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتي " +
  "هو هي هم هن نحن أنا انا أنت كان كانت كانوا يكون تكون " +
  "قد لقد كل بعد قبل حتى بين عند عندما لدى لكن بل " +
  "إذا اذا كما أيضا ايضا أيضاً حيث منذ خلال ضد نحو غير فقط " +
  "أي أى أكثر اكثر بعض جميع مثل لها له لهم به بها بهم " +
  "عليه عليها عليهم فيه فيها فيهم منه منها منهم إنه انه أنه " +
  "إنها أنها انها هناك هنا وقد وهو وهي لأن لان إلا الا " +
  "قال وقال يمكن ليس ليست سوف دون عبر وفق حول أمام امام " +
  "تحت فوق كيف لماذا متى أين اين هل يا أما اما إما إذ لو"
).split(" ");
