/**
 * Site chrome as data: the interface strings an aggregator prints around the stories it
 * republishes, per language. `src/rules/site-chrome.ts` turns them into rules, and the layout
 * recognisers read the few that carry structure (the `time` icon label, the listing header),
 * so a new language is a new `chrome-<code>.ts` file listed in `chrome.ts`, not new code.
 *
 * A phrase is matched as a whole line, case-insensitively, whitespace collapsed. Two
 * placeholders stand for the parts that vary: `{brand}` (a site name, up to 40 letters, digits,
 * spaces and `.&'-`) and `{tag}` (one hashtag word). A trailing `:`, `.` or `…` is optional.
 */
export interface SiteChrome {
  /** BCP 47 code of the language (`"en"`). */
  readonly code: string;
  /** Header of the tag list under a story (`Hashtags`); it closes the main story. */
  readonly hashtagsHeader: readonly string[];
  /** The AI-features widget title (`Try Our AI Features`); it closes the main story. */
  readonly aiFeatures: readonly string[];
  /** The AI-features widget line (`Explore what {brand} AI can do for you:`); it closes the main story. */
  readonly exploreAi: readonly string[];
  /** Icon and image labels innerText keeps (`logo`, `#`, `Orange background`). */
  readonly iconLabels: readonly string[];
  /** The copy-link button that ends each listing item (`Copy the Story Link`), alone or at the end of a body. */
  readonly copyStoryLink: readonly string[];
  /** The header of a hashtag listing page (`Latest news with #{tag}`): what follows are items. */
  readonly listingHeader: readonly string[];
  /** The clock icon's label that innerText glues to a stamp (`time32 minutes ago`). Single words. */
  readonly timeLabel: readonly string[];
}
