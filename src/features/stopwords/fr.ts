/**
 * French function words. Elided forms (`l'`, `d'`, `qu'`, `n'` …) are listed with their apostrophe:
 * the lookup tries the part of a token up to its apostrophe when the whole token is not a stop word,
 * so `l'homme` and `qu'il` count as one stop word each, as the article or conjunction they start with.
 */
export const FR_STOPWORDS: readonly string[] = (
  "a à afin ai aie aient ainsi alors as au aucun aucune auprès " +
  "auquel aura aurait aussi autre autres aux avaient avais avait " +
  "avant avec avez avoir avons ayant c' ça car ce ceci cela " +
  "celle celles celui cependant certains ces cet cette ceux chaque " +
  "chez comme comment d' dans de déjà depuis des deux devant " +
  "doit donc dont du elle elles en encore entre es est et " +
  "étaient était été être eu eux fait faire font fut hors ici " +
  "il ils j' je jusqu' jusque l' la laquelle le lequel les " +
  "lesquels leur leurs lorsqu' lorsque lui m' ma mais me même " +
  "mêmes mes moi moins mon n' ne ni non nos notre nous on " +
  "ont or ou où par parce pas pendant peu peut peuvent plus " +
  "plusieurs pour pourquoi pourtant puis puisqu' puisque qu' quand " +
  "que quel quelle quelles quels qui quoi s' sa sans se selon " +
  "sera serait ses si sien soi soit son sont sous souvent sur " +
  "t' ta tandis te tes toi ton tous tout toute toutes très " +
  "trop tu un une unes uns vers voici voilà vos votre vous y"
).split(" ");
