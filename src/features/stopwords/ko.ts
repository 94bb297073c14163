/**
 * Korean function words, in two lists, because Korean writes most grammar glued to the word it
 * belongs to: a space separates phrases (eojeol), and a phrase is a content word plus particles
 * (`정부는` = 정부 "government" + 는, topic) or a verb stem plus endings (`밝혔다`, `발표했다`).
 * A list of whole tokens alone would find few stop words in running Korean prose, so:
 *
 * - {@link KO_STOPWORDS}: words that stand as their own token in prose: conjunctions and adverbs
 *   (`그리고`, `하지만`, `또한`, `특히`), bound nouns (`것`, `수`, `등`, `때`), demonstratives
 *   (`이`, `그`, `이번`), and the commonest verb forms (`있다`, `했다`, `위해`, `대한`).
 * - {@link KO_SUFFIXES}: case particles and verb endings. A token that ends with one of them and is
 *   longer than it counts as a stop word. This is the signal that separates Korean prose (nearly
 *   every phrase carries a particle or an ending) from menus, tags and bylines (bare nouns:
 *   `뉴스`, `정치`, `로그인`). One-syllable particles also end some nouns (`회의` "meeting" ends in
 *   의, `결과` in 과), which costs a little precision; jusText-style thresholds tolerate that.
 */
export const KO_STOPWORDS: readonly string[] = (
  "그 이 저 그리고 그러나 하지만 그런데 그래서 그러면서 또 또한 " +
  "및 등 것 수 때 중 후 전 더 잘 안 못 다 좀 즉 곧 " +
  "다시 바로 매우 아주 가장 모두 모든 각 한편 특히 다만 만약 " +
  "비록 이번 지난 오는 현재 같은 같이 함께 위해 위한 대한 대해 " +
  "통해 따라 따른 때문에 있다 없다 했다 한다 된다 됐다 있는 없는 " +
  "하는 되는 있었다 밝혔다 말했다 전했다 것으로 것이다 것은 것을 " +
  "것이 수도 이는 이에 이를 이와 그는 그녀는 우리 우리는 저는 나는 " +
  "있습니다 합니다 했습니다 입니다 됩니다 여기 거기 이것 그것 어떤 " +
  "아니라 않았다 않는 않고 않은 이후 당시 " +
  "이런 이러한 그런 그러한 역시 물론 다른 한 할 될 게 건 그건 " +
  "이건 어느 무슨"
).split(" ");

/**
 * Korean particles and verb endings counted when glued to the end of a longer token
 * (see {@link KO_STOPWORDS} for why). Longer forms are listed too so a lookup can stop at the
 * longest match, but any match counts the token once.
 */
export const KO_SUFFIXES: readonly string[] = (
  // case and topic particles
  "은 는 이 가 을 를 의 에 에서 에게 께서 으로 로 와 과 " +
  "도 만 까지 부터 보다 처럼 이나 나 에는 에도 에서는 에서도 " +
  "으로는 로는 와의 과의 이라고 라고 이라는 라는 " +
  // sentence endings and connective endings of verbs and the copula
  "다 이다 였다 었다 았다 했다 한다 된다 됐다 있다 없다 하고 " +
  "하며 이며 으며 하는 되는 있는 없는 했고 해서 하면 지만 면서 " +
  "습니다 니다 고 며"
).split(" ");
