// GOV.UK Frontend's components (error summary focus, character counts, buttons) on every page.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

// GOV.UK Frontend speaks English; Swedish pages get Swedish live word counters.
const swedish = {
  characterCount: {
    i18n: {
      wordsUnderLimit: { one: 'Du har %{count} ord kvar', other: 'Du har %{count} ord kvar' },
      wordsAtLimit: 'Du har inga ord kvar',
      wordsOverLimit: { one: 'Du har %{count} ord för mycket', other: 'Du har %{count} ord för mycket' },
      textareaDescription: { other: 'Du kan skriva upp till %{count} ord' }
    }
  },
  errorSummary: {},
  button: {}
};
initAll(document.documentElement.lang === 'sv' ? swedish : {});

// htmx sends the CSRF token the layout puts in <meta name="_csrf">.
document.body.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
