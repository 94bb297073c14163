/**
 * Photo-credit vocabulary. Captions are found by structure (a credit label after a short phrase,
 * often introduced by a gallery counter), and these lists only say what a credit looks like.
 */

/** Labels that introduce a credit: `Credit: Reuters`, `Photo: AFP`, `Picture: Getty Images`. */
export const CREDIT_LABELS: readonly string[] = ["Credit", "Credits", "Photo", "Photograph", "Picture", "Image", "Photo credit", "Crédit", "Photo :"];

/**
 * Photo agencies and credit words that commonly follow a credit label. A credit not on this list
 * is read as one capitalised word (plus an agency suffix such as `Images` or `Media`).
 */
export const CREDIT_NAMES: readonly string[] = [
  "Reuters",
  "AP",
  "AP Photo",
  "Associated Press",
  "AFP",
  "AFP via Getty Images",
  "Getty Images",
  "Getty",
  "PA",
  "PA Media",
  "PA Wire",
  "EPA",
  "EPA-EFE",
  "Alamy",
  "Alamy Live News",
  "Shutterstock",
  "Bloomberg",
  "Rex",
  "Rex Features",
  "Supplied",
  "Handout",
  "Instagram",
  "X",
  "Twitter",
  "Facebook",
  "The Mega Agency",
  "Splash News",
  "Backgrid",
  "SWNS",
  "ANI",
  "PTI",
  "Xinhua",
  "NurPhoto",
  "Sipa",
  "iStock",
  "Pexels",
  "Unsplash",
  "Wikimedia Commons",
];
