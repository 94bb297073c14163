/**
 * Indonesian function words: conjunctions, prepositions, pronouns, aspect markers and the
 * commonest particles (`yang`, `dan`, `di`, `ini`, `itu` …).
 */
export const ID_STOPWORDS: readonly string[] = (
  "ada adalah agar akan aku anda antara apa apabila atas atau " +
  "bagaimana bagi bahkan bahwa banyak baru begitu belum berbagai " +
  "bersama beberapa bila bisa boleh bukan cukup dalam dan dapat " +
  "dari daripada dengan di dia dimana ia ialah ini itu jadi " +
  "jika juga kalau kami kamu karena ke kembali kepada ketika kita " +
  "lagi lain lalu lebih maka masih melalui memang mereka meski " +
  "meskipun mungkin namun nya oleh pada para pernah pula saat " +
  "saja sampai sang saya seakan sebagai sebelum sedang sehingga " +
  "sejak sekali selain selalu semua sendiri seorang seperti serta " +
  "setelah setiap sini situ sudah supaya tak tanpa tapi telah " +
  "tentang terhadap tersebut tetapi tidak untuk walau walaupun yaitu " +
  "yakni yang " +
  "demikian hanya harus hingga inilah itulah jangan kalian " +
  "maupun pun sebab sebuah secara sesuatu suatu"
).split(" ");
