/**
 * Spanish function words: articles and contracted prepositions (`del`, `al`), pronouns,
 * auxiliaries and conjunctions, for telling Spanish pages from Portuguese and Italian ones.
 */
export const ES_STOPWORDS: readonly string[] = (
  "a al algo algunos ante antes aquí así aunque bajo bien cada " +
  "como cómo con contra cual cuando de del desde donde dos durante " +
  "e el él ella ellas ellos en entre era eran es esa esas ese " +
  "eso esos esta está están estas este esto estos fue fueron ha " +
  "había han hasta hay la las le les lo los más me mi mientras " +
  "mismo muy nada ni no nos nosotros nuestra nuestro o otra otras " +
  "otro otros para pero poco por porque pues que qué se según " +
  "ser será si sí sido siempre sin sobre son su sus también " +
  "tan tanto te tiene tienen todo todos tras tu tú un una " +
  "uno unos usted y ya yo"
).split(" ");
