import { describe, expect, it } from "vitest";
import { parseArticles } from "../../src/index.js";
import { defaultRules } from "../../src/rules/index.js";
import { compileRules, matchLine } from "../../src/rules/rule.js";

// Site notices that read as prose (src/rules/notices.ts): form consent lines, disclaimers, the
// detail of a cookie banner. Lines and pages are invented, in the shapes FORMATS.md describes.
const compiled = compileRules(defaultRules);

/** The main article of an invented page. */
function main(text: string): { title: string | null; body: string } {
  const story = parseArticles(text).find((a) => a.role === "main");
  if (!story) throw new Error("no main story");
  return { title: story.title ?? null, body: story.body };
}

/** Each line of `match` is matched by the rule named, no line of `miss` by any rule. */
function lineCases(match: Array<[string, string]>, miss: string[]): void {
  it.each(match)("matches %j (%s)", (line, id) => {
    expect(matchLine(compiled, line)?.rule.id).toBe(id);
  });
  it.each(miss.map((m) => [m]))("leaves the near-miss %j alone", (line) => {
    expect(matchLine(compiled, line)).toBeNull();
  });
}

describe("form consent lines", () => {
  lineCases(
    [
      ["By submitting this form, you agree to our Privacy Policy and to be contacted by our advisers.", "legal/form-consent"],
      ["By providing your phone number, you are consenting to receive text messages from Harbour Homes.", "legal/form-consent"],
      ["By checking this box, you agree to receive marketing emails. You can unsubscribe at any time.", "legal/form-consent"],
      ["I have read the privacy policy and agree to the terms and conditions.", "legal/form-consent"],
      ["Mobile numbers only. Message and data rates may apply.", "legal/form-consent"],
      ["This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "legal/form-consent"],
      ["Mit dem Absenden des Formulars stimmen Sie der Verarbeitung Ihrer Daten zu.", "legal/form-consent-intl"],
      ["En soumettant ce formulaire, vous acceptez que vos données soient utilisées pour vous recontacter.", "legal/form-consent-intl"],
      ["Al enviar este formulario, aceptas nuestra política de privacidad.", "legal/form-consent-intl"],
      ["Inviando questo modulo accetti il trattamento dei dati personali.", "legal/form-consent-intl"],
      ["Ao enviar este formulário, você concorda com a nossa política de privacidade.", "legal/form-consent-intl"],
      ["Door dit formulier te verzenden ga je akkoord met ons privacybeleid.", "legal/form-consent-intl"],
      ["Wysyłając formularz, akceptujesz politykę prywatności serwisu.", "legal/form-consent-intl"],
    ],
    [
      "The harbour board hopes that by submitting the plan early it will win approval before the summer.",
      "I agree with the mayor that the ferry should keep running through the winter, she said.",
      "Mit dem Absenden der Briefe begann die Wahlkommission bereits am Montag.",
      "Al enviar los barcos al norte, la flota dejó el puerto sin protección durante semanas.",
      "Door de haven te verbreden wil de gemeente meer vrachtschepen aantrekken.",
    ],
  );
});

describe("disclaimers that the post is not advice", () => {
  lineCases(
    [
      ["Disclaimer: This article is intended for educational and informational purposes only and is not a substitute for medical advice.", "legal/not-advice-more"],
      ["The information on this blog is for informational purposes and should not be considered medical advice.", "legal/not-advice-more"],
      ["This article is for informational purposes. This content is not legal advice and reflects the author's view.", "legal/not-advice-more"],
      ["This material is not intended to replace the advice of a qualified adviser.", "legal/not-advice-more"],
      ["We do not offer medical advice; please ask your doctor before changing your routine.", "legal/not-advice-more"],
      ["Dieser Beitrag ersetzt keine ärztliche Beratung.", "legal/not-advice-intl"],
      ["Cet article ne remplace pas une consultation médicale.", "legal/not-advice-intl"],
      ["Este artículo no sustituye la consulta médica.", "legal/not-advice-intl"],
      ["Questo articolo non sostituisce il parere medico.", "legal/not-advice-intl"],
      ["Este conteúdo não substitui a consulta médica.", "legal/not-advice-intl"],
      ["Dit artikel vervangt geen medisch advies.", "legal/not-advice-intl"],
      ["Products listed here are for general information only. Always ask a qualified adviser first.", "legal/not-advice-more"],
      ["Disclaimer: The information in this section is of a general nature only and does not take into account your personal objectives or financial situation.", "legal/not-advice-more"],
      ["Die Angaben sind allgemein und berücksichtigen nicht Ihre persönliche Situation.", "legal/not-advice-intl"],
      ["Ces informations ne tiennent pas compte de votre situation personnelle.", "legal/not-advice-intl"],
      ["La información no tiene en cuenta sus objetivos de inversión.", "legal/not-advice-intl"],
      ["Il contenuto non tiene conto della sua situazione finanziaria.", "legal/not-advice-intl"],
      ["Este conteúdo não leva em conta a sua situação financeira.", "legal/not-advice-intl"],
      ["Deze informatie houdt geen rekening met uw persoonlijke situatie.", "legal/not-advice-intl"],
    ],
    [
      "The ferry office is open for general information on weekdays from nine until five.",
      "Critics say the harbour plan does not consider the needs of the islanders who fish there.",
      "Der Plan berücksichtigt nicht die Wünsche der Fischer, sagte der Bürgermeister.",
      "Doctors say the new clinic is not a substitute for the hospital the island lost in 2019.",
      "The harbour master said the old charts should not be considered reliable after the storm.",
      "The grant is for educational purposes and covers two school trips a year.",
      "Die neue Fähre ersetzt keine der beiden alten Linien, sagte der Bürgermeister.",
    ],
  );
});

describe("the detail of a cookie banner", () => {
  lineCases(
    [
      ["Functional cookies help to perform certain functionalities like sharing content on social media.", "cookies/detail"],
      ["_ab_sess 1 year Harbour Analytics sets this cookie to count page views.", "cookies/detail"],
      ["session_id session This cookie is used to keep the visitor signed in.", "cookies/detail"],
      ["Technisch notwendige Cookies sind für den Betrieb der Website erforderlich.", "cookies/detail"],
      ["Les cookies strictement nécessaires sont indispensables au fonctionnement du site.", "cookies/detail"],
      ["Las cookies analíticas permiten contar las visitas y las fuentes de tráfico.", "cookies/detail"],
      ["We also share information about your use of our site with our advertising and analytics partners.", "cookies/detail"],
      ["Außerdem geben wir Informationen zu Ihrer Nutzung unserer Website an unsere Partner weiter.", "cookies/detail"],
      ["Nous partageons également des informations sur l'utilisation de notre site avec nos partenaires.", "cookies/detail"],
      ["Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.", "cookies/detail"],
      ["Puede retirar su consentimiento en cualquier momento desde la configuración.", "cookies/detail"],
      ["I cookie tecnici sono necessari per il funzionamento del sito e non possono essere disattivati.", "cookies/detail"],
      ["Condividiamo inoltre informazioni sul modo in cui utilizza il nostro sito con i nostri partner.", "cookies/detail"],
      ["Puoi revocare il tuo consenso in qualsiasi momento dalla pagina delle impostazioni.", "cookies/detail"],
      ["Também partilhamos informações sobre a sua utilização do nosso site com os nossos parceiros.", "cookies/detail"],
      ["Pode retirar o seu consentimento a qualquer momento nas definições de privacidade.", "cookies/detail"],
      ["Ook delen we informatie over uw gebruik van onze site met onze partners voor analyse.", "cookies/detail"],
      ["U kunt uw toestemming op elk moment intrekken via de instellingen onderaan de pagina.", "cookies/detail"],
      ["Pliki cookie niezbędne są wymagane do prawidłowego działania strony.", "cookies/detail"],
      ["Możesz wycofać swoją zgodę w dowolnym momencie w ustawieniach prywatności.", "cookies/detail"],
      ["Datenschutzeinstellungen", "cookies/settings-header"],
      ["Paramètres de confidentialité", "cookies/settings-header"],
    ],
    [
      "Regulators said third-party cookies will be phased out by the largest browsers next year.",
      "The bakery on the quay sold out of its ginger cookies before noon on Saturday.",
      "Die Behörde will Informationen zu den Fähren im Winter veröffentlichen.",
      "Patients can withdraw from the trial at any time, the researchers said.",
    ],
  );
});

/** An invented page: a short news story under a site name and headline, then a notice footer. */
interface FooterCase {
  name: string;
  page: string;
  title: string;
  /** Words of the story that the body keeps. */
  kept: string[];
  /** Words of the footer that the body must not hold. */
  dropped: string[];
}

const FOOTER_CASES: FooterCase[] = [
  {
    name: "German: a cookie banner's detail under a three-sentence story",
    page: `Hafenblatt
Startseite
Fähre läuft vor Inselanleger auf Grund
12.03.2026
Eine Passagierfähre ist am Dienstagmorgen vor dem Inselanleger auf eine Sandbank gelaufen, teilte die Hafenbehörde mit.
Alle 140 Fahrgäste wurden mit Rettungsbooten an Land gebracht, verletzt wurde niemand.
Techniker wollen das Schiff am Abend bei Flut wieder flottmachen.
Datenschutzeinstellungen
Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren.
Außerdem geben wir Informationen zu Ihrer Nutzung unserer Website an unsere Partner für soziale Medien, Werbung und Analysen weiter, die diese Informationen möglicherweise mit weiteren Daten zusammenführen.
Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen oder ändern, indem Sie unten auf der Seite die Privatsphäre-Einstellungen aufrufen.
Technisch notwendige Cookies sind für den Betrieb der Website erforderlich und können nicht deaktiviert werden, während Marketing-Cookies nur mit Ihrer Zustimmung gesetzt werden.
Alle akzeptieren`,
    title: "Fähre läuft vor Inselanleger auf Grund",
    kept: ["Sandbank gelaufen", "wieder flottmachen"],
    dropped: ["Partner", "Einwilligung", "Cookies"],
  },
  {
    name: "English: a sign-up form's consent line and a not-advice disclaimer under a short story",
    page: `Harbour Gazette
Clinic opens on the island after two-year wait
March 12, 2026
The island's first walk-in clinic opened on Monday, two years after the last doctor's surgery closed.
Nurses will see patients six days a week, and a doctor will visit from the mainland every Thursday.
Residents queued from early morning, and the clinic saw more than sixty people on its first day.
Get the Harbour Gazette health briefing
By submitting this form, you agree to our Privacy Policy and consent to receive emails from Harbour Gazette and its partners. You may unsubscribe at any time by following the link in any email.
Disclaimer: The information in this article is for educational and informational purposes only and is not a substitute for professional medical advice. Always ask your doctor or another qualified health provider about any question you have about a medical condition.`,
    title: "Clinic opens on the island after two-year wait",
    kept: ["first walk-in clinic", "sixty people"],
    dropped: ["By submitting", "substitute"],
  },
  {
    name: "Spanish: the consent tool's sentences under a short story",
    page: `Diario del Puerto
Un ferry encalla frente al muelle de la isla
12/03/2026
Un ferry de pasajeros encalló el martes por la mañana en un banco de arena frente al muelle de la isla, informó la autoridad portuaria.
Los 140 pasajeros fueron trasladados a tierra en botes salvavidas y nadie resultó herido.
Los técnicos intentarán reflotar el barco esta noche con la marea alta.
Configuración de privacidad
Utilizamos cookies propias y de terceros para analizar el uso de nuestro sitio web y mostrarle publicidad relacionada con sus preferencias.
También compartimos información sobre el uso que haga de nuestro sitio web con nuestros socios de redes sociales, publicidad y análisis web, que pueden combinarla con otra información que les haya proporcionado.
Puede retirar su consentimiento en cualquier momento desde el enlace de configuración situado en el pie de página de nuestro sitio web.
Las cookies analíticas permiten contar las visitas y las fuentes de tráfico para poder medir y mejorar el rendimiento de nuestro sitio web.
Aceptar todas`,
    title: "Un ferry encalla frente al muelle de la isla",
    kept: ["banco de arena", "marea alta"],
    dropped: ["socios", "consentimiento", "cookies"],
  },
];

describe("a short story above a long notice footer stays the story, without the footer", () => {
  it.each(FOOTER_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const story = main(c.page);
    expect(story.title).toBe(c.title);
    for (const words of c.kept) expect(story.body).toContain(words);
    for (const words of c.dropped) expect(story.body).not.toContain(words);
  });
});

describe("a line or paragraph separator inside a line reads as a space", () => {
  // innerText gives back U+2028 / U+2029 as they are (a browser renders them as breaks); the
  // normaliser reads them as spaces, so the phrasing around one still matches its rule.
  const sep = ["\u2028", "\u2029", "\u0085"];
  it.each(sep.map((s) => [s.charCodeAt(0).toString(16), s] as const))("U+%s in a form's consent line", (_code, s) => {
    const page = `Harbour Gazette
Ferry timetable changes from next month
March 12, 2026
The island ferry will leave half an hour earlier on weekdays from April, the operator said on Tuesday.
The change lets the crew make a fourth crossing before dark, and the evening sailing moves to seven.
Season tickets bought before the change stay valid, and the first sailing on Sundays is unchanged.
Get the Harbour Gazette travel briefing
Your information will be processed according to${s}the Harbour Gazette Privacy Policy.`;
    const story = main(page);
    expect(story.title).toBe("Ferry timetable changes from next month");
    expect(story.body).toContain("fourth crossing");
    expect(story.body).not.toContain("processed according");
  });
});
