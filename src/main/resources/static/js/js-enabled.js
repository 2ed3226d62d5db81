// Loaded as the body's first element (not deferred), so GOV.UK Frontend's JavaScript-only styles apply before the
// page is painted; a file rather than an inline script, which the Content-Security-Policy refuses.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
