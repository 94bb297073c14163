/**
 * English function words: articles, pronouns, auxiliaries, prepositions, conjunctions and the
 * commonest adverbs. Chosen the way jusText's lists are: the most frequent words of running prose,
 * which are rare in menus, bylines and headlines. Contractions are listed with a straight
 * apostrophe; the lookup folds `’` to `'`.
 */
export const EN_STOPWORDS: readonly string[] = (
  "a about above after again against ago all almost also although " +
  "always am among an and another any anyone anything are aren't " +
  "around as at be became because become been before being below " +
  "between both but by can can't cannot could couldn't did didn't " +
  "do does doesn't doing don't down during each either enough even " +
  "ever every few for from further had hadn't has hasn't have " +
  "haven't having he he'd he'll he's her here hers herself him " +
  "himself his how however i i'd i'll i'm i've if in into is " +
  "isn't it it's its itself just least less let's like many may " +
  "me might mine more most much must mustn't my myself neither " +
  "never no nor not now of off often on once one only onto " +
  "or other others otherwise ought our ours ourselves out over own " +
  "per perhaps quite rather said same says shall she she'd she'll " +
  "she's should shouldn't since so some something still such than " +
  "that that's the their theirs them themselves then there there's " +
  "these they they'd they'll they're they've this those though through " +
  "thus to too toward towards under until up upon us very was " +
  "wasn't we we'd we'll we're we've well were weren't what what's " +
  "when where whether which while who who's whom whose why will " +
  "with within without won't would wouldn't yet you you'd you'll " +
  "you're you've your yours yourself yourselves"
).split(" ");
