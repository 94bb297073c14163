/**
 * Portuguese function words (Brazilian and European): articles and contracted prepositions
 * (`do`, `na`, `pelo` …), pronouns, auxiliaries and conjunctions.
 */
export const PT_STOPWORDS: readonly string[] = (
  "a à ao aos aquela aquelas aquele aqueles aquilo as às até " +
  "com como contra da das de dela delas dele deles depois desde " +
  "dessa desse desta deste disso disto do dos e é ela elas " +
  "ele eles em enquanto entre era eram essa essas esse esses " +
  "esta está estão estas estava este estes estou eu foi foram " +
  "há isso isto já lhe lhes mais mas me mesmo meu meus " +
  "minha minhas muito muitos na nas não nem nessa nesse nesta " +
  "neste no nos nós nossa nossas nosso nossos num numa o onde " +
  "os ou para pela pelas pelo pelos pois por porque quais " +
  "qual quando que quem se seja sem ser será seu seus só " +
  "sobre sua suas também tem têm tinha toda todas todo todos " +
  "tudo um uma umas uns você vocês vai vão " +
  "ainda apenas assim cada então estar estamos fazer outra outras " +
  "outro outros pode podem sempre sido são tão ter vez"
).split(" ");
