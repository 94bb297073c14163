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
