import type { Rule } from "./rule.js";

/**
 * Names of icon-font ligatures that innerText keeps as words: an icon font draws `chevron_left`
 * as an arrow, but the text of the page still says `chevron_left`. The common directional, media,
 * device and action icons of the Material set, in their snake_case spelling.
 */
const ICON_LIGATURES = [
  "chevron_left", "chevron_right", "arrow_back", "arrow_forward", "arrow_back_ios", "arrow_forward_ios",
  "arrow_upward", "arrow_downward", "arrow_drop_down", "arrow_drop_up", "arrow_right_alt", "arrow_left", "arrow_right",
  "keyboard_arrow_left", "keyboard_arrow_right", "keyboard_arrow_up", "keyboard_arrow_down",
  "navigate_before", "navigate_next", "expand_more", "expand_less", "first_page", "last_page",
  "more_vert", "more_horiz", "open_in_new", "play_arrow", "play_circle", "play_circle_outline", "pause_circle",
  "volume_up", "volume_off", "phone_iphone", "phone_android", "insert_chart", "insert_photo", "insert_link",
  "account_circle", "shopping_cart", "local_offer", "access_time", "date_range", "calendar_today", "mail_outline",
  "chat_bubble", "chat_bubble_outline", "thumb_up", "thumb_down", "bookmark_border", "favorite_border", "zoom_in", "zoom_out",
];

/** Navigation, breadcrumbs, reading-time labels, skip links and search prompts. */
export const navigationRules: readonly Rule[] = [
  {
    id: "navigation/icon-label",
    kind: "navigation",
    // "chevron_left Browse All Posts", "arrow_forward", "insert_chart Data Solutions": an icon
    // ligature alone or in front of a short link label. Lower case as the fonts spell them.
    pattern: `^(?:${[...ICON_LIGATURES].sort((a, b) => b.length - a.length).join("|")})(?: [\\p{L}\\p{N}&'’.,:-]{1,30}){0,6}$`,
    where: { maxLength: 120, caseSensitive: true, anyOf: ["_"] },
  },
  {
    id: "navigation/reading-time",
    kind: "navigation",
    pattern: "^(?:\\d{1,3} ?(?:min|mins|minutes?)(?: read| de lecture)?|(?:reading time|tempo de leitura|tempo di lettura|lesezeit|waktu baca|время чтения|temps de lecture)\\s?:? ?\\d{1,3} ?(?:min|mins|minutes?|minutos?|minuti|minuten|menit|мин(?:ут[аы]?)?)?\\.?|lecture \\d{1,3} min)$",
    where: { maxLength: 40 },
  },
  {
    id: "navigation/skip-links",
    kind: "navigation",
    phrases: [
      "Skip to content",
      "Skip to main content",
      "Skip to navigation",
      "Skip to footer",
      "Menu",
      "Close",
      "Search",
      "Open menu",
      "Close menu",
      "Back to top",
      "Home",
      "Sign in",
      "Log in",
      "Login",
      "Register",
      "My account",
      "Toggle navigation",
      "Main menu",
      "Search for:",
      "Submit",
      "Go",
      "More",
      "You are signed in as",
      "Sign out",
      "Log out",
      "Logout",
      "Edit profile",
      "Manage account",
    ],
  },
];

/**
 * Menu, account and search labels in the other languages news pages are written in: lines of
 * one or two words that only ever stand alone in a page's chrome.
 */
export const navigationRulesIntl: readonly Rule[] = [
  {
    id: "navigation/labels-intl",
    kind: "navigation",
    phrases: [
      "Startseite", "Zur Startseite", "Zum Inhalt springen", "Zum Hauptinhalt springen", "Navigation überspringen", "Menü", "Menü öffnen", "Suche", "Suchen", "Nach oben", "Anmelden", "Einloggen", "Abmelden", "Mein Konto", "Registrieren",
      "Strona główna", "Przejdź do treści", "Szukaj", "Wyszukaj", "Zamknij", "Zaloguj", "Zaloguj się", "Wyloguj", "Moje konto", "Zarejestruj się", "Do góry",
      "Inicio", "Portada", "Ir al contenido", "Saltar al contenido", "Ir al contenido principal", "Menú", "Buscar", "Cerrar", "Iniciar sesión", "Cerrar sesión", "Mi cuenta", "Registrarse", "Volver arriba", "Ir arriba",
      "Início", "Página inicial", "Ir para o conteúdo", "Pular para o conteúdo", "Saltar para o conteúdo", "Pesquisar", "Buscar", "Fechar", "Entrar", "Sair", "Minha conta", "A minha conta", "Voltar ao topo",
      "Accueil", "Aller au contenu", "Aller au contenu principal", "Passer au contenu", "Rechercher", "Recherche", "Fermer", "Se connecter", "Connexion", "Se déconnecter", "Déconnexion", "Mon compte", "S'inscrire", "Retour en haut",
      "Vai al contenuto", "Vai al contenuto principale", "Salta al contenuto", "Cerca", "Chiudi", "Accedi", "Esci", "Il mio account", "Registrati", "Torna su",
      "Naar de inhoud", "Ga naar de inhoud", "Spring naar inhoud", "Zoeken", "Sluiten", "Inloggen", "Uitloggen", "Mijn account", "Registreren", "Naar boven",
      "Главная", "Главная страница", "На главную", "Перейти к содержанию", "Меню", "Поиск", "Найти", "Закрыть", "Войти", "Выйти", "Вход", "Регистрация", "Личный кабинет", "Наверх",
      "Ana Sayfa", "Anasayfa", "Ana sayfa", "İçeriğe geç", "İçeriğe atla", "Menü", "Ara", "Arama", "Kapat", "Giriş Yap", "Giriş yap", "Üye Ol", "Çıkış Yap", "Hesabım", "Yukarı çık",
      "Beranda", "Langsung ke konten", "Lompat ke konten", "Cari", "Pencarian", "Tutup", "Masuk", "Keluar", "Akun saya", "Kembali ke atas",
      "首页", "首頁", "主页", "网站首页", "返回首页", "跳到主要内容", "跳至主要内容", "菜单", "選單", "搜索", "搜尋", "关闭", "關閉", "登录", "登入", "注册", "註冊", "退出", "登出", "返回顶部", "回到顶部", "返回頂部",
      "ホーム", "トップ", "トップページ", "トップへ戻る", "ページの先頭へ", "ページトップへ", "本文へ移動", "メニュー", "検索", "閉じる", "ログイン", "ログアウト", "会員登録", "マイページ",
      "홈", "홈으로", "본문 바로가기", "메뉴", "검색", "닫기", "로그인", "로그아웃", "회원가입", "마이페이지", "맨 위로",
      "الرئيسية", "الصفحة الرئيسية", "انتقل إلى المحتوى", "القائمة", "بحث", "إغلاق", "تسجيل الدخول", "تسجيل الخروج", "حسابي", "العودة إلى الأعلى",
      "প্রচ্ছদ", "হোম", "মূলপাতা", "সার্চ", "অনুসন্ধান", "বন্ধ করুন", "লগইন", "মেনু",
    ],
  },
  {
    id: "navigation/reading-time-intl",
    kind: "navigation",
    // "5 Min. Lesezeit", "Czas czytania: 4 min", "阅读时间 3 分钟", "3分で読めます", "읽는 시간 3분".
    pattern:
      "^(?:\\d{1,3} ?(?:min\\.?|minuten?|minutos?|minuti|minut|мин\\.?|минут[аы]?|dakika|menit|分钟|分鐘|分|분|মিনিট)(?: de)? ?(?:lesezeit|lesen|leitura|lectura|lettura|leestijd|czytania|чтения|okuma(?: süresi)?|baca|read|阅读|閱讀|で読めます|で読める|読了|읽기)|(?:lesezeit|czas czytania|tiempo de lectura|tiempo de leitura|leestijd|okuma süresi|阅读时间|閱讀時間|読了時間|읽는 시간|পড়তে সময়)\\s?[:：]? ?(?:ca\\. )?\\d{1,3} ?(?:min\\.?|minuten?|minutos?|minut|dakika|分钟|分鐘|分|분|মিনিট)?)$",
    where: { maxLength: 40 },
  },
];
