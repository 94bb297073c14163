/**
 * German function words: articles in all cases, pronouns, auxiliaries, modal verbs, prepositions,
 * conjunctions and frequent particles.
 */
export const DE_STOPWORDS: readonly string[] = (
  "aber alle allem allen aller alles als also am an ander andere " +
  "anderen anders auch auf aus bei beim bin bis bist bereits " +
  "bzw da dabei dadurch dafür dagegen daher damit dann daran " +
  "darauf darf darin darum das dass daß davon dazu dein deine " +
  "dem den denen denn der deren derer des dessen deshalb die " +
  "dies diese diesem diesen dieser dieses doch dort du durch ein " +
  "eine einem einen einer eines einige einmal er es etwa etwas " +
  "euch euer eure für gegen gewesen hab habe haben hat hatte " +
  "hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren " +
  "ihrer ihres im immer in indem ins ist ja jede jedem jeden " +
  "jeder jedes jedoch jetzt kann kein keine keinem keinen keiner " +
  "können könnte man manche mehr mein meine meinem meinen meiner " +
  "mich mir mit muss müssen nach nachdem nicht nichts noch nun " +
  "nur ob obwohl oder ohne sehr sein seine seinem seinen seiner " +
  "seines seit selbst sich sie sind so sodass solche soll sollen " +
  "sollte sondern sowie über um und uns unser unsere unter viel " +
  "viele vom von vor wann war waren warum was weil welche " +
  "welchem welchen welcher welches wenn wer werde werden wie wieder " +
  "will wir wird wo wurde wurden während zu zum zur zwar zwischen"
).split(" ");
