import type { Rule } from "./rule.js";

/** Comment widgets: headers, empty-state notes and reply prompts. They close the main story. */
export const commentRules: readonly Rule[] = [
  {
    id: "comments/header",
    kind: "comments",
    // Widget headers, optionally with a count: "Comments", "Comments (12)", "12 Comments", "Show comments".
    pattern: "^(?:\\d{1,6} )?(?:comments?|commentaires|التعليقات|kommentare|commenti|comentários|comentarios|komentar|комментарии|reacties)(?: \\(\\d{1,6}\\))?$|^(?:show|view|see|read|load) (?:all )?(?:\\d{1,6} )?comments?$|^join the (?:conversation|discussion)$",
    where: { maxLength: 40 },
    signal: "end-of-story",
  },
  {
    id: "comments/count-on-title",
    kind: "comments",
    // The header of a blog theme's comment list, naming the post: "59 Comments on “<title>”",
    // "3 thoughts on “<title>”", "2 Responses to “<title>”", "One Reply to “<title>”". The count
    // and the quotation mark that opens the title make it, so "Three thoughts on the budget" (a
    // headline) is none.
    pattern: "^(?:\\d{1,6}|one|no) (?:comments?|responses?|thoughts?|repl(?:y|ies)|reactions?) (?:on|to) [\"“”«„‘'][^\\n]{1,300}$",
    // No anyOf gate: the 31 scanned gates are taken, and the count that opens the line is a cheap first-character check.
    where: { maxLength: 330 },
    signal: "end-of-story",
  },
  {
    id: "comments/moderation-policy",
    kind: "comments",
    // The moderation note over a comment list, in the languages of the common themes: "Comments
    // that are offensive will not be approved.", "A user comment will be deleted if it: …",
    // "ATENÇÃO: Comentários … não serão aprovados pelo moderador.", "Los comentarios ofensivos
    // serán eliminados.", "Les commentaires … ne seront pas publiés.", "Kommentare … werden
    // gelöscht.", "I commenti … non saranno pubblicati.". The line opens with the comments (after an
    // optional "Note:" label) and says that moderation holds them back or removes them ("Comments
    // from residents will be published in the report" is a story's sentence); in English the
    // comments are "a comment", "any comment" or "comments that …", so that "Comments made at the
    // hearing will be removed from the record" stays a story's sentence.
    pattern:
      "^(?:(?:note|attention|atenção|atención|nota|hinweis|avviso|important|importante)\\s?:\\s?)?(?:(?:an?|any|all) (?:user |reader )?comments?\\b|comments? (?:that|which|containing|deemed)\\b|(?:os |los |les |i )?(?:comentários|comentarios|commentaires|commenti)\\b|kommentare\\b)[^\\n]{0,160}?\\b(?:will not be (?:approved|published)|(?:will|may) be (?:removed|deleted|rejected)|não serão (?:aprovados|publicados)|serão (?:removidos|apagados|excluídos)|no serán (?:aprobados|publicados)|serán (?:eliminados|borrados)|ne seront pas (?:publiés|approuvés)|seront supprimés|werden nicht (?:veröffentlicht|freigeschaltet)|werden gelöscht|non saranno (?:pubblicati|approvati)|saranno (?:rimossi|cancellati))\\b[^\\n]{0,160}$",
    where: { maxLength: 340 },
    signal: "end-of-story",
  },
  {
    id: "comments/empty",
    kind: "comments",
    phrases: [
      "No comments yet...",
      "No comments yet",
      "No comments yet.",
      "Be the first to comment",
      "Be the first to comment!",
      "Aucun commentaire pour le moment...",
      "Aucun commentaire pour le moment",
      "لا يوجد تعليقات بعد...",
      "لا توجد تعليقات بعد...",
      "Nessun commento",
      "Nessun commento ancora",
      "Keine Kommentare",
      "Noch keine Kommentare",
      "Sem comentários",
      "Nenhum comentário",
      "Sin comentarios",
      "Tidak ada komentar",
      "Belum ada komentar",
      "Нет комментариев",
      "댓글 없음",
      "Pas de commentaire",
      "Aucun commentaire",
    ],
    signal: "end-of-story",
  },
  {
    id: "comments/reply-prompt",
    kind: "comments",
    // With the prompts' translations in common blog and CMS themes.
    pattern:
      "^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment|cancel reply|you must be logged in to post a comment\\.?|laisser un commentaire|deja (?:una respuesta|un comentario)|deixe (?:uma resposta|um comentário)|lascia un commento|schreibe einen kommentar|добавить комментарий|оставить комментарий|tinggalkan (?:balasan|komentar))$",
    where: { maxLength: 60 },
    signal: "end-of-story",
  },
  {
    id: "comments/count-and-sort",
    kind: "comments",
    // "[ 167 comments ]", "Top Rated Comments", "Newest first", comment-policy reminders.
    pattern: "^\\[ ?\\d{1,6} comments? ?\\]$|^(?:top|most|best) (?:rated|recent|popular|liked|voted) comments$|^(?:sort by|newest first|oldest first|most liked)$|^(?:as you comment|please (?:keep|be) (?:it )?(?:civil|respectful)|comments are (?:closed|moderated))\\b[^\\n]{0,300}$|^(?:conversation|discussion)$",
    where: { maxLength: 320 },
    signal: "end-of-story",
  },
  {
    id: "comments/form-note",
    kind: "comments",
    // The note that opens a blog or CMS comment form, under the story: "Your email address will not
    // be published. Required fields are marked *", with the French, Spanish, Portuguese, Italian,
    // German, Dutch, Polish and Indonesian translations of the common themes. It closes the story,
    // so the form's other notes below it ("Save my name, email, and website in this browser …",
    // "This site uses Akismet …") are never body. They have no rule of their own: they read as
    // prose, and taking prose out of the page's total moved the story model's prose-position
    // features (scrapinghub-dev 0.959 -> 0.958, also after retraining).
    pattern:
      "^(?:(?:please do not [^\\n]{0,80}\\. ?)?your e-?mail(?: address)? will not be (?:published|displayed|shared)(?: publicly)?(?:[.!][^\\n]{0,120})?|(?:votre|ton|tu|su|seu|o seu|il tuo|deine|ihre|je|uw|twój|alamat) (?:adresse (?:e-?mail|de messagerie)|dirección de correo(?: electrónico)?|correo(?: electrónico)?|endereço de e-?mail|indirizzo e-?mail|e-mail-adresse|e-?mailadres|adres e-?mail|email(?: anda)?) (?:ne sera pas publiée|no (?:será|se) publica(?:rá|da)?|não será publicado|non sarà pubblicato|wird nicht veröffentlicht|wordt niet gepubliceerd|nie zostanie opublikowany|tidak akan (?:dipublikasikan|ditampilkan))(?:[.!][^\\n]{0,120})?)$",
    where: {
      maxLength: 300,
      anyOf: ["mail", "correo"],
    },
    signal: "end-of-story",
  },
  {
    id: "comments/form-field",
    kind: "comments",
    // The labels of a comment or contact form, with the asterisk of a required field: "Name *",
    // "Email*", "Comment *", and the note that explains the asterisk ("Required fields are marked
    // *", "Les champs obligatoires sont indiqués avec *"). No signal: a sign-up form inside a page
    // has them too.
    pattern:
      "^(?:(?:comment|name|e-?mail|website|message|nom|nombre|nome|commentaire|comentario|comentário|commento|kommentar)\\s?\\*|(?:\\* ?)?(?:required fields are marked|(?:les )?champs obligatoires sont (?:indiqués|marqués)|los campos obligatorios están marcados|(?:os )?campos obrigatórios (?:são|estão) marcados|i campi obbligatori sono (?:contrassegnati|marcati)|erforderliche felder sind (?:mit \\* )?markiert|vereiste velden zijn gemarkeerd|wymagane pola są oznaczone|ruas yang wajib ditandai)[^\\n]{0,20})$",
    where: { maxLength: 80 },
  },
];

/**
 * Comment widgets in the other languages news pages are written in: the header (with a count),
 * the empty state and the reply prompt. Whole lines only: "Komentarze (12)", "评论", "コメントを書く".
 */
export const commentRulesIntl: readonly Rule[] = [
  {
    id: "comments/header-intl",
    kind: "comments",
    pattern: "^(?:\\d{1,6} )?(?:komentarze|komentarzy|yorumlar|kommentarer|评论|評論|留言|コメント|댓글|মন্তব্য|تعليقات)(?: ?[(（]\\d{1,6}[)）]| ?[:：] ?\\d{1,6})?$",
    where: { maxLength: 40 },
    signal: "end-of-story",
  },
  {
    id: "comments/empty-intl",
    kind: "comments",
    phrases: "Brak komentarzy|Sé el primero en comentar|Soyez le premier à commenter|Комментариев пока нет|暂无评论|コメントはまだありません".split("|"),
    signal: "end-of-story",
  },
];
