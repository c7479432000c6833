import { isSafePattern } from 'redos-detector';
for (const re of [
  '(?:earn|make|paid|pay|salary|income)[^\\d.!?\\n]{0,40}\\d{1,3}(?:[,.]?\\d{3}){0,3}(?:[.,]\\d{1,2})? ?(?:k|usd|dollars?|eur|euros?|gbp|\\$|€|£)? ?(?:/|per |a )(?:day|hour|hr)\\b',
  '(?:earn|make|paid|pay|salary|income)[^\\d.!?\\n]{0,40}\\d{1,6} ?(?:k|usd|dollars?|eur|euros?|gbp|\\$|€|£)? ?(?:/|per |a )(?:day|hour|hr)\\b',
  '(?:earn|make)[^\\d]{0,40}\\d{1,6}',
  'earn \\$?\\d{2,5} (?:a|per) day',
  '(?:earn|make) [^\\d]{0,10}',
]) { const t=performance.now(); const r = isSafePattern(re, { unicode: true, maxScore: 30, timeout: 2000 }); console.log(r.safe, r.error, r.score, performance.now()-t); }
