import type { Rule } from "./rule.js";

/** Newsletter, sign-up, subscribe and follow-us prompts, in lines of their own or inside flattened stories. */
export const newsletterRules: readonly Rule[] = [
  {
    id: "newsletter/sign-up-line",
    kind: "newsletter",
    pattern: "^(?:sign up|subscribe)(?: (?:now|today|for free|here))?(?: (?:to|for) (?:our|the|a)?\\s?[\\p{L}\\p{N}'’&. -]{0,50}(?:newsletters?|bulletin|briefing|alerts?|digest|emails?|updates))?[.!]?$|^(?:get|receive) (?:our|the) [\\p{L}\\p{N}'’&. -]{0,40}newsletter[\\p{L} .,!-]{0,60}$|^(?:enter your email(?: address)?|your email address|email address|subscribe|unsubscribe|sign up|s'abonner|s'inscrire|abonnez-vous|inscrivez-vous)[.:!]?$|^subscribe (?:to|for) [\\p{L}\\p{N}'’&. -]{1,40}? and (?:stay|get|never|keep|support|enjoy|read)\\b[^\\n]{0,120}$",
    where: { maxLength: 160 },
  },
  {
    id: "newsletter/sign-up-inline",
    kind: "newsletter",
    // "Sign up for <Paper> newsletter Sign up": the prompt and its button label flattened into a story.
    pattern: "sign up (?:for|to) (?:the |our )?[\\p{L}\\p{N}'’&. -]{1,60}? newsletters?(?: (?:sign up|subscribe)\\b)?",
    where: { scope: "inline", maxLength: 140 },
  },
  {
    id: "newsletter/follow-us",
    kind: "follow",
    // "Like us on Facebook at X and follow us on X at @Y", "Follow us on Instagram", channel prompts.
    pattern: "(?:like|follow|join) us on (?:facebook|twitter|x|instagram|tiktok|youtube|linkedin|threads|whatsapp|telegram|google news|bluesky)\\b[^.!?\\n]{0,200}(?:[.!?]|$)",
    where: { scope: "inline", maxLength: 260 },
  },
  {
    id: "newsletter/follow-line",
    kind: "follow",
    pattern: "^(?:follow|join|like) (?:us|our [\\p{L} ]{1,30}) (?:on|at|in) [\\p{L}\\p{N} @.,&-]{1,60}[.!]?$|^follow(?: us)?$",
    where: { maxLength: 100 },
  },
  {
    id: "newsletter/box",
    kind: "newsletter",
    // The furniture of a newsletter box: its name, its "stay up to date" heading, consent line and
    // confirmation messages.
    pattern: "^(?:[\\p{L}\\p{N}'’&+. -]{1,40} )?newsletters?$|^(?:see|view|browse|manage) (?:all )?(?:our )?newsletters$|^i (?:agree|consent) (?:that|to) [^\\n]{0,160}(?:newsletter|e-?mails?|marketing)[^\\n]{0,80}$|^please check the (?:opt-in )?box\\b[^\\n]{0,120}$|^thanks? (?:you )?for (?:signing up|subscribing)[.!]?$|^keep an eye on your inbox\\b[^\\n]{0,100}$|^(?:want|get) (?:more|the latest) [^\\n]{0,60}\\? (?:join|sign up for|subscribe to) [^\\n]{0,80}newsletter[.!]?$|^(?:join|subscribe to) (?:the|our) [^\\n]{0,60}newsletter[^\\n]{0,80}$|^(?:you(?:'|’)re|you are) (?:now )?(?:signed up|subscribed)[^\\n]{0,80}$|^(?:[\\p{L}'’ ]{1,30} )?(?:news )?(?:e-?mails|alerts)$|^get (?:[\\p{L}'’ ]{1,40} )?(?:alerts|newsletters?|e-?mails|updates) (?:and|&|delivered|sent|in your|right in your|straight to your)\\b[^\\n]{0,160}$|^by (?:signing up|subscribing|clicking)[^\\n]{0,200}(?:privacy|terms)[^\\n]{0,120}$|^(?:stay|keep) (?:up to date|updated|informed|in the loop)(?: with [\\p{L}\\p{N}&.'’ -]{1,40})?[.!]?(?: (?:subscribe|sign up)\\b[^\\n]{0,80})?$|^(?:an? )?(?:e-?mail|message|link) (?:with [^\\n]{1,40} )?(?:has (?:just )?been|was) sent to your (?:e-?mail|inbox)[^\\n]{0,160}$",
    where: {
      maxLength: 300,
      anyOf: ["newsletter", "sign", "subscri", "inbox", "mail", "alert", "agree", "consent", "opt-in", "thank", "update", "up to date", "informed", "in the loop", "sent to your"],
    },
  },
];

/**
 * Newsletter, subscribe and follow-us prompts in the other languages news pages are written in:
 * the button labels as whole lines, and short lines that start with the prompt's verb and name
 * the newsletter or the channel.
 */
export const newsletterRulesIntl: readonly Rule[] = [
  {
    id: "newsletter/buttons-intl",
    kind: "newsletter",
    phrases: [
      "Newsletter abonnieren", "Jetzt abonnieren", "Abonnieren", "Zum Newsletter anmelden", "Jetzt anmelden", "Anmelden", "Ihre E-Mail-Adresse", "E-Mail-Adresse", "Abmelden",
      "Zapisz się", "Zapisz się do newslettera", "Subskrybuj", "Zaprenumeruj", "Twój adres e-mail", "Adres e-mail",
      "Suscríbete", "Suscribirse", "Suscríbase", "Suscríbete al newsletter", "Suscríbete a nuestro newsletter", "Suscríbete a nuestra newsletter", "Suscríbete gratis", "Tu correo electrónico", "Correo electrónico", "Darse de baja",
      "Assine", "Assine já", "Assinar", "Inscreva-se", "Inscrever", "Assine nossa newsletter", "Assine a nossa newsletter", "Seu e-mail", "O seu e-mail", "Subscrever", "Subscreva",
      "Je m'abonne", "S'abonner à la newsletter", "Inscrivez-vous à la newsletter", "Votre adresse e-mail", "Votre adresse email", "Votre e-mail", "Valider",
      "Iscriviti", "Iscriviti alla newsletter", "Iscriviti ora", "Abbonati", "Abbonati ora", "La tua email", "Il tuo indirizzo email",
      "Aanmelden", "Abonneren", "Schrijf je in", "Meld je aan", "Aanmelden voor de nieuwsbrief", "Nieuwsbrief", "Je e-mailadres", "E-mailadres",
      "Подписаться", "Подпишитесь", "Подписаться на рассылку", "Подпишитесь на рассылку", "Ваш e-mail", "Ваш email", "Ваш адрес электронной почты", "Рассылка",
      "Abone ol", "Abone Ol", "Bültene abone ol", "E-bültene abone olun", "E-posta adresiniz", "E-Bülten",
      "Berlangganan", "Langganan", "Daftar", "Berlangganan newsletter", "Alamat email", "Masukkan email Anda",
      "订阅", "立即订阅", "订阅我们的新闻", "订阅电子报", "訂閱", "立即訂閱", "订阅号", "邮箱地址",
      "購読する", "登録する", "メールマガジン", "メルマガ登録", "ニュースレター", "ニュースレターに登録", "メールアドレス",
      "구독", "구독하기", "뉴스레터", "뉴스레터 구독", "이메일 주소",
      "اشترك", "اشترك الآن", "اشترك في النشرة البريدية", "النشرة البريدية", "بريدك الإلكتروني", "البريد الإلكتروني",
      "সাবস্ক্রাইব করুন", "সাবস্ক্রাইব", "নিউজলেটার",
      // Follow-us labels
      "Folgen Sie uns", "Folge uns", "Obserwuj nas", "Śledź nas", "Síguenos", "Síguenos en", "Siga-nos", "Siga a gente", "Suivez-nous", "Suivez-nous sur", "Seguici", "Seguici su", "Volg ons", "Volg ons op",
      "Подписывайтесь на нас", "Мы в соцсетях", "Bizi takip edin", "Bizi Takip Edin", "Ikuti kami", "Ikuti Kami", "关注我们", "關注我們", "フォローする", "フォローしてください", "팔로우", "تابعونا", "تابعنا", "আমাদের ফলো করুন",
    ],
  },
  {
    id: "newsletter/prompt-intl",
    kind: "newsletter",
    pattern:
      "^(?:abonnieren sie|melden sie sich|jetzt (?:kostenlos )?(?:anmelden|abonnieren)|zapisz się|zaprenumeruj|subskrybuj|suscríbete|suscríbase|suscribite|assine|inscreva-se|subscreva|abonnez-vous|inscrivez-vous|iscriviti|abbonati|meld je aan|schrijf je in|abonneer je|подпишитесь|подписывайтесь|подписаться|abone ol|berlangganan|订阅|訂閱|구독)[^\\n]{0,80}(?:newsletter|newslettera|boletín|nieuwsbrief|рассылк[уаи]|бюллетень|bülten|buletin|dienst|канал|kanal|telegram|whatsapp|youtube|e-?mail|inbox|posta|correo|電子報|电子报|邮件|メール|뉴스레터)[^\\n]{0,80}$",
    where: { maxLength: 200 },
  },
  {
    id: "newsletter/follow-intl",
    kind: "follow",
    // "Folgen Sie uns auf Instagram", "Síguenos en Telegram", "关注我们的微信公众号": a short line of its own.
    pattern:
      "^(?:folgen sie uns|folge uns|obserwuj nas|śledź nas|síguenos|siga-nos|siga a gente|suivez-nous|rejoignez-nous|seguici|seguiteci|volg ons|подписывайтесь на (?:нас|наш)|следите за нами|присоединяйтесь к нам|bizi (?:takip edin|izleyin)|ikuti kami|gabung(?:lah)? (?:di|ke) (?:saluran|grup|channel)|关注我们|關注我們|تابعونا|تابعنا|আমাদের ফলো করুন)(?:[ ,:!.]|$)[^\\n]{0,100}$",
    where: { maxLength: 140 },
  },
];
