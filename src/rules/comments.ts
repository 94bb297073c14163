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
    pattern:
      "^(?:\\d{1,6} )?(?:komentarz[ey]?|komentarzy|yorumlar|kommentarer|opmerkingen|коментарі|评论|評論|留言|网友评论|コメント|댓글|মন্তব্য|تعليقات)(?: ?[(（]\\d{1,6}[)）]| ?[:：] ?\\d{1,6})?$" +
      "|^(?:kommentare|komentarze|commenti|comentarios|comentários|commentaires|reacties|комментарии|yorumlar|komentar) (?:anzeigen|lesen|ansehen|zeigen|\\(\\d{1,6}\\))$" +
      "|^(?:(?:alle )?kommentare (?:anzeigen|lesen|laden)|(?:pokaż|zobacz) (?:wszystkie )?komentarze|(?:ver|mostrar|leer) (?:todos )?(?:los )?comentarios|(?:ver|mostrar|ler) (?:todos )?(?:os )?comentários|(?:voir|afficher|lire) (?:tous )?les commentaires|(?:mostra|vedi|leggi) (?:tutti )?i commenti|(?:bekijk|toon) (?:alle )?reacties|(?:показать|читать) (?:все )?комментарии|(?:tüm )?yorumları (?:gör|göster|oku)|lihat (?:semua )?komentar|查看(?:全部|所有)?评论|查看(?:全部|所有)?評論|コメントを(?:見る|読む|表示)|댓글 (?:보기|더보기)|সব মন্তব্য)$",
    where: { maxLength: 40 },
    signal: "end-of-story",
  },
  {
    id: "comments/empty-intl",
    kind: "comments",
    phrases: [
      "Brak komentarzy", "Brak komentarzy.", "Nie ma jeszcze komentarzy", "Nie ma jeszcze komentarzy.", "Bądź pierwszy, który skomentuje", "Dodaj pierwszy komentarz",
      "Schreiben Sie den ersten Kommentar", "Schreiben Sie den ersten Kommentar!", "Noch keine Kommentare vorhanden",
      "Sé el primero en comentar", "Sé el primero en comentar.", "Aún no hay comentarios", "Todavía no hay comentarios", "No hay comentarios",
      "Seja o primeiro a comentar", "Seja o primeiro a comentar.", "Ainda não há comentários", "Não há comentários",
      "Soyez le premier à commenter", "Soyez le premier à commenter.", "Soyez le premier à réagir", "Il n'y a pas encore de commentaire",
      "Sii il primo a commentare", "Sii il primo a commentare.", "Non ci sono commenti", "Ancora nessun commento",
      "Nog geen reacties", "Nog geen reacties.", "Geen reacties", "Wees de eerste die reageert", "Reageer als eerste",
      "Комментариев пока нет", "Комментариев нет", "Пока нет комментариев", "Будьте первым, кто оставит комментарий", "Оставьте первый комментарий",
      "Henüz yorum yok", "Henüz yorum yapılmamış", "Henüz yorum yapılmamış.", "İlk yorumu sen yap", "İlk yorumu siz yapın",
      "Jadilah yang pertama berkomentar", "Belum ada komentar.",
      "暂无评论", "暂无评论。", "还没有评论", "还没有评论，快来抢沙发吧", "快来抢沙发", "暫無評論", "尚無評論",
      "コメントはまだありません", "コメントはまだありません。", "まだコメントはありません",
      "아직 댓글이 없습니다", "아직 댓글이 없습니다.", "첫 댓글을 남겨주세요", "첫 번째 댓글을 남겨주세요",
      "لا توجد تعليقات", "لا توجد تعليقات بعد", "كن أول من يعلق",
      "কোনো মন্তব্য নেই", "এখনও কোনো মন্তব্য নেই",
    ],
    signal: "end-of-story",
  },
  {
    id: "comments/reply-prompt-intl",
    kind: "comments",
    phrases: [
      "Kommentar schreiben", "Kommentieren", "Kommentar verfassen", "Einen Kommentar schreiben", "Antwort abbrechen", "Hinterlasse einen Kommentar", "Kommentar abschicken",
      "Dodaj komentarz", "Napisz komentarz", "Skomentuj", "Zostaw komentarz",
      "Comentar", "Escribe un comentario", "Escribir un comentario", "Agregar un comentario", "Añadir comentario", "Cancelar respuesta", "Publicar comentario",
      "Comente", "Escreva um comentário", "Adicionar comentário", "Deixe seu comentário", "Deixe o seu comentário", "Cancelar resposta", "Publicar comentário",
      "Commenter", "Ajouter un commentaire", "Écrire un commentaire", "Réagir", "Réagissez", "Annuler la réponse", "Laisser une réponse",
      "Commenta", "Scrivi un commento", "Aggiungi un commento", "Lascia una risposta", "Annulla risposta",
      "Reageer", "Reageren", "Plaats een reactie", "Schrijf een reactie", "Laat een reactie achter", "Geef een reactie",
      "Комментировать", "Написать комментарий", "Оставить отзыв", "Отменить ответ",
      "Yorum yap", "Yorum Yap", "Yorum yaz", "Yorum Yaz", "Yorumunuzu yazın", "Yorum Gönder",
      "Tulis komentar", "Tulis Komentar", "Kirim komentar", "Batalkan balasan",
      "发表评论", "发表评论：", "写评论", "我要评论", "发表你的评论", "取消回复", "發表評論", "我要評論",
      "コメントする", "コメントを書く", "コメントを残す", "コメントを投稿", "返信をキャンセル",
      "댓글 쓰기", "댓글쓰기", "댓글 달기", "댓글 작성", "답글 달기",
      "أضف تعليق", "أضف تعليقك", "اترك تعليقاً", "اترك تعليقا", "اكتب تعليقك",
      "মন্তব্য করুন", "আপনার মন্তব্য লিখুন",
    ],
    signal: "end-of-story",
  },
];
