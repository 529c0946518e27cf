#!/usr/bin/env node
/**
 * HTML-sink check: page-derived HTML reaches the DOM through ONE
 * component, components/SafeHtml.tsx, which inserts only what the sanitizer made (SanitizedHtml,
 * utils/sanitize-result.ts). Any other HTML sink
 * in the extension's code is a way around it, so this check fails, naming file:line, when one
 * appears in entrypoints/, components/ or utils/.
 *
 * Sinks: innerHTML (any use), outerHTML assignment, dangerouslySetInnerHTML, insertAdjacentHTML,
 * document.write/writeln, createContextualFragment, setHTMLUnsafe, parseHTMLUnsafe, srcdoc
 * assignment, execCommand('insertHTML'), jQuery-like .html(...), and DOMParser.parseFromString
 * where its result can reach the live document (in entrypoints/ and components/, and in utils/
 * files that also touch the global `document`; utils/extract parses into inert documents only).
 *
 * Comments do not count (a comment that names a sink is not a sink); string contents do
 * (`el['innerHTML'] = x` is a sink). Usage:
 *   node scripts/check-sinks.mjs [--root DIR]
 * Exit 0 and a summary when clean; exit 1 and one line per finding otherwise.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SCANNED_DIRS = ['entrypoints', 'components', 'utils'];
const ALLOWED_FILE = 'components/SafeHtml.tsx';
const EXTENSIONS = /\.(?:[cm]?[jt]sx?|vue|svelte|html)$/;

/** Each rule: a name and a regex run on comment-free code, line by line. */
const RULES = [
  { name: 'innerHTML', re: /\binnerHTML\b/ },
  { name: 'outerHTML assignment', re: /\bouterHTML['"]?\]?\s*(?:\+?=)(?!=)/ },
  { name: 'dangerouslySetInnerHTML', re: /\bdangerouslySetInnerHTML\b/ },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', re: /\b(?:document|doc|[A-Za-z_$][\w$]*Document)\s*\.\s*write(?:ln)?\s*\(/ },
  { name: 'createContextualFragment', re: /\bcreateContextualFragment\b/ },
  { name: 'setHTMLUnsafe', re: /\b(?:setHTMLUnsafe|parseHTMLUnsafe)\b/ },
  { name: 'srcdoc assignment', re: /\.srcdoc\s*=(?!=)|setAttribute\s*\(\s*['"`]srcdoc/ },
  { name: "execCommand('insertHTML')", re: /execCommand\s*\(\s*['"`]insertHTML/i },
  { name: 'jQuery-like .html()', re: /\.html\s*\(/ },
];
const PARSE_FROM_STRING = /\bparseFromString\s*\(/;
const LIVE_DOCUMENT = /(?<![\w$.'"`])(?:window\s*\.\s*)?document\s*\./;

/**
 * Blank out comments, keeping every newline so line numbers stay right. Strings and template
 * literals are kept (their text can hold a sink name used as a property key). Regex literals are
 * not tracked: a `//` inside one would only blank the rest of that line, which can hide, never
 * invent, a finding — and the project's regexes do not put sink names after `//`.
 */
export function stripComments(source) {
  let out = '';
  let i = 0;
  let state = 'code';
  let quote = '';
  const templateDepth = [];
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (state === 'code') {
      if (c === '/' && next === '/') { state = 'line'; out += '  '; i += 2; continue; }
      if (c === '/' && next === '*') { state = 'block'; out += '  '; i += 2; continue; }
      if (c === '"' || c === "'") { state = 'string'; quote = c; out += c; i++; continue; }
      if (c === '`') { state = 'template'; out += c; i++; continue; }
      if (c === '}' && templateDepth.length && templateDepth[templateDepth.length - 1] === 0) {
        templateDepth.pop(); state = 'template'; out += c; i++; continue;
      }
      if (c === '{' && templateDepth.length) templateDepth[templateDepth.length - 1]++;
      if (c === '}' && templateDepth.length) templateDepth[templateDepth.length - 1]--;
      out += c; i++; continue;
    }
    if (state === 'line') {
      if (c === '\n') { state = 'code'; out += c; } else out += ' ';
      i++; continue;
    }
    if (state === 'block') {
      if (c === '*' && next === '/') { state = 'code'; out += '  '; i += 2; continue; }
      out += c === '\n' ? '\n' : ' '; i++; continue;
    }
    if (state === 'string') {
      if (c === '\\') { out += c + (next ?? ''); i += 2; continue; }
      if (c === quote || c === '\n') state = 'code';
      out += c; i++; continue;
    }
    // template literal
    if (c === '\\') { out += c + (next ?? ''); i += 2; continue; }
    if (c === '`') { state = 'code'; out += c; i++; continue; }
    if (c === '$' && next === '{') { templateDepth.push(0); state = 'code'; out += '${'; i += 2; continue; }
    out += c; i++;
  }
  return out;
}

/** Findings in one file's text: [{ line, rule, text }]. */
export function scanSource(source, relPath) {
  const code = stripComments(source);
  const lines = code.split('\n');
  const original = source.split('\n');
  const findings = [];
  const inUtils = relPath.startsWith('utils/');
  const touchesLiveDocument = LIVE_DOCUMENT.test(code);
  lines.forEach((line, index) => {
    for (const rule of RULES) {
      if (rule.re.test(line)) findings.push({ line: index + 1, rule: rule.name, text: original[index].trim() });
    }
    if (PARSE_FROM_STRING.test(line) && (!inUtils || touchesLiveDocument)) {
      findings.push({ line: index + 1, rule: 'DOMParser.parseFromString into the live document', text: original[index].trim() });
    }
  });
  return findings;
}

function listFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const files = [];
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) files.push(...listFiles(path));
    else if (EXTENSIONS.test(name)) files.push(path);
  }
  return files;
}

export function checkSinks(root) {
  const findings = [];
  const checked = [];
  for (const dir of SCANNED_DIRS) {
    for (const file of listFiles(join(root, dir))) {
      const rel = relative(root, file).split(sep).join('/');
      if (rel === ALLOWED_FILE) continue;
      checked.push(rel);
      for (const f of scanSource(readFileSync(file, 'utf8'), rel)) findings.push({ file: rel, ...f });
    }
  }
  return { checked, findings };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const rootFlag = process.argv.indexOf('--root');
  const root = rootFlag > 0 ? process.argv[rootFlag + 1] : process.cwd();
  const { checked, findings } = checkSinks(root);
  if (findings.length) {
    console.error(`check-sinks: ${findings.length} HTML sink(s) outside ${ALLOWED_FILE}:`);
    for (const f of findings) console.error(`  ${f.file}:${f.line}: ${f.rule}: ${f.text}`);
    console.error('Page-derived HTML must reach the DOM only through components/SafeHtml.tsx.');
    process.exit(1);
  }
  console.log(`check-sinks: OK, ${checked.length} files in ${SCANNED_DIRS.join('/, ')}/ checked (rules: ${RULES.map((r) => r.name).join(', ')}, DOMParser.parseFromString into the live document); the only HTML sink allowed is ${ALLOWED_FILE}.`);
}
