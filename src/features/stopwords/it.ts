/**
 * Italian function words: articles and articulated prepositions (`della`, `nel` …), pronouns,
 * auxiliaries and conjunctions. Elided forms (`l'`, `dell'`, `un'` …) are listed with their
 * apostrophe: the lookup tries the part of a token up to its apostrophe, so `dell'anno` counts.
 */
export const IT_STOPWORDS: readonly string[] = (
  "a abbiamo ad agli ai al alla alle allo all' anche ancora " +
  "avere aveva avevano c' che chi ci come con contro cui da " +
  "dai dal dalla dalle dallo dall' degli dei del della delle " +
  "dello dell' dentro di dopo dove d' e è ed era erano essere " +
  "essa esso fa fare fino fra fu gli ha hanno ho i il in " +
  "infatti invece io l' la le lei li lo loro lui ma mai " +
  "me mi mia mie miei mio molto ne negli nei nel nella nelle " +
  "nello nell' noi non nostra nostre nostri nostro o ogni oppure " +
  "ora per perché però più poi poiché proprio può qual quale " +
  "quali qualche quando quanto quella quelle quelli quello questa " +
  "queste questi questo qui se sarà sarebbe sei sempre senza si " +
  "sia siamo sono sta stata stati stato su sua sue sugli sui " +
  "sul sulla sulle sull' suo suoi tra tu tutta tutte tutti " +
  "tutto un una uno un' vi voi vostro"
).split(" ");
