/**
 * How pages in other languages than English label links to other stories: the heading over a
 * related list ("Ähnliche Beiträge", "Artículos relacionados", "Articles similaires") and the label
 * of an inline teaser line ("Lesen Sie auch: <link>", "Czytaj też: <link>", "PUEDES VER: <link>").
 * Each entry is a regex fragment matched against the whole label, case-insensitively; the label
 * only counts where the structure says "links to other stories" (remove-related-lists.ts).
 */

/** Headings of related / recommended / latest lists, by language. */
export const RELATED_HEADINGS_GERMAN = [
  '(?:ähnliche|verwandte|empfohlene|passende|beliebte|neueste|aktuelle|weitere|letzte) (?:beiträge|artikel|themen|nachrichten|news|meldungen|posts)',
  '(?:das|diese artikel) könnten? (?:dich|sie|euch) (?:auch |ebenfalls )?interessieren', 'auch interessant', 'ebenfalls interessant',
  '(?:zum )?weiterlesen', 'weiterführende (?:links|artikel|beiträge|informationen)', 'weiterführender link',
  'lesen sie (?:auch|mehr|hier|dazu|weiter)', 'mehr zum thema(?: (?:auf|bei|im|in) [\\w .-]+)?', 'mehr (?:dazu|aus dem ressort|aus der rubrik)',
  'mehr zu [\\w .-]{1,40}', 'passend (?:zum thema|dazu)', 'siehe auch', 'top-?themen', 'meistgelesene? (?:artikel|beiträge|nachrichten)',
  'noch mehr (?:infos?|artikel|beiträge|themen|lesestoff)(?: für (?:dich|sie|euch))?', 'entdecke(?:n sie)? (?:weitere|mehr) [\\w .-]{1,40}',
];
export const RELATED_HEADINGS_FRENCH = [
  'articles? (?:similaires|liés|connexes|recommandés|associés)', '(?:à )?lire (?:aussi|également|ensuite)', '(?:à )?voir aussi',
  'dans la même rubrique', 'sur le même thème', 'ces articles (?:peuvent|pourraient) vous intéresser', 'vous aimerez (?:aussi|également)',
  '(?:nos )?derniers articles', 'plus d\'articles', 'les plus (?:lus|partagés)',
];
export const RELATED_HEADINGS_SPANISH_PORTUGUESE = [
  'artículos relacionados', '(?:también )?te puede interesar', '(?:lee|lea|ver|mira) también', 'puedes ver', 'últimas noticias', 'otras noticias',
  'notícias relacionadas', 'artigos relacionados', '(?:leia|veja) (?:também|mais)', 'mais notícias',
];
export const RELATED_HEADINGS_OTHER = [
  'articoli correlati', 'notizie correlate', 'ti potrebbe interessare', 'vedi anche', 'leggi (?:anche|pure)', // Italian
  '(?:czytaj|zobacz|przeczytaj) (?:też|także|również|więcej)', '(?:powiązane|podobne|polecane|najnowsze) (?:artykuły|tematy|wiadomości)', // Polish
  'gerelateerde artikelen', 'lees (?:ook|meer)', 'meer nieuws', // Dutch
];

/** Labels of an inline teaser line, before its colon, beyond the English ones. */
export const INLINE_TEASER_LABELS = [
  'lesen sie (?:auch|mehr|hier|dazu|weiter)', '(?:zum )?weiterlesen', 'auch interessant', 'siehe auch', 'mehr dazu', 'passend dazu', 'zum thema',
  '(?:à )?lire (?:aussi|également)', '(?:à )?voir aussi',
  'puedes ver', '(?:lee|lea|ver|mira) también', 'mire', 'leer más', '(?:también )?te puede interesar',
  '(?:leia|veja) (?:também|mais)', 'leggi (?:anche|pure)', 'vedi anche',
  '(?:czytaj|zobacz|przeczytaj) (?:też|także|również|więcej)', 'lees ook',
  'don\'?t miss', 'see more', 'on [\\w-]+\\.(?:com|co\\.uk|de|org|net)',
];
