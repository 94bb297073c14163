import type { Rule } from "./rule.js";

/** The id of the rule matching a company's footer notice, which the main-story decoder never reads as story text. */
export const COMPANY_NOTICE_RULE_ID = "legal/company-notice";

/** An optional word before "advice" in the English disclaimers: "direct medical advice", "professional advice". */
const ADVICE_ADJECTIVE = "(?:direct |professional |qualified |personali[sz]ed |individual |specific |expert |formal |the )?";

/**
 * Site notices that sit beside or under a story and read as prose: the consent line under a
 * sign-up or contact form, and medical, legal and financial disclaimers. Each is long enough, and
 * written enough like a sentence, to stay in a body or to win a short story's page as its main
 * story.
 *
 * Each family is named in English and in the languages of its commonest non-English forms
 * (German, French, Spanish, Italian, Portuguese, Dutch, Polish). Every alternative names the site,
 * the reader or the form ("by submitting this form, you agree"), never a topic alone, so a story
 * about consent law keeps its sentences. No rule has a signal: a notice can sit above the story.
 */
export const noticeRules: readonly Rule[] = [
  {
    id: "legal/form-consent",
    kind: "legal",
    // The consent line under a sign-up, contact or quote form: "By submitting this form, you agree
    // to our Privacy Policy …", "By providing a telephone number … you are consenting to be
    // contacted …", "By checking this box, you agree …", "I have read the privacy policy and agree
    // …", "Message and data rates may apply.", "This site is protected by reCAPTCHA …" ("Your information will be processed according to …"
    // is `leaks/form-consent`). The form's verb opens the line; the consent follows within 250
    // characters.
    pattern:
      "^(?:by (?:submitting|providing|entering|clicking|checking|ticking|signing up|subscribing|registering|completing|sharing|using this form)\\b[^\\n]{0,250}?\\b(?:you|i) (?:(?:hereby|also|expressly) )?(?:agree|consent|acknowledge|authori[sz]e|accept|confirm|are (?:consenting|agreeing|authori[sz]ing))|i (?:have read|hereby|agree|consent|accept|acknowledge)\\b[^\\n]{0,200}?\\b(?:privacy (?:policy|notice|statement)|terms (?:of (?:use|service)|and conditions|& conditions)))[^\\n]{0,600}$|\\bmessage (?:and|&) data rates may apply\\b|^this (?:site|page|form) is protected by recaptcha\\b",
    where: {
      maxLength: 900,
      anyOf: ["agree", "consent", "acknowledg", "authori", "accept", "confirm", "privacy", "terms", "recaptcha", "data rates"],
    },
  },
  {
    id: "legal/form-consent-intl",
    kind: "legal",
    // The same consent lines in German, French, Spanish, Italian, Portuguese, Dutch and Polish: "Mit
    // dem Absenden des Formulars stimmen Sie … zu", "En soumettant ce formulaire, vous acceptez …",
    // "Al enviar este formulario, aceptas …", "Inviando il modulo accetti …", "Ao enviar, você
    // concorda …", "Door dit formulier te verzenden ga je akkoord …", "Wysyłając formularz,
    // akceptujesz …".
    pattern:
      "^(?:mit (?:dem )?(?:absenden|absendung|übermittlung) (?:des|dieses|ihrer) (?:formulars|kontaktformulars|anfrage|nachricht|daten|bestellung)|mit (?:ihrer|der) (?:anmeldung|registrierung|eintragung) (?:zum|zu unserem|für den|für unseren|stimmen|akzeptieren|erklären)|ich habe die datenschutz(?:erklärung|hinweise|bestimmungen|richtlinie) (?:gelesen|zur kenntnis genommen)|ich (?:stimme|willige) (?:der|den|zu|ein)|en (?:soumettant|envoyant|validant) (?:ce|le|votre|cette|vos)|en vous (?:inscrivant|abonnant)|j['’]ai lu et (?:j['’])?accepte|al (?:enviar|completar|rellenar) (?:este|el|tus|sus|estos) (?:formulario|datos)|al (?:suscribirte|suscribirse|registrarte|registrarse)|he leído y acepto|(?:inviando|compilando) (?:questo|il) modulo|iscrivendoti (?:alla|accetti|acconsenti)|ho letto e (?:accetto|compreso)|ao (?:enviar|submeter|preencher) (?:este|o|os seus|seus) (?:formulário|dados)|ao (?:se inscrever|inscrever-se|se cadastrar|cadastrar-se)|li e (?:aceito|concordo)|door (?:dit formulier|je gegevens|uw gegevens) (?:te )?(?:verzenden|versturen|in te vullen)|door (?:je|u) (?:in|aan) te (?:schrijven|melden)|ik (?:ga akkoord met|heb de privacyverklaring gelezen)|(?:wysyłając|przesyłając) (?:ten )?formularz|(?:zapoznałem|zapoznałam) się z (?:polityką|regulaminem)|akceptuję (?:regulamin|politykę))",
    // ASCII pieces of the consent verbs (see gates.ts).
    where: {
      maxLength: 900,
      anyOf: ["mit d", "mit ihrer", "ich habe", "ich stimme", "ich willige", "en soumettant", "en envoyant", "en validant", "en vous", "ai lu et", "al enviar", "al completar", "al rellenar", "al suscrib", "al registr", "acepto", "modulo", "iscrivendoti", "ho letto", "ao enviar", "ao submeter", "ao preencher", "ao se", "ao inscrever", "ao cadastrar", "li e ", "door ", "ik ga", "ik heb", "formularz", "zapozna", "akceptuj"],
    },
  },
  {
    id: "legal/not-advice-more",
    kind: "disclosure",
    // The disclaimers `legal/not-advice` does not name: "This article is intended for educational
    // and informational purposes only and is not a substitute for medical advice.", "… should not
    // be considered medical advice.", "This content is not legal advice, …", "This material is not
    // intended to replace the advice of a qualified advisor.", "… should ever be used as a
    // substitute for direct medical advice …", "We do not offer medical advice.", "Products listed are for
    // general information only.", "… is of a general nature only and does not take into account your
    // objectives, financial situation or needs." (issue 14: the last two won a product page's
    // wrong block). A line of its own, up to 1,000 characters: a disclaimer box is often one long
    // paragraph.
    pattern:
      `(?:for (?:general )?(?:informational|information|educational|entertainment) and (?:informational|information|educational|entertainment) purposes\\b|for (?:general )?(?:informational|educational) purposes[.,;] |(?:is|are) not (?:meant|intended) to constitute [a-z, ]{0,60}advice|not (?:a |an |intended (?:as|to be) a )?substitute for ${ADVICE_ADJECTIVE}(?:medical|legal|financial|professional|investment|tax|health) (?:advice|care|diagnosis|consultation)|(?:used|serve) as a substitute for ${ADVICE_ADJECTIVE}(?:medical|legal|financial|professional) advice|should not be (?:considered|construed|taken|treated|relied (?:up)?on)(?: as)? ${ADVICE_ADJECTIVE}(?:medical |legal |financial |investment |tax |health )?advice|(?:content|article|post|information|material|site|page) (?:is|does) not (?:constitute )?${ADVICE_ADJECTIVE}(?:legal|medical|financial|investment|tax) advice|not intended to (?:replace|be a substitute for) (?:the )?(?:advice|consultation|care|expertise) of (?:a |an |your )|(?:we|i) do not (?:offer|give|provide) ${ADVICE_ADJECTIVE}(?:medical|legal|financial|investment) advice|for general information (?:only|purposes|and not)\\b|(?:is|are) (?:provided |intended |meant )?for information(?:al)? (?:purposes )?only\\b|of a general nature only\\b|(?:does|do) not (?:take into account|consider) (?:your|the reader[’']s|any (?:person|reader|investor)[’']s) (?:personal |individual |specific |particular )?(?:objectives|circumstances|financial situation|needs)\\b)`,
    where: {
      maxLength: 1000,
      // Specific pieces, not "advice" alone: a word that common would send most English prose
      // through the pattern.
      anyOf: [
        "purposes",
        "substitute",
        "to constitute",
        "not constitute",
        "should not be",
        "not intended to",
        "not offer",
        "not give",
        "not provide",
        "not legal",
        "not medical",
        "not financial",
        "not investment",
        "not tax",
        "not direct",
        "not professional",
        "not qualified",
        "not personali",
        "not individual",
        "not specific",
        "not expert",
        "not formal",
        "not the ",
        "information only",
        "general information",
        "general nature",
        "take into account",
        "not consider",
      ],
    },
  },
  {
    id: "legal/not-advice-intl",
    kind: "disclosure",
    // The same disclaimers in German, French, Spanish, Italian, Portuguese and Dutch: "Dieser Beitrag
    // ersetzt keine ärztliche Beratung.", "… ne remplace pas une consultation médicale.", "… no
    // sustituye la consulta médica.", "… non sostituisce il parere medico.", "… não substitui a
    // consulta médica.", "… vervangt geen medisch advies."; and that the information does not take
    // the reader's situation into account ("… berücksichtigt nicht Ihre persönliche Situation", "… ne
    // tient pas compte de votre situation", "… no tiene en cuenta sus objetivos", "… non tiene conto
    // della sua situazione", "… não leva em conta a sua situação", "… houdt geen rekening met uw
    // situatie").
    pattern:
      "(?:ersetz(?:t|en) (?:keine|nicht (?:die|den|eine|einen)) (?:persönliche |individuelle )?(?:ärztliche|medizinische|professionelle|fachliche|rechtliche|steuerliche) (?:beratung|behandlung|diagnose|untersuchung)|ne (?:remplace|remplacent|saurait remplacer|se substitue) (?:pas |en aucun cas )?(?:à |un |une |le |la |l['’])?(?:avis|consultation|conseil|diagnostic) (?:médical|d['’]un médecin|d['’]un professionnel|professionnel|juridique)|no (?:sustituye|reemplaza|pretende sustituir|sustituyen) (?:a |el |la |al )?(?:consejo|consulta|diagnóstico|asesoramiento|atención) (?:médic[oa]|profesional|legal)|non (?:sostituisce|sostituiscono|intende sostituire|può sostituire) (?:il |la |l['’])?(?:parere|consulto|consulenza|diagnosi|consiglio) (?:medic[oa]|professionale|specialistic[oa]|legale|del medico)|não (?:substitui|substituem|pretende substituir) (?:a |o )?(?:consulta|orientação|aconselhamento|diagnóstico|avaliação) (?:médic[ao]|profissional|jurídic[ao])|vervang(?:t|en) (?:geen|niet het|niet de) (?:medisch|professioneel|juridisch) advies|berücksichtig(?:t|en) (?:nicht|keine) (?:ihre|deine|die|ihrer) (?:persönlichen?|individuellen?|finanziellen?) (?:situation|verhältnisse|ziele|umstände|anlageziele)|ne tien(?:t|nent) pas compte de (?:votre|vos|la situation) (?:situation|objectifs|besoins|personnelle)|no tiene(?:n)? en cuenta (?:su|tu|sus|tus) (?:situación|objetivos|circunstancias|necesidades)|non (?:tiene|tengono) conto (?:della sua|della tua|dei suoi|dei tuoi|delle sue|delle tue) (?:situazione|obiettivi|esigenze|circostanze)|não (?:leva|levam|considera|consideram) em (?:conta|consideração) (?:a sua|sua|os seus|seus|as suas|suas) (?:situação|objetivos|necessidades|circunstâncias)|(?:houdt|houden) geen rekening met (?:uw|je|jouw) (?:persoonlijke |financiële |individuele )?(?:situatie|doelstellingen|omstandigheden))",
    // Gated by an ASCII piece of each verb (see gates.ts).
    where: { maxLength: 1000, anyOf: ["ersetz", "remplace", "substitue", "sustitu", "reemplaza", "sostitu", "substitu", "vervang", "cksichtig", "pas compte", "en cuenta", "conto d", "em conta", "em considera", "rekening met"] },
  },
  {
    id: COMPANY_NOTICE_RULE_ID,
    kind: "legal",
    // A company's footer text, which reads as prose. Its registration: "Harbour Line Ltd is
    // registered in England and Wales with company number 01234567", "Registered office: 4 Quay
    // Street", "VAT No: GB 123 4567 89", "… is a trading name of …", "… is authorised and regulated
    // by the Financial Conduct Authority" (a company's number, office or trading name, never a
    // company alone, so a story about a firm keeps its sentences). Its customer-service text, in
    // the company's voice: "Our customer service team is available from eight until eight …",
    // "… call our customer care advisers …", "All sailings are subject to weather, and we reserve
    // the right to cancel …" (outside a quotation: a story quotes a union saying so), "Tickets are
    // sold subject to our conditions of carriage …", "Terms and conditions apply.". Not "contact
    // us" alone: a company's own post ends with it and both benchmarks keep it there. One rule
    // (one gate) for both: the gate scanner holds 30 gates.
    pattern:
      "\\b(?:is|are) (?:a company )?registered in (?:england|scotland|wales|ireland|northern ireland|the uk|the united kingdom)\\b|\\bregistered in england\\b|\\bcompany (?:registration )?(?:number|no\\.?) ?:? ?\\(?\\d|\\bregistered office\\b|\\bvat (?:registration |reg\\.? )?(?:number|no\\.?) ?:? ?[a-z]{0,2} ?\\d|\\bis a (?:registered )?trading name of\\b|\\bauthori[sz]ed and regulated by\\b|\\bour (?:customer|client)s? (?:service|services|care|support|relations) (?:team|department|centre|center|desk|representatives?|advis[eo]rs?|agents?)\\b|^[^\"“”„«»\\n]{0,300}\\bwe reserve the right\\b|\\bsubject to our (?:general )?(?:terms|conditions)\\b|\\bterms (?:and|&) conditions apply\\b",
    where: {
      maxLength: 600,
      anyOf: ["registered", "company number", "company no", "company registration", "vat ", "trading name", "regulated by", "customer", "client", "reserve the right", "subject to our", "conditions apply"],
    },
  },
];

/**
 * The detail of a cookie banner, below its first sentence (`cookies/banner-text` names that one):
 * category descriptions ("Functional cookies help to perform certain functionalities …"), the
 * table of cookies a consent tool prints ("_ga 1 year Google Analytics sets this cookie to …"),
 * the sentence on what is shared with partners ("We also share information about your use of our
 * site with our social media, advertising and analytics partners …", "Außerdem geben wir
 * Informationen zu Ihrer Nutzung unserer Website an …") and on withdrawing consent ("Sie können
 * Ihre Einwilligung jederzeit … widerrufen"). Without them a banner's second and third paragraphs
 * stay in the body, or win a short story's page.
 */
export const cookieDetailRules: readonly Rule[] = [
  {
    id: "cookies/detail",
    kind: "cookie",
    // Category descriptions and cookie tables (they say "cookie"), then the consent tool's standard
    // sentences, which do not: what is shared with partners, how consent is withdrawn.
    pattern:
      "(?:\\bsets? (?:this|the|a) cookies?\\b|\\b(?:this|the) cookie (?:is|was) (?:used|set|installed|placed)\\b|\\b(?:functional|functionality|analytical|analytics|performance|advertisement|advertising|marketing|necessary|strictly necessary|essential|targeting|preference|preferences|statistics|statistical|social media|uncategori[sz]ed) cookies (?:help|are (?:used|required|needed|set|essential|necessary)|allow|collect|enable|track|may be set|do not store)\\b|\\b(?:technisch )?(?:notwendige|essenzielle|erforderliche|funktionale|statistik|statistische|marketing)[- ]?cookies (?:sind|werden|helfen|ermöglichen|erfassen)\\b|\\bcookies (?:strictement nécessaires|fonctionnels|analytiques|publicitaires|de mesure d['’]audience) (?:sont|permettent|nous)\\b|\\b(?:las )?cookies (?:necesarias|técnicas|analíticas|funcionales|publicitarias|de preferencias) (?:son|permiten|se utilizan|ayudan)\\b|\\b(?:i )?cookie (?:tecnici|necessari|analitici|di profilazione|funzionali) (?:sono|permettono|consentono|vengono)\\b|\\b(?:os )?cookies (?:necessários|essenciais|analíticos|funcionais|de desempenho|de publicidade) (?:são|permitem|ajudam)\\b|\\b(?:noodzakelijke|functionele|analytische|marketing|tracking) cookies (?:zijn|worden|helpen|zorgen)\\b|\\bpliki cookie (?:niezbędne|analityczne|marketingowe|funkcjonalne) (?:są|pozwalają|umożliwiają) |\\bshare information about your use of our (?:site|website)\\b|\\binformationen (?:zu|über) ihrer? (?:nutzung|verwendung) unserer (?:website|webseite|seite)\\b|\\binformations (?:sur|relatives à) (?:l['’])?utilisation (?:de|que vous faites de) notre site\\b|\\binformación sobre (?:el uso que (?:haga|hace|hagas|haces) de|su uso de|tu uso de) nuestr[oa] (?:sitio|web|página)\\b|\\binformazioni sul (?:modo in cui (?:utilizza|utilizzi) il|suo utilizzo del|tuo utilizzo del) (?:nostro )?sito\\b|\\binformações sobre (?:a sua utilização|o seu uso|o uso|a utilização) d[oe] nosso (?:site|website)\\b|\\binformatie over (?:uw|je) gebruik van onze (?:site|website)\\b|\\binformacje o (?:sposobie korzystania|tym,? jak korzystasz) z naszej (?:witryny|strony)\\b|\\b(?:withdraw|change|revoke|modify) your consent at any time\\b|\\beinwilligung[^\\n]{0,80}?jederzeit[^\\n]{0,80}?widerruf|\\bretirer (?:votre|ton) consentement à tout moment\\b|\\bretirar (?:su|tu) consentimiento en cualquier momento\\b|\\brevocare il (?:tuo |suo |proprio )?consenso in qualsiasi momento\\b|\\bretirar o (?:seu )?consentimento a qualquer momento\\b|\\btoestemming (?:op elk moment|altijd|te allen tijde) (?:intrekken|in te trekken|wijzigen)\\b|\\bwycofać (?:swoją |tę )?zgodę w (?:dowolnym|każdym) momencie\\b)",
    where: { maxLength: 900, anyOf: [
        "cookie",
        "use of our",
        "ihrer nutzung",
        "ihre nutzung",
        "ihrer verwendung",
        "ihre verwendung",
        "notre site",
        "nuestr",
        "utilizza",
        "utilizzo",
        "nosso site",
        "nosso website",
        "gebruik van onze",
        "z naszej",
        "consent at any time",
        "einwilligung",
        "consentement",
        "consentimiento",
        "consenso",
        "consentimento",
        "toestemming",
        "zgod",
      ] },
  },
  {
    id: "cookies/settings-header",
    kind: "cookie",
    // The heading of a consent tool's settings panel, over its category descriptions.
    phrases: [
      "Privacy settings",
      "Privacy preferences",
      "Privacy preference center",
      "Cookie preferences",
      "Manage cookie preferences",
      "Manage consent preferences",
      "Datenschutzeinstellungen",
      "Privatsphäre-Einstellungen",
      "Cookie-Einstellungen",
      "Paramètres de confidentialité",
      "Paramètres des cookies",
      "Gérer les cookies",
      "Configuración de privacidad",
      "Configuración de cookies",
      "Preferencias de privacidad",
      "Impostazioni privacy",
      "Impostazioni dei cookie",
      "Preferências de privacidade",
      "Configurações de cookies",
      "Privacy-instellingen",
      "Cookie-instellingen",
      "Ustawienia prywatności",
      "Ustawienia plików cookie",
    ],
  },
];
